#include "core/cases/AnalysisWriter.h"

#include "core/cases/AuditLog.h"
#include "core/cases/BlobCodec.h"
#include "core/cases/SqlSupport.h"
#include "core/common/Version.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace fp::cases {

namespace {

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QVariant blobOrNull(const QByteArray &blob)
{
    return blob.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(blob);
}

QVariant realOrNull(double value)
{
    return value < 0 ? QVariant(QMetaType::fromType<double>()) : QVariant(value);
}

Result<QSqlQuery *> cached(std::optional<QSqlQuery> &slot, CaseDatabase &db, const char *sql, const QString &what)
{
    if (!slot) {
        auto query = prepare(db.connection(), db.path(), QString::fromLatin1(sql), what);
        if (!query)
            return query.error();
        slot.emplace(std::move(*query));
    }
    return &*slot;
}

CaseDatabase::Options writerOptions(const QString &actor)
{
    CaseDatabase::Options options;
    options.create = false;
    options.actor = actor;
    return options;
}

} // namespace

Result<std::unique_ptr<AnalysisWriter>> AnalysisWriter::start(const QString &dbPath, const AnalysisStart &params,
                                                              const QString &actor)
{
    auto db = CaseDatabase::open(dbPath, writerOptions(actor));
    if (!db)
        return db.error();
    std::unique_ptr<AnalysisWriter> self(new AnalysisWriter);
    self->m_db = std::move(*db);
    const QSqlDatabase conn = self->m_db->connection();
    const QString &path = self->m_db->path();
    const QString what = QCoreApplication::translate("fp::cases", "starting an analysis of evidence %1 in case %2")
                             .arg(params.evidenceId)
                             .arg(params.caseId);
    WriteTransaction transaction(conn, path);
    if (auto st = transaction.begin(); !st)
        return st.error();
    auto linked = run(conn, path, QStringLiteral("SELECT 1 FROM case_evidence WHERE case_id = ? AND evidence_id = ?"),
                      what, {params.caseId, params.evidenceId});
    if (!linked)
        return linked.error();
    if (!linked->next())
        return makeError(Error::Code::NotFound,
                         QCoreApplication::translate("fp::cases", "Evidence %1 is not part of case %2 in %3")
                             .arg(params.evidenceId)
                             .arg(params.caseId)
                             .arg(path));
    linked->finish();
    const QString appVersion = params.appVersion.isEmpty() ? QString::fromLatin1(kVersion) : params.appVersion;
    auto insert =
        run(conn, path,
            QStringLiteral("INSERT INTO analyses(case_id, evidence_id, app_version, model_name, model_version, "
                           "model_sha256, model_card, detector, settings, status, progress_frame, "
                           "frame_count, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'running', -1, ?, ?)"),
            what,
            {params.caseId, params.evidenceId, appVersion, params.model.name, params.model.version, params.model.sha256,
             jsonText(params.model.card), params.detector, jsonText(params.settings.toJson()),
             nullIfNegative(params.frameCount), nowUtc()});
    if (!insert)
        return insert.error();
    self->m_analysisId = insert->lastInsertId().toLongLong();
    self->m_caseId = params.caseId;
    insert->finish();
    // The lock is taken before the commit, so no opener can see this analysis 'running' without a live lock.
    if (auto st = self->acquireLock(); !st)
        return st.error();
    auto entry = AuditLog::append(conn, path, self->m_db->actor(), QStringLiteral("analysis.started"),
                                  QStringLiteral("analysis:%1").arg(self->m_analysisId),
                                  QJsonObject{{QStringLiteral("case_id"), params.caseId},
                                              {QStringLiteral("analysis_id"), self->m_analysisId},
                                              {QStringLiteral("evidence_id"), params.evidenceId},
                                              {QStringLiteral("app_version"), appVersion},
                                              {QStringLiteral("model_name"), params.model.name},
                                              {QStringLiteral("model_version"), params.model.version},
                                              {QStringLiteral("model_sha256"), params.model.sha256},
                                              {QStringLiteral("detector"), params.detector},
                                              {QStringLiteral("settings"), params.settings.toJson()}});
    if (!entry)
        return entry.error();
    if (auto st = transaction.commit(); !st)
        return st.error();
    self->m_running = true;
    return self;
}

