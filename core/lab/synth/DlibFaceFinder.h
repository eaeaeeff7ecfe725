#pragma once

#include "core/common/Result.h"
#include "core/lab/synth/LandmarkFace.h"

#include <QString>

#include <memory>

namespace fp::lab {

// dlib's HOG frontal face detector plus the 68-point shape predictor (libdlib-data). The predictor model is
// loaded once and shared read-only; detect() keeps per-call state only in the detector, so one instance must be
// used by one thread at a time (create one per worker; they share the loaded predictor).
class DlibFaceFinder {
public:
    static Result<std::unique_ptr<DlibFaceFinder>> create(const QString &predictorPath = {});
    ~DlibFaceFinder();

    // Faces in a BGR image, largest first. upsample: dlib pyramid up-sampling steps (1 finds faces from ~40 px).
    Result<std::vector<LandmarkFace>> detect(const cv::Mat &bgr, int upsample = 0);
    // Landmarks inside a known face box (no detection).
    LandmarkFace landmarks(const cv::Mat &bgr, const cv::Rect2f &box) const;
    std::unique_ptr<DlibFaceFinder> clone() const; // a second detector sharing the predictor

private:
    struct Impl;
    explicit DlibFaceFinder(std::shared_ptr<Impl> shared);
    struct Detector;
    std::shared_ptr<Impl> m_shared;
    std::unique_ptr<Detector> m_detector;
};

} // namespace fp::lab
