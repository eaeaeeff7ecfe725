#pragma once

// Small TorchScript models with known weights, written to disk with a card, for the inference tests, the bench
// and the lab. Torch-free header; the models are built with torch::jit::Module::define.
#include "core/common/Result.h"
#include "core/inference/ModelCard.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace fp::test {

// out = flatten(features(x)) @ flatten(weights)^T + bias, weights [units, C, S, S] row-major.
struct LinearHead {
    int units = 0; // 0 = no such head
    std::vector<float> weights;
    std::vector<float> bias;
};

// features(x) = x (featureChannels 3) or x.mean(1, keepdim) (featureChannels 1): the feature map is the input, so
// outputs and Grad-CAM maps can be computed by hand.
struct LinearModelSpec {
    int inputSize = 16;
    int featureChannels = 3;
    LinearHead binary;
    LinearHead attribution;
    bool attributionFirst = false; // order of the tuple forward() returns
};

// A card for a model with the given heads: classes from classKeys (label = key), temperatures 1, decision
// threshold 0.5, band [0.4, 0.6], min_frames 1, min_method_probability 0.5, max_energy 1000.
inference::ModelCard makeTestCard(const QString &name, int inputSize, int binaryUnits, const QStringList &classKeys,
                                  bool attributionHead = true, bool attributionFirst = false);

// Writes the module to ptPath.
Status writeLinearModel(const QString &ptPath, const LinearModelSpec &spec);

// A DNA-Det-like CNN with random weights (seeded): per block a 4x4 stride-2 conv, batch norm, LeakyReLU 0.2, a 3x3
// conv, batch norm, LeakyReLU; global average pooling; binary and attribution linear heads. features() returns the
// last block's map.
struct CnnModelSpec {
    int inputSize = 128;
    std::vector<int> channels{16, 32, 64, 128};
    int binaryUnits = 2;
    int attributionClasses = 6;
    quint64 seed = 1;
};
Status writeCnnModel(const QString &ptPath, const CnnModelSpec &spec);

// Writes dir/<card.name>.pt (by writeModel) and dir/<card.name>.json with the weights' digest; returns the card
// as loaded back from disk.
Result<inference::ModelCard> installModel(const QString &dir, inference::ModelCard card,
                                          const std::function<Status(const QString &ptPath)> &writeModel);

} // namespace fp::test
