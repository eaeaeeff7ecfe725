#pragma once

#include "core/faces/FaceTypes.h"

#include <vector>

namespace fp::faces {

// Weighted non-maximum suppression (as MediaPipe's face detector): take the best remaining detection, gather every
// remaining one overlapping it by more than iouThreshold, and replace the group by the score-weighted mean of its
// boxes and keypoints with the best score. Steadier boxes than plain NMS when many anchors fire on one face.
std::vector<FaceDetection> weightedNms(std::vector<FaceDetection> detections, double iouThreshold);

} // namespace fp::faces
