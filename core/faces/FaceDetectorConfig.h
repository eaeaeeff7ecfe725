#pragma once

#include <QString>

namespace fp::faces {

// How FaceDetectorFactory builds a detector. Every field has a working default; the empty config gives
// BlazeFace (verified by its pinned SHA-256) with the cascade fallback.
//
//   kind            "auto" (BlazeFace when its file is present and intact, else Haar), "blazeface", "haar",
//                   "lbp", or "dnn" (a user model, see below)
//   scoreThreshold  minimum confidence kept (BlazeFace/dnn), 0..1, default 0.6
//   nmsIoU          overlap above which boxes are merged (weighted NMS), default 0.3
//   tileSmallFaces  BlazeFace only: also run the network on overlapping tiles of frames larger than
//                   2 x inputSize so that faces down to ~40 px in 720p/1080p are found (costs ~6 more passes)
//   tileEvery       BlazeFace tiles: run the tile pass on every n-th call (default 1 = every call), and on every
//                   call while the last tile pass found faces the full pass missed. For consecutive video frames
//                   only (the analysis uses 4): a new small face is then found within n detection frames and small
//                   faces already there keep every pass. Keep 1 for unrelated images.
//   minFaceSize     cascades only: smallest face searched, in pixels, default 32
//
// A user cv::dnn model (kind "dnn"):
//   modelPath       .onnx (or any file cv::dnn::readNet accepts; configPath for Caffe .prototxt etc.)
//   modelSha256     optional pinned digest; when set a mismatch refuses the model
//   decoder         "blazeface" (outputs as the 256x256 back model: scores 16x16x2 + 8x8x6 anchors, 16
//                   regressions per anchor) or "ssd" (one output [1,1,N,7]: image, class, score, x1, y1, x2, y2
//                   normalised to 0..1, as OpenCV's res10 SSD face detector)
//   inputWidth, inputHeight   network input; the frame is letterboxed into it without stretching
//   nhwc            true when the input blob is NHWC (BlazeFace ONNX), false for NCHW
//   swapRB          true feeds BGR instead of RGB
//   scale, mean     input = (pixel - mean) * scale, pixel in 0..255 (BlazeFace: scale 1/127.5, mean 127.5)
struct FaceDetectorConfig {
    QString kind = QStringLiteral("auto");
    float scoreThreshold = 0.6f;
    float nmsIoU = 0.3f;
    bool tileSmallFaces = true;
    int tileEvery = 1;
    int minFaceSize = 32;

    QString modelPath;
    QString configPath;
    QString modelSha256;
    QString decoder = QStringLiteral("blazeface");
    int inputWidth = 256;
    int inputHeight = 256;
    bool nhwc = true;
    bool swapRB = false;
    double scale = 1.0 / 127.5;
    double mean = 127.5;
};

} // namespace fp::faces
