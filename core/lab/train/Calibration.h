#pragma once

#include "core/lab/train/Predictions.h"

namespace fp::lab {

// Post-hoc calibration and decision thresholds chosen on a validation set (never on the test set).
struct CalibrationResult {
    double binaryTemperature = 1.0;
    double attributionTemperature = 1.0;
    double binaryNllBefore = 0.0, binaryNllAfter = 0.0;
    double attributionNllBefore = 0.0, attributionNllAfter = 0.0;
    double fakeThreshold = 0.5;    // P(fake) threshold with the highest balanced accuracy on validation
    double inconclusiveLow = 0.35; // band around the threshold
    double inconclusiveHigh = 0.65;
    double minMethodProbability = 0.3; // low quantile of the winning fake-class probability on validation fakes
    double maxEnergy = 0.0;            // high quantile of the attribution energy on validation samples
    double energyQuantile = 0.99;
};

// Mean negative log-likelihood of the true labels at temperature t (binary: the binary head's labels real/fake).
double binaryNll(const Predictions &p, double t);
double attributionNll(const Predictions &p, double t);

// Minimises the NLL over log t: a coarse grid over [0.05, 20] and a golden-section refinement.
double fitTemperature(const Predictions &p, bool binaryHead);

CalibrationResult calibrate(const Predictions &validation, double energyQuantile = 0.99);

} // namespace fp::lab
