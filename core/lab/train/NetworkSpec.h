#pragma once

#include "core/lab/train/ModelIo.h"

#include <QString>

#include <optional>
#include <vector>

namespace fp::lab {

enum class Backbone {
    DnaDet,    // four blocks of 4x4 stride-2 conv + BN + LeakyReLU(0.2) + 3x3 conv + BN + LeakyReLU
    MobileNet, // 3x3 stride-2 stem, six depthwise-separable blocks (ReLU6)
};

// The shape of a lab network. Both backbones reduce the input 16x: a 96 input gives a 6x6 feature map.
struct NetworkSpec {
    Backbone backbone = Backbone::DnaDet;
    int inputSize = 96;
    int width = 16;           // channels of the first block; the later blocks use 2x, 4x, 8x
    bool binaryHead = true;   // 2 logits: real, fake
    int attributionUnits = 6; // 0: no attribution head
    int projectionDim = 128;  // SupCon projection head (project(f)); 0: none
    double dropout = 0.2;

    int featureChannels() const { return width * 8; }
    std::vector<OutputSpec> outputs() const;
    QString describe() const; // for the card's "architecture"
};

QString backboneName(Backbone b);
std::optional<Backbone> parseBackbone(const QString &name);

} // namespace fp::lab
