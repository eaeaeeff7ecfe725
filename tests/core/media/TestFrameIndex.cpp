// FrameIndex from packets in decoding order: presentation order, keyframe lookup, VFR detection.
#include "core/media/FrameIndex.h"

#include <QTest>

using namespace fp::media;

namespace {

FrameIndexEntry packet(qint64 pts, bool key = false)
{
    FrameIndexEntry entry;
    entry.pts = pts;
    entry.dts = pts;
    entry.keyframe = key;
    return entry;
}

} // namespace

class TestFrameIndex : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bFramesAreSortedIntoPresentationOrder()
    {
        // I0 P4 B2 B1 B3 (decoding order) with a GOP starting again at 5.
        const FrameIndex index = FrameIndex::fromPackets(
            {packet(0, true), packet(400), packet(200), packet(100), packet(300), packet(500, true), packet(600)},
            Rational{1, 1000});
        QCOMPARE(index.size(), qint64(7));
        for (qint64 i = 0; i < index.size(); ++i)
            QCOMPARE(index.at(i).pts, i * 100);
        QCOMPARE(index.indexOfPts(300), qint64(3));
        QCOMPARE(index.indexOfPts(350), qint64(-1));
        QCOMPARE(index.indexAtOrBeforePts(350), qint64(3));
        QCOMPARE(index.indexAtOrBeforePts(-5), qint64(-1));
        QCOMPARE(index.keyframeCount(), qint64(2));
        QCOMPARE(index.keyframeAtOrBefore(0), qint64(0));
        QCOMPARE(index.keyframeAtOrBefore(4), qint64(0));
        QCOMPARE(index.keyframeAtOrBefore(5), qint64(5));
        QCOMPARE(index.keyframeAtOrBefore(6), qint64(5));
        QCOMPARE(index.ptsToMs(500), 500.0);
        QCOMPARE(index.timelineDurationMs(), 700.0);
        QVERIFY(!index.isVariableFrameRate());
    }

    void noKeyframeBeforeTheFirstOne()
    {
        const FrameIndex index = FrameIndex::fromPackets({packet(0), packet(1, true)}, Rational{1, 25});
        QCOMPARE(index.keyframeAtOrBefore(0), qint64(-1));
        QCOMPARE(index.keyframeAtOrBefore(1), qint64(1));
    }

    void roundedTimestampsAreNotVariableRate()
    {
        // 24 fps in a 1/1000 time base: steps of 41 and 42 ms.
        QList<FrameIndexEntry> packets;
        for (int i = 0; i < 48; ++i)
            packets.append(packet(qint64(i * 1000.0 / 24.0 + 0.5), i == 0));
        const FrameIndex index = FrameIndex::fromPackets(packets, Rational{1, 1000});
        QVERIFY(!index.isVariableFrameRate());
        QCOMPARE(index.minFrameDurationMs(), 41.0);
        QCOMPARE(index.maxFrameDurationMs(), 42.0);
    }

    void irregularStepsAreVariableRate()
    {
        QList<FrameIndexEntry> packets;
        qint64 pts = 0;
        for (int i = 0; i < 30; ++i) {
            packets.append(packet(pts, i == 0));
            pts += i % 10 == 9 ? 100 : 40;
        }
        const FrameIndex index = FrameIndex::fromPackets(packets, Rational{1, 1000});
        QVERIFY(index.isVariableFrameRate());
        QCOMPARE(index.maxFrameDurationMs(), 100.0);
    }

    void emptyIndex()
    {
        const FrameIndex index;
        QVERIFY(index.isEmpty());
        QCOMPARE(index.keyframeAtOrBefore(3), qint64(-1));
        QCOMPARE(index.timelineDurationMs(), 0.0);
        QVERIFY(!index.isVariableFrameRate());
    }
};

QTEST_GUILESS_MAIN(TestFrameIndex)
#include "TestFrameIndex.moc"
