#pragma once

#include "core/faces/FaceDetector.h"
#include "core/faces/FaceDetectorConfig.h"

#include <memory>

namespace fp::faces {

// BlazeFace (MediaPipe's short-range "back camera" face detector, 256x256 ONNX) through cv::dnn, or any model
// with the same outputs (config.decoder "blazeface"). The frame is letterboxed into the input (no stretching),
// the 896 anchors (16x16 grid x 2 + 8x8 grid x 6) are decoded with sigmoid scores, merged by weighted NMS and
// mapped back to frame pixels with their six keypoints. With config.tileSmallFaces, frames larger than twice the
// input are also scanned in overlapping tiles so faces of ~40 px in 720p/1080p are found. One thread at a time.
class BlazeFaceDetector final : public FaceDetector {
public:
    // Loads modelPath (the ONNX file). A non-empty config.modelSha256 is checked first; a mismatch or an
    // unreadable model is an error naming the file.
    static Result<std::unique_ptr<BlazeFaceDetector>> create(const QString &modelPath,
                                                             const FaceDetectorConfig &config);
    ~BlazeFaceDetector() override;

    Result<std::vector<FaceDetection>> detect(const QImage &rgb888) override;
    QString name() const override;
    QString description() const override;

    // Tile side in frame pixels for the small-face pass (0 disables it); default 512.
    void setTileSize(int pixels);
    int tileSize() const;

private:
    struct Impl;
    explicit BlazeFaceDetector(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace fp::faces
