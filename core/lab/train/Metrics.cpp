#include "core/lab/train/Metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace fp::lab {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

ClassificationMetrics classificationMetrics(const std::vector<int> &truth, const std::vector<int> &predicted,
                                            int classes)
{
    ClassificationMetrics m;
    m.classes = classes;
    m.confusion.assign(classes, std::vector<std::int64_t>(classes, 0));
    const std::size_t n = std::min(truth.size(), predicted.size());
    std::int64_t correct = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const int t = truth[i];
        const int p = predicted[i];
        if (t < 0 || t >= classes || p < 0 || p >= classes)
            continue;
        ++m.confusion[t][p];
        ++m.samples;
        if (t == p)
            ++correct;
    }
    m.accuracy = m.samples > 0 ? double(correct) / double(m.samples) : kNaN;
    m.recall.assign(classes, kNaN);
    m.precision.assign(classes, kNaN);
    m.f1.assign(classes, kNaN);
    double recallSum = 0.0;
    int recallCount = 0;
    double f1Sum = 0.0;
    int f1Count = 0;
    for (int c = 0; c < classes; ++c) {
        std::int64_t rowSum = 0;
        std::int64_t colSum = 0;
        for (int k = 0; k < classes; ++k) {
            rowSum += m.confusion[c][k];
            colSum += m.confusion[k][c];
        }
        const double tp = double(m.confusion[c][c]);
        if (rowSum > 0) {
            m.recall[c] = tp / double(rowSum);
            recallSum += m.recall[c];
            ++recallCount;
        }
        if (colSum > 0)
            m.precision[c] = tp / double(colSum);
        if (rowSum > 0 || colSum > 0) {
            // F1 = 2TP / (2TP + FP + FN); well defined whenever the class occurs somewhere.
            m.f1[c] = 2.0 * tp / double(rowSum + colSum);
            f1Sum += m.f1[c];
            ++f1Count;
        }
    }
    m.balancedAccuracy = recallCount > 0 ? recallSum / recallCount : kNaN;
    m.macroF1 = f1Count > 0 ? f1Sum / f1Count : kNaN;
    return m;
}

double rocAuc(const std::vector<double> &scores, const std::vector<int> &positive)
{
    const std::size_t n = std::min(scores.size(), positive.size());
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scores[a] < scores[b]; });
    // Mid-ranks (1-based) so that ties count one half.
    double positiveRankSum = 0.0;
    std::int64_t positives = 0;
    std::size_t i = 0;
    while (i < n) {
        std::size_t j = i;
        while (j + 1 < n && scores[order[j + 1]] == scores[order[i]])
            ++j;
        const double midRank = (double(i + 1) + double(j + 1)) / 2.0;
        for (std::size_t k = i; k <= j; ++k) {
            if (positive[order[k]] != 0) {
                positiveRankSum += midRank;
                ++positives;
            }
        }
        i = j + 1;
    }
    const std::int64_t negatives = std::int64_t(n) - positives;
    if (positives == 0 || negatives == 0)
        return kNaN;
    const double u = positiveRankSum - double(positives) * double(positives + 1) / 2.0;
    return u / (double(positives) * double(negatives));
}

EqualErrorRate equalErrorRate(const std::vector<double> &scores, const std::vector<int> &positive)
{
    const std::size_t n = std::min(scores.size(), positive.size());
    std::int64_t positives = 0;
    for (std::size_t i = 0; i < n; ++i)
        positives += positive[i] != 0 ? 1 : 0;
    const std::int64_t negatives = std::int64_t(n) - positives;
    if (positives == 0 || negatives == 0)
        return {kNaN, kNaN};
    // Candidate thresholds: every distinct score, plus +inf (nothing called positive).
    std::vector<double> thresholds(scores.begin(), scores.begin() + std::ptrdiff_t(n));
    std::sort(thresholds.begin(), thresholds.end());
    thresholds.erase(std::unique(thresholds.begin(), thresholds.end()), thresholds.end());
    thresholds.push_back(std::numeric_limits<double>::infinity());
    auto rates = [&](double t) {
        std::int64_t fp = 0;
        std::int64_t fn = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const bool called = scores[i] >= t;
            if (positive[i] != 0 && !called)
                ++fn;
            if (positive[i] == 0 && called)
                ++fp;
        }
        return std::pair<double, double>(double(fp) / double(negatives), double(fn) / double(positives));
    };
    // As the threshold rises, FPR falls and FNR rises; find where FNR - FPR changes sign.
    double prevT = thresholds.front();
    auto [prevFpr, prevFnr] = rates(prevT);
    if (prevFnr - prevFpr >= 0.0)
        return {(prevFpr + prevFnr) / 2.0, prevT};
    for (std::size_t k = 1; k < thresholds.size(); ++k) {
        const double t = thresholds[k];
        const auto [fpr, fnr] = rates(t);
        const double d = fnr - fpr;
        if (d >= 0.0) {
            const double prevD = prevFnr - prevFpr; // < 0
            const double w = -prevD / (d - prevD);  // fraction of the way from prev to this threshold
            const double eer = prevFpr + w * (fpr - prevFpr);
            const double thr = std::isinf(t) ? prevT : prevT + w * (t - prevT);
            return {eer, thr};
        }
        prevT = t;
        prevFpr = fpr;
        prevFnr = fnr;
    }
    return {(prevFpr + prevFnr) / 2.0, prevT};
}

double quantile(std::vector<double> values, double q)
{
    if (values.empty())
        return kNaN;
    std::sort(values.begin(), values.end());
    const double pos = std::clamp(q, 0.0, 1.0) * double(values.size() - 1);
    const std::size_t lo = std::size_t(std::floor(pos));
    const std::size_t hi = std::min(lo + 1, values.size() - 1);
    const double w = pos - double(lo);
    return values[lo] * (1.0 - w) + values[hi] * w;
}

} // namespace fp::lab
