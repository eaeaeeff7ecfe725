#include "core/common/AppPaths.h"
#include "core/faces/BlazeFaceDetector.h"
#include "core/faces/CascadeDetector.h"
#include "core/faces/FaceDetectorFactory.h"
#include "core/faces/WeightedNms.h"

#include "tests/testsupport/Fixtures.h"

#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace fp;
using namespace fp::faces;

namespace {

QString photo(int i)
{
    return AppPaths::findData(QStringLiteral("photos/face-api/sample%1.jpg").arg(i));
}

} // namespace

class TestFaceDetectors : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void weightedNmsMergesOverlaps()
    {
        FaceDetection a{QRectF(10, 10, 100, 100), 0.9f, {}, true};
        FaceDetection b{QRectF(20, 20, 100, 100), 0.3f, {}, true};
        FaceDetection c{QRectF(300, 300, 50, 50), 0.8f, {}, false};
        a.keypoints.fill(QPointF(0, 0));
        b.keypoints.fill(QPointF(40, 40));
        const auto out = weightedNms({b, c, a}, 0.3);
        QCOMPARE(out.size(), size_t(2));
        QCOMPARE(out[0].score, 0.9f);
        QVERIFY(std::abs(out[0].box.left() - (0.9 * 10 + 0.3 * 20) / 1.2) < 1e-4);
        QVERIFY(std::abs(out[0].keypoints[0].x() - 0.3 * 40 / 1.2) < 1e-4);
        QCOMPARE(out[1].box, QRectF(300, 300, 50, 50));
    }

    void factoryPicksBlazeFaceWhenIntact()
    {
        if (AppPaths::findData(AppPaths::blazeFaceFileName()).isEmpty())
            QSKIP("BlazeFace is not installed (packaging/setup-debian.sh)");
        auto created = FaceDetectorFactory::create();
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
        QCOMPARE(created->detector->name(), QStringLiteral("blazeface"));
        QVERIFY(!created->fallback);
        QVERIFY(created->notice.isEmpty());
    }

    void factoryFallsBackToCascadeOnBadChecksum()
    {
        // A data dir whose BlazeFace file is corrupt must be refused by its digest and replaced by the cascade.
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("detectors"));
        test::makeFile(dir.path(), AppPaths::blazeFaceFileName(), QByteArray("not an onnx model"));
        qputenv("FAKEPRINT_DATA_DIR", dir.path().toUtf8());
        auto created = FaceDetectorFactory::create();
        qunsetenv("FAKEPRINT_DATA_DIR");
        if (CascadeDetector::defaultCascadeFile(CascadeDetector::Type::Haar).isEmpty())
            QSKIP("opencv-data is not installed");
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
        QCOMPARE(created->detector->name(), QStringLiteral("haar"));
        QVERIFY(created->fallback);
        QVERIFY2(created->notice.contains(QStringLiteral("SHA-256")), qPrintable(created->notice));
    }

    void explicitBlazeFaceFailsOnBadChecksum()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("detectors"));
        test::makeFile(dir.path(), AppPaths::blazeFaceFileName(), QByteArray("tampered"));
        qputenv("FAKEPRINT_DATA_DIR", dir.path().toUtf8());
        FaceDetectorConfig config;
        config.kind = QStringLiteral("blazeface");
        auto created = FaceDetectorFactory::create(config);
        qunsetenv("FAKEPRINT_DATA_DIR");
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, Error::Code::ChecksumMismatch);
        QVERIFY(created.error().message.contains(dir.path()) ||
                created.error().message.contains(QStringLiteral("detectors")));
    }

    void unknownKindIsRefused()
    {
        FaceDetectorConfig config;
        config.kind = QStringLiteral("yolo");
        auto created = FaceDetectorFactory::create(config);
        QVERIFY(!created.ok());
        QVERIFY(created.error().message.contains(QStringLiteral("yolo")));
    }

    void blazeFaceFindsFacesInGroupPhotos()
    {
        if (photo(1).isEmpty() || AppPaths::findData(AppPaths::blazeFaceFileName()).isEmpty())
            QSKIP("face photos or BlazeFace not installed (packaging/setup-debian.sh)");
        auto created = FaceDetectorFactory::create();
        QVERIFY(created.ok());
        int total = 0;
        for (int i = 1; i <= 6; ++i) {
            const QImage image = QImage(photo(i)).convertToFormat(QImage::Format_RGB888);
            QVERIFY(!image.isNull());
            auto faces = created->detector->detect(image);
            QVERIFY(faces.ok());
            for (const FaceDetection &d : faces.value()) {
                QVERIFY(d.hasKeypoints);
                QVERIFY(d.score >= 0.6f && d.score <= 1.0f);
                QVERIFY(QRectF(image.rect()).contains(d.box));
                // Eyes sit in the upper half of the box, the mouth below the eyes.
                QVERIFY(d.keypoints[0].y() < d.box.center().y() + d.box.height() * 0.1);
                QVERIFY(d.keypoints[3].y() > d.keypoints[0].y());
            }
            qInfo("sample%d: %d faces", i, int(faces->size()));
            total += int(faces->size());
        }
        // The six photos hold 22 faces.
        QVERIFY2(total >= 20 && total <= 24, qPrintable(QString::number(total)));
    }

    void letterboxKeepsBoxesWithAspectRatio()
    {
        // The same face in a tall and in a wide canvas must map back to the same place (no stretching).
        if (photo(1).isEmpty() || AppPaths::findData(AppPaths::blazeFaceFileName()).isEmpty())
            QSKIP("face photos or BlazeFace not installed");
        auto created = FaceDetectorFactory::create();
        QVERIFY(created.ok());
        const QImage image = QImage(photo(2)).convertToFormat(QImage::Format_RGB888);
        auto reference = created->detector->detect(image);
        QVERIFY(reference.ok() && !reference->empty());
        QImage tall(image.width(), image.height() * 2, QImage::Format_RGB888);
        tall.fill(Qt::black);
        QPainter(&tall).drawImage(0, 0, image);
        auto inTall = created->detector->detect(tall);
        QVERIFY(inTall.ok());
        int matched = 0;
        for (const auto &r : reference.value()) {

            for (const auto &t : inTall.value())
                matched += boxIoU(r.box, t.box) > 0.7 ? 1 : 0;
        }
        QVERIFY2(matched >= int(reference->size()) - 1, qPrintable(QString::number(matched)));
    }

    void tilePassEveryNthCallOnVideoFrames()
    {
        // A face of ~22 px on a plain 1280x720 frame: only the small-face tiles find it. With tileEvery 4 the tile pass
        // runs on calls 0, 4, 8 ... and on every call after one whose tiles found a face the full pass missed.
        if (photo(2).isEmpty() || AppPaths::findData(AppPaths::blazeFaceFileName()).isEmpty())
            QSKIP("face photos or BlazeFace not installed");
        const QImage source = QImage(photo(2)).convertToFormat(QImage::Format_RGB888);
        auto reference = FaceDetectorFactory::create();
        QVERIFY(reference.ok());
        auto found = reference->detector->detect(source);
        QVERIFY(found.ok() && !found->empty());
        const QRectF box = found->front().box;
        const QRectF around = QRectF(box.center() - QPointF(box.width(), box.height()), box.size() * 2.0);
        const QImage face =
            source.copy(around.toRect()).scaled(44, 44, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        QImage blank(1280, 720, QImage::Format_RGB888);
        blank.fill(QColor(90, 100, 110));
        QImage small = blank;
        QPainter(&small).drawImage(700, 300, face);

        auto count = [](FaceDetector &d, const QImage &frame) {
            auto r = d.detect(frame);
            return r.ok() ? int(r->size()) : -1;
        };
        FaceDetectorConfig fullOnly;
        fullOnly.kind = QStringLiteral("blazeface");
        fullOnly.tileSmallFaces = false;
        auto full = FaceDetectorFactory::create(fullOnly);
        QVERIFY(full.ok());
        QCOMPARE(count(*full->detector, small), 0); // premise: the full-frame pass misses it
        FaceDetectorConfig everyCall;
        everyCall.kind = QStringLiteral("blazeface");
        auto tiled = FaceDetectorFactory::create(everyCall);
        QVERIFY(tiled.ok());
        QCOMPARE(count(*tiled->detector, small), 1); // and the tiles find it
        QCOMPARE(count(*tiled->detector, small), 1); // on every call (tileEvery 1)

        FaceDetectorConfig video = everyCall;
        video.tileEvery = 4;
        auto sparse = FaceDetectorFactory::create(video);
        QVERIFY(sparse.ok());
        QList<int> counts;
        counts << count(*sparse->detector, blank); // call 0: tiles, nothing missed
        for (int i = 0; i < 5; ++i)
            counts << count(*sparse->detector, small); // calls 1-3 full pass only; 4 tiles; 5 tiles again
        counts << count(*sparse->detector, blank);     // tiles (the last tile pass found a missed face): none
        counts << count(*sparse->detector, small);     // back to every 4th call: full pass only
        QCOMPARE(counts, (QList<int>{0, 0, 0, 0, 1, 1, 0, 0}));
    }

    void cascadeFindsAFace_data()
    {
        QTest::addColumn<int>("type");
        QTest::newRow("haar") << int(CascadeDetector::Type::Haar);
        QTest::newRow("lbp") << int(CascadeDetector::Type::Lbp);
    }

    void cascadeFindsAFace()
    {
        QFETCH(int, type);
        auto cascade = CascadeDetector::create(CascadeDetector::Type(type));
        if (!cascade.ok())
            QSKIP("opencv-data is not installed");
        QCOMPARE(cascade.value()->name(), QString::fromLatin1(QTest::currentDataTag()));
        const QImage image = QImage(photo(2)).convertToFormat(QImage::Format_RGB888);
        if (image.isNull())
            QSKIP("face photos not installed");
        auto faces = cascade.value()->detect(image);
        QVERIFY(faces.ok());
        qInfo("%s: %d faces", QTest::currentDataTag(), int(faces->size()));
        QVERIFY(!faces->empty());
        QVERIFY(!faces->front().hasKeypoints);
    }

    void emptyImageIsAnError()
    {
        auto cascade = CascadeDetector::create(CascadeDetector::Type::Haar);
        if (!cascade.ok())
            QSKIP("opencv-data is not installed");
        QVERIFY(!cascade.value()->detect(QImage()).ok());
    }
};

QTEST_GUILESS_MAIN(TestFaceDetectors)
#include "TestFaceDetectors.moc"
