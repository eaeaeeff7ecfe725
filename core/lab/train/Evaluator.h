#pragma once

#include "core/common/Result.h"
#include "core/lab/train/EvaluationReport.h"

#include <QString>

#include <vector>

namespace fp::lab {

struct EvalParams {
    QString cardPath;
    QString dataDir;
    QString dataset; // empty: every dataset of the manifest, one report each
    QString split = QStringLiteral("test");
    int maxPerClass = 0; // 0: every crop
    int threads = 0;     // LibTorch intra-op threads (0: every core)
    int batchSize = 64;
};

// Evaluates a model (card + TorchScript, digest checked) on the crops of a lab dataset with the card's
// temperatures and fake threshold. Blocking; call from a worker thread or the CLI.
class Evaluator {
public:
    Result<std::vector<EvaluationReport>> run(const EvalParams &params);
    // Crops per second of the card's model at batchSize (forward only, random input).
    Result<double> throughput(const QString &cardPath, int batchSize, int batches, int threads);
};

} // namespace fp::lab
