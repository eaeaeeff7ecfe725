#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QThread>
#include <QVector>

#include <memory>

namespace fp::cases {

// One connection to a case database file.
//
// Thread rules: a CaseDatabase is ONE QSqlDatabase connection (with a unique connection name) and belongs to the
// thread that opened it; open, use and destroy it on that thread. Another thread (the analysis writer, a
// report job) opens its own CaseDatabase on the same path. SQLite in WAL mode lets readers run while one writer
// commits; writers take the lock with BEGIN IMMEDIATE and wait up to the busy timeout.
//
// Opening: creates the file when allowed, sets foreign_keys=ON, journal_mode=WAL, synchronous=FULL, a 5 s busy
// timeout, migrates an older schema (one transaction) and marks analyses left 'running' by a process that died
// as 'interrupted' (a live writer holds a lock file beside the database; see analysisLockPath()).
//
// Why synchronous=FULL: WAL with NORMAL survives a killed process but may lose the last commits on power loss;
// with FULL a commit is on disk when it returns, so an audit entry or evidence record reported as written stays
// written. The writer commits batches (about one per second of video), so the extra fsync costs little.
class CaseDatabase {
public:
    struct Options {
        bool create = true;    // create the file when missing (otherwise NotFound)
        bool readOnly = false; // no migration, no interrupted-marking, no writes (audit verify, inspection)
        QString actor;         // who appears in audit entries written by this connection
        int busyTimeoutMs = 5000;
    };

    static Result<std::unique_ptr<CaseDatabase>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<CaseDatabase>> open(const QString &path) { return open(path, Options{}); }
    ~CaseDatabase();
    CaseDatabase(const CaseDatabase &) = delete;
    CaseDatabase &operator=(const CaseDatabase &) = delete;

    QSqlDatabase connection() const { return m_db; }
    const QString &path() const { return m_path; }
    const QString &connectionName() const { return m_connectionName; }
    int schemaVersion() const { return m_schemaVersion; }
    bool readOnly() const { return m_readOnly; }
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }
    // Analyses this open found 'running' without a live writer and marked 'interrupted'.
    const QVector<qint64> &interruptedAtOpen() const { return m_interruptedAtOpen; }

    // An error when called from another thread than the one that opened this connection.
    Status checkThread() const;
    // A PermissionDenied error when opened read-only, else checkThread().
    Status checkWritable() const;

    // The lock file an AnalysisWriter holds while its analysis is 'running' (QLockFile, stale when its process died).
    static QString analysisLockPath(const QString &dbPath, qint64 analysisId);
    // The actor used when none is given: $FAKEPRINT_ANALYST, else the login name, else "fakeprint".
    static QString defaultActor();

private:
    CaseDatabase() = default;
    Status markInterruptedAnalyses();

    QSqlDatabase m_db;
    QString m_path;
    QString m_connectionName;
    QString m_actor;
    QThread *m_thread = nullptr;
    int m_schemaVersion = 0;
    bool m_readOnly = false;
    QVector<qint64> m_interruptedAtOpen;
};

} // namespace fp::cases
