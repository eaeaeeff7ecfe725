#include "core/cases/AnalysisWriter.h"
#include "core/cases/AuditLog.h"
#include "core/cases/CaseDatabase.h"
#include "core/cases/CaseStore.h"
#include "core/cases/NoteStore.h"
#include "core/cases/Schema.h"

#include "tests/core/cases/CaseFixtures.h"
#include "tests/testsupport/TestEnv.h"

#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace fp;
using namespace fp::cases;

class TestCaseDatabase : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void freshDatabaseHasCurrentSchemaAndPragmas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/new.fpcase.db"));
        auto db = test::openOrFail(path);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Schema::kCurrentVersion);
        QCOMPARE(test::scalar(*db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(test::scalar(*db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(test::scalar(*db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        QCOMPARE(test::scalar(*db, QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
        for (const char *table :
             {"cases", "evidence", "case_evidence", "analyses", "tracks", "detections", "frame_scores", "heatmaps",
              "coverage", "notes", "audit_log", "audit_head", "schema_version", "bundle_imports"})
            QVERIFY2(Schema::hasTable(db->connection(), QString::fromLatin1(table)), table);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT group_concat(version) FROM schema_version")).toString(),
                 QStringLiteral("1,2"));
        auto audit = AuditLog::verify(db->connection(), db->path());
        QVERIFY(audit.ok());
        QVERIFY(audit->ok);
        QCOMPARE(audit->entryCount, qint64(1)); // schema.migrated 0 -> 2
    }

    void connectionsHaveUniqueNamesAndCheckTheirThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.db"));
        auto a = test::openOrFail(path);
        auto b = test::openOrFail(path);
        QVERIFY(a && b);
        QVERIFY(a->connectionName() != b->connectionName());
        QVERIFY(a->checkThread().ok());
        Status fromOtherThread = Ok{};
        std::unique_ptr<QThread> thread(QThread::create([&] { fromOtherThread = a->checkThread(); }));
        thread->start();
        thread->wait();
        QVERIFY(!fromOtherThread.ok());
        QCOMPARE(fromOtherThread.error().code, Error::Code::Internal);
    }

    void foreignKeysAreEnforced()
    {
        QTemporaryDir dir;
        auto db = test::openOrFail(dir.filePath(QStringLiteral("fk.db")));
        QVERIFY(db);
        QSqlQuery q(db->connection());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO tracks(analysis_id, track_number, first_frame, last_frame, box_x, "
                                       "box_y, box_w, box_h) VALUES (999, 1, 0, 0, 0, 0, 1, 1)")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("FOREIGN KEY")));
        CaseStore store(*db);
        auto created = store.createCase(QStringLiteral("K"));
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
        // An analysis must name evidence that belongs to its case (composite key on case_evidence).
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO analyses(case_id, evidence_id, app_version, model_name, "
                                       "model_version, model_sha256, detector, status, started_at) "
                                       "VALUES (%1, 5, 'x', 'm', '1', 's', 'd', 'running', 'now')")
                            .arg(created->id)));
    }

    void refusesFilesThatAreNotCaseDatabases()
    {
        QTemporaryDir dir;
        const QString text = test::writeBytes(dir.path(), QStringLiteral("notes.txt"),
                                              QByteArray("this is not sqlite, just text\n").repeated(200));
        auto notSqlite = CaseDatabase::open(text);
        QVERIFY(!notSqlite.ok());
        QCOMPARE(notSqlite.error().code, Error::Code::CorruptData);
        QVERIFY(notSqlite.error().message.contains(text));

        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(other);
            QVERIFY(raw.open());
            QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE photos(id INTEGER)"));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        auto foreign = CaseDatabase::open(other);
        QVERIFY(!foreign.ok());
        QVERIFY(foreign.error().message.contains(QStringLiteral("not a Fakeprint case database")));

        auto missing = CaseDatabase::open(dir.filePath(QStringLiteral("absent.db")), test::readOnlyOptions());
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, Error::Code::NotFound);
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.db"));
        {
            auto db = test::openOrFail(path);
            QVERIFY(db);
            QVERIFY(test::rawExec(*db, QStringLiteral("INSERT INTO schema_version VALUES (99, 'x', '9.0')")));
        }
        auto reopened = CaseDatabase::open(path);
        QVERIFY(!reopened.ok());
        QVERIFY(reopened.error().message.contains(QStringLiteral("newer")));
    }

    void migratesTheKeptVersion1File()
    {
        const QString kept = test::sourceDir() + QStringLiteral("/tests/data/cases/v1-case.fpcase.db");
        QVERIFY2(QFile::exists(kept), qPrintable(kept));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.db"));
        QVERIFY(QFile::copy(kept, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        {
            auto readOnly = CaseDatabase::open(path, test::readOnlyOptions());
            QVERIFY(readOnly.ok());
            QCOMPARE((*readOnly)->schemaVersion(), 1);
            auto audit = AuditLog::verify((*readOnly)->connection(), path);
            QVERIFY(audit.ok() && audit->ok);
            QCOMPARE(audit->entryCount, qint64(7));
        }
        auto db = test::openOrFail(path);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), 2);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT max(version) FROM schema_version")).toInt(), 2);
        // Old rows survive; new columns get their defaults; new tables exist and work.
        CaseStore store(*db);
        auto found = store.findCase(QStringLiteral("Harbour clip"));
        QVERIFY(found.ok());
        QCOMPARE(found->evidenceCount, 1);
        QCOMPARE(found->analysisCount, 1);
        NoteStore notes(*db);
        auto list = notes.list(found->id);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).kind, NoteKind::Bookmark);
        QCOMPARE(list->at(0).status, NoteStatus::Ok);
        QCOMPARE(list->at(0).frameIndex, qint64(12));
        auto updated = notes.update(list->at(0).id, list->at(0).text, NoteStatus::Warning);
        QVERIFY(updated.ok());
        QCOMPARE(updated->status, NoteStatus::Warning);
        QVERIFY(test::rawExec(*db, QStringLiteral("INSERT INTO heatmaps(track_id, frame_index, class_index, kind, "
                                                  "width, height, png, crop_x, crop_y, crop_w, crop_h) "
                                                  "VALUES (1, 0, 1, 'gradcam', 8, 8, x'89504e47', 0, 0, 64, 64)")));
        // The chain continues across the migration and the head was filled from the old tail.
        auto audit = AuditLog::verify(db->connection(), path);
        QVERIFY(audit.ok());
        QVERIFY2(audit->ok, qPrintable(audit->problem));
        QCOMPARE(audit->entryCount, qint64(9)); // 7 old + schema.migrated 1->2 + note.updated
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT details FROM audit_log WHERE seq = 8")).toString(),
                 QStringLiteral("{\"from\":1,\"to\":2}"));
    }

    void failedMigrationChangesNothing()
    {
        const QString kept = test::sourceDir() + QStringLiteral("/tests/data/cases/v1-case.fpcase.db");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1-broken.db"));
        QVERIFY(QFile::copy(kept, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        {
            // A table in the way of step 2 makes the migration fail half-way.
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw2"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE coverage(x INTEGER)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw2"));
        auto failed = CaseDatabase::open(path);
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().message.contains(QStringLiteral("version 2")));
        auto readOnly = CaseDatabase::open(path, test::readOnlyOptions());
        QVERIFY(readOnly.ok());
        QCOMPARE((*readOnly)->schemaVersion(), 1);
        QVERIFY(!Schema::hasTable((*readOnly)->connection(), QStringLiteral("heatmaps")));
        QCOMPARE(test::scalar(**readOnly, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 7);
    }

    void analysisOfAKilledProcessIsInterruptedAndResumes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kill.db"));
        const QString video = test::writeBytes(dir.path(), QStringLiteral("clip.mp4"), QByteArray(4096, 'v'));
        qint64 caseId = -1, evidenceId = -1;
        {
            auto db = test::openOrFail(path);
            QVERIFY(db);
            CaseStore store(*db);
            auto created = store.createCase(QStringLiteral("Kill"));
            QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
            auto added = store.addEvidence(created->id, video);
            QVERIFY(added.ok());
            caseId = created->id;
            evidenceId = added->evidence.id;
        }
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            // The child writes two batches and is killed with SIGKILL before it finishes: no destructor runs.
            auto writer = AnalysisWriter::start(path, test::analysisStart(caseId, evidenceId));
            if (!writer)
                _exit(3);
            for (int batchIndex = 0; batchIndex < 2; ++batchIndex) {
                AnalysisBatch batch;
                batch.tracks.append(test::track(1, 0, 9 + 10 * batchIndex));
                for (int f = 10 * batchIndex; f < 10 * batchIndex + 10; ++f) {
                    batch.detections.append(test::detection(1, f));
                    batch.scores.append(test::score(1, f, 0.5));
                }
                batch.lastFrameCommitted = 10 * batchIndex + 9;
                if (auto st = (*writer)->append(batch); !st) {
                    qWarning("%s", qPrintable(st.error().message));
                    _exit(4);
                }
            }
            ::kill(::getpid(), SIGKILL);
            _exit(5);
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY2(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL,
                 qPrintable(
                     QStringLiteral("the child exited with %1 instead of dying by SIGKILL").arg(WEXITSTATUS(status))));

        auto db = test::openOrFail(path);
        QVERIFY(db);
        QCOMPARE(db->interruptedAtOpen().size(), 1);
        const qint64 analysisId = db->interruptedAtOpen().first();
        CaseStore store(*db);
        auto analysis = store.analysisById(analysisId);
        QVERIFY(analysis.ok());
        QCOMPARE(analysis->status, AnalysisStatus::Interrupted);
        QCOMPARE(analysis->progressFrame, qint64(19));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM detections")).toInt(), 20);
        auto audit = AuditLog::verify(db->connection(), path);
        QVERIFY(audit.ok() && audit->ok);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1")).toString(),
                 QStringLiteral("analysis.interrupted"));

        auto resumed = AnalysisWriter::resume(path, analysisId);
        QVERIFY2(resumed.ok(), resumed.ok() ? "" : qPrintable(resumed.error().message));
        QCOMPARE((*resumed)->resumeFrame(), qint64(20));
        QCOMPARE((*resumed)->trackId(1), test::scalar(*db, QStringLiteral("SELECT id FROM tracks")).toLongLong());
        // While the resumed writer is alive, another opener must not mark it interrupted.
        auto other = test::openOrFail(path);
        QVERIFY(other);
        QVERIFY(other->interruptedAtOpen().isEmpty());
        AnalysisBatch batch;
        batch.detections.append(test::detection(1, 20, 0.8));
        batch.lastFrameCommitted = 20;
        QVERIFY((*resumed)->append(batch).ok());
        QVERIFY((*resumed)->finish(AnalysisFinish{}).ok());
        QCOMPARE(store.analysisById(analysisId)->status, AnalysisStatus::Completed);
        QVERIFY(!QFile::exists(CaseDatabase::analysisLockPath(path, analysisId)));
    }
};

QTEST_GUILESS_MAIN(TestCaseDatabase)
#include "TestCaseDatabase.moc"
