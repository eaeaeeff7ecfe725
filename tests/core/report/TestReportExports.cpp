// ReportDataLoader, the JSON export and its importer, the per-frame CSV and its parser.
#include "core/cases/CaseDatabase.h"
#include "core/report/FrameScoreCsv.h"
#include "core/report/JsonExporter.h"
#include "core/report/JsonImporter.h"
#include "core/report/ReportDataLoader.h"
#include "tests/core/report/ReportFixture.h"
#include "tests/testsupport/Fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace fp;

class TestReportExports : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadsEverything();
    void jsonRoundTrip();
    void jsonNamesBadField();
    void jsonRefusesOtherSchema();
    void contentHashFollowsContent();
    void csvRoundTrip();
    void csvNamesBadLine();
    void mismatchedEvidenceIsReported();

private:
    report::ReportData load(bool verify = true);

    QTemporaryDir m_dir;
    test::ReportFixture m_fixture;
};

void TestReportExports::initTestCase()
{
    if (!test::haveFfmpeg())
        QSKIP("the ffmpeg command-line tool is needed to generate the fixture video");
    QVERIFY(m_dir.isValid());
    m_fixture = test::makeReportFixture(m_dir.path(), QStringLiteral("Case, with \"quotes\""));
    QVERIFY2(m_fixture.error.isEmpty(), qPrintable(m_fixture.error));
}

report::ReportData TestReportExports::load(bool verify)
{
    auto db = cases::CaseDatabase::open(m_fixture.dbPath, test::existingDatabase());
    if (!db)
        qFatal("%s", qPrintable(db.error().message));
    report::ReportLoadOptions options;
    options.verifyEvidence = verify;
    auto data = report::ReportDataLoader::load(**db, m_fixture.analysisId, options);
    if (!data)
        qFatal("%s", qPrintable(data.error().message));
    return *data;
}

void TestReportExports::loadsEverything()
{
    const report::ReportData data = load();
    QCOMPARE(data.caseInfo.name, QStringLiteral("Case, with \"quotes\""));
    QCOMPARE(data.evidence.sha256, m_fixture.evidenceSha256);
    QVERIFY(data.evidenceCheck.has_value());
    QCOMPARE(data.evidenceCheck->check, cases::EvidenceCheck::Match);
    QCOMPARE(data.analysis.model.sha256, m_fixture.modelSha256);
    QCOMPARE(data.tracks.size(), 2);
    QCOMPARE(data.tracks[0].record.verdict, QStringLiteral("manipulated"));
    QCOMPARE(data.tracks[0].record.label, QStringLiteral("FaceSwap"));
    QCOMPARE(data.tracks[0].scores.size(), 40);
    QCOMPARE(data.tracks[1].scores.size(), 38);
    QCOMPARE(data.tracks[1].detections.size(), 38);
    QCOMPARE(data.keyFrames.size(), 1);
    QCOMPARE(data.keyFrames[0].frameIndex, 12);
    QCOMPARE(data.notes.size(), 2);
    QVERIFY(data.auditCheck.ok);
    QVERIFY(!data.audit.isEmpty());
    // The integrity check made for this load is itself in the trail.
    bool checkAudited = false;
    for (const cases::AuditEntry &e : data.audit)
        checkAudited = checkAudited || e.action.contains(QStringLiteral("verif"));
    QVERIFY2(checkAudited, "the evidence re-check should be in the audit trail");
    QCOMPARE(data.classKeys(),
             (QStringList{QStringLiteral("real"), QStringLiteral("faceswap"), QStringLiteral("reenact")}));
    QVERIFY(data.modelTrainedOnSynthetic());
    const auto interval = data.pFakeInterval(data.tracks[0].record);
    QVERIFY(interval.has_value());
    QCOMPARE(interval->low, 0.79);
    // Pair form: [low, high] for P(fake) first.
    const auto pairInterval = data.pFakeInterval(data.tracks[1].record);
    QVERIFY(pairInterval.has_value());
    QCOMPARE(pairInterval->high, 0.27);
    QCOMPARE(data.framesWithScores(), 48);
}

