#pragma once

#include <array>
#include <vector>

namespace fp::lab {

// What a model expects (docs/model-contract.md, input.*): square side, colour order, mean/std on [0, 1].
struct InputSpec {
    int size = 96;
    bool bgr = false;
    std::array<float, 3> mean = {0.5f, 0.5f, 0.5f};
    std::array<float, 3> std = {0.5f, 0.5f, 0.5f};
    double cropScale = 1.3;
};

enum class HeadKind { Binary, Attribution };

// One tensor that forward returns, in order (docs/model-contract.md, outputs).
struct OutputSpec {
    HeadKind head = HeadKind::Attribution;
    int units = 0;
};

} // namespace fp::lab
