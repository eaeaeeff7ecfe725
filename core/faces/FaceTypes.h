#pragma once

#include <QPointF>
#include <QRectF>

#include <array>

namespace fp::faces {

// Indices into FaceDetection::keypoints, in BlazeFace's order ("right" is the subject's right, i.e. the
// left side of the image for a frontal face).
enum class Keypoint : int { RightEye = 0, LeftEye = 1, Nose = 2, Mouth = 3, RightEar = 4, LeftEar = 5 };

// One face found in one frame. Coordinates are in frame pixels (x right, y down, origin top-left).
struct FaceDetection {
    QRectF box;
    float score = 0.0f; // detector confidence in [0, 1]
    std::array<QPointF, 6> keypoints{};
    bool hasKeypoints = false; // false for detectors without keypoints (cascades)
};

// One face of one track in one frame, as the tracker outputs it.
struct TrackedFace {
    int trackId = -1;
    QRectF box;
    float detectionScore = 0.0f;        // score of the matched detection; of the last one when predicted
    bool detected = false;              // true: matched to a detection this frame; false: Kalman prediction
    std::array<QPointF, 6> keypoints{}; // from the matched detection, shifted with the box when predicted
    bool hasKeypoints = false;
};

inline double boxIoU(const QRectF &a, const QRectF &b)
{
    const QRectF inter = a.intersected(b);
    if (inter.isEmpty())
        return 0.0;
    const double i = inter.width() * inter.height();
    const double u = a.width() * a.height() + b.width() * b.height() - i;
    return u > 0.0 ? i / u : 0.0;
}

} // namespace fp::faces
