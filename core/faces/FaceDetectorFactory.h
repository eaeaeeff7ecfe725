#pragma once

#include "core/common/Result.h"
#include "core/faces/FaceDetector.h"
#include "core/faces/FaceDetectorConfig.h"

#include <QString>

#include <memory>

namespace fp::faces {

// The detector chosen for a config, and why: notice is a translated sentence for the UI and the report (empty
// when the preferred detector was used as asked).
struct CreatedDetector {
    std::unique_ptr<FaceDetector> detector;
    bool fallback = false; // true when "auto" could not use BlazeFace
    QString notice;
};

// Builds detectors from FaceDetectorConfig. "auto" picks BlazeFace when AppPaths finds its ONNX file with the
// pinned SHA-256 (AppPaths::blazeFaceSha256()), else the Haar cascade, and says so in the notice. Explicit kinds
// fail instead of falling back. Callable from any thread; the detector belongs to the caller's thread.
class FaceDetectorFactory {
public:
    static Result<CreatedDetector> create(const FaceDetectorConfig &config = {});
};

} // namespace fp::faces
