#include "core/cases/AnalysisWriter.h"
#include "core/cases/AuditLog.h"
#include "core/cases/BlobCodec.h"
#include "core/cases/CaseStore.h"

#include "tests/core/cases/CaseFixtures.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fp;
using namespace fp::cases;

class TestAnalysisWriter : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_caseId = -1;
    qint64 m_evidenceId = -1;

    void makeCase(const QString &name)
    {
        m_path = m_dir.filePath(name + QStringLiteral(".db"));
        auto db = test::openOrFail(m_path);
        QVERIFY(db);
        CaseStore store(*db);
        auto c = store.createCase(name);
        QVERIFY(c.ok());
        auto e = store.addEvidence(c->id, test::writeBytes(m_dir.path(), name + QStringLiteral(".mp4"), name.toUtf8()));
        QVERIFY(e.ok());
        m_caseId = c->id;
        m_evidenceId = e->evidence.id;
    }

private Q_SLOTS:
    void batchesCommitEverythingAndFinishRecordsTheResult()
    {
        makeCase(QStringLiteral("full"));
        auto started =
            AnalysisWriter::start(m_path, test::analysisStart(m_caseId, m_evidenceId), QStringLiteral("carol"));
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
        auto &writer = **started;
        QVERIFY(writer.running());
        QCOMPARE(writer.resumeFrame(), qint64(0));
        QVERIFY(QFile::exists(CaseDatabase::analysisLockPath(m_path, writer.analysisId())));

        AnalysisBatch batch;
        batch.tracks = {test::track(1, 0, 4), test::track(2, 2, 4)};
        for (int f = 0; f < 5; ++f) {
            auto d = test::detection(1, f);
            d.landmarks = {QPointF(1.5, 2.5), QPointF(3.25, 4.0)};
            d.keypoints = {QPointF(7, 8)};
            d.predicted = f % 2 == 1;
            batch.detections.append(d);
            batch.scores.append(test::score(1, f, 0.1 * f));
        }
        batch.detections.append(test::detection(2, 3));
        batch.scores.append(test::score(2, 4, 0.7)); // a score without a detection on that frame
        HeatmapRecord heatmap;
        heatmap.trackNumber = 1;
        heatmap.frameIndex = 2;
        heatmap.classIndex = 3;
        heatmap.width = 7;
        heatmap.height = 7;
        heatmap.png = QByteArray("\x89PNG fake bytes for storage", 27);
        heatmap.crop = QRect(5, 6, 70, 70);
        batch.heatmaps.append(heatmap);
        batch.lastFrameCommitted = 4;
        QVERIFY(writer.append(batch).ok());
        QCOMPARE(writer.resumeFrame(), qint64(5));

        // Track 1 goes on in a later batch: its frame range grows, the summary is replaced.
        AnalysisBatch more;
        auto grown = test::track(1, 0, 9);
        grown.verdict = QStringLiteral("manipulated");
        more.tracks.append(grown);
        more.detections.append(test::detection(1, 9));
        more.lastFrameCommitted = 9;
        QVERIFY(writer.append(more).ok());
        QVERIFY(writer.markProgress(12).ok());
        QVERIFY(!writer.markProgress(3).ok()); // never backwards

        AnalysisFinish finish;
        auto final1 = test::track(1, 0, 9);
        final1.verdict = QStringLiteral("manipulated");
        final1.label = QStringLiteral("FaceSwap");
        final1.confidence = 0.83;
        final1.pFake = 0.91;
        final1.classProbabilities = QJsonObject{{QStringLiteral("FaceSwap"), 0.8}};
        final1.aggregation = QStringLiteral("xai-threshold");
        finish.tracks.append(final1);
        finish.coverage = QJsonObject{{QStringLiteral("frames_without_faces"), 3}};
        finish.timings = QJsonObject{{QStringLiteral("total_s"), 1.5}};
        QVERIFY(writer.finish(finish).ok());
        QVERIFY(!writer.running());
        QVERIFY(!QFile::exists(CaseDatabase::analysisLockPath(m_path, writer.analysisId())));
        QVERIFY(!writer.append(more).ok());

        auto db = test::openOrFail(m_path);
        QVERIFY(db);
        CaseStore store(*db);
        auto analysis = store.analysisById(writer.analysisId());
        QVERIFY(analysis.ok());
        QCOMPARE(analysis->status, AnalysisStatus::Completed);
        QCOMPARE(analysis->progressFrame, qint64(12));
        QCOMPARE(analysis->model.name, QStringLiteral("test-model"));
        QCOMPARE(analysis->settings.value(QStringLiteral("detection_interval")).toInt(), 3);
        QCOMPARE(analysis->timings.value(QStringLiteral("total_s")).toDouble(), 1.5);
        QVERIFY(!analysis->finishedAtUtc.isEmpty());
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM tracks")).toInt(), 2);
        QCOMPARE(test::scalar(
                     *db, QStringLiteral("SELECT last_frame || verdict || label FROM tracks WHERE track_number = 1"))
                     .toString(),
                 QStringLiteral("9manipulatedFaceSwap"));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM detections")).toInt(), 7);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT sum(predicted) FROM detections")).toInt(), 2);
        QCOMPARE(
            test::scalar(*db, QStringLiteral("SELECT count(*) FROM frame_scores WHERE detection_id IS NULL")).toInt(),
            1);
        QCOMPARE(BlobCodec::decodePoints(
                     test::scalar(*db, QStringLiteral("SELECT landmarks FROM detections WHERE frame_index = 0 "
                                                      "AND track_id = (SELECT id FROM tracks WHERE track_number = 1)"))
                         .toByteArray()),
                 (QVector<QPointF>{QPointF(1.5, 2.5), QPointF(3.25, 4.0)}));
        QCOMPARE(
            BlobCodec::decodeFloats(test::scalar(*db, QStringLiteral("SELECT class_probabilities FROM frame_scores "
                                                                     "WHERE p_fake = 0.7"))
                                        .toByteArray()),
            (QVector<float>{0.3f, 0.7f}));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT png FROM heatmaps")).toByteArray(), heatmap.png);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT data FROM coverage")).toString(),
                 QStringLiteral("{\"frames_without_faces\":3}"));
        QCOMPARE(test::scalar(
                     *db, QStringLiteral("SELECT group_concat(action) FROM audit_log WHERE action LIKE 'analysis.%'"))
                     .toString(),
                 QStringLiteral("analysis.started,analysis.batch,analysis.batch,analysis.batch,analysis.finished"));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT actor FROM audit_log WHERE action = 'analysis.started'"))
                     .toString(),
                 QStringLiteral("carol"));
        auto audit = AuditLog::verify(db->connection(), m_path);
        QVERIFY(audit.ok() && audit->ok);
    }

    void aBadBatchRollsBackCompletely()
    {
        makeCase(QStringLiteral("bad"));
        auto started = AnalysisWriter::start(m_path, test::analysisStart(m_caseId, m_evidenceId));
        QVERIFY(started.ok());
        auto &writer = **started;
        AnalysisBatch batch;
        batch.tracks.append(test::track(1, 0, 1));
        batch.detections = {test::detection(1, 0), test::detection(5, 1)}; // track 5 was never written
        batch.lastFrameCommitted = 1;
        auto refused = writer.append(batch);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("track 5")));
        QCOMPARE(writer.resumeFrame(), qint64(0));
        QCOMPARE(writer.trackId(1), qint64(-1));
        QCOMPARE(test::scalar(writer.database(), QStringLiteral("SELECT count(*) FROM tracks")).toInt(), 0);
        QCOMPARE(test::scalar(writer.database(), QStringLiteral("SELECT progress_frame FROM analyses")).toInt(), -1);
        auto invalid = test::track(2, 0, 1);
        invalid.verdict = QStringLiteral("probably");
        AnalysisBatch second;
        second.tracks.append(invalid);
        QVERIFY(!writer.append(second).ok()); // CHECK constraint on verdict
        AnalysisFinish wrong;
        wrong.status = AnalysisStatus::Interrupted;
        QVERIFY(!writer.finish(wrong).ok());
    }

    void startRefusesEvidenceOutsideTheCase()
    {
        makeCase(QStringLiteral("outside"));
        auto refused = AnalysisWriter::start(m_path, test::analysisStart(m_caseId, 4242));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::NotFound);
    }

    void destroyingARunningWriterMarksItInterrupted()
    {
        makeCase(QStringLiteral("dropped"));
        qint64 analysisId = -1;
        {
            auto started = AnalysisWriter::start(m_path, test::analysisStart(m_caseId, m_evidenceId));
            QVERIFY(started.ok());
            analysisId = (*started)->analysisId();
            QVERIFY((*started)->markProgress(41).ok());
            // A second writer cannot take over a live analysis.
        }
        auto db = test::openOrFail(m_path);
        CaseStore store(*db);
        QCOMPARE(store.analysisById(analysisId)->status, AnalysisStatus::Interrupted);
        auto resumed = AnalysisWriter::resume(m_path, analysisId);
        QVERIFY(resumed.ok());
        QCOMPARE((*resumed)->resumeFrame(), qint64(42));
        auto twice = AnalysisWriter::resume(m_path, analysisId);
        QVERIFY(!twice.ok());
        AnalysisFinish cancelled;
        cancelled.status = AnalysisStatus::Cancelled;
        QVERIFY((*resumed)->finish(cancelled).ok());
        QCOMPARE(store.analysisById(analysisId)->status, AnalysisStatus::Cancelled);
        QVERIFY(!AnalysisWriter::resume(m_path, analysisId).ok()); // only interrupted analyses resume
    }

    void diskFullIsReportedWithThePathAndLeavesTheDatabaseConsistent()
    {
        // A real full disk is simulated with PRAGMA max_page_count on the writer's connection: SQLite then fails
        // with SQLITE_FULL exactly as when the file system has no space left.
        makeCase(QStringLiteral("full-disk"));
        auto started = AnalysisWriter::start(m_path, test::analysisStart(m_caseId, m_evidenceId));
        QVERIFY(started.ok());
        auto &writer = **started;
        AnalysisBatch first;
        first.tracks.append(test::track(1, 0, 0));
        first.detections.append(test::detection(1, 0));
        first.lastFrameCommitted = 0;
        QVERIFY(writer.append(first).ok());
        const int pages = test::scalar(writer.database(), QStringLiteral("PRAGMA page_count")).toInt();
        QVERIFY(test::rawExec(writer.database(), QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 8)));
        Status status = Ok{};
        qint64 frame = 1;
        for (; frame < 200 && status.ok(); ++frame) {
            AnalysisBatch batch;
            HeatmapRecord h;
            h.trackNumber = 1;
            h.frameIndex = frame;
            h.width = 64;
            h.height = 64;
            h.png = QByteArray(16384, char(frame));
            h.crop = QRect(0, 0, 64, 64);
            batch.heatmaps.append(h);
            batch.lastFrameCommitted = frame;
            status = writer.append(batch);
        }
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, Error::Code::DiskFull);
        QVERIFY(status.error().message.contains(m_path));
        QCOMPARE(writer.resumeFrame(), frame - 1); // the failed batch is not counted
        auto reader = test::openOrFail(m_path);
        QVERIFY(reader);
        QCOMPARE(test::scalar(*reader, QStringLiteral("SELECT progress_frame FROM analyses")).toLongLong(), frame - 2);
        QCOMPARE(test::scalar(*reader, QStringLiteral("SELECT count(*) FROM heatmaps")).toLongLong(), frame - 2);
        auto audit = AuditLog::verify(reader->connection(), m_path);
        QVERIFY(audit.ok() && audit->ok);
        QCOMPARE(test::scalar(*reader, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestAnalysisWriter)
#include "TestAnalysisWriter.moc"
