#include "core/lab/train/Calibration.h"

#include "core/lab/train/Metrics.h"

#include <algorithm>
#include <cmath>

namespace fp::lab {

double binaryNll(const Predictions &p, double t)
{
    if (p.samples() == 0)
        return 0.0;
    double sum = 0.0;
    for (int i = 0; i < p.samples(); ++i) {
        const double pf = std::clamp(p.fakeProbability(i, t, t), 1e-12, 1.0 - 1e-12);
        sum -= std::log(p.labels[std::size_t(i)] != 0 ? pf : 1.0 - pf);
    }
    return sum / p.samples();
}

double attributionNll(const Predictions &p, double t)
{
    if (p.samples() == 0 || !p.hasAttribution())
        return 0.0;
    double sum = 0.0;
    for (int i = 0; i < p.samples(); ++i) {
        const auto prob = p.attributionProbabilities(i, t);
        const int label = std::clamp(p.labels[std::size_t(i)], 0, p.attributionUnits - 1);
        sum -= std::log(std::max(prob[std::size_t(label)], 1e-12));
    }
    return sum / p.samples();
}

double fitTemperature(const Predictions &p, bool binaryHead)
{
    auto nll = [&](double logT) {
        const double t = std::exp(logT);
        return binaryHead ? binaryNll(p, t) : attributionNll(p, t);
    };
    const double lo = std::log(0.05);
    const double hi = std::log(20.0);
    const int steps = 40;
    int best = 0;
    double bestValue = INFINITY;
    for (int k = 0; k <= steps; ++k) {
        const double v = nll(lo + (hi - lo) * k / steps);
        if (v < bestValue) {
            bestValue = v;
            best = k;
        }
    }
    double a = lo + (hi - lo) * std::max(0, best - 1) / steps;
    double b = lo + (hi - lo) * std::min(steps, best + 1) / steps;
    const double g = (std::sqrt(5.0) - 1.0) / 2.0;
    double c = b - g * (b - a);
    double d = a + g * (b - a);
    double fc = nll(c);
    double fd = nll(d);
    for (int it = 0; it < 40; ++it) {
        if (fc < fd) {
            b = d;
            d = c;
            fd = fc;
            c = b - g * (b - a);
            fc = nll(c);
        } else {
            a = c;
            c = d;
            fc = fd;
            d = a + g * (b - a);
            fd = nll(d);
        }
    }
    return std::exp((a + b) / 2.0);
}

CalibrationResult calibrate(const Predictions &validation, double energyQuantile)
{
    CalibrationResult r;
    r.energyQuantile = energyQuantile;
    if (validation.hasBinary()) {
        r.binaryNllBefore = binaryNll(validation, 1.0);
        r.binaryTemperature = fitTemperature(validation, true);
        r.binaryNllAfter = binaryNll(validation, r.binaryTemperature);
    }
    if (validation.hasAttribution()) {
        r.attributionNllBefore = attributionNll(validation, 1.0);
        r.attributionTemperature = fitTemperature(validation, false);
        r.attributionNllAfter = attributionNll(validation, r.attributionTemperature);
    }
    const std::vector<int> truth = validation.binaryTruth();
    const std::vector<double> pFake = validation.fakeProbabilities(r.binaryTemperature, r.attributionTemperature);
    // Threshold: best balanced accuracy over a grid, ties resolved towards 0.5.
    double bestScore = -1.0;
    for (int k = 5; k <= 95; ++k) {
        const double t = k / 100.0;
        std::vector<int> called(pFake.size());
        for (std::size_t i = 0; i < pFake.size(); ++i)
            called[i] = pFake[i] >= t ? 1 : 0;
        const double score = classificationMetrics(truth, called, 2).balancedAccuracy;
        if (score > bestScore + 1e-12 ||
            (std::abs(score - bestScore) <= 1e-12 && std::abs(t - 0.5) < std::abs(r.fakeThreshold - 0.5))) {
            bestScore = score;
            r.fakeThreshold = t;
        }
    }
    r.inconclusiveLow = std::max(0.02, r.fakeThreshold - 0.15);
    r.inconclusiveHigh = std::min(0.98, r.fakeThreshold + 0.15);
    if (validation.hasAttribution()) {
        std::vector<double> energies;
        std::vector<double> winning;
        for (int i = 0; i < validation.samples(); ++i) {
            energies.push_back(validation.attributionEnergy(i, r.attributionTemperature));
            if (validation.labels[std::size_t(i)] != 0 && validation.attributionUnits > 1) {
                const auto prob = validation.attributionProbabilities(i, r.attributionTemperature);
                double fakeSum = 0.0;
                double fakeMax = 0.0;
                for (std::size_t k = 1; k < prob.size(); ++k) {
                    fakeSum += prob[k];
                    fakeMax = std::max(fakeMax, prob[k]);
                }
                if (fakeSum > 0.0)
                    winning.push_back(fakeMax / fakeSum);
            }
        }
        r.maxEnergy = quantile(energies, energyQuantile);
        const double q = quantile(winning, 0.05);
        r.minMethodProbability = std::isnan(q) ? 0.3 : std::clamp(q, 0.2, 0.6);
    }
    return r;
}

} // namespace fp::lab
