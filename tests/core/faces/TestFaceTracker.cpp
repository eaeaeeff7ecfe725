#include "core/faces/FaceDetectorFactory.h"
#include "core/faces/FaceTracker.h"

#include "tests/testsupport/FaceClipGenerator.h"
#include "tests/testsupport/FaceTrackingMetrics.h"
#include "tests/testsupport/Fixtures.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fp;
using namespace fp::faces;

namespace {

FaceDetection det(double x, double y, double side, float score = 0.9f)
{
    return FaceDetection{QRectF(x, y, side, side), score, {}, false};
}

} // namespace

class TestFaceTracker : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    test::FaceClip m_clip;

private Q_SLOTS:
    void birthNeedsMinHitsAndIdsAreStable()
    {
        FaceTracker tracker(FaceTrackerConfig{});
        const QImage none;
        std::vector<FaceDetection> d{det(100, 100, 50)};
        auto out = tracker.update(0, &d, none);
        QVERIFY(out.ok());
        QVERIFY(out->empty()); // tentative
        for (int f = 1; f < 20; ++f) {
            d = {det(100 + 5 * f, 100, 50)};
            out = tracker.update(f, &d, none);
            QVERIFY(out.ok());
            QCOMPARE(out->size(), size_t(1));
            QCOMPARE(out->front().trackId, 1);
            QVERIFY(out->front().detected);
        }
        // Prediction between detections keeps moving at the learnt velocity.
        out = tracker.update(20, nullptr, none);
        QVERIFY(out.ok() && out->size() == 1);
        QVERIFY(!out->front().detected);
        QVERIFY(std::abs(out->front().box.left() - 200) < 5);
    }

    void deathAfterMaxMisses()
    {
        FaceTrackerConfig config;
        config.maxMisses = 2;
        FaceTracker tracker(config);
        std::vector<FaceDetection> d{det(10, 10, 40)};
        for (int f = 0; f < 3; ++f)
            QVERIFY(tracker.update(f, &d, QImage()).ok());
        QCOMPARE(tracker.liveTrackCount(), 1);
        const std::vector<FaceDetection> empty;
        for (int f = 3; f < 6; ++f)
            QVERIFY(tracker.update(f, &empty, QImage()).ok());
        QCOMPARE(tracker.liveTrackCount(), 0);
        // A new face later gets a new id, never a reused one.
        for (int f = 6; f < 9; ++f)
            QVERIFY(tracker.update(f, &d, QImage()).ok());
        auto out = tracker.update(9, &d, QImage());
        QCOMPARE(out->front().trackId, 2);
    }

    void framesMustIncrease()
    {
        FaceTracker tracker;
        QVERIFY(tracker.update(5, nullptr, QImage()).ok());
        auto out = tracker.update(5, nullptr, QImage());
        QVERIFY(!out.ok());
        QVERIFY(out.error().message.contains(QStringLiteral("frame 5")));
    }

    void crossingFacesKeepTheirIdsByMotion()
    {
        // Two faces pass each other horizontally; Kalman velocities carry them through the overlap.
        FaceTracker tracker;
        std::map<int, double> firstX;
        for (int f = 0; f < 40; ++f) {
            std::vector<FaceDetection> d{det(100 + 10 * f, 200, 60), det(500 - 10 * f, 210, 60)};
            auto out = tracker.update(f, &d, QImage());
            QVERIFY(out.ok());
            for (const TrackedFace &t : out.value()) {
                if (!firstX.count(t.trackId))
                    firstX[t.trackId] = t.box.left();
                const bool movingRight = firstX[t.trackId] < 300;
                // Each id stays with the face moving its way.
                const double expected = movingRight ? 100 + 10 * f : 500 - 10 * f;
                QVERIFY2(std::abs(t.box.left() - expected) < 15,
                         qPrintable(QStringLiteral("frame %1 id %2").arg(f).arg(t.trackId)));
            }
        }
        QCOMPARE(firstX.size(), size_t(2));
    }

    void qualityOnGeneratedClip_data()
    {
        QTest::addColumn<int>("every");
        QTest::addColumn<double>("minRecall");
        QTest::newRow("detect every frame") << 1 << 0.9;
        QTest::newRow("detect every 3rd frame") << 3 << 0.85;
    }

    void qualityOnGeneratedClip()
    {
        QFETCH(int, every);
        QFETCH(double, minRecall);
        if (!test::haveFacePhotos() || !test::haveFfmpeg())
            QSKIP("face photos, BlazeFace or ffmpeg not installed (packaging/setup-debian.sh)");
        if (m_clip.frames == 0) {
            // One clip for both rows: 960x540 keeps the test quick; tests/bench/faces measures 720p.
            test::FaceClipSpec spec;
            spec.width = 960;
            spec.height = 540;
            spec.frames = 36;
            spec.faces = 3;
            spec.seed = 11;
            spec.maxFaceSide = 170;
            const QString err = test::makeFaceClip(m_dir.path(), spec, &m_clip);
            QVERIFY2(err.isEmpty(), qPrintable(err));
        }
        const test::FaceClip &clip = m_clip;
        auto created = FaceDetectorFactory::create();
        QVERIFY(created.ok());
        FaceTracker tracker;
        test::FaceTrackingMetrics metrics;
        for (int f = 0; f < clip.frames; ++f) {
            const QImage frame = clip.frame(f);
            QVERIFY(!frame.isNull());
            Result<std::vector<TrackedFace>> out = std::vector<TrackedFace>{};
            if (f % every == 0) {
                auto found = created->detector->detect(frame);
                QVERIFY(found.ok());
                metrics.addDetections(clip.truth[size_t(f)], found.value());
                out = tracker.update(f, &found.value(), frame);
            } else {
                out = tracker.update(f, nullptr, frame);
            }
            QVERIFY(out.ok());
            metrics.addTracks(clip.truth[size_t(f)], out.value());
        }
        qInfo("every %d: detection recall %.3f precision %.3f (tp %d fp %d fn %d); tracks recall %.3f precision "
              "%.3f, id switches %d, fragmentations %d",
              every, metrics.recall(), metrics.precision(), metrics.truePositives, metrics.falsePositives,
              metrics.falseNegatives, metrics.trackRecall(), metrics.trackPrecision(), metrics.idSwitches,
              metrics.fragmentations);
        QVERIFY(metrics.recall() >= 0.9);
        QVERIFY(metrics.precision() >= 0.95);
        QVERIFY(metrics.trackRecall() >= minRecall);
        QVERIFY(metrics.trackPrecision() >= 0.9);
        QVERIFY(metrics.idSwitches <= 1);
        QVERIFY(metrics.fragmentations <= 2);
    }
};

QTEST_GUILESS_MAIN(TestFaceTracker)
#include "TestFaceTracker.moc"
