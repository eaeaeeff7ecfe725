#pragma once

#include "core/faces/FaceDetector.h"

#include <memory>

namespace fp::faces {

// Fallback detector: OpenCV's frontal-face cascades from Debian's opencv-data (Haar or LBP). No keypoints; the
// score is a monotone map of the cascade's level weight into 0..1 (not a probability). Frontal faces only, more
// false positives than BlazeFace. One thread at a time.
class CascadeDetector final : public FaceDetector {
public:
    enum class Type { Haar, Lbp };

    // cascadeFile empty: the default frontal cascade of the type under AppPaths::opencvCascadeDir().
    static Result<std::unique_ptr<CascadeDetector>> create(Type type, int minFaceSize = 32,
                                                           const QString &cascadeFile = {});
    static QString defaultCascadeFile(Type type); // empty when opencv-data is not installed
    ~CascadeDetector() override;

    Result<std::vector<FaceDetection>> detect(const QImage &rgb888) override;
    QString name() const override;
    QString description() const override;

private:
    struct Impl;
    explicit CascadeDetector(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace fp::faces
