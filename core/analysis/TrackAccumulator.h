#pragma once

#include "core/cases/AnalysisReader.h"
#include "core/cases/CaseTypes.h"
#include "core/common/Result.h"
#include "core/inference/Aggregator.h"
#include "core/inference/CropScores.h"
#include "core/inference/ModelCard.h"

#include <QHash>
#include <QJsonObject>
#include <QRectF>
#include <QSet>

#include <atomic>
#include <map>
#include <vector>

namespace fp::inference {
class Classifier;
}
namespace fp::media {
class VideoReader;
}

namespace fp::analysis {

// What the writer knows about every track and frame of one analysis: boxes, per-frame scores, coverage. Turns
// them into track summaries while running, verdicts and Grad-CAM key frames at the end. Used by the writer thread
// only. Memory grows with the number of face-frames (a few dozen bytes each), never with pixels.
class TrackAccumulator {
public:
    TrackAccumulator(const inference::ModelCard &card, int keyFramesPerTrack, int frameStride);

    // Continues an interrupted analysis from what it had stored.
    void restore(const QVector<cases::StoredTrack> &tracks, const QVector<cases::DetectionRecord> &detections,
                 const QVector<cases::FrameScoreRecord> &scores);

    void add(int trackNumber, qint64 frameIndex, const QRectF &box, const inference::CropScores *scores, bool tooSmall);
    void addFrame(qint64 frameIndex, bool detectionRan, int rawDetections, int trackedFaces);

    int trackCount() const { return int(m_tracks.size()); }
    int maxTrackNumber() const;
    QVector<int> touchedTrackNumbers() const;
    QVector<int> allTrackNumbers() const;
    void clearTouched() { m_touched.clear(); }

    // Summaries (frames, median box) without verdicts, for batches written while the analysis runs.
    QVector<cases::TrackRecord> trackSummaries(const QVector<int> &trackNumbers) const;
    // Final verdicts of every track, by track number.
    QVector<cases::TrackRecord> verdicts() const;
    // Grad-CAM of the frames that drove each verdict, for the verdict's class (the binary fake score for real and
    // inconclusive tracks). Decodes those frames again with video and crops them as the pipeline did.
    Result<QVector<cases::HeatmapRecord>> keyFrameHeatmaps(const QVector<cases::TrackRecord> &verdicts,
                                                           media::VideoReader &video, inference::Classifier &model,
                                                           const std::atomic_bool *cancel) const;
    QJsonObject coverage(qint64 frameCount, int frameStride) const;
    QJsonObject videoVerdict(const QJsonObject &coverage) const;

private:
    struct TrackData {
        qint64 firstFrame = -1;
        qint64 lastFrame = -1;
        std::map<qint64, QRectF> boxes; // frame -> face box
        std::vector<inference::FrameScores> scores;
        int tooSmallFrames = 0;
    };
    cases::TrackRecord summary(int trackNumber, const TrackData &data) const;
    inference::TrackVerdict verdictOf(const TrackData &data) const;

    const inference::ModelCard &m_card;
    inference::Aggregator m_aggregator;
    int m_keyFrames;
    int m_frameStride;
    std::map<int, TrackData> m_tracks;
    QSet<int> m_touched;
    qint64 m_framesAnalysed = 0;
    qint64 m_framesWithFaces = 0;
    qint64 m_framesWithoutFaces = 0;
    qint64 m_detectionRuns = 0;
    qint64 m_detectionRunsWithoutFaces = 0;
    qint64 m_tooSmallFaces = 0;
    qint64 m_scoredFaces = 0;
    std::vector<std::pair<qint64, qint64>> m_noFaceSegments; // [first, last] analysed frames without a face
};

} // namespace fp::analysis
