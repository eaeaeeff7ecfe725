#pragma once

#include <vector>

namespace fp::inference {

// The calibrated scores of one face crop. Probabilities are temperature-scaled with the card's calibration.
struct CropScores {
    float pFake = 0.f;                     // binary head, or 1 - P(real) from the attribution head
    std::vector<float> classProbabilities; // attribution head (softmax of logits / T), in card class order
    float energy = 0.f;   // -T * logsumexp(z / T) of the attribution logits; NaN without an attribution head
    float maxLogit = 0.f; // largest raw attribution logit; NaN without an attribution head
    bool hasBinary = false;
    bool hasAttribution = false;
};

} // namespace fp::inference
