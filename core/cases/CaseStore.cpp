#include "core/cases/CaseStore.h"

#include "core/cases/AuditLog.h"
#include "core/cases/SqlSupport.h"
#include "core/common/Sha256.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace fp::cases {

namespace {

QJsonObject jsonObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

const char kCaseColumns[] = "SELECT c.id, c.uuid, c.name, c.description, c.analyst, c.created_at, "
                            "(SELECT count(*) FROM case_evidence ce WHERE ce.case_id = c.id), "
                            "(SELECT count(*) FROM analyses a WHERE a.case_id = c.id) FROM cases c ";

CaseInfo readCase(const QSqlQuery &q)
{
    CaseInfo info;
    info.id = q.value(0).toLongLong();
    info.uuid = q.value(1).toString();
    info.name = q.value(2).toString();
    info.description = q.value(3).toString();
    info.analyst = q.value(4).toString();
    info.createdAtUtc = q.value(5).toString();
    info.evidenceCount = q.value(6).toInt();
    info.analysisCount = q.value(7).toInt();
    return info;
}

const char kEvidenceColumns[] = "SELECT e.id, e.sha256, e.md5, e.path, e.file_name, e.size_bytes, e.mtime, "
                                "e.media_info, e.added_at FROM evidence e ";

EvidenceInfo readEvidence(const QSqlQuery &q)
{
    EvidenceInfo info;
    info.id = q.value(0).toLongLong();
    info.sha256 = q.value(1).toString();
    info.md5 = q.value(2).toString();
    info.path = q.value(3).toString();
    info.fileName = q.value(4).toString();
    info.sizeBytes = q.value(5).toLongLong();
    info.mtimeUtc = q.value(6).toString();
    info.mediaInfo = jsonObject(q.value(7));
    info.addedAtUtc = q.value(8).toString();
    return info;
}

const char kAnalysisColumns[] =
    "SELECT id, case_id, evidence_id, app_version, model_name, model_version, model_sha256, model_card, detector, "
    "settings, status, progress_frame, frame_count, started_at, finished_at, timings, error FROM analyses ";

AnalysisInfo readAnalysis(const QSqlQuery &q)
{
    AnalysisInfo info;
    info.id = q.value(0).toLongLong();
    info.caseId = q.value(1).toLongLong();
    info.evidenceId = q.value(2).toLongLong();
    info.appVersion = q.value(3).toString();
    info.model.name = q.value(4).toString();
    info.model.version = q.value(5).toString();
    info.model.sha256 = q.value(6).toString();
    info.model.card = jsonObject(q.value(7));
    info.detector = q.value(8).toString();
    info.settings = jsonObject(q.value(9));
    parseAnalysisStatus(q.value(10).toString(), &info.status);
    info.progressFrame = q.value(11).toLongLong();
    info.frameCount = q.value(12).isNull() ? -1 : q.value(12).toLongLong();
    info.startedAtUtc = q.value(13).toString();
    info.finishedAtUtc = q.value(14).toString();
    info.timings = jsonObject(q.value(15));
    info.error = q.value(16).toString();
    return info;
}

} // namespace

Result<CaseInfo> CaseStore::createCase(const QString &name, const QString &analyst, const QString &description)
{
    if (auto st = m_db.checkWritable(); !st)
        return st.error();
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return makeError(Error::Code::InvalidArgument, QCoreApplication::translate("fp::cases", "A case needs a name"));
    const QSqlDatabase db = m_db.connection();
    const QString &path = m_db.path();
    const QString what = QCoreApplication::translate("fp::cases", "creating case '%1'").arg(trimmed);
    WriteTransaction transaction(db, path);
    if (auto st = transaction.begin(); !st)
        return st.error();
    auto existing = run(db, path, QStringLiteral("SELECT id FROM cases WHERE name = ?"), what, {trimmed});
    if (!existing)
        return existing.error();
    if (existing->next())
        return makeError(Error::Code::InvalidArgument,
                         QCoreApplication::translate("fp::cases", "A case named '%1' already exists in %2 (id %3)")
                             .arg(trimmed, path)
                             .arg(existing->value(0).toLongLong()));
    existing->finish();
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString who = analyst.isEmpty() ? m_db.actor() : analyst;
    auto insert = run(db, path,
                      QStringLiteral("INSERT INTO cases(uuid, name, description, analyst, created_at) "
                                     "VALUES (?, ?, ?, ?, ?)"),
                      what, {uuid, trimmed, description, who, nowUtc()});
    if (!insert)
        return insert.error();
    const qint64 caseId = insert->lastInsertId().toLongLong();
    auto entry =
        AuditLog::append(db, path, m_db.actor(), QStringLiteral("case.created"), QStringLiteral("case:%1").arg(caseId),
                         QJsonObject{{QStringLiteral("case_id"), caseId},
                                     {QStringLiteral("uuid"), uuid},
                                     {QStringLiteral("name"), trimmed},
                                     {QStringLiteral("analyst"), who}});
    if (!entry)
        return entry.error();
    if (auto st = transaction.commit(); !st)
        return st.error();
    return caseById(caseId);
}

