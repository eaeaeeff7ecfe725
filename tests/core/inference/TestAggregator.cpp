// Frame -> track -> video decisions on hand-made score sequences (torch-free).
#include "core/inference/Aggregator.h"

#include <QTest>

#include <cmath>

using namespace fp;
using namespace fp::inference;

namespace {

ModelCard makeCard()
{
    ModelCard card;
    card.name = QStringLiteral("agg");
    card.classes = {{0, QStringLiteral("real"), QStringLiteral("Real"), {}},
                    {1, QStringLiteral("deepfakes"), QStringLiteral("Deepfakes"), {}},
                    {2, QStringLiteral("faceswap"), QStringLiteral("FaceSwap"), {}}};
    card.outputs = {{HeadKind::Binary, 1}, {HeadKind::Attribution, 3}};
    card.decision = {0.5, 0.4, 0.6, 3, 0.6, -1.0};
    return card;
}

FrameScores frame(qint64 index, float pFake, std::vector<float> probs = {}, float energy = -5.f)
{
    FrameScores f;
    f.frameIndex = index;
    f.scores.pFake = pFake;
    f.scores.hasBinary = true;
    f.scores.hasAttribution = !probs.empty();
    f.scores.classProbabilities = std::move(probs);
    f.scores.energy = energy;
    return f;
}

bool near(float a, double b)
{
    return std::abs(double(a) - b) < 1e-5;
}

} // namespace

