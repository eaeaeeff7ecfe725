#include "core/inference/Aggregator.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

namespace fp::inference {

namespace {

float meanOver(const std::vector<float> &values, const std::vector<size_t> &indices)
{
    if (indices.empty())
        return 0.f;
    double sum = 0.0;
    for (const size_t i : indices)
        sum += values[i];
    return float(sum / double(indices.size()));
}

Interval percentileInterval(std::vector<float> &samples)
{
    if (samples.empty())
        return {};
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) {
        const size_t i = std::min(samples.size() - 1, size_t(std::floor(q * double(samples.size() - 1) + 0.5)));
        return samples[i];
    };
    return {at(0.025), at(0.975)};
}

} // namespace

Aggregator::Aggregator(const ModelCard &card, AggregatorOptions options)
    : m_rules(card.decision), m_classes(card.classes),
      m_fakeClasses(card.hasAttribution() ? card.fakeClassIndices() : std::vector<int>{}), m_options(options)
{
}

float Aggregator::aggregate(const std::vector<float> &p, const std::vector<size_t> &indices, AggregationMethod method,
                            std::vector<size_t> *used) const
{
    if (method == AggregationMethod::Mean) {
        if (used)
            *used = indices;
        return meanOver(p, indices);
    }
    std::vector<size_t> fake;
    std::vector<size_t> real;
    for (const size_t i : indices) {
        if (p[i] >= m_options.confidentThreshold)
            fake.push_back(i);
        else if (p[i] <= 1.f - m_options.confidentThreshold)
            real.push_back(i);
    }
    const std::vector<size_t> *side = &indices;
    if (float(fake.size()) > m_options.majorityRatio * float(real.size()))
        side = &fake;
    else if (float(real.size()) > m_options.majorityRatio * float(fake.size()))
        side = &real;
    if (used)
        *used = *side;
    return meanOver(p, *side);
}

void Aggregator::bootstrap(const std::vector<FrameScores> &frames, const std::vector<float> &p,
                           const std::vector<size_t> &used, TrackVerdict &out) const
{
    const int samples = std::max(0, m_options.bootstrapSamples);
    std::mt19937 rng(m_options.bootstrapSeed);
    std::uniform_int_distribution<size_t> pickAll(0, frames.size() - 1);
    std::vector<float> aggregates;
    aggregates.reserve(size_t(samples));
    std::vector<size_t> resample(frames.size());
    // P(fake): resample all frames and re-apply the whole rule, so the interval includes the rule's own jumps.
    for (int b = 0; b < samples; ++b) {
        for (size_t &i : resample)
            i = pickAll(rng);
        aggregates.push_back(aggregate(p, resample, out.aggregationMethod, nullptr));
    }
    out.pFakeInterval = samples > 0 ? percentileInterval(aggregates) : Interval{out.pFake, out.pFake};

    const size_t classes = out.classProbabilities.size();
    out.classIntervals.assign(classes, Interval{});
    if (classes == 0 || used.empty())
        return;
    std::uniform_int_distribution<size_t> pickUsed(0, used.size() - 1);
    std::vector<std::vector<float>> means(classes);
    for (auto &m : means)
        m.reserve(size_t(samples));
    std::vector<double> sums(classes);
    for (int b = 0; b < samples; ++b) {
        std::fill(sums.begin(), sums.end(), 0.0);
        for (size_t k = 0; k < used.size(); ++k) {
            const std::vector<float> &probs = frames[used[pickUsed(rng)]].scores.classProbabilities;
            for (size_t c = 0; c < classes; ++c)
                sums[c] += probs[c];
        }
        for (size_t c = 0; c < classes; ++c)
            means[c].push_back(float(sums[c] / double(used.size())));
    }
    for (size_t c = 0; c < classes; ++c)
        out.classIntervals[c] =
            samples > 0 ? percentileInterval(means[c]) : Interval{out.classProbabilities[c], out.classProbabilities[c]};
}

