#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace fp::cases {

// Small helpers shared by the stores: every statement is prepared, every failure becomes an fp::Error that
// names the database file and what was being done. SQLITE_FULL becomes Error::Code::DiskFull.
// Functions here use the connection they are given and so follow its thread (the thread that opened it).

// Maps a Qt SQL error to an fp::Error. `what` says what was being done ("adding evidence").
Error sqlError(const QSqlError &error, const QString &dbPath, const QString &what);

// Prepares sql on db; the error names dbPath and the failing statement's purpose.
Result<QSqlQuery> prepare(const QSqlDatabase &db, const QString &dbPath, const QString &sql, const QString &what);

// Executes a prepared query; a failure becomes an Error as above.
Status exec(QSqlQuery &query, const QString &dbPath, const QString &what);

// Prepares, binds params in order and executes: the common case in one call.
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &dbPath, const QString &sql, const QString &what,
                      std::initializer_list<QVariant> params = {});

// A null QString binds as SQL NULL in Qt; text columns want ''. Use nullIfEmpty() where NULL is meant.
QVariant bindable(const QVariant &value);

// NULL for "absent" ids and indexes (negative values), else the value.
QVariant nullIfNegative(qint64 value);
QVariant nullIfEmpty(const QString &value);

// Runs one SQL statement with no parameters (pragmas, DDL).
Status execRaw(const QSqlDatabase &db, const QString &dbPath, const QString &sql, const QString &what);

// A write transaction started with BEGIN IMMEDIATE (takes the write lock up front, so a busy database waits for
// busy_timeout instead of failing half-way). Rolls back unless commit() succeeded.
class WriteTransaction {
public:
    WriteTransaction(QSqlDatabase db, QString dbPath);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Status begin();
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    QString m_dbPath;
    bool m_open = false;
};

// Current time as ISO 8601 UTC with milliseconds ("2024-05-01T10:00:00.123Z"), the one format stored.
QString nowUtc();

} // namespace fp::cases
