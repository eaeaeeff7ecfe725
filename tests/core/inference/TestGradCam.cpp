// Grad-CAM on models whose answer is known analytically, and the mapping of maps back to frames.
#include "core/inference/Classifier.h"
#include "core/inference/Heatmap.h"

#include "tests/core/inference/TestModels.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace fp;
using namespace fp::inference;

namespace {

constexpr int kSize = 16;

// features(x) = mean over RGB of x (mean 0, std 1: the pixel value / 255); the binary logit is w * f[cellY][cellX],
// so the gradient is non-zero in one cell only. Grad-CAM then weights the whole map by w / (S*S) and Grad-CAM++ by
// a positive factor: for w > 0 both maps are relu(f) / max(f); for w < 0 both are zero. The attribution head's
// class 1 has the opposite sign, class 2 the same.
Result<ModelCard> installCellModel(const QString &dir, float w)
{
    test::LinearModelSpec spec;
    spec.inputSize = kSize;
    spec.featureChannels = 1;
    spec.binary.units = 1;
    spec.binary.weights.assign(kSize * kSize, 0.f);
    spec.binary.weights[5 * kSize + 9] = w;
    spec.binary.bias = {0.f};
    spec.attribution.units = 3;
    spec.attribution.weights.assign(3 * kSize * kSize, 0.f);
    spec.attribution.weights[1 * kSize * kSize + 5 * kSize + 9] = -w;
    spec.attribution.weights[2 * kSize * kSize + 5 * kSize + 9] = w;
    spec.attribution.bias = {0.f, 0.f, 0.f};
    const ModelCard card = test::makeTestCard(QStringLiteral("cell"), kSize, 1,
                                              {QStringLiteral("real"), QStringLiteral("a"), QStringLiteral("b")});
    return test::installModel(dir, card, [&](const QString &path) { return test::writeLinearModel(path, spec); });
}

// A crop with a known brightness pattern: a white 3x3 square at (2..4, 10..12), a grey (102) band in row 7.
QImage patternCrop()
{
    QImage image(kSize, kSize, QImage::Format_RGB888);
    image.fill(Qt::black);
    for (int y = 10; y <= 12; ++y)
        for (int x = 2; x <= 4; ++x)
            image.setPixelColor(x, y, Qt::white);
    for (int x = 0; x < kSize; ++x)
        image.setPixelColor(x, 7, QColor(102, 102, 102));
    return image;
}

float expectedValue(int x, int y)
{
    const QColor c = patternCrop().pixelColor(x, y);
    return float((c.red() + c.green() + c.blue()) / 3.0 / 255.0);
}

} // namespace

