#include "core/faces/WeightedNms.h"

#include <algorithm>

namespace fp::faces {

std::vector<FaceDetection> weightedNms(std::vector<FaceDetection> detections, double iouThreshold)
{
    std::sort(detections.begin(), detections.end(),
              [](const FaceDetection &a, const FaceDetection &b) { return a.score > b.score; });
    std::vector<FaceDetection> kept;
    std::vector<bool> used(detections.size(), false);
    for (size_t i = 0; i < detections.size(); ++i) {
        if (used[i])
            continue;
        const FaceDetection &best = detections[i];
        double wSum = 0.0, x1 = 0.0, y1 = 0.0, x2 = 0.0, y2 = 0.0;
        std::array<QPointF, 6> kp{};
        bool allKeypoints = best.hasKeypoints;
        for (size_t j = i; j < detections.size(); ++j) {
            if (used[j] || boxIoU(best.box, detections[j].box) <= iouThreshold)
                continue;
            used[j] = true;
            const FaceDetection &d = detections[j];
            const double w = d.score;
            wSum += w;
            x1 += w * d.box.left();
            y1 += w * d.box.top();
            x2 += w * d.box.right();
            y2 += w * d.box.bottom();
            allKeypoints = allKeypoints && d.hasKeypoints;
            for (size_t k = 0; k < kp.size(); ++k)
                kp[k] += w * d.keypoints[k];
        }
        FaceDetection merged = best;
        if (wSum > 0.0) {
            merged.box = QRectF(QPointF(x1 / wSum, y1 / wSum), QPointF(x2 / wSum, y2 / wSum));
            if (allKeypoints) {
                for (size_t k = 0; k < kp.size(); ++k)
                    merged.keypoints[k] = kp[k] / wSum;
            }
        }
        kept.push_back(merged);
    }
    return kept;
}

} // namespace fp::faces
