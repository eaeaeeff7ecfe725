#include "core/common/AppPaths.h"

#include "tests/testsupport/FaceClipGenerator.h"
#include "tests/testsupport/Fixtures.h"
#include "tests/testsupport/TestEnv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fp;

class TestFacesCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void imageGivesBoxesAndTheDetector()
    {
        const QString photo = AppPaths::findData(QStringLiteral("photos/face-api/sample5.jpg"));
        if (photo.isEmpty())
            QSKIP("face photos not installed (packaging/setup-debian.sh)");
        const auto r = test::runProcess(test::cliPath(), {QStringLiteral("faces"), photo, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QVERIFY(!doc.value(QStringLiteral("detector")).toString().isEmpty());
        const QJsonArray boxes = doc.value(QStringLiteral("boxes")).toArray();
        QVERIFY(!boxes.isEmpty());
        for (const auto &b : boxes) {
            const QJsonObject o = b.toObject();
            for (const char *key : {"x", "y", "w", "h", "score"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            QVERIFY(o.value(QStringLiteral("w")).toDouble() > 10);
        }
        QCOMPARE(doc.value(QStringLiteral("coverage")).toObject().value(QStringLiteral("faces")).toInt(), boxes.size());
    }

    void haarIsSelectable()
    {
        const QString photo = AppPaths::findData(QStringLiteral("photos/face-api/sample2.jpg"));
        if (photo.isEmpty())
            QSKIP("face photos not installed");
        const auto r = test::runProcess(test::cliPath(), {QStringLiteral("faces"), photo, QStringLiteral("--json"),
                                                          QStringLiteral("--detector"), QStringLiteral("haar")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc.value(QStringLiteral("detector")).toString(), QStringLiteral("haar"));
    }

    void videoGivesBoxesPerDetectedFrameAndTracks()
    {
        if (!test::haveFacePhotos() || !test::haveFfmpeg())
            QSKIP("face photos, BlazeFace or ffmpeg not installed");
        QTemporaryDir dir;
        test::FaceClipSpec spec;
        spec.width = 640;
        spec.height = 360;
        spec.frames = 12;
        spec.faces = 2;
        spec.maxFaceSide = 120;
        test::FaceClip clip;
        const QString err = test::makeFaceClip(dir.path(), spec, &clip);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const auto r = test::runProcess(test::cliPath(),
                                        {QStringLiteral("faces"), clip.videoPath, QStringLiteral("--json"),
                                         QStringLiteral("--every"), QStringLiteral("2"), QStringLiteral("--track")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc.value(QStringLiteral("type")).toString(), QStringLiteral("video"));
        QCOMPARE(doc.value(QStringLiteral("frames_read")).toInt(), 12);
        const QJsonArray frames = doc.value(QStringLiteral("frames")).toArray();
        QCOMPARE(frames.size(), 12); // --track lists every frame
        int detected = 0;
        for (const auto &f : frames) {
            const QJsonObject o = f.toObject();
            const bool hasBoxes = o.contains(QStringLiteral("boxes"));
            QCOMPARE(hasBoxes, o.value(QStringLiteral("index")).toInt() % 2 == 0);
            if (hasBoxes)
                detected += o.value(QStringLiteral("boxes")).toArray().size();
        }
        QVERIFY2(detected >= 10, qPrintable(QString::number(detected))); // 2 faces x 6 detection frames
        const QJsonArray lastTracks = frames.last().toObject().value(QStringLiteral("tracks")).toArray();
        QCOMPARE(lastTracks.size(), 2);
    }

    void badArgumentsAreRefused()
    {
        auto r = test::runProcess(test::cliPath(), {QStringLiteral("faces"), QStringLiteral("/nonexistent/clip.mp4")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("/nonexistent/clip.mp4"));
        r = test::runProcess(test::cliPath(), {QStringLiteral("faces"), QStringLiteral("x"), QStringLiteral("--every"),
                                               QStringLiteral("0")});
        QCOMPARE(r.exitCode, 2);
        r = test::runProcess(test::cliPath(), {QStringLiteral("faces"), QStringLiteral("x.png"),
                                               QStringLiteral("--detector"), QStringLiteral("yolo")});
        QVERIFY(r.exitCode != 0);
    }
};

QTEST_GUILESS_MAIN(TestFacesCli)
#include "TestFacesCli.moc"