class TestGradCam : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void mapEqualsTheFeatureMap_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("classIndex");
        QTest::newRow("gradcam binary") << int(GradCamKind::GradCam) << -1;
        QTest::newRow("gradcam++ binary") << int(GradCamKind::GradCamPlusPlus) << -1;
        QTest::newRow("gradcam class 2") << int(GradCamKind::GradCam) << 2;
        QTest::newRow("gradcam++ class 2") << int(GradCamKind::GradCamPlusPlus) << 2;
    }

    void mapEqualsTheFeatureMap()
    {
        QFETCH(int, kind);
        QFETCH(int, classIndex);
        auto card = installCellModel(m_dir.path(), 2.f);
        QVERIFY2(card.ok(), qPrintable(card.ok() ? QString() : card.error().message));
        auto classifier = Classifier::load(*card, DeviceChoice::Cpu, 1);
        QVERIFY2(classifier.ok(), qPrintable(classifier.ok() ? QString() : classifier.error().message));
        auto map = (*classifier)->gradcam(patternCrop(), classIndex, GradCamKind(kind));
        QVERIFY2(map.ok(), qPrintable(map.ok() ? QString() : map.error().message));
        QCOMPARE(map->width, kSize);
        QCOMPARE(map->height, kSize);
        QCOMPARE(map->classIndex, classIndex);
        QVERIFY(map->rawMax > 0.f);
        for (int y = 0; y < kSize; ++y) {
            for (int x = 0; x < kSize; ++x)
                QVERIFY2(std::abs(map->at(x, y) - expectedValue(x, y)) < 1e-5,
                         qPrintable(QStringLiteral("(%1, %2): %3 vs %4")
                                        .arg(x)
                                        .arg(y)
                                        .arg(map->at(x, y))
                                        .arg(expectedValue(x, y))));
        }
        if (kind == int(GradCamKind::GradCam)) // weight w / (S*S) times the white level 1
            QVERIFY(std::abs(map->rawMax - 2.f / (kSize * kSize)) < 1e-6);
    }

    void negativeEvidenceGivesAnEmptyMap()
    {
        auto card = installCellModel(m_dir.path(), 2.f);
        QVERIFY(card.ok());
        auto classifier = Classifier::load(*card, DeviceChoice::Cpu, 1);
        QVERIFY(classifier.ok());
        for (const GradCamKind kind : {GradCamKind::GradCam, GradCamKind::GradCamPlusPlus}) {
            auto map = (*classifier)->gradcam(patternCrop(), 1, kind); // class 1 has weight -w
            QVERIFY(map.ok());
            QCOMPARE(map->rawMax, 0.f);
            QVERIFY(std::all_of(map->values.begin(), map->values.end(), [](float v) { return v == 0.f; }));
        }
        QVERIFY(!(*classifier)->gradcam(patternCrop(), 3).ok());
        QVERIFY(!(*classifier)->gradcam(QImage()).ok());
    }

    void batchMatchesSingleAndKeepsCropSizes()
    {
        auto card = installCellModel(m_dir.path(), 2.f);
        QVERIFY(card.ok());
        auto classifier = Classifier::load(*card, DeviceChoice::Cpu, 1);
        QVERIFY(classifier.ok());
        const QImage big = patternCrop().scaled(64, 64, Qt::IgnoreAspectRatio, Qt::FastTransformation);
        auto maps = (*classifier)->gradcamBatch({patternCrop(), big}, -1, GradCamKind::GradCam);
        QVERIFY(maps.ok());
        QCOMPARE(maps->size(), size_t(2));
        QCOMPARE((*maps)[1].width, 64);
        auto single = (*classifier)->gradcam(patternCrop());
        QVERIFY(single.ok());
        QCOMPARE((*maps)[0].values, single->values);
        // The white square (pixels 8..19, 40..51 at 4x) stays the hottest region at the larger size.
        QVERIFY((*maps)[1].at(12, 44) > 0.99f);
        QVERIFY((*maps)[1].at(40, 10) < 0.01f);
    }

    void heatmapMapsBackToTheFrame()
    {
        Heatmap map;
        map.width = 4;
        map.height = 4;
        map.values.assign(16, 0.f);
        map.values[1 * 4 + 2] = 1.f; // cell (2, 1)
        // The crop covered frame pixels x 100..139, y 50..89 (10 frame pixels per map cell).
        const Heatmap onFrame = heatmapToFrame(map, QRect(100, 50, 40, 40), QSize(320, 240));
        QCOMPARE(onFrame.width, 320);
        QCOMPARE(onFrame.height, 240);
        // Cell (2, 1)'s centre is frame (124.5, 64.5); the pixels around it are within bilinear reach of 1.
        QVERIFY(onFrame.at(124, 64) > 0.85f && onFrame.at(125, 65) > 0.85f);
        QVERIFY(onFrame.at(124, 64) <= 1.f);
        QCOMPARE(onFrame.at(10, 10), 0.f);  // outside the crop
        QCOMPARE(onFrame.at(105, 85), 0.f); // a cold cell
        // A crop reaching past the frame's edge is clipped, not shifted.
        const Heatmap clipped = heatmapToFrame(map, QRect(300, 220, 40, 40), QSize(320, 240));
        QCOMPARE(clipped.at(319, 239), onFrame.at(119, 69)); // the same offset (19, 19) into the crop
        QVERIFY(clipped.at(319, 239) > 0.f);
        QCOMPARE(clipped.at(299, 219), 0.f);

        QImage frame(320, 240, QImage::Format_RGB888);
        frame.fill(Qt::black);
        const QImage overlay = overlayHeatmap(frame, map, QRect(100, 50, 40, 40), 1.0);
        QCOMPARE(overlay.size(), frame.size());
        QVERIFY(qRed(overlay.pixel(125, 65)) > 100); // hot: red
        QCOMPARE(overlay.pixel(10, 10), frame.pixel(10, 10));
        const QImage colours = heatmapToImage(map);
        QCOMPARE(qAlpha(colours.pixel(0, 0)), 0);
        QCOMPARE(qAlpha(colours.pixel(2, 1)), 200);
    }
};

QTEST_GUILESS_MAIN(TestGradCam)
#include "TestGradCam.moc"
