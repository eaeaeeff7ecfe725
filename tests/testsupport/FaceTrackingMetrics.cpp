#include "tests/testsupport/FaceTrackingMetrics.h"

#include "core/faces/Hungarian.h"

namespace fp::test {

std::vector<int> FaceTrackingMetrics::match(const std::vector<TruthFace> &truth, const std::vector<QRectF> &boxes) const
{
    std::vector<std::vector<double>> cost(truth.size(), std::vector<double>(boxes.size(), 1e6));
    for (size_t t = 0; t < truth.size(); ++t) {
        for (size_t b = 0; b < boxes.size(); ++b) {
            const double iou = faces::boxIoU(truth[t].box, boxes[b]);
            // Visible faces claim boxes first: a box on two overlapping faces belongs to the one in front.
            if (iou >= m_minIoU)
                cost[t][b] = 1.0 - iou + (truth[t].occluded ? 1.0 : 0.0);
        }
    }
    if (boxes.empty())
        return std::vector<int>(truth.size(), -1);
    return faces::solveAssignment(cost, 1e6);
}

void FaceTrackingMetrics::addDetections(const std::vector<TruthFace> &truth,
                                        const std::vector<faces::FaceDetection> &detections)
{
    std::vector<QRectF> boxes;
    for (const auto &d : detections)
        boxes.push_back(d.box);
    const std::vector<int> m = match(truth, boxes);
    std::vector<bool> used(boxes.size(), false);
    for (size_t t = 0; t < truth.size(); ++t) {
        if (m[t] >= 0) {
            used[size_t(m[t])] = true;
            truePositives += truth[t].occluded ? 0 : 1;
        } else if (!truth[t].occluded) {
            ++falseNegatives;
        }
    }
    for (size_t b = 0; b < boxes.size(); ++b) {
        if (used[b])
            continue;
        // A detection on an occluded face, or within one (a face partly hidden), is not false.
        bool onOccluded = false;
        for (const TruthFace &t : truth)
            onOccluded = onOccluded || (t.occluded && faces::boxIoU(t.box, boxes[b]) > 0.2);
        falsePositives += onOccluded ? 0 : 1;
    }
}

void FaceTrackingMetrics::addTracks(const std::vector<TruthFace> &truth, const std::vector<faces::TrackedFace> &tracks)
{
    std::vector<QRectF> boxes;
    for (const auto &tr : tracks)
        boxes.push_back(tr.box);
    const std::vector<int> m = match(truth, boxes);
    std::vector<bool> used(boxes.size(), false);
    for (size_t t = 0; t < truth.size(); ++t) {
        const int id = truth[t].identity;
        if (m[t] >= 0) {
            used[size_t(m[t])] = true;
            const int trackId = tracks[size_t(m[t])].trackId;
            if (truth[t].occluded)
                continue; // identity of a hidden face is not judged
            ++trackMatches;
            auto last = m_lastTrack.find(id);
            if (last != m_lastTrack.end() && last->second != trackId)
                ++idSwitches;
            if (m_everTracked[id] && !m_wasTracked[id])
                ++fragmentations;
            m_lastTrack[id] = trackId;
            m_wasTracked[id] = true;
            m_everTracked[id] = true;
        } else if (!truth[t].occluded) {
            ++trackMisses;
            m_wasTracked[id] = false;
        }
    }
    for (size_t b = 0; b < boxes.size(); ++b) {
        if (used[b])
            continue;
        bool onOccluded = false;
        for (const TruthFace &t : truth)
            onOccluded = onOccluded || (t.occluded && faces::boxIoU(t.box, boxes[b]) > 0.2);
        trackFalse += onOccluded ? 0 : 1;
    }
}

} // namespace fp::test
