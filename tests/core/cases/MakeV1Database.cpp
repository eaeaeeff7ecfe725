// Writes the schema-version-1 case database kept as tests/data/cases/v1-case.fpcase.db (see the README there).
// It was run ONCE to make that file; rerun only to recreate it:  make_cases_v1_db tests/data/cases/v1-case.fpcase.db
// The schema comes from Schema::stepStatements(1), the audit chain from AuditLog::computeHash, all values are fixed
// so the file is reproducible.
#include "core/cases/AuditLog.h"
#include "core/cases/Schema.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

using namespace fp::cases;

namespace {

bool execAll(QSqlDatabase &db, const QStringList &statements, QTextStream &err)
{
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            err << "failed: " << sql << "\n  " << q.lastError().text() << Qt::endl;
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    if (argc != 2) {
        err << "usage: make_cases_v1_db OUTPUT.db" << Qt::endl;
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    QFile::remove(path);
    int rc = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        if (!db.open()) {
            err << db.lastError().text() << Qt::endl;
            return 1;
        }
        QStringList statements = Schema::stepStatements(1);
        const QString sha = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        statements << QStringLiteral("INSERT INTO schema_version VALUES (1, '2024-01-15T09:00:00.000Z', '0.1.0')")
                   << QStringLiteral("INSERT INTO cases VALUES (1, '0b9a3c52-2f0e-4d0c-9a55-3b8f1c1d2e01', "
                                     "'Harbour clip', 'Clip sent by a reader', 'alice', '2024-01-15T09:01:00.000Z')")
                   << QStringLiteral("INSERT INTO evidence VALUES (1, '%1', NULL, '/evidence/harbour.mp4', "
                                     "'harbour.mp4', 4, '2024-01-10T12:00:00.000Z', '{\"frame_count\":48}', "
                                     "'2024-01-15T09:02:00.000Z')")
                          .arg(sha)
                   << QStringLiteral("INSERT INTO case_evidence VALUES (1, 1, '2024-01-15T09:02:00.000Z', 'alice')")
                   << QStringLiteral("INSERT INTO analyses VALUES (1, 1, 1, '0.1.0', 'xai-effnet', '1.0', '%1', "
                                     "'{}', 'blazeface-256', '{\"frame_stride\":1}', 'completed', 47, 48, "
                                     "'2024-01-15T09:03:00.000Z', '2024-01-15T09:04:00.000Z', '{}', NULL)")
                          .arg(QString(64, QLatin1Char('a')))
                   << QStringLiteral("INSERT INTO tracks VALUES (1, 1, 1, 0, 47, 10, 20, 64, 64, 'manipulated', "
                                     "'FaceSwap', 0.91, 0.95, '{\"FaceSwap\":0.9}', '[]', '[]', 'xai-threshold')")
                   << QStringLiteral("INSERT INTO detections VALUES (1, 1, 0, 0, 10, 20, 64, 64, 0.98, 0, NULL, NULL)")
                   << QStringLiteral(
                          "INSERT INTO detections VALUES (2, 1, 1, 512, 11, 20, 64, 64, 0.97, 0, NULL, NULL)")
                   << QStringLiteral("INSERT INTO frame_scores VALUES (1, 1, 0, 1, 0.94, NULL, NULL)")
                   << QStringLiteral("INSERT INTO frame_scores VALUES (2, 1, 1, 2, 0.96, NULL, NULL)")
                   << QStringLiteral("INSERT INTO notes VALUES (1, 1, 1, 1, 1, 12, 'bookmark', 'Blending edge at "
                                     "the jaw', 'alice', '2024-01-15T09:05:00.000Z', '2024-01-15T09:05:00.000Z')")
                   << QStringLiteral("INSERT INTO notes VALUES (2, 1, NULL, NULL, NULL, NULL, 'note', 'Source "
                                     "asked for the original', 'alice', '2024-01-15T09:06:00.000Z', "
                                     "'2024-01-15T09:06:00.000Z')");
        if (!execAll(db, statements, err))
            rc = 1;
        const struct {
            const char *ts, *action, *entity, *details;
        } entries[] = {
            {"2024-01-15T09:00:00.000Z", "schema.migrated", "database", R"({"from":0,"to":1})"},
            {"2024-01-15T09:01:00.000Z", "case.created", "case:1", R"({"case_id":1,"name":"Harbour clip"})"},
            {"2024-01-15T09:02:00.000Z", "evidence.added", "evidence:1", R"({"case_id":1,"evidence_id":1})"},
            {"2024-01-15T09:03:00.000Z", "analysis.started", "analysis:1", R"({"analysis_id":1,"case_id":1})"},
            {"2024-01-15T09:04:00.000Z", "analysis.finished", "analysis:1", R"({"analysis_id":1,"case_id":1})"},
            {"2024-01-15T09:05:00.000Z", "note.added", "note:1", R"({"case_id":1,"note_id":1})"},
            {"2024-01-15T09:06:00.000Z", "note.added", "note:2", R"({"case_id":1,"note_id":2})"},
        };
        QString prev = AuditLog::genesisHash();
        qint64 seq = 0;
        for (const auto &e : entries) {
            AuditEntry entry;
            entry.seq = ++seq;
            entry.timestampUtc = QString::fromLatin1(e.ts);
            entry.actor = QStringLiteral("alice");
            entry.action = QString::fromLatin1(e.action);
            entry.entity = QString::fromLatin1(e.entity);
            entry.details = QString::fromLatin1(e.details);
            entry.prevHash = prev;
            entry.hash = AuditLog::computeHash(entry);
            prev = entry.hash;
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant &v :
                 {QVariant(entry.seq), QVariant(entry.timestampUtc), QVariant(entry.actor), QVariant(entry.action),
                  QVariant(entry.entity), QVariant(entry.details), QVariant(entry.prevHash), QVariant(entry.hash)})
                q.addBindValue(v);
            if (!q.exec()) {
                err << q.lastError().text() << Qt::endl;
                rc = 1;
            }
        }
        execAll(db, {QStringLiteral("VACUUM")}, err);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    return rc;
}
