#pragma once

#include <opencv2/core.hpp>

#include <vector>

namespace fp::lab {

// One face with its 68 dlib landmarks (iBUG 300-W order: 0-16 jaw, 17-26 brows, 27-35 nose, 36-47 eyes,
// 48-67 mouth) and the detector box, in the pixel coordinates of the image it was found in.
struct LandmarkFace {
    cv::Rect2f box;
    std::vector<cv::Point2f> landmarks; // 68 points
    float score = 0.0f;
};

// Landmark index ranges used by the manipulation families.
namespace lm {
inline constexpr int JawBegin = 0, JawEnd = 17;
inline constexpr int BrowBegin = 17, BrowEnd = 27;
inline constexpr int NoseBegin = 27, NoseEnd = 36;
inline constexpr int EyeBegin = 36, EyeEnd = 48;
inline constexpr int MouthBegin = 48, MouthEnd = 68;
inline constexpr int InnerMouthBegin = 60;
inline constexpr int Count = 68;
} // namespace lm

} // namespace fp::lab
