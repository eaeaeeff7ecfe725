#pragma once

#include "core/common/Result.h"
#include "core/lab/train/LabDataset.h"
#include "core/lab/train/ModelIo.h"
#include "core/lab/train/Predictions.h"

#include <QString>

#include <memory>
#include <vector>

namespace fp::lab {

// A TorchScript model file loaded for evaluation on lab crops (CPU). Owns the module; use from one thread.
class ModelRunner {
public:
    static Result<ModelRunner> load(const QString &weightsPath, const InputSpec &input,
                                    const std::vector<OutputSpec> &outputs);
    ModelRunner(ModelRunner &&) noexcept;
    ModelRunner &operator=(ModelRunner &&) noexcept;
    ~ModelRunner();

    Result<Predictions> predict(const std::vector<LabSample> &samples, int batchSize = 64);
    // Crops per second at batchSize over the given number of batches (random input).
    Result<double> throughput(int batchSize, int batches);

private:
    ModelRunner();
    struct Impl;
    std::unique_ptr<Impl> d;
};

// Sets LibTorch's intra-op thread count (threads <= 0: every core).
void setTorchThreads(int threads);
int torchThreads();

} // namespace fp::lab