void TestReportExports::jsonRoundTrip()
{
    report::ReportData data = load();
    data.modelBundled = true;
    const QString path = m_dir.filePath(QStringLiteral("export.json"));
    const Status written = report::JsonExporter::write(data, path);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
    auto imported = report::JsonImporter::read(path);
    QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
    QCOMPARE(report::JsonExporter::toJson(*imported), report::JsonExporter::toJson(data));
    QCOMPARE(imported->evidence.sha256, m_fixture.evidenceSha256);
    QCOMPARE(imported->evidence.md5, data.evidence.md5);
    QCOMPARE(imported->evidenceCheck->check, cases::EvidenceCheck::Match);
    QCOMPARE(imported->analysis.model.sha256, m_fixture.modelSha256);
    QVERIFY(imported->modelBundled);
    QCOMPARE(imported->tracks.size(), 2);
    const cases::FrameScoreRecord &a = data.tracks[0].scores[7];
    const cases::FrameScoreRecord &b = imported->tracks[0].scores[7];
    QCOMPARE(b.frameIndex, a.frameIndex);
    QCOMPARE(b.pFake, a.pFake);
    QCOMPARE(b.classProbabilities, a.classProbabilities);
    QCOMPARE(b.energy, a.energy);
    QCOMPARE(imported->tracks[1].detections[3].box, data.tracks[1].detections[3].box);
    QCOMPARE(imported->tracks[0].record.confidence, 0.81);
    QCOMPARE(imported->notes.size(), 2);
    QCOMPARE(imported->notes[0].text, data.notes[0].text);
    QCOMPARE(imported->auditCheck.headHash, data.auditCheck.headHash);

    // The file carries the format, the version and when it was exported.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(doc.value(QStringLiteral("schema_version")).toInt(), 1);
    QCOMPARE(doc.value(QStringLiteral("format")).toString(), QStringLiteral("fakeprint-analysis-export"));
    QVERIFY(!doc.value(QStringLiteral("exported_at")).toString().isEmpty());
}

void TestReportExports::jsonNamesBadField()
{
    QJsonObject doc = report::JsonExporter::toJson(load(false));
    QJsonArray tracks = doc.value(QStringLiteral("tracks")).toArray();
    QJsonObject second = tracks.at(1).toObject();
    second.insert(QStringLiteral("verdict"), 3);
    tracks.replace(1, second);
    doc.insert(QStringLiteral("tracks"), tracks);
    auto imported = report::JsonImporter::fromJson(doc, QStringLiteral("broken.json"));
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().message.contains(QStringLiteral("tracks[1].verdict")),
             qPrintable(imported.error().message));
    QVERIFY(imported.error().message.contains(QStringLiteral("broken.json")));
}

void TestReportExports::jsonRefusesOtherSchema()
{
    QJsonObject doc = report::JsonExporter::toJson(load(false));
    doc.insert(QStringLiteral("schema_version"), 99);
    auto imported = report::JsonImporter::fromJson(doc, QStringLiteral("future.json"));
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().message.contains(QStringLiteral("99")), qPrintable(imported.error().message));
    doc.insert(QStringLiteral("format"), QStringLiteral("something-else"));
    QVERIFY(!report::JsonImporter::fromJson(doc, QStringLiteral("other.json")).ok());
}

void TestReportExports::contentHashFollowsContent()
{
    report::ReportData data = load(false);
    const QString first = report::JsonExporter::contentSha256(data);
    QCOMPARE(first.size(), 64);
    QCOMPARE(report::JsonExporter::contentSha256(data), first);
    data.tracks[0].scores[3].pFake += 0.01;
    QVERIFY(report::JsonExporter::contentSha256(data) != first);
}

