#pragma once

#include "core/faces/FaceDetector.h"
#include "core/faces/FaceDetectorConfig.h"

#include <memory>

namespace fp::faces {

// A user-supplied cv::dnn face detector with an SSD "DetectionOutput" ([1,1,N,7]: image id, class, score,
// x1, y1, x2, y2 in 0..1), e.g. OpenCV's res10_300x300 Caffe model (config.decoder "ssd"). The frame is
// letterboxed into inputWidth x inputHeight. No keypoints. One thread at a time.
class SsdFaceDetector final : public FaceDetector {
public:
    static Result<std::unique_ptr<SsdFaceDetector>> create(const FaceDetectorConfig &config);
    ~SsdFaceDetector() override;

    Result<std::vector<FaceDetection>> detect(const QImage &rgb888) override;
    QString name() const override;
    QString description() const override;

private:
    struct Impl;
    explicit SsdFaceDetector(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace fp::faces
