#pragma once

// Internal to fakeprint_trainer (includes LibTorch): batches in, predictions out.

#include "core/lab/train/LabDataset.h"
#include "core/lab/train/ModelIo.h"
#include "core/lab/train/Predictions.h"

#include <torch/script.h>

#include <vector>

namespace fp::lab {

// Stacks images already at the input size (RGB 8-bit) into a normalised float batch [N, 3, S, S].
at::Tensor makeBatch(const std::vector<cv::Mat> &images, const InputSpec &input);

// Splits what forward returned into the binary and attribution logits (undefined tensors when absent).
void splitOutputs(const c10::IValue &out, const std::vector<OutputSpec> &outputs, at::Tensor &binary,
                  at::Tensor &attribution);

// Runs the module in eval mode without gradients over the samples (whole crop resized to the input size)
// and collects the logits. Restores the module's training flag afterwards.
Predictions predictModule(torch::jit::Module &module, const std::vector<LabSample> &samples, const InputSpec &input,
                          const std::vector<OutputSpec> &outputs, int batchSize = 64);

// Crops per second of forward() at the given batch size (eval mode, no gradients), after one warm-up batch.
double measureThroughput(torch::jit::Module &module, const InputSpec &input, int batchSize, int batches);

} // namespace fp::lab