void TestReportExports::csvRoundTrip()
{
    const report::ReportData data = load(false);
    const QString path = m_dir.filePath(QStringLiteral("scores.csv"));
    QVERIFY(report::FrameScoreCsv::write(data, path).ok());
    auto table = report::FrameScoreCsv::read(path);
    QVERIFY2(table.ok(), table.ok() ? "" : qPrintable(table.error().message));
    QCOMPARE(table->analysisId, m_fixture.analysisId);
    QCOMPARE(table->classKeys, data.classKeys());
    QCOMPARE(table->rows.size(), 78);
    int row = 0;
    for (const report::TrackData &track : data.tracks) {
        for (const cases::FrameScoreRecord &s : track.scores) {
            const cases::FrameScoreRecord &r = table->rows.at(row++);
            QCOMPARE(r.trackNumber, s.trackNumber);
            QCOMPARE(r.frameIndex, s.frameIndex);
            QCOMPARE(r.pFake, s.pFake); // exact: shortest round-trip text
            QCOMPARE(r.classProbabilities, s.classProbabilities);
            QCOMPARE(r.hasEnergy, true);
            QCOMPARE(r.energy, s.energy);
        }
    }
    const QByteArray csv = report::FrameScoreCsv::toCsv(data);
    QVERIFY(csv.startsWith("analysis_id,track,frame_index,p_fake,energy,p_real,p_faceswap,p_reenact\n"));
}

void TestReportExports::csvNamesBadLine()
{
    QByteArray csv = report::FrameScoreCsv::toCsv(load(false));
    QList<QByteArray> lines = csv.split('\n');
    lines[3] = lines[3] + ",extra";
    auto table = report::FrameScoreCsv::parse(lines.join('\n'), QStringLiteral("edited.csv"));
    QVERIFY(!table.ok());
    QVERIFY2(table.error().message.contains(QStringLiteral("edited.csv, line 4")), qPrintable(table.error().message));
    auto badHeader = report::FrameScoreCsv::parse("track,frame\n1,2\n", QStringLiteral("other.csv"));
    QVERIFY(!badHeader.ok());
    QVERIFY(badHeader.error().message.contains(QStringLiteral("analysis_id")));
    // Quoted fields with separators read back.
    auto quoted = report::FrameScoreCsv::parse(
        "analysis_id,track,frame_index,p_fake,energy,\"p_a,b\"\n1,2,3,0.5,,0.25\n", QStringLiteral("q.csv"));
    QVERIFY(quoted.ok());
    QCOMPARE(quoted->classKeys, QStringList{QStringLiteral("a,b")});
    QCOMPARE(quoted->rows.at(0).hasEnergy, false);
}

void TestReportExports::mismatchedEvidenceIsReported()
{
    // A copy of the case whose evidence file is then altered: the export must say "mismatch".
    QTemporaryDir dir;
    test::ReportFixture copy = test::makeReportFixture(dir.path());
    QVERIFY2(copy.error.isEmpty(), qPrintable(copy.error));
    {
        QFile video(copy.videoPath);
        QVERIFY(video.open(QIODevice::Append));
        video.write("tampered");
    }
    auto db = cases::CaseDatabase::open(copy.dbPath, test::existingDatabase());
    QVERIFY(db.ok());
    auto data = report::ReportDataLoader::load(**db, copy.analysisId);
    QVERIFY(data.ok());
    QCOMPARE(data->evidenceCheck->check, cases::EvidenceCheck::Mismatch);
    const QJsonObject check = report::JsonExporter::toJson(*data)
                                  .value(QStringLiteral("evidence"))
                                  .toObject()
                                  .value(QStringLiteral("integrity_check"))
                                  .toObject();
    QCOMPARE(check.value(QStringLiteral("result")).toString(), QStringLiteral("mismatch"));
    QVERIFY(check.value(QStringLiteral("actual_sha256")).toString() != copy.evidenceSha256);
}

QTEST_GUILESS_MAIN(TestReportExports)
#include "TestReportExports.moc"
