#include "core/common/AppPaths.h"
#include "core/faces/FaceCoverage.h"
#include "core/faces/FaceCrop.h"
#include "core/faces/FaceDetectorFactory.h"
#include "core/faces/Hungarian.h"
#include "core/faces/LandmarkDetector.h"

#include <QPainter>
#include <QTest>

using namespace fp;
using namespace fp::faces;

class TestFaceGeometry : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hungarianFindsTheOptimum()
    {
        // Greedy would take (0,0)=1 and then pay 10; the optimum is 2 + 3.
        const std::vector<std::vector<double>> cost{{1, 2}, {3, 10}};
        QCOMPARE(solveAssignment(cost), (std::vector<int>{1, 0}));
        // Rectangular both ways; forbidden pairs stay unassigned.
        QCOMPARE(solveAssignment({{5, 1, 9}}), (std::vector<int>{1}));
        QCOMPARE(solveAssignment({{4}, {2}, {7}}), (std::vector<int>{-1, 0, -1}));
        QCOMPARE(solveAssignment({{1e9, 1e9}, {1, 1e9}}, 1e9), (std::vector<int>{-1, 0}));
        QCOMPARE(solveAssignment({}), std::vector<int>{});
    }

    void hungarianMatchesBruteForce()
    {
        std::srand(7);
        for (int round = 0; round < 50; ++round) {
            const int n = 4;
            std::vector<std::vector<double>> cost(n, std::vector<double>(n));
            for (auto &row : cost)
                for (double &c : row)
                    c = std::rand() % 100;
            const auto a = solveAssignment(cost);
            double got = 0;
            for (int i = 0; i < n; ++i)
                got += cost[size_t(i)][size_t(a[size_t(i)])];
            std::vector<int> perm{0, 1, 2, 3};
            double best = 1e18;
            do {
                double s = 0;
                for (int i = 0; i < n; ++i)
                    s += cost[size_t(i)][size_t(perm[size_t(i)])];
                best = std::min(best, s);
            } while (std::next_permutation(perm.begin(), perm.end()));
            QCOMPARE(got, best);
        }
    }

    void cropIsSquareScaledAndCentred()
    {
        QImage frame(640, 480, QImage::Format_RGB888);
        frame.fill(Qt::white);
        QPainter(&frame).fillRect(QRect(300, 200, 40, 40), Qt::red);
        const FaceCrop crop = cropFace(frame, QRectF(300, 200, 40, 40), 1.3, 64);
        QCOMPARE(crop.image.size(), QSize(64, 64));
        QCOMPARE(crop.rectInFrame, QRectF(320 - 26, 220 - 26, 52, 52));
        QCOMPARE(QColor(crop.image.pixel(32, 32)), QColor(Qt::red));
        QCOMPARE(QColor(crop.image.pixel(1, 1)), QColor(Qt::white));
    }

    void cropShiftsInsideTheFrame()
    {
        QImage frame(640, 480, QImage::Format_RGB888);
        frame.fill(Qt::white);
        const FaceCrop crop = cropFace(frame, QRectF(0, 0, 100, 60), 1.3, 32);
        QCOMPARE(crop.rectInFrame, QRectF(0, 0, 130, 130));
        QCOMPARE(QColor(crop.image.pixel(0, 0)), QColor(Qt::white)); // no padding
    }

    void cropPadsOnlyWhenLargerThanTheFrame()
    {
        QImage frame(200, 100, QImage::Format_RGB888);
        frame.fill(Qt::white);
        const FaceCrop crop = cropFace(frame, QRectF(50, 10, 90, 90), 1.3, 117);
        QCOMPARE(crop.rectInFrame.width(), 117.0);
        QCOMPARE(crop.rectInFrame.left(), 95.0 - 58.5);
        QVERIFY(crop.rectInFrame.top() < 0 && crop.rectInFrame.bottom() > 100);
        QCOMPARE(QColor(crop.image.pixel(58, 0)), QColor(Qt::black));
        QCOMPARE(QColor(crop.image.pixel(58, 58)), QColor(Qt::white));
        QVERIFY(cropFace(QImage(), QRectF(0, 0, 10, 10)).image.isNull());
    }

    void similarityRecoversAKnownTransform()
    {
        const auto tpl = fivePointTemplate(112);
        QTransform t;
        t.translate(30, -12);
        t.rotate(20);
        t.scale(1.7, 1.7);
        std::array<QPointF, 5> moved;
        for (size_t i = 0; i < 5; ++i)
            moved[i] = t.map(tpl[i]);
        const QTransform back = similarityTransform(moved, tpl);
        for (size_t i = 0; i < 5; ++i) {
            const QPointF d = back.map(moved[i]) - tpl[i];
            QVERIFY(std::abs(d.x()) < 1e-6 && std::abs(d.y()) < 1e-6);
        }
    }

    void landmarksOnARealFace()
    {
        LandmarkDetector landmarks;
        if (!landmarks.isAvailable()) {
            QVERIFY(!landmarks.notice().isEmpty());
            QSKIP("dlib's 68-point model is not installed (libdlib-data)");
        }
        QVERIFY(landmarks.notice().isEmpty());
        const QString photo = AppPaths::findData(QStringLiteral("photos/face-api/sample2.jpg"));
        auto detector = FaceDetectorFactory::create();
        if (photo.isEmpty() || !detector || detector->detector->name() != QLatin1String("blazeface"))
            QSKIP("face photos or BlazeFace not installed");
        const QImage image = QImage(photo).convertToFormat(QImage::Format_RGB888);
        auto faces = detector->detector->detect(image);
        QVERIFY(faces.ok() && !faces->empty());
        int agreeing = 0;
        for (const FaceDetection &f : faces.value()) {
            auto points = landmarks.detect(image, f.box);
            QVERIFY(points.ok());
            const EyeCentres eyes = eyeCentres(points.value());
            // dlib's eye centres agree with BlazeFace's eye keypoints within a fifth of the box.
            const double tol = f.box.width() * 0.2;
            if (QLineF(eyes.right, f.keypoints[0]).length() < tol && QLineF(eyes.left, f.keypoints[1]).length() < tol)
                ++agreeing;
            const QImage aligned = alignFace(image, fivePoints(points.value()), 112);
            QCOMPARE(aligned.size(), QSize(112, 112));
        }
        // One turned face may disagree (the two models place a far eye differently); the rest must not.
        QVERIFY2(agreeing >= int(faces->size()) - 1, qPrintable(QString::number(agreeing)));
    }

    void absentLandmarkModelGivesANotice()
    {
        LandmarkDetector landmarks(QStringLiteral("/nonexistent/shape_predictor.dat"));
        QVERIFY(!landmarks.isAvailable());
        QVERIFY(landmarks.notice().contains(QStringLiteral("libdlib-data")));
        QImage image(10, 10, QImage::Format_RGB888);
        QVERIFY(!landmarks.detect(image, QRectF(0, 0, 5, 5)).ok());
    }

    void coverageReportsEmptyFramesAndBadFaces()
    {
        FaceCoverageCollector collector;
        QImage flat(320, 240, QImage::Format_RGB888);
        flat.fill(Qt::gray);
        collector.addFrame(0, {}, flat);
        collector.addFrame(1, {}, flat);
        FaceDetection small{QRectF(10, 10, 20, 20), 0.9f, {}, false};
        FaceDetection weak{QRectF(100, 100, 80, 80), 0.62f, {}, true};
        weak.keypoints[0] = QPointF(120, 120);
        weak.keypoints[1] = QPointF(160, 120);
        weak.keypoints[2] = QPointF(175, 140); // nose far to one side: profile
        collector.addFrame(2, {small, weak}, flat);
        collector.addFrame(5, {}, flat);
        const FaceCoverage &c = collector.coverage();
        QCOMPARE(c.framesExamined, qint64(4));
        QCOMPARE(c.framesWithFaces, qint64(1));
        QCOMPARE(c.framesWithoutFace.size(), size_t(2));
        QCOMPARE(c.framesWithoutFace[0].first, qint64(0));
        QCOMPARE(c.framesWithoutFace[0].last, qint64(1));
        QCOMPARE(c.framesWithoutFace[1].first, qint64(5));
        QCOMPARE(c.tooSmall, 1);
        QCOMPARE(c.lowScore, 1);
        QCOMPARE(c.blurred, 2); // a flat grey frame has no detail at all
        QCOMPARE(c.profile, 1);
        QCOMPARE(c.issues.size(), size_t(2));
        QVERIFY(c.summary().contains(QStringLiteral("3 of 4")));
    }
};

QTEST_GUILESS_MAIN(TestFaceGeometry)
#include "TestFaceGeometry.moc"
