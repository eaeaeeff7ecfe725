#pragma once

#include "core/faces/FaceTypes.h"
#include "tests/testsupport/FaceClipGenerator.h"

#include <map>
#include <vector>

namespace fp::test {

// Detection and tracking scores against FaceClip ground truth, matched one-to-one at IoU >= 0.5 (Hungarian).
// Occluded truth faces are neither counted as missed nor make a detection on them a false positive.
class FaceTrackingMetrics {
public:
    explicit FaceTrackingMetrics(double minIoU = 0.5) : m_minIoU(minIoU) {}

    void addDetections(const std::vector<TruthFace> &truth, const std::vector<faces::FaceDetection> &detections);
    // ID switch: an identity matched to a different track id than at its last match. Fragmentation: an identity
    // tracked, then not tracked while visible, then tracked again.
    void addTracks(const std::vector<TruthFace> &truth, const std::vector<faces::TrackedFace> &tracks);

    int truePositives = 0, falsePositives = 0, falseNegatives = 0;
    int trackMatches = 0, trackMisses = 0, trackFalse = 0, idSwitches = 0, fragmentations = 0;

    double recall() const { return ratio(truePositives, truePositives + falseNegatives); }
    double precision() const { return ratio(truePositives, truePositives + falsePositives); }
    double trackRecall() const { return ratio(trackMatches, trackMatches + trackMisses); }
    double trackPrecision() const { return ratio(trackMatches, trackMatches + trackFalse); }

private:
    static double ratio(int a, int b) { return b > 0 ? double(a) / b : 0.0; }
    // For each truth face, the index of the box matched to it, or -1.
    std::vector<int> match(const std::vector<TruthFace> &truth, const std::vector<QRectF> &boxes) const;

    double m_minIoU;
    std::map<int, int> m_lastTrack;   // identity -> track id at its last match
    std::map<int, bool> m_wasTracked; // identity -> tracked on its previous visible frame
    std::map<int, bool> m_everTracked;
};

} // namespace fp::test
