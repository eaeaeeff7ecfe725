#pragma once

#include "core/inference/ModelCard.h"

#include <QImage>

#include <vector>

namespace fp::inference {

// The model input for one crop, exactly as docs/model-contract.md describes it: the crop is converted to
// RGB888, resized to input.size x input.size (Qt's smooth = bilinear filter, aspect ratio not kept: crops are
// square), put in the card's colour order, scaled to [0, 1] and normalised with the card's mean/std.
// Trainers must prepare their images the same way. Writes 3 * size * size floats, channel-major (CHW), to dst.
// Thread-safe.
void fillInputTensor(const QImage &crop, const InputSpec &input, float *dst);
std::vector<float> inputTensor(const QImage &crop, const InputSpec &input);

} // namespace fp::inference