Result<QVector<CaseInfo>> CaseStore::listCases() const
{
    if (auto st = m_db.checkThread(); !st)
        return st.error();
    auto q = run(m_db.connection(), m_db.path(), QString::fromLatin1(kCaseColumns) + QStringLiteral("ORDER BY c.id"),
                 QCoreApplication::translate("fp::cases", "listing cases"));
    if (!q)
        return q.error();
    QVector<CaseInfo> list;
    while (q->next())
        list.append(readCase(*q));
    return list;
}

Result<CaseInfo> CaseStore::caseById(qint64 caseId) const
{
    if (auto st = m_db.checkThread(); !st)
        return st.error();
    auto q = run(m_db.connection(), m_db.path(), QString::fromLatin1(kCaseColumns) + QStringLiteral("WHERE c.id = ?"),
                 QCoreApplication::translate("fp::cases", "reading case %1").arg(caseId), {caseId});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(
            Error::Code::NotFound,
            QCoreApplication::translate("fp::cases", "No case with id %1 in %2").arg(caseId).arg(m_db.path()));
    return readCase(*q);
}

Result<CaseInfo> CaseStore::findCase(const QString &nameOrId) const
{
    if (auto st = m_db.checkThread(); !st)
        return st.error();
    auto q = run(m_db.connection(), m_db.path(), QString::fromLatin1(kCaseColumns) + QStringLiteral("WHERE c.name = ?"),
                 QCoreApplication::translate("fp::cases", "looking up case '%1'").arg(nameOrId), {nameOrId.trimmed()});
    if (!q)
        return q.error();
    if (q->next())
        return readCase(*q);
    bool isNumber = false;
    const qint64 id = nameOrId.toLongLong(&isNumber);
    if (isNumber)
        return caseById(id);
    return makeError(Error::Code::NotFound,
                     QCoreApplication::translate("fp::cases", "No case named '%1' in %2").arg(nameOrId, m_db.path()));
}