Result<std::unique_ptr<AnalysisWriter>> AnalysisWriter::resume(const QString &dbPath, qint64 analysisId,
                                                               const QString &actor)
{
    auto db = CaseDatabase::open(dbPath, writerOptions(actor));
    if (!db)
        return db.error();
    std::unique_ptr<AnalysisWriter> self(new AnalysisWriter);
    self->m_db = std::move(*db);
    self->m_analysisId = analysisId;
    const QSqlDatabase conn = self->m_db->connection();
    const QString &path = self->m_db->path();
    const QString what = QCoreApplication::translate("fp::cases", "resuming analysis %1").arg(analysisId);
    if (auto st = self->acquireLock(); !st)
        return st.error();
    WriteTransaction transaction(conn, path);
    if (auto st = transaction.begin(); !st)
        return st.error();
    auto row = run(conn, path, QStringLiteral("SELECT status, progress_frame, case_id FROM analyses WHERE id = ?"),
                   what, {analysisId});
    if (!row)
        return row.error();
    if (!row->next())
        return makeError(
            Error::Code::NotFound,
            QCoreApplication::translate("fp::cases", "No analysis with id %1 in %2").arg(analysisId).arg(path));
    const QString status = row->value(0).toString();
    if (status != QLatin1String("interrupted"))
        return makeError(Error::Code::InvalidArgument,
                         QCoreApplication::translate(
                             "fp::cases", "Analysis %1 in %2 is %3; only an interrupted analysis can be resumed")
                             .arg(analysisId)
                             .arg(path, status));
    self->m_progressFrame = row->value(1).toLongLong();
    self->m_caseId = row->value(2).toLongLong();
    row->finish();
    auto update = run(conn, path,
                      QStringLiteral("UPDATE analyses SET status = 'running', error = NULL, finished_at = NULL "
                                     "WHERE id = ?"),
                      what, {analysisId});
    if (!update)
        return update.error();
    auto entry = AuditLog::append(conn, path, self->m_db->actor(), QStringLiteral("analysis.resumed"),
                                  QStringLiteral("analysis:%1").arg(analysisId),
                                  QJsonObject{{QStringLiteral("case_id"), self->m_caseId},
                                              {QStringLiteral("analysis_id"), analysisId},
                                              {QStringLiteral("resume_frame"), self->m_progressFrame + 1}});
    if (!entry)
        return entry.error();
    if (auto st = self->loadTracks(); !st)
        return st.error();
    if (auto st = transaction.commit(); !st)
        return st.error();
    self->m_running = true;
    return self;
}

AnalysisWriter::~AnalysisWriter()
{
    if (m_running && m_db && m_db->checkThread())
        markInterrupted(QCoreApplication::translate(
            "fp::cases", "The analysis writer was closed before the analysis finished; it can be resumed"));
}

Status AnalysisWriter::acquireLock()
{
    m_lock = std::make_unique<QLockFile>(CaseDatabase::analysisLockPath(m_db->path(), m_analysisId));
    m_lock->setStaleLockTime(0); // stale only when the holder's process is gone, never by age
    if (!m_lock->tryLock(0))
        return makeError(Error::Code::InvalidArgument,
                         QCoreApplication::translate(
                             "fp::cases", "Analysis %1 in %2 is being written by another running Fakeprint (lock %3)")
                             .arg(m_analysisId)
                             .arg(m_db->path(), m_lock->fileName()));
    return Ok{};
}

Status AnalysisWriter::loadTracks()
{
    auto q = run(m_db->connection(), m_db->path(),
                 QStringLiteral("SELECT track_number, id FROM tracks WHERE analysis_id = ?"),
                 QCoreApplication::translate("fp::cases", "reading the tracks of analysis %1").arg(m_analysisId),
                 {m_analysisId});
    if (!q)
        return q.error();
    while (q->next())
        m_trackIds.insert(q->value(0).toInt(), q->value(1).toLongLong());
    return Ok{};
}

