#pragma once

// Private to core/inference: the LibTorch side of Classifier, shared by Classifier.cpp and ClassifierGradCam.cpp.
#include "core/inference/Classifier.h"

#include <ATen/Parallel.h>
#include <torch/script.h>

#include <mutex>

namespace fp::inference {

struct Classifier::Impl {
    ModelCard card;
    torch::jit::Module module;
    torch::Device device{torch::kCPU};
    int cpuThreads = 1;
    std::mutex mutex;

    // [end - begin, 3, S, S] float32 on the device, prepared by fillInputTensor().
    torch::Tensor makeBatch(const std::vector<QImage> &crops, size_t begin, size_t end) const;
    // The outputs of forward()/head() in card order; throws std::runtime_error naming the card field when the
    // structure differs from the card.
    std::vector<torch::Tensor> splitOutputs(const c10::IValue &value) const;
};

// "Model card X: <what> failed: <LibTorch message without backtrace>".
Error torchError(const ModelCard &card, const QString &what, const std::exception &e);

} // namespace fp::inference
