#include "core/lab/train/Predictions.h"

#include <algorithm>
#include <cmath>

namespace fp::lab {

namespace {

double logSumExp(const float *z, int n, double t)
{
    double m = -INFINITY;
    for (int k = 0; k < n; ++k)
        m = std::max(m, double(z[k]) / t);
    double s = 0.0;
    for (int k = 0; k < n; ++k)
        s += std::exp(double(z[k]) / t - m);
    return m + std::log(s);
}

} // namespace

double Predictions::fakeProbability(int i, double binaryT, double attributionT) const
{
    if (binaryUnits == 1)
        return 1.0 / (1.0 + std::exp(-double(binaryLogits[std::size_t(i)]) / binaryT));
    if (binaryUnits == 2) {
        const float *z = binaryLogits.data() + std::size_t(i) * 2;
        return 1.0 / (1.0 + std::exp(-(double(z[1]) - double(z[0])) / binaryT));
    }
    if (attributionUnits > 0)
        return 1.0 - attributionProbabilities(i, attributionT).front();
    return 0.0;
}

std::vector<double> Predictions::attributionProbabilities(int i, double t) const
{
    const float *z = attributionLogits.data() + std::size_t(i) * std::size_t(attributionUnits);
    const double lse = logSumExp(z, attributionUnits, t);
    std::vector<double> p(static_cast<std::size_t>(attributionUnits), 0.0);
    for (int k = 0; k < attributionUnits; ++k)
        p[std::size_t(k)] = std::exp(double(z[k]) / t - lse);
    return p;
}

int Predictions::attributionArgmax(int i) const
{
    const float *z = attributionLogits.data() + std::size_t(i) * std::size_t(attributionUnits);
    return int(std::max_element(z, z + attributionUnits) - z);
}

double Predictions::attributionEnergy(int i, double t) const
{
    const float *z = attributionLogits.data() + std::size_t(i) * std::size_t(attributionUnits);
    return -t * logSumExp(z, attributionUnits, t);
}

std::vector<int> Predictions::binaryTruth() const
{
    std::vector<int> out(labels.size());
    std::transform(labels.begin(), labels.end(), out.begin(), [](int l) { return l != 0 ? 1 : 0; });
    return out;
}

std::vector<double> Predictions::fakeProbabilities(double binaryT, double attributionT) const
{
    std::vector<double> out(labels.size());
    for (int i = 0; i < samples(); ++i)
        out[std::size_t(i)] = fakeProbability(i, binaryT, attributionT);
    return out;
}

void Predictions::append(const Predictions &other)
{
    if (labels.empty()) {
        binaryUnits = other.binaryUnits;
        attributionUnits = other.attributionUnits;
    }
    labels.insert(labels.end(), other.labels.begin(), other.labels.end());
    binaryLogits.insert(binaryLogits.end(), other.binaryLogits.begin(), other.binaryLogits.end());
    attributionLogits.insert(attributionLogits.end(), other.attributionLogits.begin(), other.attributionLogits.end());
}

} // namespace fp::lab
