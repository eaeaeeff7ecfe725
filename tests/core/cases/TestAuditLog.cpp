#include "core/cases/AuditLog.h"
#include "core/cases/CaseStore.h"
#include "core/cases/NoteStore.h"

#include "tests/core/cases/CaseFixtures.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fp;
using namespace fp::cases;

// Tampering is done with raw SQL, as someone with the file and an SQLite shell would.
class TestAuditLog : public QObject {
    Q_OBJECT

    std::unique_ptr<CaseDatabase> makeLog(const QTemporaryDir &dir)
    {
        auto db = test::openOrFail(dir.filePath(QStringLiteral("audit.db")));
        if (!db)
            return nullptr;
        CaseStore store(*db);
        NoteStore notes(*db);
        auto created = store.createCase(QStringLiteral("Audit"));
        if (!created)
            return nullptr;
        for (int i = 0; i < 4; ++i) {
            NoteRecord note;
            note.caseId = created->id;
            note.text = QStringLiteral("note %1").arg(i);
            if (!notes.add(note))
                return nullptr;
        }
        return db; // entries: 1 schema.migrated, 2 case.created, 3..6 note.added
    }

    AuditVerification verify(const CaseDatabase &db)
    {
        auto result = AuditLog::verify(db.connection(), db.path());
        if (!result) {
            AuditVerification failed;
            failed.ok = false;
            failed.problem = result.error().message;
            return failed;
        }
        return *result;
    }

private Q_SLOTS:
    void intactChainVerifies()
    {
        QTemporaryDir dir;
        auto db = makeLog(dir);
        QVERIFY(db);
        const auto result = verify(*db);
        QVERIFY2(result.ok, qPrintable(result.problem));
        QCOMPARE(result.entryCount, qint64(6));
        QCOMPARE(result.headHash,
                 test::scalar(*db, QStringLiteral("SELECT hash FROM audit_log WHERE seq = 6")).toString());
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT prev_hash FROM audit_log WHERE seq = 1")).toString(),
                 AuditLog::genesisHash());
    }

    void canonicalFormIsUnambiguous()
    {
        AuditEntry a;
        a.seq = 1;
        a.actor = QStringLiteral("ab");
        a.action = QStringLiteral("c");
        AuditEntry b = a;
        b.actor = QStringLiteral("a");
        b.action = QStringLiteral("bc");
        QVERIFY(AuditLog::canonical(a) != AuditLog::canonical(b));
        QVERIFY(AuditLog::computeHash(a) != AuditLog::computeHash(b));
    }

    void editedDetailsAreDetected()
    {
        QTemporaryDir dir;
        auto db = makeLog(dir);
        QVERIFY(db);
        QVERIFY(test::rawExec(*db, QStringLiteral("UPDATE audit_log SET details = replace(details, 'Audit', 'Other') "
                                                  "WHERE seq = 2")));
        const auto result = verify(*db);
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBadSeq, qint64(2));
        QVERIFY(result.problem.contains(QStringLiteral("altered")));
    }

    void editedActorOrTimestampIsDetected()
    {
        QTemporaryDir dir;
        auto db = makeLog(dir);
        QVERIFY(db);
        QVERIFY(
            test::rawExec(*db, QStringLiteral("UPDATE audit_log SET ts = '2000-01-01T00:00:00.000Z' WHERE seq = 4")));
        QCOMPARE(verify(*db).firstBadSeq, qint64(4));
    }

    void removedRowIsDetected()
    {
        QTemporaryDir dir;
        auto db = makeLog(dir);
        QVERIFY(db);
        QVERIFY(test::rawExec(*db, QStringLiteral("DELETE FROM audit_log WHERE seq = 3")));
        const auto result = verify(*db);
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBadSeq, qint64(3));
        QVERIFY(result.problem.contains(QStringLiteral("missing")));
    }

    void removedRowWithRenumberingIsDetected()
    {
        QTemporaryDir dir;
        auto db = makeLog(dir);
        QVERIFY(db);
        QVERIFY(test::rawExec(*db, QStringLiteral("DELETE FROM audit_log WHERE seq = 3")));
        QVERIFY(test::rawExec(*db, QStringLiteral("UPDATE audit_log SET seq = seq - 1 WHERE seq > 3")));
        const auto result = verify(*db);
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBadSeq, qint64(3));
    }

    void removedLastRowIsDetectedByTheHead()
    {
        QTemporaryDir dir;
        auto db = makeLog(dir);
        QVERIFY(db);
        QVERIFY(test::rawExec(*db, QStringLiteral("DELETE FROM audit_log WHERE seq = 6")));
        const auto result = verify(*db);
        QVERIFY(!result.ok);
        QVERIFY(result.problem.contains(QStringLiteral("head")));
    }

    void swappedRowsAreDetected()
    {
        QTemporaryDir dir;
        auto db = makeLog(dir);
        QVERIFY(db);
        // Swap the contents of entries 3 and 4, keeping seq in place.
        QVERIFY(test::rawExec(*db, QStringLiteral("UPDATE audit_log SET seq = -3 WHERE seq = 3")));
        QVERIFY(test::rawExec(*db, QStringLiteral("UPDATE audit_log SET seq = 3 WHERE seq = 4")));
        QVERIFY(test::rawExec(*db, QStringLiteral("UPDATE audit_log SET seq = 4 WHERE seq = -3")));
        const auto result = verify(*db);
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBadSeq, qint64(3));
    }

    void insertedForgedRowIsDetected()
    {
        QTemporaryDir dir;
        auto db = makeLog(dir);
        QVERIFY(db);
        // A forger who appends a well-formed entry but does not know to update the head is caught.
        AuditEntry forged;
        forged.seq = 7;
        forged.timestampUtc = QStringLiteral("2030-01-01T00:00:00.000Z");
        forged.actor = QStringLiteral("mallory");
        forged.action = QStringLiteral("note.added");
        forged.entity = QStringLiteral("note:99");
        forged.details = QStringLiteral("{}");
        forged.prevHash = test::scalar(*db, QStringLiteral("SELECT hash FROM audit_log WHERE seq = 6")).toString();
        forged.hash = AuditLog::computeHash(forged);
        QVERIFY(test::rawExec(*db, QStringLiteral("INSERT INTO audit_log VALUES (7, '%1', 'mallory', 'note.added', "
                                                  "'note:99', '{}', '%2', '%3')")
                                       .arg(forged.timestampUtc, forged.prevHash, forged.hash)));
        QVERIFY(!verify(*db).ok);
    }

    void entriesCanBeFilteredByCase()
    {
        QTemporaryDir dir;
        auto db = makeLog(dir);
        QVERIFY(db);
        auto all = AuditLog::entries(db->connection(), db->path());
        auto ofCase = AuditLog::entries(db->connection(), db->path(), 1);
        QVERIFY(all.ok() && ofCase.ok());
        QCOMPARE(all->size(), 6);
        QCOMPARE(ofCase->size(), 5); // everything but schema.migrated
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
