#include "core/report/ReportDataLoader.h"

#include "core/cases/AnalysisReader.h"
#include "core/cases/CaseStore.h"
#include "core/cases/NoteStore.h"

#include <QHash>
#include <QSet>

namespace fp::report {

namespace {

Error withContext(const Error &error, const QString &context)
{
    return Error{error.code, context + QStringLiteral(": ") + error.message};
}

} // namespace

Result<ReportData> ReportDataLoader::load(cases::CaseDatabase &db, qint64 analysisId, const ReportLoadOptions &options)
{
    ReportData data;
    data.databasePath = db.path();
    cases::CaseStore store(db);
    auto analysis = store.analysisById(analysisId);
    if (!analysis)
        return withContext(analysis.error(), tr("Reading analysis %1 of %2").arg(analysisId).arg(db.path()));
    data.analysis = *analysis;
    auto caseInfo = store.caseById(data.analysis.caseId);
    if (!caseInfo)
        return withContext(caseInfo.error(), tr("Reading the case of analysis %1").arg(analysisId));
    data.caseInfo = *caseInfo;
    auto evidence = store.evidenceById(data.analysis.evidenceId);
    if (!evidence)
        return withContext(evidence.error(), tr("Reading the evidence of analysis %1").arg(analysisId));
    data.evidence = *evidence;

    // Before reading the audit trail, so that the trail printed in the report contains this very check.
    if (options.verifyEvidence) {
        auto check = store.verifyEvidence(data.evidence.id);
        if (!check)
            return withContext(check.error(),
                               tr("Re-checking evidence %1 (%2)").arg(data.evidence.id).arg(data.evidence.path));
        data.evidenceCheck = *check;
    }

    cases::AnalysisReader reader(db);
    auto tracks = reader.tracks(analysisId);
    if (!tracks)
        return tracks.error();
    QHash<int, int> slotOf; // track number -> index in data.tracks
    for (const cases::StoredTrack &stored : *tracks) {
        slotOf.insert(stored.record.trackNumber, data.tracks.size());
        data.tracks.append(TrackData{stored.id, stored.record, {}, {}});
    }
    auto scores = reader.frameScores(analysisId);
    if (!scores)
        return scores.error();
    for (const cases::FrameScoreRecord &score : *scores) {
        if (auto it = slotOf.constFind(score.trackNumber); it != slotOf.cend())
            data.tracks[*it].scores.append(score);
    }
    auto detections = reader.detections(analysisId);
    if (!detections)
        return detections.error();
    for (const cases::DetectionRecord &detection : *detections) {
        if (auto it = slotOf.constFind(detection.trackNumber); it != slotOf.cend())
            data.tracks[*it].detections.append(detection);
    }
    auto coverage = reader.coverage(analysisId);
    if (!coverage)
        return coverage.error();
    data.coverage = *coverage;

    if (options.loadHeatmaps) {
        auto frames = reader.heatmapFrames(analysisId);
        if (!frames)
            return frames.error();
        for (qint64 frame : *frames) {
            auto maps = reader.heatmapsAt(analysisId, frame);
            if (!maps)
                return maps.error();
            data.keyFrames.append(KeyFrameHeatmaps{frame, *maps});
        }
    }

    cases::NoteStore notes(db);
    auto noteList = notes.list(data.caseInfo.id);
    if (!noteList)
        return noteList.error();
    for (const cases::NoteRecord &note : *noteList) {
        const bool thisAnalysis = note.analysisId == analysisId;
        const bool caseWide = note.analysisId < 0 && (note.evidenceId < 0 || note.evidenceId == data.evidence.id);
        if (thisAnalysis || caseWide)
            data.notes.append(note);
    }

    auto audit = cases::AuditLog::entries(db.connection(), db.path(), data.caseInfo.id);
    if (!audit)
        return audit.error();
    data.audit = *audit;
    auto auditCheck = cases::AuditLog::verify(db.connection(), db.path());
    if (!auditCheck)
        return auditCheck.error();
    data.auditCheck = *auditCheck;
    return data;
}

} // namespace fp::report
