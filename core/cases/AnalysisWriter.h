#pragma once

#include "core/cases/CaseDatabase.h"
#include "core/cases/CaseTypes.h"
#include "core/common/Result.h"

#include <QHash>
#include <QLockFile>
#include <QSqlQuery>

#include <memory>
#include <optional>

namespace fp::cases {

struct AnalysisStart {
    qint64 caseId = -1;
    qint64 evidenceId = -1; // must belong to the case
    ModelIdentity model;
    QString detector; // e.g. "blazeface-256 sha256:..."
    AnalysisSettings settings;
    qint64 frameCount = -1;
    QString appVersion; // empty: this build's version
};

// Results of a stretch of frames. Everything in one batch commits in one transaction together with the new
// resume point, so a killed process leaves the database at a batch boundary.
struct AnalysisBatch {
    QVector<TrackRecord> tracks; // new tracks, or updated summaries of known ones (matched by trackNumber)
    QVector<DetectionRecord> detections;
    QVector<FrameScoreRecord> scores;
    QVector<HeatmapRecord> heatmaps; // replaces an earlier heatmap of the same track/frame/class/kind
    qint64 lastFrameCommitted = -1;  // every frame <= this one is done; -1 leaves the progress as it is
};

struct AnalysisFinish {
    AnalysisStatus status = AnalysisStatus::Completed; // Completed, Failed or Cancelled
    QVector<TrackRecord> tracks;                       // final verdicts (upserted like batch tracks)
    QJsonObject coverage;                              // frames without faces, skipped frames, ...
    QJsonObject timings;                               // per-stage seconds, fps, ...
    QString error;                                     // for Failed
};

// Persists one analysis. THREAD RULES: an AnalysisWriter opens its own connection (CaseDatabase) on the thread
// that calls start() or resume(); every later call, and the destructor, must happen on that same thread (the
// pipeline's single writer thread). Other threads read the same file through their own CaseDatabase; WAL lets them
// read while the writer commits. While the analysis is running the writer holds a lock file
// (CaseDatabase::analysisLockPath) so that other openers know it is alive; when the process dies the lock goes
// stale and the next CaseDatabase::open marks the analysis 'interrupted'. Destroying a writer whose analysis is
// still running marks it 'interrupted' as well (resume() continues it).
class AnalysisWriter {
public:
    static Result<std::unique_ptr<AnalysisWriter>> start(const QString &dbPath, const AnalysisStart &params,
                                                         const QString &actor = {});
    // Continues an 'interrupted' analysis: resumeFrame() is the first frame still to analyse.
    static Result<std::unique_ptr<AnalysisWriter>> resume(const QString &dbPath, qint64 analysisId,
                                                          const QString &actor = {});
    ~AnalysisWriter();
    AnalysisWriter(const AnalysisWriter &) = delete;
    AnalysisWriter &operator=(const AnalysisWriter &) = delete;

    qint64 analysisId() const { return m_analysisId; }
    qint64 resumeFrame() const { return m_progressFrame + 1; }
    bool running() const { return m_running; }
    CaseDatabase &database() { return *m_db; }
    // Database id of a track written by this analysis, or -1.
    qint64 trackId(int trackNumber) const { return m_trackIds.value(trackNumber, -1); }

    Status append(const AnalysisBatch &batch);
    Status markProgress(qint64 lastFrameCommitted);
    Status finish(const AnalysisFinish &result);

private:
    AnalysisWriter() = default;
    Status acquireLock();
    Status loadTracks();
    Status writeTracks(const QVector<TrackRecord> &tracks, const QString &what);
    Status setProgress(qint64 frame, const QString &what);
    Status markInterrupted(const QString &reason);

    std::unique_ptr<CaseDatabase> m_db; // first member: destroyed last, after the cached queries
    std::unique_ptr<QLockFile> m_lock;
    qint64 m_analysisId = -1;
    qint64 m_caseId = -1;
    qint64 m_progressFrame = -1;
    bool m_running = false;
    QHash<int, qint64> m_trackIds;
    std::optional<QSqlQuery> m_insertDetection;
    std::optional<QSqlQuery> m_insertScore;
    std::optional<QSqlQuery> m_insertHeatmap;
    std::optional<QSqlQuery> m_upsertTrack;
};

} // namespace fp::cases
