#pragma once

#include "core/common/Result.h"
#include "core/lab/synth/ManipulationClass.h"

#include <QString>
#include <QStringList>

#include <array>
#include <atomic>
#include <functional>
#include <vector>

namespace fp::lab {

class IdentityBank;

// What `fakeprint-lab synth crops` does. Output (the contract with the trainer, see docs/lab.md):
// OUT/manifest.csv with header path,class_id,class_key,dataset,split,identity,source_identity,seed,quality and
// one PNG (RGB, size x size) per row at OUT/<dataset>/<split>/<class_key>/s<seed>_<index>.png.
struct CropParams {
    QString dataset = QStringLiteral("synth-a");
    QString split = QStringLiteral("train"); // train | val | test (test draws held-out identities)
    int perClass = 100;
    quint32 seed = 1;
    QString outDir;
    int threads = 2;
    int size = 128;
    double cropScale = 1.3;                 // crop side = max(w, h) x cropScale around the detector box centre
    double scaleJitter = 0.08;              // crop side x U(1 - j, 1 + j)
    double shiftJitter = 0.05;              // centre moved by U(-j, j) x side in x and y
    std::vector<ManipulationClass> classes; // empty: all six
};

struct CropSummary {
    QString manifestPath;
    int written = 0;           // PNG files written
    int rowsAppended = 0;      // new manifest rows (a re-run with the same seed rewrites files, adds no rows)
    int detectorFallbacks = 0; // crops boxed from landmarks because the detector found no face
    std::array<int, 6> perClass{};
    double seconds = 0.0;
};

// Generates labelled crops. Sample i of class c is drawn from its own generator seeded from (seed, dataset,
// split, c, i), so the output does not depend on the thread count or order. Safe to run from any thread;
// cancel is polled between samples; progress(done, total) is called from worker threads.
class CropGenerator {
public:
    explicit CropGenerator(const IdentityBank &bank);
    Result<CropSummary> run(const CropParams &params, const std::function<void(int, int)> &progress = {},
                            const std::atomic_bool *cancel = nullptr) const;

    static QString manifestHeader();
    static quint32 sampleSeed(quint32 seed, const QString &dataset, const QString &split, int classId, int index);

private:
    const IdentityBank &m_bank;
};

} // namespace fp::lab
