#pragma once

// Internal to fakeprint_trainer (includes LibTorch): building lab networks as TorchScript modules.

#include "core/lab/train/NetworkSpec.h"

#include <torch/script.h>

#include <cstdint>
#include <string>

namespace fp::lab {

// A torch::jit::Module with registered parameters (requires_grad) and BatchNorm running statistics as
// buffers, a "training" attribute and the TorchScript methods features(x), head(f), forward(x) and, when
// spec.projectionDim > 0, project(f) (L2-normalised embedding for SupCon). Weights are initialised from
// LibTorch's global generator: call torch::manual_seed first for a reproducible network.
torch::jit::Module buildNetwork(const NetworkSpec &spec);

// The TorchScript source that buildNetwork defines (exposed for tests and documentation).
std::string networkSource(const NetworkSpec &spec);

// Copies every backbone parameter and buffer (names starting with "f") from one network to another of
// the same backbone and width; returns how many tensors were copied.
int copyBackbone(const torch::jit::Module &from, torch::jit::Module &to);

} // namespace fp::lab