TrackVerdict Aggregator::aggregateTrack(const std::vector<FrameScores> &frames) const
{
    TrackVerdict out;
    out.aggregationMethod = m_options.method;
    out.framesScored = int(frames.size());
    out.meanEnergy = std::numeric_limits<float>::quiet_NaN();
    if (frames.empty()) {
        out.verdict = Verdict::Inconclusive;
        out.reason = QCoreApplication::translate("fp::inference",
                                                 "No frame of this track was scored, so nothing can be said about it.");
        return out;
    }

    std::vector<float> p(frames.size());
    for (size_t i = 0; i < frames.size(); ++i)
        p[i] = frames[i].scores.pFake;
    std::vector<size_t> all(frames.size());
    std::iota(all.begin(), all.end(), size_t(0));
    out.pFakeMean = aggregate(p, all, AggregationMethod::Mean, nullptr);
    std::vector<size_t> robustUsed;
    out.pFakeRobust = aggregate(p, all, AggregationMethod::Robust, &robustUsed);
    const std::vector<size_t> used = m_options.method == AggregationMethod::Robust ? robustUsed : all;
    out.pFake = m_options.method == AggregationMethod::Robust ? out.pFakeRobust : out.pFakeMean;
    out.framesUsed = int(used.size());

    const size_t classes = m_classes.size();
    const bool attribution =
        !m_fakeClasses.empty() && std::all_of(frames.begin(), frames.end(), [&](const FrameScores &f) {
            return f.scores.hasAttribution && f.scores.classProbabilities.size() == classes;
        });
    if (attribution) {
        out.classProbabilities.assign(classes, 0.f);
        double energy = 0.0;
        for (const size_t i : used) {
            for (size_t c = 0; c < classes; ++c)
                out.classProbabilities[c] += frames[i].scores.classProbabilities[c] / float(used.size());
            energy += frames[i].scores.energy;
        }
        out.meanEnergy = float(energy / double(used.size()));
        out.methodProbabilities.assign(classes, 0.f);
        float fakeMass = 0.f;
        for (const int c : m_fakeClasses)
            fakeMass += out.classProbabilities[size_t(c)];
        for (const int c : m_fakeClasses)
            out.methodProbabilities[size_t(c)] = fakeMass > 0.f ? out.classProbabilities[size_t(c)] / fakeMass : 0.f;
    }
    bootstrap(frames, p, used, out);

    int best = -1;
    for (const int c : m_fakeClasses) {
        if (attribution && (best < 0 || out.methodProbabilities[size_t(c)] > out.methodProbabilities[size_t(best)]))
            best = c;
    }

    if (out.framesScored < m_rules.minFrames) {
        out.verdict = Verdict::Inconclusive;
        out.reason = QCoreApplication::translate("fp::inference",
                                                 "Only %1 frames were scored; at least %2 are needed for a verdict.")
                         .arg(out.framesScored)
                         .arg(m_rules.minFrames);
    } else if (out.pFake >= m_rules.inconclusiveLow && out.pFake <= m_rules.inconclusiveHigh) {
        out.verdict = Verdict::Inconclusive;
        out.reason = QCoreApplication::translate("fp::inference", "P(fake) %1 lies in the undecided band %2-%3.")
                         .arg(out.pFake, 0, 'f', 3)
                         .arg(m_rules.inconclusiveLow, 0, 'f', 2)
                         .arg(m_rules.inconclusiveHigh, 0, 'f', 2);
    } else if (out.pFake < m_rules.fakeThreshold) {
        out.verdict = Verdict::Real;
        out.confidence = 1.f - out.pFake;
        out.reason = QCoreApplication::translate("fp::inference", "P(fake) %1 is below the threshold %2.")
                         .arg(out.pFake, 0, 'f', 3)
                         .arg(m_rules.fakeThreshold);
    } else if (best < 0) {
        out.verdict = Verdict::UnknownMethod;
        out.confidence = out.pFake;
        out.reason = QCoreApplication::translate("fp::inference",
                                                 "P(fake) %1 is above the threshold %2; the model cannot name methods.")
                         .arg(out.pFake, 0, 'f', 3)
                         .arg(m_rules.fakeThreshold);
    } else if (out.methodProbabilities[size_t(best)] < m_rules.minMethodProbability) {
        out.verdict = Verdict::UnknownMethod;
        out.confidence = out.pFake;
        out.reason = QCoreApplication::translate(
                         "fp::inference",
                         "P(fake) %1 is above the threshold, but no known method is likely enough (best: %2 at %3, "
                         "needed %4).")
                         .arg(out.pFake, 0, 'f', 3)
                         .arg(m_classes[size_t(best)].label)
                         .arg(out.methodProbabilities[size_t(best)], 0, 'f', 3)
                         .arg(m_rules.minMethodProbability);
    } else if (out.meanEnergy > m_rules.maxEnergy) {
        out.verdict = Verdict::UnknownMethod;
        out.confidence = out.pFake;
        out.reason = QCoreApplication::translate(
                         "fp::inference",
                         "P(fake) %1 is above the threshold, but the faces look unlike the training data (energy %2 "
                         "above %3), so the method is unknown.")
                         .arg(out.pFake, 0, 'f', 3)
                         .arg(out.meanEnergy, 0, 'f', 3)
                         .arg(m_rules.maxEnergy);
    } else {
        out.verdict = Verdict::Manipulated;
        out.classIndex = best;
        out.label = m_classes[size_t(best)].label;
        out.confidence = out.pFake * out.methodProbabilities[size_t(best)];
        out.reason = QCoreApplication::translate(
                         "fp::inference", "P(fake) %1 is above the threshold; the most likely method is %2 (%3).")
                         .arg(out.pFake, 0, 'f', 3)
                         .arg(out.label)
                         .arg(out.methodProbabilities[size_t(best)], 0, 'f', 3);
    }

    // Frames that drove the verdict: the strongest evidence for it among the frames it was taken over.
    std::vector<size_t> ranked = out.verdict == Verdict::Inconclusive ? all : used;
    std::vector<float> strength(frames.size());
    for (size_t i = 0; i < frames.size(); ++i) {
        switch (out.verdict) {
        case Verdict::Real: strength[i] = 1.f - p[i]; break;
        case Verdict::Manipulated: strength[i] = p[i] * frames[i].scores.classProbabilities[size_t(best)]; break;
        case Verdict::UnknownMethod:
        case Verdict::Inconclusive: strength[i] = p[i]; break;
        }
    }
    std::stable_sort(ranked.begin(), ranked.end(), [&](size_t a, size_t b) { return strength[a] > strength[b]; });
    ranked.resize(std::min(ranked.size(), size_t(std::max(0, m_options.drivingFrameCount))));
    for (const size_t i : ranked)
        out.drivingFrames.push_back(frames[i].frameIndex);
    return out;
}

