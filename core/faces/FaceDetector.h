#pragma once

#include "core/common/Result.h"
#include "core/faces/FaceTypes.h"

#include <QImage>
#include <QString>

#include <vector>

namespace fp::faces {

// A face detector. Implementations own their network or cascade; one instance must be used by one thread at a
// time (cv::dnn::Net and cv::CascadeClassifier are not re-entrant), create one per worker thread.
class FaceDetector {
public:
    virtual ~FaceDetector() = default;

    // Faces in an image of any size and aspect ratio. The image should be QImage::Format_RGB888; other formats
    // are converted (a copy). An empty result is not an error; errors name the failing step.
    virtual Result<std::vector<FaceDetection>> detect(const QImage &rgb888) = 0;

    virtual QString name() const = 0;        // short id: "blazeface", "haar", "lbp", "dnn-ssd"
    virtual QString description() const = 0; // one human line: model file, thresholds
};

} // namespace fp::faces
