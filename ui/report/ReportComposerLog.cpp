// The closing parts of the report: notes and bookmarks, processing log, audit trail.
#include "ui/report/ReportComposer.h"

namespace fp::report {

void ReportComposer::notesSection()
{
    PdfLayout &l = *m_layout;
    l.newPage();
    l.heading(tr("4. Notes and bookmarks"), 1);
    if (m_data.notes.isEmpty()) {
        l.paragraph(tr("No notes or bookmarks concern this analysis."), l.font(9));
    } else {
        QVector<QStringList> rows;
        for (const cases::NoteRecord &n : m_data.notes) {
            QString status;
            switch (n.status) {
            case cases::NoteStatus::Ok: status = tr("ok"); break;
            case cases::NoteStatus::ToCheck: status = tr("to check"); break;
            case cases::NoteStatus::Warning: status = tr("warning"); break;
            }
            QStringList where;
            if (n.trackId >= 0) {
                for (const TrackData &t : m_data.tracks) {
                    if (t.id == n.trackId)
                        where << tr("track %1").arg(integer(t.record.trackNumber));
                }
            }
            if (n.frameIndex >= 0)
                where << tr("frame %1").arg(integer(n.frameIndex));
            rows << QStringList{n.kind == cases::NoteKind::Bookmark ? tr("bookmark") : tr("note"),
                                status,
                                where.isEmpty() ? tr("case") : where.join(QStringLiteral(", ")),
                                n.author,
                                dateTime(n.updatedAtUtc),
                                n.text};
        }
        l.table({{tr("Kind"), 1.1},
                 {tr("Status"), 1},
                 {tr("Where"), 1.4},
                 {tr("Author"), 1.1},
                 {tr("Updated"), 1.7},
                 {tr("Text"), 4}},
                rows);
    }
}

void ReportComposer::processingLog()
{
    PdfLayout &l = *m_layout;
    l.heading(tr("5. Processing log"), 1);
    const cases::AnalysisInfo &a = m_data.analysis;
    QVector<QPair<QString, QString>> rows{
        {tr("Status"), cases::analysisStatusLabel(a.status)},
        {tr("Started"), dateTime(a.startedAtUtc)},
        {tr("Finished"), dateTime(a.finishedAtUtc)},
        {tr("Application version"), a.appVersion},
        {tr("Frames in the video"), a.frameCount < 0 ? tr("unknown") : integer(a.frameCount)},
        {tr("Last frame committed"), integer(a.progressFrame)},
        {tr("Frames with a scored face"), integer(m_data.framesWithScores())},
    };
    if (a.frameCount > 0) {
        const qint64 without = a.frameCount - m_data.framesWithScores();
        rows.append({tr("Frames without a scored face"),
                     tr("%1 (%2 of the video; no statement is made about them)")
                         .arg(integer(without), percent(double(without) / double(a.frameCount)))});
    }
    if (!a.error.isEmpty())
        rows.append({tr("Error"), a.error});
    l.keyValues(rows);
    l.heading(tr("Coverage"), 2);
    l.keyValues(m_data.coverage.isEmpty() ? QVector<QPair<QString, QString>>{{tr("Coverage"), tr("(not recorded)")}}
                                          : flatten(m_data.coverage));
    l.heading(tr("Timings"), 2);
    l.keyValues(a.timings.isEmpty() ? QVector<QPair<QString, QString>>{{tr("Timings"), tr("(not recorded)")}}
                                    : flatten(a.timings));
    l.heading(tr("Warnings"), 2);
    QStringList warnings = m_ctx.decodeWarnings;
    if (!m_ctx.framesNote.isEmpty())
        warnings.prepend(m_ctx.framesNote);
    if (a.status != cases::AnalysisStatus::Completed)
        warnings.prepend(tr("The analysis is not completed (status %1): its results may be partial.")
                             .arg(cases::analysisStatusLabel(a.status)));
    if (!m_data.modelBundled)
        warnings.prepend(tr("The model is not a bundled Fakeprint model; its identity is its SHA-256 above."));
    if (warnings.isEmpty())
        l.paragraph(tr("None."), l.font(9));
    for (const QString &w : warnings)
        l.paragraph(QStringLiteral("\u2022 ") + w, l.font(8.5), Qt::black, l.mm(2));
}

void ReportComposer::auditSection()
{
    PdfLayout &l = *m_layout;
    l.newPage();
    l.heading(tr("6. Audit trail"), 1);
    const cases::AuditVerification &v = m_data.auditCheck;
    if (v.ok)
        l.paragraph(tr("VERIFIED: the hash chain of all %1 audit entries of the case database holds.")
                        .arg(integer(v.entryCount)),
                    l.font(9.5, true), QColor(0x10, 0x70, 0x20));
    else
        l.paragraph(tr("BROKEN: the audit chain fails at entry %1: %2").arg(integer(v.firstBadSeq), v.problem),
                    l.font(9.5, true), QColor(0xb0, 0x10, 0x10));
    l.keyValues({{tr("Head hash"), v.headHash.isEmpty() ? tr("(empty log)") : v.headHash},
                 {tr("Entries of this case"), integer(m_data.audit.size())}});
    l.paragraph(
        tr("Each entry's hash covers its fields and the previous entry's hash; check the chain at any time with "
           "\"fakeprint-cli audit verify --db %1\". Hashes are shortened to 16 hex digits below.")
            .arg(m_data.databasePath),
        l.font(8), QColor(0x40, 0x40, 0x40));
    QVector<QStringList> rows;
    for (const cases::AuditEntry &e : m_data.audit)
        rows << QStringList{integer(e.seq), dateTime(e.timestampUtc), e.actor, e.action, e.entity, shortHash(e.hash)};
    l.table({{tr("Seq"), 0.6},
             {tr("Time"), 1.8},
             {tr("Actor"), 1.1},
             {tr("Action"), 1.7},
             {tr("Entity"), 1.2},
             {tr("Hash"), 1.6}},
            rows, 7.5);
}

} // namespace fp::report
