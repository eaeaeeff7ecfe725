#pragma once

#include "core/common/Result.h"
#include "core/lab/synth/LandmarkFace.h"

#include <memory>
#include <optional>
#include <vector>

namespace fp::faces {
class FaceDetector;
class LandmarkDetector;
} // namespace fp::faces

namespace fp::lab {

// The product's face detector (fp::faces, BlazeFace by default) plus dlib's 68 landmarks (fp::faces::
// LandmarkDetector) on cv::Mat BGR images, so the generator boxes faces exactly as inference will. The landmark
// model is loaded once and shared by clones; each clone owns its detector, so one instance serves one thread.
class FaceFinder {
public:
    static Result<std::unique_ptr<FaceFinder>> create();
    ~FaceFinder();
    Result<std::unique_ptr<FaceFinder>> clone() const;

    // Faces with landmarks, largest first.
    Result<std::vector<LandmarkFace>> detect(const cv::Mat &bgr);
    // Detector boxes only (no landmarks), in image pixels.
    Result<std::vector<cv::Rect2f>> boxes(const cv::Mat &bgr);
    // The detector box that overlaps a known landmark box best (IoU > 0.3), or nothing.
    std::optional<cv::Rect2f> matchingBox(const cv::Mat &bgr, const std::vector<cv::Point2f> &landmarks);
    QString detectorName() const;

private:
    FaceFinder(std::shared_ptr<faces::LandmarkDetector> landmarks, std::unique_ptr<faces::FaceDetector> detector);
    std::shared_ptr<faces::LandmarkDetector> m_landmarks;
    std::unique_ptr<faces::FaceDetector> m_detector;
};

} // namespace fp::lab