Status AnalysisWriter::writeTracks(const QVector<TrackRecord> &tracks, const QString &what)
{
    auto upsert = cached(m_upsertTrack, *m_db,
                         "INSERT INTO tracks(analysis_id, track_number, first_frame, last_frame, box_x, box_y, box_w, "
                         "box_h, verdict, label, confidence, p_fake, class_probabilities, intervals, driving_frames, "
                         "aggregation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                         "ON CONFLICT(analysis_id, track_number) DO UPDATE SET "
                         "first_frame = min(first_frame, excluded.first_frame), "
                         "last_frame = max(last_frame, excluded.last_frame), box_x = excluded.box_x, "
                         "box_y = excluded.box_y, box_w = excluded.box_w, box_h = excluded.box_h, "
                         "verdict = excluded.verdict, label = excluded.label, confidence = excluded.confidence, "
                         "p_fake = excluded.p_fake, class_probabilities = excluded.class_probabilities, "
                         "intervals = excluded.intervals, driving_frames = excluded.driving_frames, "
                         "aggregation = excluded.aggregation",
                         what);
    if (!upsert)
        return upsert.error();
    QSqlQuery &q = **upsert;
    for (const TrackRecord &t : tracks) {
        for (const QVariant &value :
             {QVariant(m_analysisId), QVariant(t.trackNumber), QVariant(t.firstFrame), QVariant(t.lastFrame),
              QVariant(t.medianBox.x()), QVariant(t.medianBox.y()), QVariant(t.medianBox.width()),
              QVariant(t.medianBox.height()), QVariant(t.verdict), QVariant(t.label), realOrNull(t.confidence),
              realOrNull(t.pFake), QVariant(jsonText(t.classProbabilities)), QVariant(jsonText(t.intervals)),
              QVariant(jsonText(t.drivingFrames)), QVariant(t.aggregation)})
            q.addBindValue(bindable(value));
        if (auto st = exec(q, m_db->path(),
                           QCoreApplication::translate("fp::cases", "%1 (track %2)").arg(what).arg(t.trackNumber));
            !st)
            return st;
        if (!m_trackIds.contains(t.trackNumber)) {
            auto id = run(m_db->connection(), m_db->path(),
                          QStringLiteral("SELECT id FROM tracks WHERE analysis_id = ? AND track_number = ?"), what,
                          {m_analysisId, t.trackNumber});
            if (!id)
                return id.error();
            if (id->next())
                m_trackIds.insert(t.trackNumber, id->value(0).toLongLong());
        }
    }
    return Ok{};
}

Status AnalysisWriter::setProgress(qint64 frame, const QString &what)
{
    if (frame < 0)
        return Ok{};
    if (frame < m_progressFrame)
        return makeError(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("fp::cases", "Analysis %1: progress cannot go back from frame %2 to %3")
                .arg(m_analysisId)
                .arg(m_progressFrame)
                .arg(frame));
    auto q = run(m_db->connection(), m_db->path(),
                 QStringLiteral("UPDATE analyses SET progress_frame = ? WHERE id = ?"), what, {frame, m_analysisId});
    if (!q)
        return q.error();
    return Ok{};
}

