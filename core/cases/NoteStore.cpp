#include "core/cases/NoteStore.h"

#include "core/cases/AuditLog.h"
#include "core/cases/SqlSupport.h"
#include "core/common/Sha256.h"

#include <QCoreApplication>

namespace fp::cases {

namespace {

const char kNoteColumns[] = "SELECT id, case_id, evidence_id, analysis_id, track_id, frame_index, kind, text, status, "
                            "author, created_at, updated_at FROM notes ";

qint64 idOrMinusOne(const QVariant &value)
{
    return value.isNull() ? -1 : value.toLongLong();
}

NoteRecord readNote(const QSqlQuery &q)
{
    NoteRecord note;
    note.id = q.value(0).toLongLong();
    note.caseId = q.value(1).toLongLong();
    note.evidenceId = idOrMinusOne(q.value(2));
    note.analysisId = idOrMinusOne(q.value(3));
    note.trackId = idOrMinusOne(q.value(4));
    note.frameIndex = idOrMinusOne(q.value(5));
    note.kind = q.value(6).toString() == QLatin1String("bookmark") ? NoteKind::Bookmark : NoteKind::Note;
    note.text = q.value(7).toString();
    parseNoteStatus(q.value(8).toString(), &note.status);
    note.author = q.value(9).toString();
    note.createdAtUtc = q.value(10).toString();
    note.updatedAtUtc = q.value(11).toString();
    return note;
}

QJsonObject noteDetails(const NoteRecord &note)
{
    return QJsonObject{
        {QStringLiteral("case_id"), note.caseId},
        {QStringLiteral("note_id"), note.id},
        {QStringLiteral("kind"), note.kind == NoteKind::Bookmark ? QStringLiteral("bookmark") : QStringLiteral("note")},
        {QStringLiteral("status"), noteStatusName(note.status)},
        {QStringLiteral("evidence_id"), note.evidenceId},
        {QStringLiteral("analysis_id"), note.analysisId},
        {QStringLiteral("track_id"), note.trackId},
        {QStringLiteral("frame_index"), note.frameIndex},
        {QStringLiteral("text_sha256"), sha256Hex(note.text.toUtf8())}};
}

} // namespace

Result<NoteRecord> NoteStore::add(const NoteRecord &note)
{
    if (auto st = m_db.checkWritable(); !st)
        return st.error();
    if (note.text.trimmed().isEmpty())
        return makeError(Error::Code::InvalidArgument,
                         QCoreApplication::translate("fp::cases", "A note or bookmark needs a text"));
    const QSqlDatabase db = m_db.connection();
    const QString &path = m_db.path();
    const QString what = QCoreApplication::translate("fp::cases", "adding a note to case %1").arg(note.caseId);
    WriteTransaction transaction(db, path);
    if (auto st = transaction.begin(); !st)
        return st.error();
    const QString now = nowUtc();
    auto insert =
        run(db, path,
            QStringLiteral("INSERT INTO notes(case_id, evidence_id, analysis_id, track_id, frame_index, kind, "
                           "text, status, author, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            what,
            {note.caseId, nullIfNegative(note.evidenceId), nullIfNegative(note.analysisId),
             nullIfNegative(note.trackId), nullIfNegative(note.frameIndex),
             note.kind == NoteKind::Bookmark ? QStringLiteral("bookmark") : QStringLiteral("note"), note.text,
             noteStatusName(note.status), note.author.isEmpty() ? m_db.actor() : note.author, now, now});
    if (!insert)
        return insert.error();
    const qint64 noteId = insert->lastInsertId().toLongLong();
    insert->finish();
    auto stored = get(noteId);
    if (!stored)
        return stored.error();
    auto entry = AuditLog::append(db, path, m_db.actor(), QStringLiteral("note.added"),
                                  QStringLiteral("note:%1").arg(noteId), noteDetails(*stored));
    if (!entry)
        return entry.error();
    if (auto st = transaction.commit(); !st)
        return st.error();
    return stored;
}

Result<NoteRecord> NoteStore::update(qint64 noteId, const QString &text, NoteStatus status)
{
    if (auto st = m_db.checkWritable(); !st)
        return st.error();
    if (text.trimmed().isEmpty())
        return makeError(Error::Code::InvalidArgument,
                         QCoreApplication::translate("fp::cases", "A note or bookmark needs a text"));
    const QSqlDatabase db = m_db.connection();
    const QString &path = m_db.path();
    const QString what = QCoreApplication::translate("fp::cases", "updating note %1").arg(noteId);
    WriteTransaction transaction(db, path);
    if (auto st = transaction.begin(); !st)
        return st.error();
    auto q = run(db, path, QStringLiteral("UPDATE notes SET text = ?, status = ?, updated_at = ? WHERE id = ?"), what,
                 {text, noteStatusName(status), nowUtc(), noteId});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return makeError(Error::Code::NotFound,
                         QCoreApplication::translate("fp::cases", "No note with id %1 in %2").arg(noteId).arg(path));
    q->finish();
    auto stored = get(noteId);
    if (!stored)
        return stored.error();
    auto entry = AuditLog::append(db, path, m_db.actor(), QStringLiteral("note.updated"),
                                  QStringLiteral("note:%1").arg(noteId), noteDetails(*stored));
    if (!entry)
        return entry.error();
    if (auto st = transaction.commit(); !st)
        return st.error();
    return stored;
}

Status NoteStore::remove(qint64 noteId)
{
    if (auto st = m_db.checkWritable(); !st)
        return st;
    auto note = get(noteId);
    if (!note)
        return note.error();
    const QSqlDatabase db = m_db.connection();
    const QString &path = m_db.path();
    const QString what = QCoreApplication::translate("fp::cases", "removing note %1").arg(noteId);
    WriteTransaction transaction(db, path);
    if (auto st = transaction.begin(); !st)
        return st;
    auto q = run(db, path, QStringLiteral("DELETE FROM notes WHERE id = ?"), what, {noteId});
    if (!q)
        return q.error();
    auto entry = AuditLog::append(db, path, m_db.actor(), QStringLiteral("note.removed"),
                                  QStringLiteral("note:%1").arg(noteId), noteDetails(*note));
    if (!entry)
        return entry.error();
    return transaction.commit();
}

Result<NoteRecord> NoteStore::get(qint64 noteId) const
{
    if (auto st = m_db.checkThread(); !st)
        return st.error();
    auto q = run(m_db.connection(), m_db.path(), QString::fromLatin1(kNoteColumns) + QStringLiteral("WHERE id = ?"),
                 QCoreApplication::translate("fp::cases", "reading note %1").arg(noteId), {noteId});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(
            Error::Code::NotFound,
            QCoreApplication::translate("fp::cases", "No note with id %1 in %2").arg(noteId).arg(m_db.path()));
    return readNote(*q);
}

Result<QVector<NoteRecord>> NoteStore::list(qint64 caseId, qint64 analysisId) const
{
    if (auto st = m_db.checkThread(); !st)
        return st.error();
    auto q = analysisId >= 0
                 ? run(m_db.connection(), m_db.path(),
                       QString::fromLatin1(kNoteColumns) +
                           QStringLiteral("WHERE case_id = ? AND analysis_id = ? ORDER BY frame_index, id"),
                       QCoreApplication::translate("fp::cases", "listing the notes of case %1").arg(caseId),
                       {caseId, analysisId})
                 : run(m_db.connection(), m_db.path(),
                       QString::fromLatin1(kNoteColumns) + QStringLiteral("WHERE case_id = ? ORDER BY id"),
                       QCoreApplication::translate("fp::cases", "listing the notes of case %1").arg(caseId), {caseId});
    if (!q)
        return q.error();
    QVector<NoteRecord> notes;
    while (q->next())
        notes.append(readNote(*q));
    return notes;
}

} // namespace fp::cases
