#pragma once

#include "core/cases/CaseDatabase.h"
#include "core/cases/CaseTypes.h"
#include "core/common/Result.h"

#include <QJsonObject>
#include <QVector>

namespace fp::cases {

// A track as stored: its database id (what notes refer to) and its record.
struct StoredTrack {
    qint64 id = -1;
    TrackRecord record;
};

// Read access to the results of one analysis: tracks, per-frame detections and scores, heatmaps and coverage.
// Uses the CaseDatabase it is given (not owned) and therefore runs on that connection's thread only. Every
// list comes back sorted by track number, then frame index.
class AnalysisReader {
public:
    explicit AnalysisReader(CaseDatabase &db) : m_db(db) {}

    Result<QVector<StoredTrack>> tracks(qint64 analysisId) const;
    // firstFrame/lastFrame < 0: no bound.
    Result<QVector<DetectionRecord>> detections(qint64 analysisId, qint64 firstFrame = -1, qint64 lastFrame = -1) const;
    Result<QVector<FrameScoreRecord>> frameScores(qint64 analysisId) const;
    // The stored heatmaps of a frame (all tracks, classes and kinds), PNG included.
    Result<QVector<HeatmapRecord>> heatmapsAt(qint64 analysisId, qint64 frameIndex) const;
    // Frames that have at least one stored heatmap, ascending.
    Result<QVector<qint64>> heatmapFrames(qint64 analysisId) const;
    // The coverage object the pipeline recorded when it finished, empty when none.
    Result<QJsonObject> coverage(qint64 analysisId) const;

private:
    CaseDatabase &m_db;
};

} // namespace fp::cases