VideoVerdict Aggregator::aggregateVideo(const std::vector<TrackVerdict> &tracks, qint64 framesTotal,
                                        qint64 framesWithFaces, const std::vector<int> &trackNumbers) const
{
    VideoVerdict out;
    out.tracks = int(tracks.size());
    out.framesTotal = framesTotal;
    out.framesWithFaces = framesWithFaces;
    out.coverage = framesTotal > 0 ? double(framesWithFaces) / double(framesTotal) : 0.0;
    const auto mostSuspicious = [&](auto predicate) {
        int best = -1;
        for (size_t i = 0; i < tracks.size(); ++i) {
            if (predicate(tracks[i]) && (best < 0 || tracks[i].pFake > tracks[size_t(best)].pFake))
                best = int(i);
        }
        return best;
    };
    if (tracks.empty() || framesWithFaces <= 0) {
        out.verdict = Verdict::Inconclusive;
        out.reason = QCoreApplication::translate("fp::inference",
                                                 "No face was seen in %1 frames, so the video cannot be judged.")
                         .arg(framesTotal);
        return out;
    }
    int deciding = mostSuspicious(
        [](const TrackVerdict &t) { return t.verdict == Verdict::Manipulated || t.verdict == Verdict::UnknownMethod; });
    if (deciding < 0)
        deciding = mostSuspicious([](const TrackVerdict &t) { return t.verdict == Verdict::Inconclusive; });
    if (deciding < 0)
        deciding = mostSuspicious([](const TrackVerdict &) { return true; });
    const TrackVerdict &track = tracks[size_t(deciding)];
    out.decidingTrack = deciding;
    const int shownNumber = trackNumbers.size() == tracks.size() ? trackNumbers[size_t(deciding)] : deciding;
    out.verdict = track.verdict;
    out.label = track.label;
    out.confidence = track.confidence;
    out.pFake = track.pFake;
    switch (track.verdict) {
    case Verdict::Real:
        out.reason = QCoreApplication::translate(
                         "fp::inference",
                         "All %1 face tracks look real; the most suspicious has P(fake) %2. Faces were seen in %3% of "
                         "the frames.")
                         .arg(tracks.size())
                         .arg(track.pFake, 0, 'f', 3)
                         .arg(out.coverage * 100.0, 0, 'f', 1);
        break;
    case Verdict::Inconclusive:
        out.reason =
            QCoreApplication::translate("fp::inference", "No track looks manipulated, but track %1 is inconclusive: %2")
                .arg(shownNumber)
                .arg(track.reason);
        break;
    case Verdict::Manipulated:
    case Verdict::UnknownMethod:
        out.reason = QCoreApplication::translate("fp::inference", "Track %1 is the most suspicious: %2")
                         .arg(shownNumber)
                         .arg(track.reason);
        break;
    }
    return out;
}

} // namespace fp::inference
