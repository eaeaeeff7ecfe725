#pragma once

#include "core/common/Result.h"
#include "core/lab/synth/ManipulationClass.h"

#include <QString>

#include <array>
#include <atomic>
#include <functional>
#include <vector>

namespace fp::lab {

class IdentityBank;

// What `fakeprint-lab synth video-crops` does: renders short clips through VideoSynthesizer (the same compositing,
// motion and libx264 encode as `synth video` and the demo), decodes them with the product's reader (fp::media),
// finds and follows the faces with the product's detector and tracker (fp::faces; detection every
// detectionInterval frames, Kalman prediction in between, as an analysis does), crops each tracked face with
// fp::faces::cropFace and labels it by the ground-truth track its box overlaps (IoU >= 0.5). Rows go to the same
// OUT/manifest.csv as `synth crops`, under the dataset name "<dataset>-video" (see docs/lab.md).
struct VideoCropParams {
    QString dataset = QStringLiteral("synth-a"); // variant: styles, CRF range; crops are filed as "<dataset>-video"
    QString split = QStringLiteral("train");     // train | val (training identities) | test (held out)
    int clips = 20;
    int faces = 3;             // tracks per clip; track i of clip c gets classes[(c * faces + i) % classes.size()]
    double seconds = 1.0;      // per clip, at 30 fps
    int framesPerClip = 6;     // frames cropped per clip (spread over it, after the tracker has confirmed faces)
    int detectionInterval = 3; // as the analysis default
    double minVisible = 0.9;   // truth faces less visible than this (edge, overlap) give no crop
    quint32 seed = 1;
    QString outDir;
    int threads = 2;
    int size = 128;
    double cropScale = 1.3;
    double scaleJitter = 0.08;
    double shiftJitter = 0.05;
    std::vector<ManipulationClass> classes; // empty: all six
};

struct VideoCropSummary {
    QString manifestPath;
    QString datasetName; // "<dataset>-video"
    int clips = 0;
    int written = 0;
    int rowsAppended = 0;
    int missed = 0; // visible truth faces on sampled frames that no tracked face matched (no crop, as in analysis)
    std::array<int, 6> perClass{};
    double seconds = 0.0;
};

// Clip c is rendered from its own seed (SHA-256 of seed, dataset, split, c), so the output does not depend on the
// thread count. Safe to run from any thread; cancel is polled between clips; progress(done, total) comes from
// worker threads.
class VideoCropGenerator {
public:
    explicit VideoCropGenerator(const IdentityBank &bank);
    Result<VideoCropSummary> run(const VideoCropParams &params, const std::function<void(int, int)> &progress = {},
                                 const std::atomic_bool *cancel = nullptr) const;

    static QString datasetName(const QString &variant);
    static quint32 clipSeed(quint32 seed, const QString &dataset, const QString &split, int clip);

private:
    const IdentityBank &m_bank;
};

} // namespace fp::lab
