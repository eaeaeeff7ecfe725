#include "core/cases/AnalysisWriter.h"
#include "core/cases/AuditLog.h"
#include "core/cases/BundleFormat.h"
#include "core/cases/CaseBundle.h"
#include "core/cases/CaseStore.h"
#include "core/cases/NoteStore.h"

#include "tests/core/cases/CaseFixtures.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace fp;
using namespace fp::cases;

class TestCaseBundle : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_source;
    QString m_bundle;
    qint64 m_caseId = -1;

    // Two cases in one database; case "Export me" has two videos, a finished analysis with a heatmap and a note.
    void makeSource()
    {
        m_source = m_dir.filePath(QStringLiteral("source.db"));
        auto db = test::openOrFail(m_source);
        QVERIFY(db);
        CaseStore store(*db);
        auto other = store.createCase(QStringLiteral("Secret other case"));
        QVERIFY(other.ok());
        QVERIFY(
            store.addEvidence(other->id, test::writeBytes(m_dir.path(), QStringLiteral("other.mp4"), "other")).ok());
        auto c = store.createCase(QStringLiteral("Export me"));
        QVERIFY(c.ok());
        m_caseId = c->id;
        auto e1 = store.addEvidence(c->id, test::writeBytes(m_dir.path(), QStringLiteral("one.mp4"), "one"));
        auto e2 = store.addEvidence(c->id, test::writeBytes(m_dir.path(), QStringLiteral("two.mp4"), "two"));
        QVERIFY(e1.ok() && e2.ok());
        {
            auto writer = AnalysisWriter::start(m_source, test::analysisStart(c->id, e1->evidence.id));
            QVERIFY(writer.ok());
            AnalysisBatch batch;
            batch.tracks.append(test::track(1, 0, 1));
            batch.detections = {test::detection(1, 0), test::detection(1, 1)};
            batch.scores = {test::score(1, 0, 0.2), test::score(1, 1, 0.9)};
            HeatmapRecord h;
            h.trackNumber = 1;
            h.frameIndex = 1;
            h.width = 4;
            h.height = 4;
            h.png = QByteArray("\x89PNG heat", 9);
            h.crop = QRect(0, 0, 10, 10);
            batch.heatmaps.append(h);
            batch.lastFrameCommitted = 1;
            QVERIFY((*writer)->append(batch).ok());
            AnalysisFinish finish;
            finish.coverage = QJsonObject{{QStringLiteral("frames_without_faces"), 0}};
            QVERIFY((*writer)->finish(finish).ok());
        }
        NoteStore notes(*db);
        NoteRecord note;
        note.caseId = c->id;
        note.evidenceId = e2->evidence.id;
        note.text = QStringLiteral("check the second clip");
        note.status = NoteStatus::ToCheck;
        QVERIFY(notes.add(note).ok());
        m_bundle = m_dir.filePath(QStringLiteral("export.fpbundle"));
        auto exported = CaseBundle::exportCase(*db, c->id, m_bundle);
        QVERIFY2(exported.ok(), exported.ok() ? "" : qPrintable(exported.error().message));
        QCOMPARE(exported->caseName, QStringLiteral("Export me"));
        QCOMPARE(exported->sizeBytes, QFileInfo(m_bundle).size());
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1")).toString(),
                 QStringLiteral("case.exported"));
    }

    QByteArray bundleBytes()
    {
        QFile file(m_bundle);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Writes bytes as a bundle file and imports it into a fresh database.
    Error importBytes(const QByteArray &bytes, const QString &name, BundleImportOptions options = {})
    {
        const QString path = test::writeBytes(m_dir.path(), name + QStringLiteral(".fpbundle"), bytes);
        auto target = test::openOrFail(m_dir.filePath(name + QStringLiteral(".db")));
        auto result = CaseBundle::importBundle(*target, path, options);
        if (result.ok())
            return makeError(Error::Code::Internal, QStringLiteral("imported"));
        // Nothing may be left behind by a refused import.
        if (test::scalar(*target, QStringLiteral("SELECT count(*) FROM cases")).toInt() != 0)
            return makeError(Error::Code::Internal, QStringLiteral("a refused import left a case behind"));
        return result.error();
    }

    // A bundle whose manifest is replaced (header digest recomputed); parts follow unchanged.
    QByteArray withManifest(const QJsonObject &manifest, const QByteArray &partBytes)
    {
        const QByteArray json = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
        return BundleFormat::encodeHeader(json) + json + partBytes;
    }

private Q_SLOTS:
    void initTestCase() { makeSource(); }

    void roundTripKeepsTheCaseAndOnlyThatCase()
    {
        const QString targetPath = m_dir.filePath(QStringLiteral("target.db"));
        auto target = test::openOrFail(targetPath);
        QVERIFY(target);
        CaseStore targetStore(*target);
        // Ids in the target differ from the source: a case and evidence already exist there.
        auto existing = targetStore.createCase(QStringLiteral("Local case"));
        QVERIFY(targetStore.addEvidence(existing->id, m_dir.filePath(QStringLiteral("two.mp4"))).ok());
        auto imported = CaseBundle::importBundle(*target, m_bundle);
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
        QCOMPARE(imported->caseName, QStringLiteral("Export me"));
        QCOMPARE(imported->evidenceCount, 2);
        QCOMPARE(imported->analysisCount, 1);
        auto source = test::openOrFail(m_source);
        CaseStore sourceStore(*source);
        QCOMPARE(targetStore.caseById(imported->caseId)->uuid, sourceStore.caseById(m_caseId)->uuid);
        // two.mp4 was already registered in the target: the import reuses that record.
        QCOMPARE(test::scalar(*target, QStringLiteral("SELECT count(*) FROM evidence")).toInt(), 2);
        QCOMPARE(test::scalar(*target, QStringLiteral("SELECT count(*) FROM cases WHERE name LIKE 'Secret%'")).toInt(),
                 0);
        QCOMPARE(test::scalar(*target, QStringLiteral("SELECT png FROM heatmaps")).toByteArray(),
                 QByteArray("\x89PNG heat", 9));
        QCOMPARE(
            test::scalar(*target, QStringLiteral("SELECT count(*) FROM detections d JOIN tracks t ON t.id = d.track_id "
                                                 "JOIN analyses a ON a.id = t.analysis_id WHERE a.case_id = %1")
                                      .arg(imported->caseId))
                .toInt(),
            2);
        QCOMPARE(
            test::scalar(*target, QStringLiteral("SELECT count(*) FROM frame_scores WHERE detection_id IS NOT NULL"))
                .toInt(),
            2);
        QCOMPARE(test::scalar(*target, QStringLiteral("SELECT status || ':' || e.file_name FROM notes n "
                                                      "JOIN evidence e ON e.id = n.evidence_id"))
                     .toString(),
                 QStringLiteral("to_check:two.mp4"));
        QCOMPARE(test::scalar(*target, QStringLiteral("PRAGMA foreign_key_check")).toString(),
                 QStringLiteral("<no row>"));
        auto audit = AuditLog::verify(target->connection(), targetPath);
        QVERIFY(audit.ok() && audit->ok);
        QCOMPARE(
            test::scalar(*target, QStringLiteral("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1")).toString(),
            QStringLiteral("bundle.imported"));
        const QJsonObject sourceAudit =
            QJsonDocument::fromJson(
                test::scalar(*target, QStringLiteral("SELECT source_audit FROM bundle_imports")).toByteArray())
                .object();
        QVERIFY(sourceAudit.value(QStringLiteral("case_entries")).toArray().size() >= 6);

        // Importing again never overwrites: refused, unless renamed.
        auto again = CaseBundle::importBundle(*target, m_bundle);
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(QStringLiteral("already exists")));
        BundleImportOptions rename;
        rename.renameTo = QStringLiteral("Export me (copy)");
        auto copy = CaseBundle::importBundle(*target, m_bundle, rename);
        QVERIFY(copy.ok());
        QVERIFY(targetStore.caseById(copy->caseId)->uuid != targetStore.caseById(imported->caseId)->uuid);
    }

    void snapshotHoldsNothingOfOtherCases()
    {
        const QByteArray bytes = bundleBytes();
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains("Secret other case"));
        QVERIFY(bytes.contains("Export me"));
    }

    void exportRefusesAnExistingFileAndABrokenChain()
    {
        auto db = test::openOrFail(m_source);
        auto exists = CaseBundle::exportCase(*db, m_caseId, m_bundle);
        QVERIFY(!exists.ok());
        QVERIFY(exists.error().message.contains(QStringLiteral("already exists")));
        const QString copyPath = m_dir.filePath(QStringLiteral("tampered.db"));
        QVERIFY(QFile::copy(m_source, copyPath));
        auto tampered = test::openOrFail(copyPath);
        QVERIFY(test::rawExec(*tampered, QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE seq = 2")));
        auto refused = CaseBundle::exportCase(*tampered, m_caseId, m_dir.filePath(QStringLiteral("t.fpbundle")));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::ChecksumMismatch);
    }

    void refusesOversizedBundles()
    {
        BundleImportOptions options;
        options.limits.maxBundleBytes = 1000;
        const Error error = importBytes(bundleBytes(), QStringLiteral("big"), options);
        QCOMPARE(error.code, Error::Code::InvalidArgument);
        QVERIFY2(error.message.contains(QStringLiteral("larger than the import limit")), qPrintable(error.message));
    }

    void refusesTruncatedBundles()
    {
        const QByteArray bytes = bundleBytes();
        for (qsizetype cut : {qsizetype(0), qsizetype(5), qsizetype(30), qsizetype(60), bytes.size() - 1}) {
            const Error error = importBytes(bytes.left(cut), QStringLiteral("cut%1").arg(cut));
            QCOMPARE(error.code, Error::Code::CorruptData);
            if (cut > 8)
                QVERIFY2(error.message.contains(QStringLiteral("truncated")), qPrintable(error.message));
        }
        const Error trailing = importBytes(bytes + "extra", QStringLiteral("trailing"));
        QCOMPARE(trailing.code, Error::Code::CorruptData);
        QVERIFY(trailing.message.contains(QStringLiteral("unexpected bytes")));
    }

    void refusesMalformedBundles()
    {
        const QByteArray bytes = bundleBytes();
        QCOMPARE(importBytes(QByteArray("PK\x03\x04 a zip file"), QStringLiteral("zip")).code,
                 Error::Code::CorruptData);
        QByteArray badVersion = bytes;
        badVersion[8] = 9;
        QVERIFY(importBytes(badVersion, QStringLiteral("version")).message.contains(QStringLiteral("version 9")));
        // Valid header digest over a manifest that is not JSON.
        QCOMPARE(importBytes(BundleFormat::encodeHeader("not json") + "not json", QStringLiteral("json")).code,
                 Error::Code::CorruptData);
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        auto index = BundleFormat::readIndex(buffer, {}, QStringLiteral("mem"));
        QVERIFY(index.ok());
        const QByteArray parts = bytes.mid(index->parts.first().offset);
        QJsonObject manifest = index->manifest;
        QJsonArray list = manifest.value(QStringLiteral("parts")).toArray();
        QJsonObject first = list.at(0).toObject();
        first.insert(QStringLiteral("size"), -5);
        list[0] = first;
        manifest.insert(QStringLiteral("parts"), list);
        QVERIFY(importBytes(withManifest(manifest, parts), QStringLiteral("size"))
                    .message.contains(QStringLiteral("valid size")));
        // An extra, unknown part.
        QJsonObject withExtra = index->manifest;
        QJsonArray extraList = withExtra.value(QStringLiteral("parts")).toArray();
        extraList.append(
            QJsonObject{{QStringLiteral("name"), QStringLiteral("run.sh")},
                        {QStringLiteral("size"), 2},
                        {QStringLiteral("sha256"),
                         QString::fromLatin1(QCryptographicHash::hash("hi", QCryptographicHash::Sha256).toHex())}});
        withExtra.insert(QStringLiteral("parts"), extraList);
        QVERIFY(importBytes(withManifest(withExtra, parts + "hi"), QStringLiteral("extra"))
                    .message.contains(QStringLiteral("unexpected part")));
    }

    void refusesPathTraversalInNames()
    {
        for (const char *name : {"../../etc/passwd", "/tmp/x", "a/b", "..", ".hidden", "c:\\x", "sp ace"}) {
            QVERIFY2(!BundleFormat::isSafePartName(QString::fromLatin1(name)), name);
            QJsonObject manifest{{QStringLiteral("format"), QStringLiteral("fakeprint-case-bundle")},
                                 {QStringLiteral("format_version"), 1},
                                 {QStringLiteral("parts"),
                                  QJsonArray{QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)},
                                                         {QStringLiteral("size"), 2},
                                                         {QStringLiteral("sha256"), QString(64, QLatin1Char('0'))}}}}};
            const Error error = importBytes(withManifest(manifest, "hi"), QStringLiteral("trav"));
            QCOMPARE(error.code, Error::Code::InvalidArgument);
            QVERIFY2(error.message.contains(QStringLiteral("path traversal")), qPrintable(error.message));
        }
        QVERIFY(BundleFormat::isSafePartName(QStringLiteral("case.sqlite")));
    }

    void refusesDigestMismatches()
    {
        QByteArray bytes = bundleBytes();
        // Flip a byte inside the last part (audit.json).
        QByteArray flipped = bytes;
        flipped[flipped.size() - 10] = char(flipped[flipped.size() - 10] ^ 0x20);
        Error error = importBytes(flipped, QStringLiteral("flip"));
        QCOMPARE(error.code, Error::Code::ChecksumMismatch);
        QVERIFY(error.message.contains(QStringLiteral("audit.json")));
        // Flip a byte of the manifest: its header digest no longer matches.
        QByteArray manifestFlip = bytes;
        manifestFlip[BundleFormat::kHeaderBytes + 3] = char(manifestFlip[BundleFormat::kHeaderBytes + 3] ^ 0x01);
        error = importBytes(manifestFlip, QStringLiteral("mflip"));
        QCOMPARE(error.code, Error::Code::ChecksumMismatch);
        QVERIFY(error.message.contains(QStringLiteral("manifest")));
    }
};

QTEST_GUILESS_MAIN(TestCaseBundle)
#include "TestCaseBundle.moc"
