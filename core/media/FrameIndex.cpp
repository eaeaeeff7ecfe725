#include "core/media/FrameIndex.h"

#include <algorithm>
#include <cmath>

namespace fp::media {

FrameIndex FrameIndex::fromPackets(QList<FrameIndexEntry> packets, Rational timeBase)
{
    FrameIndex index;
    std::stable_sort(packets.begin(), packets.end(),
                     [](const FrameIndexEntry &a, const FrameIndexEntry &b) { return a.pts < b.pts; });
    index.m_entries = std::move(packets);
    index.m_timeBase = timeBase;
    for (qint64 i = 0; i < index.m_entries.size(); ++i) {
        if (index.m_entries.at(i).keyframe)
            index.m_keyframes.append(i);
    }
    for (qint64 i = 1; i < index.m_entries.size(); ++i)
        index.m_sortedSteps.append(index.m_entries.at(i).pts - index.m_entries.at(i - 1).pts);
    std::sort(index.m_sortedSteps.begin(), index.m_sortedSteps.end());
    return index;
}

qint64 FrameIndex::indexOfPts(qint64 pts) const
{
    const auto it = std::lower_bound(m_entries.cbegin(), m_entries.cend(), pts,
                                     [](const FrameIndexEntry &e, qint64 value) { return e.pts < value; });
    if (it == m_entries.cend() || it->pts != pts)
        return -1;
    return it - m_entries.cbegin();
}

qint64 FrameIndex::indexAtOrBeforePts(qint64 pts) const
{
    const auto it = std::upper_bound(m_entries.cbegin(), m_entries.cend(), pts,
                                     [](qint64 value, const FrameIndexEntry &e) { return value < e.pts; });
    return (it - m_entries.cbegin()) - 1;
}

qint64 FrameIndex::keyframeAtOrBefore(qint64 index) const
{
    const auto it = std::upper_bound(m_keyframes.cbegin(), m_keyframes.cend(), index);
    if (it == m_keyframes.cbegin())
        return -1;
    return *(it - 1);
}

double FrameIndex::ptsToMs(qint64 pts) const
{
    return m_timeBase.den == 0 ? 0.0 : double(pts) * 1000.0 * m_timeBase.num / m_timeBase.den;
}

double FrameIndex::timelineDurationMs() const
{
    if (m_entries.isEmpty())
        return 0.0;
    const qint64 typicalStep = m_sortedSteps.isEmpty() ? 0 : m_sortedSteps.at(m_sortedSteps.size() / 2);
    return ptsToMs(m_entries.last().pts - m_entries.first().pts + typicalStep);
}

double FrameIndex::minFrameDurationMs() const
{
    return m_sortedSteps.isEmpty() ? 0.0 : ptsToMs(m_sortedSteps.first());
}

double FrameIndex::maxFrameDurationMs() const
{
    return m_sortedSteps.isEmpty() ? 0.0 : ptsToMs(m_sortedSteps.last());
}

bool FrameIndex::isVariableFrameRate() const
{
    if (m_sortedSteps.size() < 2)
        return false;
    const double median = double(m_sortedSteps.at(m_sortedSteps.size() / 2));
    // Containers with a coarse time base (1/1000 in Matroska) alternate between two neighbouring steps for a
    // constant rate; that is rounding, not VFR.
    const double tolerance = std::max(2.0, 0.02 * median);
    return std::abs(double(m_sortedSteps.first()) - median) > tolerance ||
           std::abs(double(m_sortedSteps.last()) - median) > tolerance;
}

} // namespace fp::media
