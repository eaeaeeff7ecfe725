#pragma once

#include "core/inference/CropScores.h"
#include "core/inference/ModelCard.h"
#include "core/inference/Verdict.h"

#include <QtGlobal>

#include <vector>

namespace fp::inference {

// The scores of one face crop in frame frameIndex of a track.
struct FrameScores {
    qint64 frameIndex = 0;
    CropScores scores;
};

struct AggregatorOptions {
    AggregationMethod method = AggregationMethod::Robust;
    // Robust rule (the deepfake_xai code behind RESEARCH.md): frames with P(fake) >= confidentThreshold are
    // confident fakes, <= 1 - confidentThreshold confident reals; when one side outnumbers the other by more than
    // majorityRatio times, the track's P(fake) is the mean over that side, else the mean over all frames.
    float confidentThreshold = 0.8f;
    float majorityRatio = 2.f;
    int drivingFrameCount = 5;
    // Confidence intervals: percentile bootstrap (2.5%, 97.5%) over the track's frames, with a fixed seed so the
    // same scores always give the same intervals.
    int bootstrapSamples = 1000;
    quint32 bootstrapSeed = 0x5eedf00d;
};

// Frame -> track -> video decisions with the card's decision rules (docs/model-contract.md). Torch-free, no state
// besides its settings: thread-safe.
//
// Track: no scored frame or fewer than decision.min_frames -> inconclusive; aggregated P(fake) inside
// [inconclusive_low, inconclusive_high] -> inconclusive; below fake_threshold -> real; otherwise manipulated by
// the method with the highest mean attribution probability renormalised over the fake classes, unless that
// probability is below min_method_probability, the mean energy of the frames used exceeds max_energy, or the
// model has no attribution head: then unknown_method.
// Confidence: real 1 - P(fake); manipulated P(fake) x P(method | fake); unknown_method P(fake); inconclusive 0.
// Video: the most suspicious track decides (max rule): the manipulated / unknown_method track with the highest
// P(fake); else inconclusive if any track is; else real. No track or no face in any frame -> inconclusive.
class Aggregator {
public:
    explicit Aggregator(const ModelCard &card, AggregatorOptions options = {});

    TrackVerdict aggregateTrack(const std::vector<FrameScores> &frames) const;
    // trackNumbers: the number each track is shown under (UI, report, CLI: the tracker's id), parallel to tracks;
    // the reason names the deciding track by it. Empty: tracks are named by their index.
    VideoVerdict aggregateVideo(const std::vector<TrackVerdict> &tracks, qint64 framesTotal, qint64 framesWithFaces,
                                const std::vector<int> &trackNumbers = {}) const;

    const AggregatorOptions &options() const { return m_options; }

private:
    // The aggregated P(fake) of the frames (indices into p) and the indices it was taken over.
    float aggregate(const std::vector<float> &p, const std::vector<size_t> &indices, AggregationMethod method,
                    std::vector<size_t> *used) const;
    void bootstrap(const std::vector<FrameScores> &frames, const std::vector<float> &p, const std::vector<size_t> &used,
                   TrackVerdict &out) const;

    DecisionRules m_rules;
    std::vector<ModelClass> m_classes;
    std::vector<int> m_fakeClasses;
    AggregatorOptions m_options;
};

} // namespace fp::inference
