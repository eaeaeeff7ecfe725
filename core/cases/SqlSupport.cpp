#include "core/cases/SqlSupport.h"

#include <QCoreApplication>
#include <QDateTime>

namespace fp::cases {

namespace {

// SQLite primary result codes (sqlite3.h); Qt's driver reports them as nativeErrorCode().
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteConstraint = 19;
constexpr int kSqliteNotADb = 26;

} // namespace

Error sqlError(const QSqlError &error, const QString &dbPath, const QString &what)
{
    bool isNumber = false;
    const int native =
        error.nativeErrorCode().toInt(&isNumber) & 0xff; // extended codes keep the primary in the low byte
    const QString detail = error.text().trimmed();
    Error::Code code = Error::Code::Database;
    QString message;
    if (isNumber && native == kSqliteFull) {
        code = Error::Code::DiskFull;
        message = QCoreApplication::translate(
                      "fp::cases",
                      "Case database %1 is full (no space left on the disk or the size limit reached) while %2; free "
                      "some space and retry: %3")
                      .arg(dbPath, what, detail);
    } else if (isNumber && (native == kSqliteCorrupt || native == kSqliteNotADb)) {
        code = Error::Code::CorruptData;
        message = QCoreApplication::translate("fp::cases",
                                              "Case database %1 is damaged or not a case database (while %2): %3")
                      .arg(dbPath, what, detail);
    } else if (isNumber && native == kSqliteReadOnly) {
        code = Error::Code::PermissionDenied;
        message = QCoreApplication::translate("fp::cases", "Case database %1 is read-only (while %2): %3")
                      .arg(dbPath, what, detail);
    } else if (isNumber && native == kSqliteCantOpen) {
        code = Error::Code::IoError;
        message = QCoreApplication::translate("fp::cases", "Cannot open case database %1 (while %2): %3")
                      .arg(dbPath, what, detail);
    } else if (isNumber && native == kSqliteIoErr) {
        code = Error::Code::IoError;
        message = QCoreApplication::translate("fp::cases", "Disk I/O error on case database %1 while %2: %3")
                      .arg(dbPath, what, detail);
    } else if (isNumber && (native == kSqliteBusy || native == kSqliteLocked)) {
        code = Error::Code::Timeout;
        message = QCoreApplication::translate(
                      "fp::cases", "Case database %1 stayed locked by another program while %2; retry later: %3")
                      .arg(dbPath, what, detail);
    } else if (isNumber && native == kSqliteConstraint) {
        code = Error::Code::InvalidArgument;
        message =
            QCoreApplication::translate("fp::cases", "Case database %1 refused the change while %2 (constraint): %3")
                .arg(dbPath, what, detail);
    } else {
        message =
            QCoreApplication::translate("fp::cases", "Case database %1: error while %2: %3").arg(dbPath, what, detail);
    }
    return makeError(code, message);
}

Result<QSqlQuery> prepare(const QSqlDatabase &db, const QString &dbPath, const QString &sql, const QString &what)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(query.lastError(), dbPath, what);
    return query;
}

Status exec(QSqlQuery &query, const QString &dbPath, const QString &what)
{
    if (!query.exec())
        return sqlError(query.lastError(), dbPath, what);
    return Ok{};
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &dbPath, const QString &sql, const QString &what,
                      std::initializer_list<QVariant> params)
{
    auto query = prepare(db, dbPath, sql, what);
    if (!query)
        return query;
    for (const QVariant &value : params)
        query->addBindValue(bindable(value));
    if (auto st = exec(*query, dbPath, what); !st)
        return st.error();
    return query;
}

QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    return value;
}

QVariant nullIfNegative(qint64 value)
{
    return value < 0 ? QVariant() : QVariant(value);
}

QVariant nullIfEmpty(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

Status execRaw(const QSqlDatabase &db, const QString &dbPath, const QString &sql, const QString &what)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return sqlError(query.lastError(), dbPath, what);
    return Ok{};
}

WriteTransaction::WriteTransaction(QSqlDatabase db, QString dbPath) : m_db(std::move(db)), m_dbPath(std::move(dbPath))
{
}

WriteTransaction::~WriteTransaction()
{
    if (m_open)
        rollback();
}

Status WriteTransaction::begin()
{
    auto status = execRaw(m_db, m_dbPath, QStringLiteral("BEGIN IMMEDIATE"),
                          QCoreApplication::translate("fp::cases", "starting a write transaction"));
    if (status)
        m_open = true;
    return status;
}

Status WriteTransaction::commit()
{
    auto status = execRaw(m_db, m_dbPath, QStringLiteral("COMMIT"),
                          QCoreApplication::translate("fp::cases", "committing a transaction"));
    if (status)
        m_open = false;
    // A failed COMMIT (SQLITE_FULL, SQLITE_BUSY) leaves the transaction open; the destructor rolls it back.
    return status;
}

void WriteTransaction::rollback()
{
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
    m_open = false;
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace fp::cases
