#pragma once

#include "core/common/Result.h"
#include "core/lab/train/Augmenter.h"
#include "core/lab/train/Calibration.h"
#include "core/lab/train/EvaluationReport.h"
#include "core/lab/train/ModelIo.h"
#include "core/lab/train/NetworkSpec.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace fp::lab {

struct TrainParams {
    QString dataDir;      // holds manifest.csv
    QStringList datasets; // datasets to train on (empty: all)
    QString trainSplit = QStringLiteral("train");
    QString validationSplit = QStringLiteral("val");
    QString testSplit = QStringLiteral("test");
    int maxPerClass = 0;     // training crops per class (0: all)
    int maxEvalPerClass = 0; // validation and test crops per class (0: all)
    NetworkSpec network;
    InputSpec input;                // size is taken from network.inputSize
    bool supCon = false;            // add SupCon on project(f) (needs network.projectionDim > 0)
    bool learnedLossWeights = true; // uncertainty weights; otherwise the fixed weights below
    double binaryWeight = 1.0;
    double supConWeight = 0.5;
    double supConTemperature = 0.07;
    int epochs = 12;
    int batchSize = 32;
    double learningRate = 1e-3;
    double weightDecay = 0.0;
    int stepSize = 1; // StepLR: gamma every stepSize epochs
    double gamma = 0.9;
    int patience = 4;        // early stopping on validation macro-F1
    double maxMinutes = 0.0; // no new epoch after this much training time (0: no limit)
    int pretrainEpochs = 0;  // DNA-Det image-transformation pre-training on real crops
    int pretrainMaxImages = 3000;
    std::uint64_t seed = 1;
    int threads = 0; // LibTorch intra-op threads (0: every core)
    AugmentOptions augment;
    bool evaluateTest = true; // evaluate on the test split of every dataset of the manifest
    QString outputDir;
    QString name; // NAME.pt and NAME.json
    QString version = QStringLiteral("1.0");
    QString command;       // the exact command line, for the card
    QString checkpointDir; // empty: <temp>/fakeprint-lab-checkpoints/NAME
    QString license = QStringLiteral("GPL-3.0-or-later");
};

struct EpochRecord {
    int epoch = 0;
    double trainLoss = 0.0;
    double validationMacroF1 = 0.0;
    double validationBalancedAccuracy = 0.0;
    double validationAuc = 0.0;
    double learningRate = 0.0;
    double seconds = 0.0;
};

struct TrainProgress {
    QString phase; // "pretrain", "train", "validate", "test"
    int epoch = 0; // 1-based
    int epochs = 0;
    qint64 step = 0;
    qint64 steps = 0;
    double loss = 0.0;
    double etaSeconds = -1.0; // remaining seconds of this phase, -1 when unknown
};

struct TrainResult {
    QString weightsPath;
    QString cardPath;
    int epochsRun = 0;
    int bestEpoch = 0;
    double bestValidationMacroF1 = 0.0;
    std::vector<EpochRecord> history;
    CalibrationResult calibration;
    EvaluationReport validation;
    std::vector<EvaluationReport> heldOut; // test split of the training datasets (identities not trained on)
    std::vector<EvaluationReport> others;  // test split of the other datasets
    double trainSeconds = 0.0;
    double pretrainSeconds = 0.0;
    double cropsPerSecond = 0.0; // forward() at batch 32 with params.threads
    QString dataSummary;
    std::int64_t trainCrops = 0;
    double firstLoss = 0.0; // mean loss of the first 10 steps
    double lastLoss = 0.0;  // mean loss of the last 10 steps
};

// Trains a lab network on the crops of a LabDataset, keeps the best epoch on validation macro-F1, fits the
// temperatures and thresholds on validation, saves NAME.pt (TorchScript) and NAME.json (model card) and
// evaluates on the test split. A long job: run it on a worker thread; progress is called on that thread;
// cancel is polled between steps.
class Trainer {
public:
    using ProgressFunction = std::function<void(const TrainProgress &)>;
    Result<TrainResult> run(const TrainParams &params, const ProgressFunction &progress = {},
                            const std::atomic_bool *cancel = nullptr);
};

} // namespace fp::lab
