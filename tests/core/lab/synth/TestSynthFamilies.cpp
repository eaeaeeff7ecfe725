// Every manipulation family changes pixels only inside the dilated face, changes the face noticeably, is
// deterministic for a seed, and NeuralTextures leaves a measurable checkerboard.
#include "SynthTestBank.h"

#include "core/lab/synth/ImageOps.h"
#include "core/lab/synth/Manipulator.h"

#include <QTest>

#include <opencv2/imgproc.hpp>

using namespace fp;
using namespace fp::lab;

class TestSynthFamilies : public QObject {
    Q_OBJECT

private:
    const IdentityBank *m_bank = nullptr;

    const FaceImage &face(int i) const { return m_bank->identities()[static_cast<size_t>(i)].face; }

    // The test's own allowed region: the 68-point hull dilated by a quarter of the landmark box width.
    static cv::Mat allowed(const FaceImage &f)
    {
        std::vector<cv::Point2f> hull;
        cv::convexHull(f.face.landmarks, hull);
        std::vector<cv::Point> poly;
        for (const auto &p : hull)
            poly.emplace_back(cvRound(p.x), cvRound(p.y));
        cv::Mat mask = cv::Mat::zeros(f.bgr.size(), CV_8UC1);
        cv::fillConvexPoly(mask, poly, cv::Scalar(255));
        const int r = cvRound(cv::boundingRect(f.face.landmarks).width * 0.25);
        cv::dilate(mask, mask, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(2 * r + 1, 2 * r + 1)));
        return mask;
    }

private slots:
    void initTestCase()
    {
        QString reason;
        m_bank = fp::test::synthBank(&reason);
        if (!m_bank)
            QSKIP(qPrintable(QStringLiteral("source photos or models not installed: ") + reason));
        QVERIFY(m_bank->identities().size() >= 8);
        QVERIFY(!m_bank->pool(IdentityPool::HeldOut).empty());
        QVERIFY(!m_bank->pool(IdentityPool::A).empty());
    }

    void changesOnlyInsideFace_data()
    {
        QTest::addColumn<int>("cls");
        QTest::addColumn<int>("blend");
        for (const auto &info : manipulationClasses())
            for (int blend = 0; blend < 4; ++blend)
                QTest::addRow("%s-%s", info.key, blendModeName(static_cast<BlendMode>(blend)))
                    << static_cast<int>(info.id) << blend;
    }

    void changesOnlyInsideFace()
    {
        QFETCH(int, cls);
        QFETCH(int, blend);
        const int n = static_cast<int>(m_bank->identities().size());
        for (int t = 0; t < 2; ++t) {
            const FaceImage &target = face((t * 5 + blend) % n);
            const FaceImage &donor = face((t * 5 + blend + 3) % n);
            std::mt19937 rng(static_cast<quint32>(100 + cls * 10 + blend + t));
            ManipulationStyle style;
            style.blend = static_cast<BlendMode>(blend);
            style.colour = static_cast<ColourTransfer>((blend + t) % 4);
            style.mask = t == 0 ? MaskShape::Hull : MaskShape::Ellipse;
            auto out = manipulate(static_cast<ManipulationClass>(cls), target, donor, style, rng);
            QVERIFY2(out.ok(), out.ok() ? "" : qPrintable(out.error().message));
            QCOMPARE(out->bgr.size(), target.bgr.size());
            cv::Mat diff, changed;
            cv::absdiff(out->bgr, target.bgr, diff);
            cv::cvtColor(diff, changed, cv::COLOR_BGR2GRAY);
            const cv::Mat outside = ~allowed(target);
            cv::Mat changedOutside;
            cv::bitwise_and(changed, outside, changedOutside);
            QCOMPARE(cv::countNonZero(changedOutside), 0);
            // NeuralTextures re-renders the mouth only: measure it there.
            const bool mouthOnly = cls == static_cast<int>(ManipulationClass::NeuralTextures);
            const cv::Mat inner = ops::hullMask(target.face.landmarks, target.bgr.size(),
                                                mouthOnly ? lm::MouthBegin : 0, mouthOnly ? lm::MouthEnd : lm::Count);
            const double meanChange = cv::mean(changed, inner)[0];
            if (cls == static_cast<int>(ManipulationClass::Real))
                QCOMPARE(cv::countNonZero(changed), 0);
            else
                QVERIFY2(meanChange > 1.5, qPrintable(QStringLiteral("mean change in the face %1").arg(meanChange)));
        }
    }

    void deterministicPerSeed()
    {
        const FaceImage &target = face(0), &donor = face(1);
        for (const auto &info : manipulationClasses()) {
            std::mt19937 a(7), b(7), c(8);
            const ManipulationStyle style;
            auto ra = manipulate(info.id, target, donor, style, a);
            auto rb = manipulate(info.id, target, donor, style, b);
            auto rc = manipulate(info.id, target, donor, style, c);
            QVERIFY(ra.ok() && rb.ok() && rc.ok());
            QCOMPARE(cv::norm(ra->bgr, rb->bgr, cv::NORM_L1), 0.0);
            if (info.id != ManipulationClass::Real)
                QVERIFY2(cv::norm(ra->bgr, rc->bgr, cv::NORM_L1) > 0.0, info.key);
        }
    }

    void neuralTexturesLeavesCheckerboard()
    {
        const int n = static_cast<int>(m_bank->identities().size());
        for (int i = 0; i < 4; ++i) {
            const FaceImage &target = face(i % n);
            std::mt19937 rng(static_cast<quint32>(40 + i));
            auto nt = manipulate(ManipulationClass::NeuralTextures, target, face((i + 2) % n), {}, rng);
            QVERIFY(nt.ok());
            // The mouth region, where NeuralTextures re-renders.
            const cv::Rect2f m = ops::pointsBox(target.face.landmarks, lm::MouthBegin, lm::MouthEnd);
            const cv::Rect roi = cv::Rect(cvRound(m.x), cvRound(m.y), cvRound(m.width), cvRound(m.height)) &
                                 cv::Rect(0, 0, target.bgr.cols, target.bgr.rows);
            const double real = ops::nyquistEnergyRatio(target.bgr(roi));
            const double fake = ops::nyquistEnergyRatio(nt->bgr(roi));
            QVERIFY2(fake > 3.0 * real && fake > 2.0,
                     qPrintable(QStringLiteral("period-2 energy real %1, NeuralTextures %2").arg(real).arg(fake)));
        }
    }

    void swapsCarryTheDonorIdentity()
    {
        std::mt19937 rng(3);
        auto out = manipulate(ManipulationClass::FaceSwap, face(0), face(1), {}, rng);
        QVERIFY(out.ok());
        QCOMPARE(out->sourceIdentity, face(1).identity);
        std::mt19937 rng2(3);
        auto real = manipulate(ManipulationClass::Real, face(0), face(1), {}, rng2);
        QVERIFY(real.ok());
        QVERIFY(real->sourceIdentity.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSynthFamilies)
#include "TestSynthFamilies.moc"
