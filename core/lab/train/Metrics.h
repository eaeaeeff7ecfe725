#pragma once

#include <cstdint>
#include <vector>

namespace fp::lab {

// Classification metrics over integer labels 0..classes-1. Pure functions, no state; safe from any thread.
struct ClassificationMetrics {
    int classes = 0;
    std::int64_t samples = 0;
    double accuracy = 0.0;
    double balancedAccuracy = 0.0; // mean recall over the classes that occur in truth
    double macroF1 = 0.0;          // mean F1 over the classes that occur in truth or in the predictions
    std::vector<double> recall;    // per class; NaN when the class does not occur in truth
    std::vector<double> precision; // per class; NaN when the class is never predicted
    std::vector<double> f1;        // per class; NaN when the class occurs neither in truth nor in predictions
    std::vector<std::vector<std::int64_t>> confusion; // confusion[truth][predicted]
};

ClassificationMetrics classificationMetrics(const std::vector<int> &truth, const std::vector<int> &predicted,
                                            int classes);

// Area under the ROC curve of scores for the positive class (positive[i] != 0). Ties count one half
// (Mann-Whitney). NaN when one of the two classes is absent.
double rocAuc(const std::vector<double> &scores, const std::vector<int> &positive);

// Equal error rate: the point of the ROC where the false positive rate equals the false negative rate,
// linearly interpolated between the two neighbouring thresholds. threshold: score at that point
// (scores >= threshold are called positive).
struct EqualErrorRate {
    double eer = 0.0;
    double threshold = 0.0;
};
EqualErrorRate equalErrorRate(const std::vector<double> &scores, const std::vector<int> &positive);

// The q-quantile (0..1) of values with linear interpolation between order statistics; NaN when empty.
double quantile(std::vector<double> values, double q);

} // namespace fp::lab