class TestAggregator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void verdictKeysAreStable()
    {
        QCOMPARE(verdictKey(Verdict::Real), QStringLiteral("real"));
        QCOMPARE(verdictKey(Verdict::Manipulated), QStringLiteral("manipulated"));
        QCOMPARE(verdictKey(Verdict::UnknownMethod), QStringLiteral("unknown_method"));
        QCOMPARE(verdictKey(Verdict::Inconclusive), QStringLiteral("inconclusive"));
        QCOMPARE(*verdictFromKey(QStringLiteral("unknown_method")), Verdict::UnknownMethod);
        QVERIFY(!verdictFromKey(QStringLiteral("fake")).has_value());
    }

    void noFramesIsInconclusiveNeverReal()
    {
        const Aggregator aggregator(makeCard());
        const TrackVerdict track = aggregator.aggregateTrack({});
        QCOMPARE(track.verdict, Verdict::Inconclusive);
        QCOMPARE(track.framesScored, 0);
        QCOMPARE(track.confidence, 0.f);
        const VideoVerdict video = aggregator.aggregateVideo({}, 240, 0);
        QCOMPARE(video.verdict, Verdict::Inconclusive);
        QCOMPARE(video.coverage, 0.0);
        QCOMPARE(video.decidingTrack, -1);
    }

    void tooFewFramesIsInconclusive()
    {
        const Aggregator aggregator(makeCard());
        const TrackVerdict track = aggregator.aggregateTrack({frame(0, 0.01f), frame(1, 0.02f)});
        QCOMPARE(track.verdict, Verdict::Inconclusive);
        QVERIFY(track.reason.contains(QStringLiteral("at least 3")));
    }

    void robustRuleTakesTheMajoritySide()
    {
        // 5 confident fakes, 2 confident reals (5 > 2 * 2): mean of the fakes.
        const std::vector<float> p{0.9f, 0.95f, 0.85f, 0.8f, 1.0f, 0.1f, 0.0f, 0.5f};
        std::vector<FrameScores> frames;
        for (size_t i = 0; i < p.size(); ++i)
            frames.push_back(frame(qint64(i) * 10, p[i], {0.05f, 0.85f, 0.1f}));
        const Aggregator aggregator(makeCard());
        const TrackVerdict track = aggregator.aggregateTrack(frames);
        QVERIFY(near(track.pFakeRobust, (0.9 + 0.95 + 0.85 + 0.8 + 1.0) / 5));
        QVERIFY(near(track.pFakeMean, (0.9 + 0.95 + 0.85 + 0.8 + 1.0 + 0.1 + 0.0 + 0.5) / 8));
        QCOMPARE(track.pFake, track.pFakeRobust);
        QCOMPARE(track.framesUsed, 5);
        QCOMPARE(track.framesScored, 8);
        QCOMPARE(track.verdict, Verdict::Manipulated);
        QCOMPARE(track.label, QStringLiteral("Deepfakes"));
        QCOMPARE(track.classIndex, 1);
        QVERIFY(near(track.methodProbabilities[1], 0.85 / 0.95));
        QVERIFY(near(track.confidence, track.pFake * 0.85 / 0.95));
        // The strongest frames first: p 1.0 (frame 40), 0.95 (10), 0.9 (0).
        QCOMPARE(track.drivingFrames.size(), size_t(5));
        QCOMPARE(track.drivingFrames[0], qint64(40));
        QCOMPARE(track.drivingFrames[1], qint64(10));
        QCOMPARE(track.drivingFrames[2], qint64(0));
        QCOMPARE(track.aggregationMethod, AggregationMethod::Robust);

        // No 2x majority (3 fakes vs 2 reals): the overall mean.
        const TrackVerdict balanced =
            aggregator.aggregateTrack({frame(0, 0.9f), frame(1, 0.9f), frame(2, 0.9f), frame(3, 0.1f), frame(4, 0.1f)});
        QVERIFY(near(balanced.pFakeRobust, (2.7 + 0.2) / 5));
        QCOMPARE(balanced.framesUsed, 5);

        AggregatorOptions meanOnly;
        meanOnly.method = AggregationMethod::Mean;
        const TrackVerdict mean = Aggregator(makeCard(), meanOnly).aggregateTrack(frames);
        QCOMPARE(mean.pFake, mean.pFakeMean);
        QCOMPARE(mean.framesUsed, 8);
    }

    void realTrack()
    {
        std::vector<FrameScores> frames;
        for (int i = 0; i < 6; ++i)
            frames.push_back(frame(i, 0.05f * float(i % 2), {0.9f, 0.05f, 0.05f}));
        const TrackVerdict track = Aggregator(makeCard()).aggregateTrack(frames);
        QCOMPARE(track.verdict, Verdict::Real);
        QVERIFY(track.label.isEmpty());
        QVERIFY(near(track.confidence, 1.0 - track.pFake));
        QCOMPARE(track.drivingFrames.front(), qint64(0)); // p 0 is the strongest evidence of real
    }

    void middleBandIsInconclusive()
    {
        std::vector<FrameScores> frames;
        for (int i = 0; i < 6; ++i)
            frames.push_back(frame(i, i % 2 ? 0.6f : 0.4f, {0.5f, 0.3f, 0.2f}));
        const TrackVerdict track = Aggregator(makeCard()).aggregateTrack(frames);
        QVERIFY(near(track.pFake, 0.5));
        QCOMPARE(track.verdict, Verdict::Inconclusive);
        QCOMPARE(track.confidence, 0.f);
        QVERIFY(track.reason.contains(QStringLiteral("band")));
    }

    void noConfidentMethodIsUnknown()
    {
        // Fake, but the fake mass splits 0.45 / 0.55 < min_method_probability 0.6.
        std::vector<FrameScores> frames;
        for (int i = 0; i < 4; ++i)
            frames.push_back(frame(i, 0.95f, {0.1f, 0.405f, 0.495f}));
        const TrackVerdict track = Aggregator(makeCard()).aggregateTrack(frames);
        QCOMPARE(track.verdict, Verdict::UnknownMethod);
        QVERIFY(track.label.isEmpty());
        QVERIFY(near(track.methodProbabilities[2], 0.55));
        QVERIFY(near(track.confidence, 0.95));
    }

    void highEnergyIsUnknown()
    {
        std::vector<FrameScores> frames;
        for (int i = 0; i < 4; ++i)
            frames.push_back(frame(i, 0.95f, {0.02f, 0.96f, 0.02f}, -0.5f)); // energy above max_energy -1
        const TrackVerdict track = Aggregator(makeCard()).aggregateTrack(frames);
        QCOMPARE(track.verdict, Verdict::UnknownMethod);
        QVERIFY(near(track.meanEnergy, -0.5));
        QVERIFY(track.reason.contains(QStringLiteral("energy")));
    }

    void binaryOnlyFakeIsUnknownMethod()
    {
        ModelCard card = makeCard();
        card.outputs = {{HeadKind::Binary, 1}};
        std::vector<FrameScores> frames;
        for (int i = 0; i < 4; ++i)
            frames.push_back(frame(i, 0.9f));
        const TrackVerdict track = Aggregator(card).aggregateTrack(frames);
        QCOMPARE(track.verdict, Verdict::UnknownMethod);
        QVERIFY(track.classProbabilities.empty());
    }

    void intervalsAreDeterministicAndContainTheMean()
    {
        std::vector<FrameScores> frames;
        for (int i = 0; i < 40; ++i) {
            const float a = 0.5f + 0.4f * float(i % 5) / 4.f;
            frames.push_back(frame(i, 0.9f + 0.002f * float(i % 7), {0.05f, a * 0.95f, (1.f - a) * 0.95f}));
        }
        const Aggregator aggregator(makeCard());
        const TrackVerdict a = aggregator.aggregateTrack(frames);
        const TrackVerdict b = aggregator.aggregateTrack(frames);
        QCOMPARE(a.classIntervals.size(), size_t(3));
        for (size_t c = 0; c < 3; ++c) {
            QCOMPARE(a.classIntervals[c].low, b.classIntervals[c].low);
            QCOMPARE(a.classIntervals[c].high, b.classIntervals[c].high);
            QVERIFY(a.classIntervals[c].low <= a.classProbabilities[c] + 1e-6f);
            QVERIFY(a.classIntervals[c].high >= a.classProbabilities[c] - 1e-6f);
        }
        QVERIFY(a.classIntervals[1].high - a.classIntervals[1].low > 0.01f); // the frames disagree
        QCOMPARE(a.classIntervals[0].low, a.classIntervals[0].high);         // they agree exactly
        QVERIFY(a.pFakeInterval.low <= a.pFake && a.pFake <= a.pFakeInterval.high);
    }

    void videoTakesTheMostSuspiciousTrack()
    {
        const Aggregator aggregator(makeCard());
        TrackVerdict real;
        real.verdict = Verdict::Real;
        real.pFake = 0.1f;
        real.confidence = 0.9f;
        TrackVerdict fake;
        fake.verdict = Verdict::Manipulated;
        fake.label = QStringLiteral("FaceSwap");
        fake.pFake = 0.85f;
        fake.confidence = 0.7f;
        TrackVerdict unknown;
        unknown.verdict = Verdict::UnknownMethod;
        unknown.pFake = 0.95f;
        TrackVerdict inconclusive;
        inconclusive.verdict = Verdict::Inconclusive;
        inconclusive.pFake = 0.5f;

        VideoVerdict v = aggregator.aggregateVideo({real, fake, inconclusive}, 100, 80);
        QCOMPARE(v.verdict, Verdict::Manipulated);
        QCOMPARE(v.label, QStringLiteral("FaceSwap"));
        QCOMPARE(v.decidingTrack, 1);
        QCOMPARE(v.coverage, 0.8);

        v = aggregator.aggregateVideo({real, fake, unknown}, 100, 100);
        QCOMPARE(v.verdict, Verdict::UnknownMethod);
        QCOMPARE(v.decidingTrack, 2);

        v = aggregator.aggregateVideo({real, inconclusive}, 100, 100);
        QCOMPARE(v.verdict, Verdict::Inconclusive);
        QCOMPARE(v.decidingTrack, 1);

        v = aggregator.aggregateVideo({real}, 100, 50);
        QCOMPARE(v.verdict, Verdict::Real);
        QCOMPARE(v.confidence, 0.9f);

        // The reason names the deciding track by the number the UI and the report show, not by its index.
        v = aggregator.aggregateVideo({real, fake, inconclusive}, 100, 80, {3, 7, 9});
        QCOMPARE(v.decidingTrack, 1);
        QVERIFY2(v.reason.startsWith(QStringLiteral("Track 7 ")), qPrintable(v.reason));
        v = aggregator.aggregateVideo({real, inconclusive}, 100, 100, {3, 9});
        QVERIFY2(v.reason.contains(QStringLiteral("track 9 is inconclusive")), qPrintable(v.reason));
    }
};

QTEST_GUILESS_MAIN(TestAggregator)
#include "TestAggregator.moc"
