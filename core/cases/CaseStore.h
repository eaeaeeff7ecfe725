#pragma once

#include "core/cases/CaseDatabase.h"
#include "core/cases/CaseTypes.h"
#include "core/common/Result.h"

#include <atomic>
#include <functional>

namespace fp::cases {

// Cases, the evidence registry and read access to analyses. Every mutating call runs in one write transaction
// together with its audit entry (actor = the database's actor). Uses the CaseDatabase it is given, which it does
// not own, and therefore runs on that connection's thread only.
class CaseStore {
public:
    explicit CaseStore(CaseDatabase &db) : m_db(db) {}

    Result<CaseInfo> createCase(const QString &name, const QString &analyst = {}, const QString &description = {});
    Result<QVector<CaseInfo>> listCases() const;
    Result<CaseInfo> caseById(qint64 caseId) const;
    // By exact name first, then, when the text is a number, by id.
    Result<CaseInfo> findCase(const QString &nameOrId) const;

    struct AddedEvidence {
        EvidenceInfo evidence;
        bool alreadyInCase = false; // the same content (SHA-256) was already part of this case: nothing changed
    };
    // Hashes the file (read-only; SHA-256 and MD5), records size and modification time, and links it to the case.
    // Evidence is content-addressed: the same SHA-256 added to a second case reuses the first record (its path
    // is where the file was first registered). Hashing runs before the transaction; progress/cancel as hashFile.
    Result<AddedEvidence> addEvidence(qint64 caseId, const QString &filePath, const QJsonObject &mediaInfo = {},
                                      const std::function<void(qint64, qint64)> &progress = {},
                                      const std::atomic_bool *cancel = nullptr);
    Status setMediaInfo(qint64 evidenceId, const QJsonObject &mediaInfo);
    Result<EvidenceInfo> evidenceById(qint64 evidenceId) const;
    Result<QVector<EvidenceInfo>> evidenceOfCase(qint64 caseId) const;
    Result<QVector<qint64>> casesOfEvidence(qint64 evidenceId) const;

    // Re-hashes the registered file and compares size and SHA-256 (never writes to it). The outcome, including a
    // mismatch or a missing file, is a value, and is recorded in the audit log; errors are database failures only.
    Result<EvidenceVerification> verifyEvidence(qint64 evidenceId,
                                                const std::function<void(qint64, qint64)> &progress = {},
                                                const std::atomic_bool *cancel = nullptr);

    Result<QVector<AnalysisInfo>> analysesOfCase(qint64 caseId) const;
    Result<AnalysisInfo> analysisById(qint64 analysisId) const;

private:
    CaseDatabase &m_db;
};

} // namespace fp::cases
