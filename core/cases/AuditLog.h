#pragma once

#include "core/common/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace fp::cases {

struct AuditEntry {
    qint64 seq = 0;       // 1, 2, 3, ... without gaps
    QString timestampUtc; // ISO 8601 UTC with milliseconds
    QString actor;        // analyst or "fakeprint" for automatic entries
    QString action;       // "case.created", "evidence.added", "analysis.started", ...
    QString entity;       // "case:3", "evidence:5", "analysis:7", "note:9", "database"
    QString details;      // compact JSON object, hashed exactly as stored
    QString prevHash;     // hash of entry seq-1; 64 zeros for entry 1
    QString hash;         // SHA-256 (hex) over canonical(entry) including prevHash
};

struct AuditVerification {
    bool ok = true;
    qint64 entryCount = 0;
    QString headHash;        // hash of the last entry (empty for an empty log)
    qint64 firstBadSeq = -1; // the first entry that fails, or -1
    QString problem;         // human description of the first failure
};

// The hash-chained audit log. Each entry's hash covers its fields and the previous entry's hash, so an edited,
// removed or reordered row breaks the chain from that row on; the audit_head row (schema v2) records the last
// seq and hash so that rows cut from the end are noticed too. Someone who can rewrite the whole file can also
// recompute the chain: the head hash is therefore printed in reports and bundle manifests as an outside anchor.
// All functions use the given connection and run on its thread; append() must run inside the caller's write
// transaction so that the entry commits or rolls back with the change it records.
class AuditLog {
public:
    static QString genesisHash(); // 64 zeros

    // Length-prefixed serialisation of seq, ts, actor, action, entity, details and prevHash.
    static QByteArray canonical(const AuditEntry &entry);
    static QString computeHash(const AuditEntry &entry);

    static Result<AuditEntry> append(const QSqlDatabase &db, const QString &dbPath, const QString &actor,
                                     const QString &action, const QString &entity, const QJsonObject &details);

    static Result<AuditVerification> verify(const QSqlDatabase &db, const QString &dbPath);

    // Entries in seq order; caseId >= 0 keeps only entries whose details carry that "case_id" (or list
    // it in "case_ids").
    static Result<QVector<AuditEntry>> entries(const QSqlDatabase &db, const QString &dbPath, qint64 caseId = -1);
};

} // namespace fp::cases
