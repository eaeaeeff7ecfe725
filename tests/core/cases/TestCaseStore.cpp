#include "core/cases/AuditLog.h"
#include "core/cases/CaseStore.h"
#include "core/cases/NoteStore.h"

#include "tests/core/cases/CaseFixtures.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace fp;
using namespace fp::cases;

class TestCaseStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createListAndFindCases()
    {
        QTemporaryDir dir;
        auto db = test::openOrFail(dir.filePath(QStringLiteral("c.db")));
        QVERIFY(db);
        CaseStore store(*db);
        auto first = store.createCase(QStringLiteral("  Case 17 "), QStringLiteral("alice"), QStringLiteral("d"));
        QVERIFY(first.ok());
        QCOMPARE(first->name, QStringLiteral("Case 17"));
        QCOMPARE(first->analyst, QStringLiteral("alice"));
        QCOMPARE(first->uuid.size(), 36);
        QVERIFY(first->createdAtUtc.endsWith(QLatin1Char('Z')));
        QVERIFY(store.createCase(QStringLiteral("Second")).ok());
        auto duplicate = store.createCase(QStringLiteral("Case 17"));
        QVERIFY(!duplicate.ok());
        QVERIFY(duplicate.error().message.contains(QStringLiteral("already exists")));
        QVERIFY(!store.createCase(QStringLiteral("   ")).ok());
        auto list = store.listCases();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(store.findCase(QStringLiteral("Case 17"))->id, first->id);
        QCOMPARE(store.findCase(QString::number(first->id))->name, QStringLiteral("Case 17"));
        auto missing = store.findCase(QStringLiteral("nope"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, Error::Code::NotFound);
    }

    void evidenceIsHashedAndUniquePerCase()
    {
        QTemporaryDir dir;
        auto db = test::openOrFail(dir.filePath(QStringLiteral("e.db")));
        QVERIFY(db);
        CaseStore store(*db);
        const QString video = test::writeBytes(dir.path(), QStringLiteral("abc.mp4"), QByteArray("abc"));
        const QString copy = test::writeBytes(dir.path(), QStringLiteral("copy.mp4"), QByteArray("abc"));
        auto a = store.createCase(QStringLiteral("A"));
        auto b = store.createCase(QStringLiteral("B"));
        auto added = store.addEvidence(a->id, video, QJsonObject{{QStringLiteral("frame_count"), 48}});
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
        QVERIFY(!added->alreadyInCase);
        QCOMPARE(added->evidence.sha256,
                 QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(added->evidence.md5, QStringLiteral("900150983cd24fb0d6963f7d28e17f72"));
        QCOMPARE(added->evidence.sizeBytes, qint64(3));
        QCOMPARE(added->evidence.fileName, QStringLiteral("abc.mp4"));
        QVERIFY(!added->evidence.mtimeUtc.isEmpty());
        QCOMPARE(added->evidence.mediaInfo.value(QStringLiteral("frame_count")).toInt(), 48);
        // Same content again (even under another name) in the same case: nothing new.
        auto again = store.addEvidence(a->id, copy);
        QVERIFY(again.ok());
        QVERIFY(again->alreadyInCase);
        QCOMPARE(again->evidence.id, added->evidence.id);
        // The same content in another case reuses the record; a case holds several videos.
        auto inB = store.addEvidence(b->id, copy);
        QVERIFY(inB.ok());
        QVERIFY(!inB->alreadyInCase);
        QCOMPARE(inB->evidence.id, added->evidence.id);
        const QString other = test::writeBytes(dir.path(), QStringLiteral("other.mp4"), QByteArray("other"));
        QVERIFY(store.addEvidence(a->id, other).ok());
        QCOMPARE(store.evidenceOfCase(a->id)->size(), 2);
        QCOMPARE(store.caseById(a->id)->evidenceCount, 2);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM evidence")).toInt(), 2);
        auto absent = store.addEvidence(a->id, dir.filePath(QStringLiteral("absent.mp4")));
        QVERIFY(!absent.ok());
        QCOMPARE(absent.error().code, Error::Code::NotFound);
        QVERIFY(!store.addEvidence(999, other).ok());
        QVERIFY(store.setMediaInfo(added->evidence.id, QJsonObject{{QStringLiteral("codec"), QStringLiteral("h264")}})
                    .ok());
        QCOMPARE(store.evidenceById(added->evidence.id)->mediaInfo.value(QStringLiteral("codec")).toString(),
                 QStringLiteral("h264"));
    }

    void verifyEvidenceReportsMatchMismatchMissing()
    {
        QTemporaryDir dir;
        auto db = test::openOrFail(dir.filePath(QStringLiteral("v.db")));
        QVERIFY(db);
        CaseStore store(*db);
        const QString video = test::writeBytes(dir.path(), QStringLiteral("clip.mp4"), QByteArray(10000, 'x'));
        auto c = store.createCase(QStringLiteral("V"));
        auto added = store.addEvidence(c->id, video);
        QVERIFY(added.ok());
        const qint64 id = added->evidence.id;
        auto match = store.verifyEvidence(id);
        QVERIFY(match.ok());
        QCOMPARE(match->check, EvidenceCheck::Match);
        QCOMPARE(match->actualSha256, added->evidence.sha256);

        QVERIFY(!test::writeBytes(dir.path(), QStringLiteral("clip.mp4"), QByteArray(10000, 'y')).isEmpty());
        auto mismatch = store.verifyEvidence(id);
        QVERIFY(mismatch.ok());
        QCOMPARE(mismatch->check, EvidenceCheck::Mismatch);
        QVERIFY(mismatch->detail.contains(video));

        QVERIFY(QFile::remove(video));
        auto missing = store.verifyEvidence(id);
        QVERIFY(missing.ok());
        QCOMPARE(missing->check, EvidenceCheck::Missing);

        auto entries = AuditLog::entries(db->connection(), db->path(), c->id);
        QVERIFY(entries.ok());
        QStringList results;
        for (const AuditEntry &e : *entries)
            if (e.action == QLatin1String("evidence.verified"))
                results
                    << QJsonDocument::fromJson(e.details.toUtf8()).object().value(QStringLiteral("result")).toString();
        QCOMPARE(results,
                 (QStringList{QStringLiteral("match"), QStringLiteral("mismatch"), QStringLiteral("missing")}));
        QVERIFY(store.verifyEvidence(12345).error().code == Error::Code::NotFound);
    }

    void notesAndBookmarksCrud()
    {
        QTemporaryDir dir;
        auto db = test::openOrFail(dir.filePath(QStringLiteral("n.db")));
        QVERIFY(db);
        CaseStore store(*db);
        NoteStore notes(*db);
        auto c = store.createCase(QStringLiteral("N"));
        NoteRecord bookmark;
        bookmark.caseId = c->id;
        bookmark.kind = NoteKind::Bookmark;
        bookmark.frameIndex = 120;
        bookmark.status = NoteStatus::ToCheck;
        bookmark.text = QStringLiteral("Mouth blur");
        bookmark.author = QStringLiteral("bob");
        auto stored = notes.add(bookmark);
        QVERIFY(stored.ok());
        QCOMPARE(stored->frameIndex, qint64(120));
        QCOMPARE(stored->status, NoteStatus::ToCheck);
        QCOMPARE(stored->author, QStringLiteral("bob"));
        QCOMPARE(stored->evidenceId, qint64(-1));
        auto updated = notes.update(stored->id, QStringLiteral("Mouth blur, checked"), NoteStatus::Warning);
        QVERIFY(updated.ok());
        QCOMPARE(updated->status, NoteStatus::Warning);
        QCOMPARE(notes.list(c->id)->size(), 1);
        NoteRecord empty;
        empty.caseId = c->id;
        QVERIFY(!notes.add(empty).ok());
        NoteRecord orphan;
        orphan.caseId = 777;
        orphan.text = QStringLiteral("no such case");
        QVERIFY(!notes.add(orphan).ok()); // foreign key
        QVERIFY(notes.remove(stored->id).ok());
        QCOMPARE(notes.list(c->id)->size(), 0);
        QCOMPARE(notes.remove(stored->id).error().code, Error::Code::NotFound);
        QCOMPARE(
            test::scalar(*db, QStringLiteral("SELECT group_concat(action) FROM audit_log WHERE action LIKE 'note.%'"))
                .toString(),
            QStringLiteral("note.added,note.updated,note.removed"));
        auto audit = AuditLog::verify(db->connection(), db->path());
        QVERIFY(audit.ok() && audit->ok);
    }

    void readOnlyConnectionRefusesWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.db"));
        QVERIFY(test::openOrFail(path));
        auto ro = CaseDatabase::open(path, test::readOnlyOptions());
        QVERIFY(ro.ok());
        CaseStore store(**ro);
        auto refused = store.createCase(QStringLiteral("X"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::PermissionDenied);
        QVERIFY(store.listCases().ok());
    }
};

QTEST_GUILESS_MAIN(TestCaseStore)
#include "TestCaseStore.moc"
