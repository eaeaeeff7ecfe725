#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace fp::inference {

// The outcome for a face track or a video. The strings are stable (CLI JSON, database, reports).
enum class Verdict { Real, Manipulated, UnknownMethod, Inconclusive };

QString verdictKey(Verdict verdict);                       // "real", "manipulated", "unknown_method", "inconclusive"
std::optional<Verdict> verdictFromKey(const QString &key); // inverse of verdictKey
QString verdictDisplayName(Verdict verdict);               // translated, for people

enum class AggregationMethod { Mean, Robust };
QString aggregationMethodKey(AggregationMethod method); // "mean", "robust"

struct Interval {
    float low = 0.f;
    float high = 0.f;
};

// The verdict of one face track, from its per-frame CropScores (see Aggregator).
struct TrackVerdict {
    Verdict verdict = Verdict::Inconclusive;
    QString label;                          // class label of the method for Manipulated, empty otherwise
    int classIndex = -1;                    // the chosen attribution class for Manipulated, -1 otherwise
    float confidence = 0.f;                 // see Aggregator::aggregateTrack
    float pFake = 0.f;                      // the aggregated P(fake) the decision used (aggregationMethod)
    float pFakeMean = 0.f;                  // mean over all frames
    float pFakeRobust = 0.f;                // the robust rule over all frames
    Interval pFakeInterval;                 // 95% bootstrap interval of the chosen aggregate
    std::vector<float> classProbabilities;  // mean attribution probabilities over the frames used (card order)
    std::vector<Interval> classIntervals;   // 95% bootstrap intervals of those means
    std::vector<float> methodProbabilities; // classProbabilities renormalised over the fake classes (0 for real)
    float meanEnergy = 0.f;            // mean attribution energy over the frames used; NaN without an attribution head
    int framesScored = 0;              // frames of the track that had scores
    int framesUsed = 0;                // frames the aggregate was taken over (the majority side for the robust rule)
    std::vector<qint64> drivingFrames; // frame indices that drove the verdict, strongest first
    AggregationMethod aggregationMethod = AggregationMethod::Robust;
    QString reason; // one sentence for people: why this verdict
};

// The verdict of a video: the most suspicious track decides (max rule).
struct VideoVerdict {
    Verdict verdict = Verdict::Inconclusive;
    QString label;
    float confidence = 0.f;
    float pFake = 0.f;
    int decidingTrack = -1; // index into the tracks passed in, -1 when none decided
    int tracks = 0;
    qint64 framesTotal = 0;
    qint64 framesWithFaces = 0;
    double coverage = 0.0; // framesWithFaces / framesTotal
    QString reason;
};

} // namespace fp::inference
