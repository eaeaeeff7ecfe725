#include "core/cases/CaseDatabase.h"

#include "core/cases/AuditLog.h"
#include "core/cases/Schema.h"
#include "core/cases/SqlSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLockFile>
#include <QLoggingCategory>

#include <atomic>

Q_LOGGING_CATEGORY(lcCases, "fakeprint.cases")

namespace fp::cases {

namespace {

std::atomic<quint64> g_connectionCounter{0};

Result<QString> pragmaValue(const QSqlDatabase &db, const QString &dbPath, const QString &pragma)
{
    QSqlQuery query(db);
    if (!query.exec(pragma))
        return sqlError(query.lastError(), dbPath, QCoreApplication::translate("fp::cases", "setting %1").arg(pragma));
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace

Result<std::unique_ptr<CaseDatabase>> CaseDatabase::open(const QString &path, const Options &options)
{
    if (path.isEmpty())
        return makeError(Error::Code::InvalidArgument,
                         QCoreApplication::translate("fp::cases", "No case database file was given"));
    const QFileInfo info(path);
    if (!info.exists()) {
        if (!options.create || options.readOnly)
            return makeError(Error::Code::NotFound,
                             QCoreApplication::translate("fp::cases", "Case database %1 does not exist").arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return makeError(Error::Code::IoError, QCoreApplication::translate(
                                                       "fp::cases", "Cannot create the folder %1 for the case database")
                                                       .arg(info.absolutePath()));
    } else if (info.isDir()) {
        return makeError(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("fp::cases", "%1 is a folder, not a case database file").arg(path));
    }

    std::unique_ptr<CaseDatabase> self(new CaseDatabase);
    self->m_path = info.absoluteFilePath();
    self->m_readOnly = options.readOnly;
    self->m_actor = options.actor.isEmpty() ? defaultActor() : options.actor;
    self->m_thread = QThread::currentThread();
    self->m_connectionName = QStringLiteral("fakeprint-cases-%1").arg(++g_connectionCounter);
    self->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), self->m_connectionName);
    if (!self->m_db.isValid())
        return makeError(Error::Code::Database,
                         QCoreApplication::translate("fp::cases", "The Qt SQLite driver (QSQLITE) is not available"));
    self->m_db.setDatabaseName(self->m_path);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
    if (options.readOnly)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    self->m_db.setConnectOptions(connectOptions);
    if (!self->m_db.open())
        return sqlError(self->m_db.lastError(), self->m_path,
                        QCoreApplication::translate("fp::cases", "opening the database"));

    const QSqlDatabase &db = self->m_db;
    const QString &dbPath = self->m_path;
    // A file that is not SQLite fails on its first read, not on open.
    auto version = Schema::readVersion(db, dbPath);
    if (!version)
        return version.error();
    if (*version > Schema::kCurrentVersion)
        return makeError(Error::Code::Database,
                         QCoreApplication::translate(
                             "fp::cases",
                             "Case database %1 has schema version %2, newer than this Fakeprint understands (%3); "
                             "update Fakeprint")
                             .arg(dbPath)
                             .arg(*version)
                             .arg(Schema::kCurrentVersion));
    if (auto fk = pragmaValue(db, dbPath, QStringLiteral("PRAGMA foreign_keys = ON")); !fk)
        return fk.error();
    if (!options.readOnly) {
        auto mode = pragmaValue(db, dbPath, QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!mode)
            return mode.error();
        if (mode->compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return makeError(Error::Code::Database,
                             QCoreApplication::translate(
                                 "fp::cases",
                                 "Case database %1 cannot use write-ahead logging (journal mode stayed %2); is it on a "
                                 "network or read-only file system?")
                                 .arg(dbPath, *mode));
        if (auto sync = pragmaValue(db, dbPath, QStringLiteral("PRAGMA synchronous = FULL")); !sync)
            return sync.error();
        if (*version < Schema::kCurrentVersion) {
            if (*version > 0)
                qCInfo(lcCases) << "migrating" << dbPath << "from schema" << *version << "to"
                                << Schema::kCurrentVersion;
            if (auto st = Schema::migrate(db, dbPath, *version, self->m_actor); !st)
                return st.error();
        }
        self->m_schemaVersion = Schema::kCurrentVersion;
        if (auto st = self->markInterruptedAnalyses(); !st)
            return st.error();
    } else {
        if (*version == 0)
            return makeError(Error::Code::Database,
                             QCoreApplication::translate("fp::cases", "%1 is empty, not a case database").arg(dbPath));
        self->m_schemaVersion = *version;
    }
    return self;
}

CaseDatabase::~CaseDatabase()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status CaseDatabase::checkThread() const
{
    if (QThread::currentThread() != m_thread)
        return makeError(Error::Code::Internal,
                         QCoreApplication::translate(
                             "fp::cases", "Case database connection %1 (%2) used from a thread that did not open it")
                             .arg(m_connectionName, m_path));
    return Ok{};
}

Status CaseDatabase::checkWritable() const
{
    if (m_readOnly)
        return makeError(Error::Code::PermissionDenied,
                         QCoreApplication::translate("fp::cases", "Case database %1 was opened read-only").arg(m_path));
    return checkThread();
}

QString CaseDatabase::analysisLockPath(const QString &dbPath, qint64 analysisId)
{
    return QStringLiteral("%1.analysis-%2.lock").arg(QFileInfo(dbPath).absoluteFilePath()).arg(analysisId);
}

QString CaseDatabase::defaultActor()
{
    for (const char *name : {"FAKEPRINT_ANALYST", "USER", "USERNAME"}) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("fakeprint");
}

Status CaseDatabase::markInterruptedAnalyses()
{
    auto running = prepare(m_db, m_path, QStringLiteral("SELECT id, case_id FROM analyses WHERE status = 'running'"),
                           QCoreApplication::translate("fp::cases", "looking for interrupted analyses"));
    if (!running)
        return running.error();
    if (auto st = exec(*running, m_path, QCoreApplication::translate("fp::cases", "looking for interrupted analyses"));
        !st)
        return st;
    QVector<QPair<qint64, qint64>> candidates;
    while (running->next())
        candidates.append({running->value(0).toLongLong(), running->value(1).toLongLong()});
    running->finish();

    for (const auto &[analysisId, caseId] : candidates) {
        // A live writer holds this lock; we get it only when its process is gone (or never had one here, e.g.
        // a database copied from another machine).
        QLockFile lock(analysisLockPath(m_path, analysisId));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        WriteTransaction transaction(m_db, m_path);
        if (auto st = transaction.begin(); !st)
            return st;
        const QString what =
            QCoreApplication::translate("fp::cases", "marking analysis %1 as interrupted").arg(analysisId);
        auto update = prepare(m_db, m_path,
                              QStringLiteral("UPDATE analyses SET status = 'interrupted', error = ? "
                                             "WHERE id = ? AND status = 'running'"),
                              what);
        if (!update)
            return update.error();
        update->addBindValue(QCoreApplication::translate(
            "fp::cases", "The program running this analysis stopped before it finished; it can be resumed"));
        update->addBindValue(analysisId);
        if (auto st = exec(*update, m_path, what); !st)
            return st;
        if (update->numRowsAffected() == 1) {
            auto progress =
                prepare(m_db, m_path, QStringLiteral("SELECT progress_frame FROM analyses WHERE id = ?"), what);
            if (!progress)
                return progress.error();
            progress->addBindValue(analysisId);
            if (auto st = exec(*progress, m_path, what); !st)
                return st;
            const qint64 frame = progress->next() ? progress->value(0).toLongLong() : -1;
            progress->finish();
            auto entry =
                AuditLog::append(m_db, m_path, QStringLiteral("fakeprint"), QStringLiteral("analysis.interrupted"),
                                 QStringLiteral("analysis:%1").arg(analysisId),
                                 QJsonObject{{QStringLiteral("case_id"), caseId},
                                             {QStringLiteral("analysis_id"), analysisId},
                                             {QStringLiteral("progress_frame"), frame}});
            if (!entry)
                return entry.error();
        }
        if (auto st = transaction.commit(); !st)
            return st;
        m_interruptedAtOpen.append(analysisId);
        qCWarning(lcCases) << "analysis" << analysisId << "in" << m_path << "was left running; marked interrupted";
    }
    return Ok{};
}

} // namespace fp::cases