Status AnalysisWriter::append(const AnalysisBatch &batch)
{
    if (!m_running)
        return makeError(Error::Code::InvalidArgument,
                         QCoreApplication::translate("fp::cases", "Analysis %1 is not running").arg(m_analysisId));
    if (auto st = m_db->checkThread(); !st)
        return st;
    const QString what = QCoreApplication::translate("fp::cases", "writing results of analysis %1").arg(m_analysisId);
    const QString &path = m_db->path();
    WriteTransaction transaction(m_db->connection(), path);
    if (auto st = transaction.begin(); !st)
        return st;
    const auto savedTrackIds = m_trackIds; // restored when the batch rolls back
    auto failed = [this, &savedTrackIds](const Status &st) {
        m_trackIds = savedTrackIds;
        return st;
    };
    if (auto st = writeTracks(batch.tracks, what); !st)
        return failed(st);
    auto resolve = [this](int trackNumber, qint64 frame) -> Result<qint64> {
        const qint64 id = m_trackIds.value(trackNumber, -1);
        if (id < 0)
            return makeError(Error::Code::InvalidArgument,
                             QCoreApplication::translate(
                                 "fp::cases", "Analysis %1: frame %2 refers to track %3, which was never written")
                                 .arg(m_analysisId)
                                 .arg(frame)
                                 .arg(trackNumber));
        return id;
    };
    auto detection = cached(m_insertDetection, *m_db,
                            "INSERT INTO detections(track_id, frame_index, pts, x, y, w, h, score, predicted, "
                            "landmarks, keypoints) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            what);
    if (!detection)
        return failed(detection.error());
    for (const DetectionRecord &d : batch.detections) {
        auto trackId = resolve(d.trackNumber, d.frameIndex);
        if (!trackId)
            return failed(trackId.error());
        QSqlQuery &q = **detection;
        for (const QVariant &value :
             {QVariant(*trackId), QVariant(d.frameIndex), nullIfNegative(d.pts), QVariant(d.box.x()),
              QVariant(d.box.y()), QVariant(d.box.width()), QVariant(d.box.height()), QVariant(d.score),
              QVariant(d.predicted ? 1 : 0), blobOrNull(BlobCodec::encodePoints(d.landmarks)),
              blobOrNull(BlobCodec::encodePoints(d.keypoints))})
            q.addBindValue(bindable(value));
        if (auto st = exec(q, path,
                           QCoreApplication::translate("fp::cases", "%1 (detection of track %2 on frame %3)")
                               .arg(what)
                               .arg(d.trackNumber)
                               .arg(d.frameIndex));
            !st)
            return failed(st);
    }
    auto score =
        cached(m_insertScore, *m_db,
               "INSERT INTO frame_scores(track_id, frame_index, detection_id, p_fake, class_probabilities, "
               "energy) VALUES (?, ?, (SELECT id FROM detections WHERE track_id = ? AND frame_index = ?), ?, ?, ?)",
               what);
    if (!score)
        return failed(score.error());
    for (const FrameScoreRecord &s : batch.scores) {
        auto trackId = resolve(s.trackNumber, s.frameIndex);
        if (!trackId)
            return failed(trackId.error());
        QSqlQuery &q = **score;
        for (const QVariant &value :
             {QVariant(*trackId), QVariant(s.frameIndex), QVariant(*trackId), QVariant(s.frameIndex), QVariant(s.pFake),
              blobOrNull(BlobCodec::encodeFloats(s.classProbabilities)),
              s.hasEnergy ? QVariant(s.energy) : QVariant(QMetaType::fromType<double>())})
            q.addBindValue(bindable(value));
        if (auto st = exec(q, path,
                           QCoreApplication::translate("fp::cases", "%1 (score of track %2 on frame %3)")
                               .arg(what)
                               .arg(s.trackNumber)
                               .arg(s.frameIndex));
            !st)
            return failed(st);
    }
    auto heatmap =
        cached(m_insertHeatmap, *m_db,
               "INSERT OR REPLACE INTO heatmaps(track_id, frame_index, class_index, kind, width, height, png, "
               "crop_x, crop_y, crop_w, crop_h) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
               what);
    if (!heatmap)
        return failed(heatmap.error());
    for (const HeatmapRecord &h : batch.heatmaps) {
        auto trackId = resolve(h.trackNumber, h.frameIndex);
        if (!trackId)
            return failed(trackId.error());
        QSqlQuery &q = **heatmap;
        for (const QVariant &value :
             {QVariant(*trackId), QVariant(h.frameIndex), QVariant(h.classIndex), QVariant(h.kind), QVariant(h.width),
              QVariant(h.height), QVariant(h.png), QVariant(h.crop.x()), QVariant(h.crop.y()), QVariant(h.crop.width()),
              QVariant(h.crop.height())})
            q.addBindValue(bindable(value));
        if (auto st = exec(q, path,
                           QCoreApplication::translate("fp::cases", "%1 (heatmap of track %2 on frame %3)")
                               .arg(what)
                               .arg(h.trackNumber)
                               .arg(h.frameIndex));
            !st)
            return failed(st);
    }
    if (auto st = setProgress(batch.lastFrameCommitted, what); !st)
        return failed(st);
    auto entry = AuditLog::append(
        m_db->connection(), path, m_db->actor(), QStringLiteral("analysis.batch"),
        QStringLiteral("analysis:%1").arg(m_analysisId),
        QJsonObject{{QStringLiteral("case_id"), m_caseId},
                    {QStringLiteral("analysis_id"), m_analysisId},
                    {QStringLiteral("tracks"), batch.tracks.size()},
                    {QStringLiteral("detections"), batch.detections.size()},
                    {QStringLiteral("frame_scores"), batch.scores.size()},
                    {QStringLiteral("heatmaps"), batch.heatmaps.size()},
                    {QStringLiteral("progress_frame"), qMax(batch.lastFrameCommitted, m_progressFrame)}});
    if (!entry)
        return failed(entry.error());
    if (auto st = transaction.commit(); !st)
        return failed(st);
    m_progressFrame = qMax(batch.lastFrameCommitted, m_progressFrame);
    return Ok{};
}

Status AnalysisWriter::markProgress(qint64 lastFrameCommitted)
{
    AnalysisBatch batch;
    batch.lastFrameCommitted = lastFrameCommitted;
    return append(batch);
}

Status AnalysisWriter::finish(const AnalysisFinish &result)
{
    if (!m_running)
        return makeError(Error::Code::InvalidArgument,
                         QCoreApplication::translate("fp::cases", "Analysis %1 is not running").arg(m_analysisId));
    if (result.status == AnalysisStatus::Running || result.status == AnalysisStatus::Interrupted)
        return makeError(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("fp::cases", "An analysis finishes as completed, failed or cancelled, not %1")
                .arg(analysisStatusName(result.status)));
    if (auto st = m_db->checkThread(); !st)
        return st;
    const QString what = QCoreApplication::translate("fp::cases", "finishing analysis %1").arg(m_analysisId);
    const QString &path = m_db->path();
    const QSqlDatabase conn = m_db->connection();
    WriteTransaction transaction(conn, path);
    if (auto st = transaction.begin(); !st)
        return st;
    const auto savedTrackIds = m_trackIds;
    if (auto st = writeTracks(result.tracks, what); !st) {
        m_trackIds = savedTrackIds;
        return st;
    }
    if (!result.coverage.isEmpty()) {
        auto coverage = run(conn, path,
                            QStringLiteral("INSERT INTO coverage(analysis_id, data) VALUES (?, ?) "
                                           "ON CONFLICT(analysis_id) DO UPDATE SET data = excluded.data"),
                            what, {m_analysisId, jsonText(result.coverage)});
        if (!coverage)
            return coverage.error();
    }
    auto update = run(conn, path,
                      QStringLiteral("UPDATE analyses SET status = ?, finished_at = ?, timings = ?, error = ? "
                                     "WHERE id = ?"),
                      what,
                      {analysisStatusName(result.status), nowUtc(), jsonText(result.timings), nullIfEmpty(result.error),
                       m_analysisId});
    if (!update)
        return update.error();
    auto counts = run(conn, path,
                      QStringLiteral("SELECT (SELECT count(*) FROM tracks WHERE analysis_id = ?), "
                                     "(SELECT count(*) FROM detections d JOIN tracks t ON t.id = d.track_id "
                                     " WHERE t.analysis_id = ?), "
                                     "(SELECT count(*) FROM frame_scores s JOIN tracks t ON t.id = s.track_id "
                                     " WHERE t.analysis_id = ?), "
                                     "(SELECT count(*) FROM heatmaps h JOIN tracks t ON t.id = h.track_id "
                                     " WHERE t.analysis_id = ?)"),
                      what, {m_analysisId, m_analysisId, m_analysisId, m_analysisId});
    if (!counts)
        return counts.error();
    counts->next();
    QJsonObject details{{QStringLiteral("case_id"), m_caseId},
                        {QStringLiteral("analysis_id"), m_analysisId},
                        {QStringLiteral("status"), analysisStatusName(result.status)},
                        {QStringLiteral("tracks"), counts->value(0).toLongLong()},
                        {QStringLiteral("detections"), counts->value(1).toLongLong()},
                        {QStringLiteral("frame_scores"), counts->value(2).toLongLong()},
                        {QStringLiteral("heatmaps"), counts->value(3).toLongLong()},
                        {QStringLiteral("progress_frame"), m_progressFrame}};
    counts->finish();
    if (!result.error.isEmpty())
        details.insert(QStringLiteral("error"), result.error);
    auto entry = AuditLog::append(conn, path, m_db->actor(), QStringLiteral("analysis.finished"),
                                  QStringLiteral("analysis:%1").arg(m_analysisId), details);
    if (!entry)
        return entry.error();
    if (auto st = transaction.commit(); !st)
        return st;
    m_running = false;
    m_lock->unlock();
    return Ok{};
}

Status AnalysisWriter::markInterrupted(const QString &reason)
{
    const QString what =
        QCoreApplication::translate("fp::cases", "marking analysis %1 as interrupted").arg(m_analysisId);
    const QSqlDatabase conn = m_db->connection();
    WriteTransaction transaction(conn, m_db->path());
    if (auto st = transaction.begin(); !st)
        return st;
    auto update =
        run(conn, m_db->path(), QStringLiteral("UPDATE analyses SET status = 'interrupted', error = ? WHERE id = ?"),
            what, {reason, m_analysisId});
    if (!update)
        return update.error();
    auto entry = AuditLog::append(conn, m_db->path(), m_db->actor(), QStringLiteral("analysis.interrupted"),
                                  QStringLiteral("analysis:%1").arg(m_analysisId),
                                  QJsonObject{{QStringLiteral("case_id"), m_caseId},
                                              {QStringLiteral("analysis_id"), m_analysisId},
                                              {QStringLiteral("progress_frame"), m_progressFrame}});
    if (!entry)
        return entry.error();
    if (auto st = transaction.commit(); !st)
        return st;
    m_running = false;
    m_lock->unlock();
    return Ok{};
}

} // namespace fp::cases
