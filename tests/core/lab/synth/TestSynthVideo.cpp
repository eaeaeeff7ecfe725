// Generated clips: the ground truth describes every frame, and the product's face detector finds each visible
// face within IoU 0.5 of its truth box on sampled frames.
#include "SynthTestBank.h"

#include "core/faces/FaceDetectorFactory.h"
#include "core/faces/FaceTypes.h"
#include "core/lab/synth/VideoSynthesizer.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fp;
using namespace fp::lab;

class TestSynthVideo : public QObject {
    Q_OBJECT

private:
    const IdentityBank *m_bank = nullptr;

private slots:
    void initTestCase()
    {
        QString reason;
        m_bank = fp::test::synthBank(&reason);
        if (!m_bank)
            QSKIP(qPrintable(QStringLiteral("source photos or models not installed: ") + reason));
    }

    void truthMatchesRenderedFaces()
    {
        QTemporaryDir dir;
        VideoParams p;
        p.outPath = dir.filePath(QStringLiteral("clip.mp4"));
        p.truthPath = dir.filePath(QStringLiteral("clip.truth.json"));
        p.seed = 9;
        p.faces = 2;
        p.seconds = 1.0;
        p.fps = 10;
        p.classes = {ManipulationClass::Real, ManipulationClass::Deepfakes};
        p.lanes = true;
        auto truth = VideoSynthesizer(*m_bank).run(p);
        QVERIFY2(truth.ok(), truth.ok() ? "" : qPrintable(truth.error().message));
        QCOMPARE(truth->frameCount, 10);

        QFile f(p.truthPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("fakeprint-synth-truth/1"));
        QCOMPARE(json.value(QStringLiteral("frame_count")).toInt(), 10);
        const QJsonArray tracks = json.value(QStringLiteral("tracks")).toArray();
        QCOMPARE(tracks.size(), 2);
        QCOMPARE(tracks[0].toObject().value(QStringLiteral("class_key")).toString(), QStringLiteral("real"));
        QCOMPARE(tracks[1].toObject().value(QStringLiteral("label")).toString(), QStringLiteral("Deepfakes"));
        QCOMPARE(tracks[1].toObject().value(QStringLiteral("frames")).toArray().size(), 10);

        auto detector = faces::FaceDetectorFactory::create();
        QVERIFY(detector.ok());
        for (int frame : {0, 5, 9}) {
            const QString png = dir.filePath(QStringLiteral("f%1.png").arg(frame));
            QProcess ffmpeg;
            ffmpeg.start(QStringLiteral("ffmpeg"),
                         {QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"),
                          QStringLiteral("-i"), p.outPath, QStringLiteral("-vf"),
                          QStringLiteral("select=eq(n\\,%1)").arg(frame), QStringLiteral("-frames:v"),
                          QStringLiteral("1"), png});
            QVERIFY(ffmpeg.waitForFinished(30000));
            const QImage image(png);
            QCOMPARE(image.size(), QSize(p.width, p.height));
            auto found = detector->detector->detect(image.convertToFormat(QImage::Format_RGB888));
            QVERIFY(found.ok());
            for (const auto &track : truth->tracks) {
                if (track.visible[static_cast<size_t>(frame)] < 0.9)
                    continue;
                double best = 0.0;
                for (const auto &d : found.value())
                    best = std::max(best, faces::boxIoU(d.box, track.boxes[static_cast<size_t>(frame)]));
                QVERIFY2(
                    best >= 0.5,
                    qPrintable(QStringLiteral("frame %1 track %2: best IoU %3").arg(frame).arg(track.id).arg(best)));
            }
        }
    }

    void deterministicTruth()
    {
        QTemporaryDir dir;
        VideoParams p;
        p.outPath = dir.filePath(QStringLiteral("a.mp4"));
        p.truthPath = dir.filePath(QStringLiteral("a.json"));
        p.seconds = 0.5;
        p.fps = 10;
        p.seed = 4;
        auto a = VideoSynthesizer(*m_bank).run(p);
        p.outPath = dir.filePath(QStringLiteral("b.mp4"));
        p.truthPath = dir.filePath(QStringLiteral("b.json"));
        auto b = VideoSynthesizer(*m_bank).run(p);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(QJsonDocument(a->toJson()).toJson(), QJsonDocument(b->toJson()).toJson());
    }
};

QTEST_GUILESS_MAIN(TestSynthVideo)
#include "TestSynthVideo.moc"