Result<CaseStore::AddedEvidence> CaseStore::addEvidence(qint64 caseId, const QString &filePath,
                                                        const QJsonObject &mediaInfo,
                                                        const std::function<void(qint64, qint64)> &progress,
                                                        const std::atomic_bool *cancel)
{
    if (auto st = m_db.checkWritable(); !st)
        return st.error();
    const QFileInfo file(filePath);
    if (file.exists() && !file.isFile())
        return makeError(Error::Code::InvalidArgument,
                         QCoreApplication::translate("fp::cases", "%1 is not a regular file").arg(filePath));
    auto caseInfo = caseById(caseId);
    if (!caseInfo)
        return caseInfo.error();
    auto digests = hashFile(filePath, true, progress, cancel);
    if (!digests)
        return digests.error();

    const QSqlDatabase db = m_db.connection();
    const QString &path = m_db.path();
    const QString what =
        QCoreApplication::translate("fp::cases", "adding evidence %1 to case '%2'").arg(filePath, caseInfo->name);
    WriteTransaction transaction(db, path);
    if (auto st = transaction.begin(); !st)
        return st.error();
    auto found = run(db, path, QString::fromLatin1(kEvidenceColumns) + QStringLiteral("WHERE e.sha256 = ?"), what,
                     {digests->sha256});
    if (!found)
        return found.error();
    AddedEvidence added;
    bool newRecord = false;
    if (found->next()) {
        added.evidence = readEvidence(*found);
        found->finish();
        auto linked = run(db, path, QStringLiteral("SELECT 1 FROM case_evidence WHERE case_id = ? AND evidence_id = ?"),
                          what, {caseId, added.evidence.id});
        if (!linked)
            return linked.error();
        if (linked->next()) {
            added.alreadyInCase = true;
            return added; // nothing changed; the transaction rolls back
        }
    } else {
        found->finish();
        newRecord = true;
        const QString mtime = file.lastModified().toUTC().toString(Qt::ISODateWithMs);
        auto insert = run(db, path,
                          QStringLiteral("INSERT INTO evidence(sha256, md5, path, file_name, size_bytes, mtime, "
                                         "media_info, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                          what,
                          {digests->sha256, digests->md5, file.absoluteFilePath(), file.fileName(), digests->sizeBytes,
                           mtime, jsonText(mediaInfo), nowUtc()});
        if (!insert)
            return insert.error();
        const qint64 evidenceId = insert->lastInsertId().toLongLong();
        insert->finish();
        auto reread =
            run(db, path, QString::fromLatin1(kEvidenceColumns) + QStringLiteral("WHERE e.id = ?"), what, {evidenceId});
        if (!reread)
            return reread.error();
        reread->next();
        added.evidence = readEvidence(*reread);
    }
    auto link = run(db, path,
                    QStringLiteral("INSERT INTO case_evidence(case_id, evidence_id, added_at, added_by) "
                                   "VALUES (?, ?, ?, ?)"),
                    what, {caseId, added.evidence.id, nowUtc(), m_db.actor()});
    if (!link)
        return link.error();
    auto entry = AuditLog::append(db, path, m_db.actor(), QStringLiteral("evidence.added"),
                                  QStringLiteral("evidence:%1").arg(added.evidence.id),
                                  QJsonObject{{QStringLiteral("case_id"), caseId},
                                              {QStringLiteral("evidence_id"), added.evidence.id},
                                              {QStringLiteral("sha256"), digests->sha256},
                                              {QStringLiteral("md5"), digests->md5},
                                              {QStringLiteral("size_bytes"), digests->sizeBytes},
                                              {QStringLiteral("path"), file.absoluteFilePath()},
                                              {QStringLiteral("new_record"), newRecord}});
    if (!entry)
        return entry.error();
    if (auto st = transaction.commit(); !st)
        return st.error();
    return added;
}

Status CaseStore::setMediaInfo(qint64 evidenceId, const QJsonObject &mediaInfo)
{
    if (auto st = m_db.checkWritable(); !st)
        return st;
    const QSqlDatabase db = m_db.connection();
    const QString &path = m_db.path();
    const QString what =
        QCoreApplication::translate("fp::cases", "recording media info of evidence %1").arg(evidenceId);
    auto cases = casesOfEvidence(evidenceId);
    if (!cases)
        return cases.error();
    WriteTransaction transaction(db, path);
    if (auto st = transaction.begin(); !st)
        return st;
    auto update = run(db, path, QStringLiteral("UPDATE evidence SET media_info = ? WHERE id = ?"), what,
                      {jsonText(mediaInfo), evidenceId});
    if (!update)
        return update.error();
    if (update->numRowsAffected() != 1)
        return makeError(
            Error::Code::NotFound,
            QCoreApplication::translate("fp::cases", "No evidence with id %1 in %2").arg(evidenceId).arg(path));
    QJsonArray caseIds;
    for (qint64 id : *cases)
        caseIds.append(id);
    auto entry = AuditLog::append(
        db, path, m_db.actor(), QStringLiteral("evidence.media_info"), QStringLiteral("evidence:%1").arg(evidenceId),
        QJsonObject{{QStringLiteral("case_ids"), caseIds},
                    {QStringLiteral("evidence_id"), evidenceId},
                    {QStringLiteral("media_info_sha256"), sha256Hex(jsonText(mediaInfo).toUtf8())}});
    if (!entry)
        return entry.error();
    return transaction.commit();
}

Result<EvidenceInfo> CaseStore::evidenceById(qint64 evidenceId) const
{
    if (auto st = m_db.checkThread(); !st)
        return st.error();
    auto q =
        run(m_db.connection(), m_db.path(), QString::fromLatin1(kEvidenceColumns) + QStringLiteral("WHERE e.id = ?"),
            QCoreApplication::translate("fp::cases", "reading evidence %1").arg(evidenceId), {evidenceId});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(
            Error::Code::NotFound,
            QCoreApplication::translate("fp::cases", "No evidence with id %1 in %2").arg(evidenceId).arg(m_db.path()));
    return readEvidence(*q);
}

Result<QVector<EvidenceInfo>> CaseStore::evidenceOfCase(qint64 caseId) const
{
    if (auto st = m_db.checkThread(); !st)
        return st.error();
    auto q =
        run(m_db.connection(), m_db.path(),
            QString::fromLatin1(kEvidenceColumns) +
                QStringLiteral("JOIN case_evidence ce ON ce.evidence_id = e.id WHERE ce.case_id = ? ORDER BY e.id"),
            QCoreApplication::translate("fp::cases", "listing the evidence of case %1").arg(caseId), {caseId});
    if (!q)
        return q.error();
    QVector<EvidenceInfo> list;
    while (q->next())
        list.append(readEvidence(*q));
    return list;
}

Result<QVector<qint64>> CaseStore::casesOfEvidence(qint64 evidenceId) const
{
    auto q =
        run(m_db.connection(), m_db.path(),
            QStringLiteral("SELECT case_id FROM case_evidence WHERE evidence_id = ? ORDER BY case_id"),
            QCoreApplication::translate("fp::cases", "listing the cases of evidence %1").arg(evidenceId), {evidenceId});
    if (!q)
        return q.error();
    QVector<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

Result<EvidenceVerification> CaseStore::verifyEvidence(qint64 evidenceId,
                                                       const std::function<void(qint64, qint64)> &progress,
                                                       const std::atomic_bool *cancel)
{
    if (auto st = m_db.checkWritable(); !st)
        return st.error();
    auto evidence = evidenceById(evidenceId);
    if (!evidence)
        return evidence.error();
    auto cases = casesOfEvidence(evidenceId);
    if (!cases)
        return cases.error();
    EvidenceVerification result;
    result.evidenceId = evidenceId;
    result.path = evidence->path;
    result.expectedSha256 = evidence->sha256;
    result.expectedSize = evidence->sizeBytes;
    const QFileInfo file(evidence->path);
    if (!file.exists() || !file.isFile()) {
        result.check = EvidenceCheck::Missing;
        result.detail = QCoreApplication::translate("fp::cases", "Evidence file %1 is missing").arg(evidence->path);
    } else {
        auto digests = hashFile(evidence->path, false, progress, cancel);
        if (!digests) {
            if (digests.error().code == Error::Code::Cancelled)
                return digests.error();
            result.check = EvidenceCheck::Missing;
            result.detail = QCoreApplication::translate("fp::cases", "Evidence file %1 cannot be read: %2")
                                .arg(evidence->path, digests.error().message);
        } else {
            result.actualSha256 = digests->sha256;
            result.actualSize = digests->sizeBytes;
            if (digests->sha256 == evidence->sha256 && digests->sizeBytes == evidence->sizeBytes) {
                result.check = EvidenceCheck::Match;
                result.detail =
                    QCoreApplication::translate("fp::cases", "Evidence file %1 matches its registered SHA-256")
                        .arg(evidence->path);
            } else {
                result.check = EvidenceCheck::Mismatch;
                result.detail =
                    QCoreApplication::translate(
                        "fp::cases", "Evidence file %1 has changed: SHA-256 %2 (%3 bytes), registered %4 (%5 bytes)")
                        .arg(evidence->path, digests->sha256)
                        .arg(digests->sizeBytes)
                        .arg(evidence->sha256)
                        .arg(evidence->sizeBytes);
            }
        }
    }
    const QSqlDatabase db = m_db.connection();
    WriteTransaction transaction(db, m_db.path());
    if (auto st = transaction.begin(); !st)
        return st.error();
    QJsonArray caseIds;
    for (qint64 id : *cases)
        caseIds.append(id);
    const char *outcome = result.check == EvidenceCheck::Match      ? "match"
                          : result.check == EvidenceCheck::Mismatch ? "mismatch"
                                                                    : "missing";
    auto entry = AuditLog::append(db, m_db.path(), m_db.actor(), QStringLiteral("evidence.verified"),
                                  QStringLiteral("evidence:%1").arg(evidenceId),
                                  QJsonObject{{QStringLiteral("case_ids"), caseIds},
                                              {QStringLiteral("evidence_id"), evidenceId},
                                              {QStringLiteral("result"), QString::fromLatin1(outcome)},
                                              {QStringLiteral("actual_sha256"), result.actualSha256},
                                              {QStringLiteral("path"), evidence->path}});
    if (!entry)
        return entry.error();
    if (auto st = transaction.commit(); !st)
        return st.error();
    return result;
}

Result<QVector<AnalysisInfo>> CaseStore::analysesOfCase(qint64 caseId) const
{
    if (auto st = m_db.checkThread(); !st)
        return st.error();
    auto q = run(m_db.connection(), m_db.path(),
                 QString::fromLatin1(kAnalysisColumns) + QStringLiteral("WHERE case_id = ? ORDER BY id"),
                 QCoreApplication::translate("fp::cases", "listing the analyses of case %1").arg(caseId), {caseId});
    if (!q)
        return q.error();
    QVector<AnalysisInfo> list;
    while (q->next())
        list.append(readAnalysis(*q));
    return list;
}

Result<AnalysisInfo> CaseStore::analysisById(qint64 analysisId) const
{
    if (auto st = m_db.checkThread(); !st)
        return st.error();
    auto q = run(m_db.connection(), m_db.path(), QString::fromLatin1(kAnalysisColumns) + QStringLiteral("WHERE id = ?"),
                 QCoreApplication::translate("fp::cases", "reading analysis %1").arg(analysisId), {analysisId});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(
            Error::Code::NotFound,
            QCoreApplication::translate("fp::cases", "No analysis with id %1 in %2").arg(analysisId).arg(m_db.path()));
    return readAnalysis(*q);
}

} // namespace fp::cases
