// Grad-CAM on demand in the player: the analysis' own model only, maps equal to a direct computation, newest request
// wins, and a clear reason when the model is not installed.
#include "core/faces/FaceCrop.h"
#include "core/inference/Classifier.h"
#include "core/inference/Heatmap.h"
#include "core/inference/ModelRegistry.h"
#include "ui/common/AnalysisView.h"
#include "ui/player/GradCamService.h"

#include <QPainter>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace fp;

namespace {

// A picture with some structure where the faces are said to be: two shaded ellipses with dark "eyes" and "mouth".
QImage testFrame()
{
    QImage image(480, 320, QImage::Format_RGB888);
    image.fill(QColor(60, 90, 120));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    for (const QRectF &face : {QRectF(60, 60, 120, 150), QRectF(280, 90, 110, 140)}) {
        p.setBrush(QColor(210, 170, 140));
        p.setPen(Qt::NoPen);
        p.drawEllipse(face);
        p.setBrush(QColor(40, 30, 30));
        p.drawEllipse(QRectF(face.x() + face.width() * 0.25, face.y() + face.height() * 0.35, 14, 9));
        p.drawEllipse(QRectF(face.x() + face.width() * 0.62, face.y() + face.height() * 0.35, 14, 9));
        p.drawRect(QRectF(face.x() + face.width() * 0.35, face.y() + face.height() * 0.72, face.width() * 0.3, 6));
    }
    return image;
}

std::shared_ptr<const ui::AnalysisView> viewFor(const inference::ModelCard &card)
{
    auto view = std::make_shared<ui::AnalysisView>();
    view->analysis.id = 1;
    view->analysis.model = {card.name, card.version, card.sha256, {}};
    for (const auto &c : card.classes)
        view->classLabels.append(c.label);
    return view;
}

} // namespace

class TestGradCamService : public QObject {
    Q_OBJECT

private:
    std::optional<inference::ModelCard> m_card;

private Q_SLOTS:
    void initTestCase()
    {
        const auto registry = inference::ModelRegistry::fromAppPaths();
        auto entry = registry.defaultModel();
        QVERIFY2(entry.ok(), qPrintable(entry ? QString() : entry.error().message));
        m_card = entry->card;
    }

    void saysWhyWhenTheModelIsNotInstalled()
    {
        inference::ModelCard other = *m_card;
        other.name = QStringLiteral("lab-model-elsewhere");
        other.sha256 = QString(64, QLatin1Char('a'));
        ui::GradCamService service;
        service.setAnalysis(viewFor(other));
        QVERIFY(service.unavailableReason().contains(QStringLiteral("lab-model-elsewhere")));
        QVERIFY(service.modelName().isEmpty());
        service.request(0, testFrame(), {{1, -1, QRectF(60, 60, 120, 150)}});
        QVERIFY(!service.isBusy());
        QVERIFY(service.cached(0).isEmpty());
        service.setAnalysis(nullptr);
        QVERIFY(!service.unavailableReason().isEmpty());
    }

    void computesTheMapsOfTheAnalysisModel()
    {
        ui::GradCamService service;
        service.setAnalysis(viewFor(*m_card));
        QVERIFY2(service.unavailableReason().isEmpty(), qPrintable(service.unavailableReason()));
        QCOMPARE(service.modelName(), m_card->displayName());
        const QImage frame = testFrame();
        const QRectF boxA(60, 60, 120, 150);
        const QRectF boxB(280, 90, 110, 140);
        QSignalSpy spy(&service, &ui::GradCamService::computed);
        service.request(7, frame, {{1, -1, boxA}, {2, 3, boxB}});
        QVERIFY(spy.wait(60000));
        QCOMPARE(spy.first().first().toLongLong(), 7);
        const auto records = service.cached(7);
        QCOMPARE(records.size(), 2);

        auto model = inference::Classifier::load(*m_card, inference::DeviceChoice::Cpu, 1);
        QVERIFY2(model.ok(), qPrintable(model ? QString() : model.error().message));
        for (const auto &r : records) {
            const QRectF box = r.trackNumber == 1 ? boxA : boxB;
            QCOMPARE(r.classIndex, r.trackNumber == 1 ? -1 : 3);
            QCOMPARE(r.frameIndex, qint64(7));
            const faces::FaceCrop crop = faces::cropFace(frame, box, m_card->input.cropScale, m_card->input.size);
            QCOMPARE(r.crop, crop.rectInFrame.toAlignedRect());
            const inference::Heatmap got = inference::heatmapFromPng(r.png);
            QCOMPARE(got.width, m_card->input.size);
            QCOMPARE(got.height, m_card->input.size);
            auto direct = (*model)->gradcam(crop.image, r.classIndex);
            QVERIFY(direct.ok());
            const inference::Heatmap expected = inference::heatmapFromPng(inference::heatmapToPng(*direct));
            float worst = 0.f;
            for (size_t i = 0; i < got.values.size(); ++i)
                worst = std::max(worst, std::abs(got.values[i] - expected.values[i]));
            QVERIFY2(worst <= 2.f / 255.f, qPrintable(QStringLiteral("max difference %1").arg(worst)));
        }

        // Asking again for what is cached computes nothing.
        const int before = service.computedCount();
        service.request(7, frame, {{1, -1, boxA}});
        QVERIFY(!service.isBusy());
        QCOMPARE(service.computedCount(), before);
    }

    void newestRequestWins()
    {
        ui::GradCamService service;
        service.setAnalysis(viewFor(*m_card));
        const QImage frame = testFrame();
        for (qint64 f = 0; f < 10; ++f)
            service.request(f, frame, {{1, -1, QRectF(60, 60, 120, 150)}, {2, 4, QRectF(280, 90, 110, 140)}});
        QVERIFY(QTest::qWaitFor([&] { return !service.isBusy(); }, 60000));
        QCOMPARE(service.cached(9).size(), 2);
        // Frames 1..8 were replaced before they started; only frame 0 may have begun before the newer requests.
        QVERIFY2(service.computedCount() <= 2, qPrintable(QString::number(service.computedCount())));
        for (qint64 f = 1; f < 9; ++f)
            QVERIFY(service.cached(f).isEmpty());
    }

    void newAnalysisDropsCachedMaps()
    {
        ui::GradCamService service;
        service.setAnalysis(viewFor(*m_card));
        QSignalSpy spy(&service, &ui::GradCamService::computed);
        service.request(3, testFrame(), {{1, -1, QRectF(60, 60, 120, 150)}});
        QVERIFY(spy.wait(60000));
        QCOMPARE(service.cached(3).size(), 1);
        service.setAnalysis(viewFor(*m_card));
        QVERIFY(service.cached(3).isEmpty());
    }
};

QTEST_MAIN(TestGradCamService)
#include "TestGradCamService.moc"
