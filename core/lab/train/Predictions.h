#pragma once

#include <vector>

namespace fp::lab {

// Raw outputs of a model over a set of samples, row-major: binaryLogits has samples()*binaryUnits values
// (units 1: the fake logit; units 2: real, fake), attributionLogits samples()*attributionUnits.
// labels[i] is the true class id (0 = real) of sample i.
struct Predictions {
    std::vector<int> labels;
    int binaryUnits = 0;
    std::vector<float> binaryLogits;
    int attributionUnits = 0;
    std::vector<float> attributionLogits;

    int samples() const { return int(labels.size()); }
    bool hasBinary() const { return binaryUnits > 0; }
    bool hasAttribution() const { return attributionUnits > 0; }

    // P(fake) of sample i: from the binary head when there is one (logits divided by binaryT), else
    // 1 - P(real) from the attribution head (divided by attributionT).
    double fakeProbability(int i, double binaryT = 1.0, double attributionT = 1.0) const;
    // Softmax over the attribution logits of sample i divided by t.
    std::vector<double> attributionProbabilities(int i, double t = 1.0) const;
    int attributionArgmax(int i) const;
    // Energy -t * logsumexp(z / t) of the attribution logits of sample i.
    double attributionEnergy(int i, double t = 1.0) const;
    // Binary labels (0 real, 1 fake) and P(fake) of every sample.
    std::vector<int> binaryTruth() const;
    std::vector<double> fakeProbabilities(double binaryT = 1.0, double attributionT = 1.0) const;

    void append(const Predictions &other);
};

} // namespace fp::lab
