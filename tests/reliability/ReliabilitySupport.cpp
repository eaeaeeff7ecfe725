#include "tests/reliability/ReliabilitySupport.h"

#include "core/common/Sha256.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace fp::test::reliability {

ProcessResult cli(const QStringList &args, int timeoutMs)
{
    return runProcess(cliPath(), args, timeoutMs);
}

QString integrityCheck(const QString &dbPath)
{
    if (!QFileInfo::exists(dbPath))
        return QStringLiteral("%1 does not exist").arg(dbPath);
    const QString name = QStringLiteral("integrity-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString answer;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        if (!db.open()) {
            answer = QStringLiteral("cannot open %1: %2").arg(dbPath, db.lastError().text());
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
                answer = QStringLiteral("integrity_check failed on %1: %2").arg(dbPath, query.lastError().text());
            } else {
                QStringList rows;
                while (query.next())
                    rows << query.value(0).toString();
                answer = rows.join(QLatin1String("; "));
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return answer;
}

QString auditProblem(const QString &dbPath)
{
    const ProcessResult verify =
        cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), dbPath});
    return verify.exitCode == 0 && !verify.crashed ? QString() : describe(verify);
}

QString describe(const ProcessResult &result)
{
    return QStringLiteral("exit %1%2: %3")
        .arg(result.exitCode)
        .arg(result.crashed ? QStringLiteral(" (crashed or killed)") : QString())
        .arg(QString::fromUtf8(result.err).trimmed().left(2000));
}

QString FileFingerprint::toString() const
{
    return QStringLiteral("%1 bytes, mtime %2, sha256 %3").arg(size).arg(modified.toString(Qt::ISODateWithMs), sha256);
}

FileFingerprint fingerprint(const QString &path)
{
    FileFingerprint print;
    const QFileInfo info(path);
    print.size = info.size();
    print.modified = info.lastModified();
    if (auto digests = hashFile(path, false); digests.ok())
        print.sha256 = digests->sha256;
    return print;
}

} // namespace fp::test::reliability
