#pragma once

#include "core/media/MediaInfo.h"

#include <QList>

namespace fp::media {

struct FrameIndexEntry {
    qint64 pts = 0;      // presentation timestamp, stream time base
    qint64 dts = 0;      // decoding timestamp (pts when the container has none)
    qint64 bytePos = -1; // packet position in the file, -1 when unknown
    bool keyframe = false;
};

// Every frame of the video stream in presentation order, built from a packet scan without decoding.
// Frame index N is the N-th entry after sorting packets by pts, which puts B-frames in display order.
// Immutable after construction; safe to read from several threads.
class FrameIndex {
public:
    FrameIndex() = default;
    // packets in file (decoding) order; sorted here by pts (stable, so equal pts keep file order).
    static FrameIndex fromPackets(QList<FrameIndexEntry> packets, Rational timeBase);

    qint64 size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    const FrameIndexEntry &at(qint64 index) const { return m_entries.at(index); }
    const QList<FrameIndexEntry> &entries() const { return m_entries; }
    Rational timeBase() const { return m_timeBase; }

    // Index of the frame with exactly this pts, or -1.
    qint64 indexOfPts(qint64 pts) const;
    // Index of the last frame whose pts is <= pts, or -1 when pts is before the first frame.
    qint64 indexAtOrBeforePts(qint64 pts) const;
    // The keyframe at or before index (by presentation order), or -1 when none precedes it.
    qint64 keyframeAtOrBefore(qint64 index) const;
    qint64 keyframeCount() const { return m_keyframes.size(); }

    double ptsToMs(qint64 pts) const;
    // Duration of the presented timeline: last pts - first pts + one typical frame, in ms.
    double timelineDurationMs() const;
    double minFrameDurationMs() const;
    double maxFrameDurationMs() const;
    // True when pts steps differ by more than timestamp rounding (two ticks or 2 % of the median step).
    bool isVariableFrameRate() const;

private:
    QList<FrameIndexEntry> m_entries;
    QList<qint64> m_keyframes; // indices of keyframes, ascending
    QList<qint64> m_sortedSteps;
    Rational m_timeBase{1, 1};
};

} // namespace fp::media
