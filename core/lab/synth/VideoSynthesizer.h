#pragma once

#include "core/common/Result.h"
#include "core/lab/synth/ManipulationClass.h"

#include <QJsonObject>
#include <QRectF>
#include <QString>

#include <vector>

namespace fp::lab {

class FaceFinder;
class IdentityBank;

// What `fakeprint-lab synth video` and `synth demo` render: a clip of several moving faces, each one track of
// one class, manipulated once and consistently over time, on a blurred-photo or plain background; encoded
// with the ffmpeg CLI (libx264, yuv420p) and described by a ground-truth JSON (see docs/lab.md).
struct VideoParams {
    QString outPath;   // .mp4
    QString truthPath; // .json
    quint32 seed = 1;
    int faces = 3;
    double seconds = 6.0;
    int width = 1280;
    int height = 720;
    int fps = 30;
    std::vector<ManipulationClass> classes; // track i gets classes[i % size]; empty: random per track
    QString dataset = QStringLiteral("synth-a");
    QString split = QStringLiteral("test"); // identities: test = held out
    int crf = -1;                           // -1: drawn from the dataset's CRF range
    bool lanes = false;                     // true: each face keeps to its own vertical band (no crossing)
    bool blurredPhotoBackground = true;
};

struct TrackTruth {
    int id = 0;
    ManipulationClass cls = ManipulationClass::Real;
    QString identity;
    QString sourceIdentity;
    std::vector<QRectF> boxes;   // per frame: the face detector box in frame pixels
    std::vector<double> visible; // per frame: fraction of the box not covered by faces drawn above it
};

struct VideoTruth {
    int width = 0, height = 0, fps = 0, frameCount = 0, crf = 0;
    quint32 seed = 0;
    QString dataset;
    std::vector<TrackTruth> tracks;
    QJsonObject toJson() const;
};

// Thread-safe; one run at a time per instance is not required (no state besides the bank).
class VideoSynthesizer {
public:
    explicit VideoSynthesizer(const IdentityBank &bank);
    Result<VideoTruth> run(const VideoParams &params) const;
    // The same with a caller's face finder (one per thread), so many clips do not reload the landmark model.
    Result<VideoTruth> run(const VideoParams &params, FaceFinder &finder) const;

    // The README demo: 8 s, three held-out identities (Real, FaceSwap, NeuralTextures) in lanes, fixed seed.
    static VideoParams demoParams(const QString &dir);

private:
    const IdentityBank &m_bank;
};

} // namespace fp::lab
