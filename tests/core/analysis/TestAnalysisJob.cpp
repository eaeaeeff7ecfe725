// The pipeline end to end on a generated two-face clip with a small CNN whose weights are random (seeded): the
// verdicts mean nothing here, so the test checks the mechanics: tracks against the ground truth, what is stored,
// stride, cancel, and a process killed mid-way that resumes where it stopped.
#include "core/analysis/AnalysisJob.h"
#include "core/analysis/TruthComparison.h"
#include "core/cases/AnalysisReader.h"
#include "core/cases/AuditLog.h"
#include "core/cases/CaseDatabase.h"
#include "core/cases/CaseStore.h"

#include "tests/core/inference/TestModels.h"
#include "tests/testsupport/TestEnv.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace fp;

class TestAnalysisJob : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_clip;
    QJsonObject m_truth;
    QString m_card;
    qint64 m_frameCount = 0;

    analysis::AnalysisParams params(const QString &dbName) const
    {
        analysis::AnalysisParams p;
        p.evidencePath = m_clip;
        p.databasePath = m_dir.filePath(dbName);
        p.caseName = QStringLiteral("Pipeline test");
        p.model = m_card;
        p.device = inference::DeviceChoice::Cpu;
        p.threads = 2;
        p.keyFramesPerTrack = 2;
        return p;
    }

    QVector<cases::DetectionRecord> detectionsOf(const QString &dbPath, qint64 analysisId)
    {
        auto db = cases::CaseDatabase::open(dbPath);
        if (!db)
            return {};
        auto detections = cases::AnalysisReader(**db).detections(analysisId);
        return detections ? *detections : QVector<cases::DetectionRecord>{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_clip = m_dir.filePath(QStringLiteral("clip.mp4"));
        const QString truthPath = m_dir.filePath(QStringLiteral("clip.truth.json"));
        const auto made = test::runProcess(test::binDir() + QStringLiteral("/fakeprint-lab"),
                                           {QStringLiteral("synth"), QStringLiteral("video"), QStringLiteral("-o"),
                                            m_clip, QStringLiteral("--truth"), truthPath, QStringLiteral("--seed"),
                                            QStringLiteral("7"), QStringLiteral("--faces"), QStringLiteral("2"),
                                            QStringLiteral("--seconds"), QStringLiteral("4"), QStringLiteral("--lanes"),
                                            QStringLiteral("--split"), QStringLiteral("test")},
                                           240000);
        QVERIFY2(made.exitCode == 0, made.err.constData());
        QFile truthFile(truthPath);
        QVERIFY(truthFile.open(QIODevice::ReadOnly));
        m_truth = QJsonDocument::fromJson(truthFile.readAll()).object();
        m_frameCount = m_truth.value(QStringLiteral("frame_count")).toInteger();
        QVERIFY(m_frameCount > 60);

        test::CnnModelSpec spec;
        spec.inputSize = 64;
        spec.channels = {8, 16, 32, 32};
        const QStringList keys{QStringLiteral("real"),           QStringLiteral("deepfakes"),
                               QStringLiteral("face2face"),      QStringLiteral("faceswap"),
                               QStringLiteral("neuraltextures"), QStringLiteral("faceshifter")};
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("models"))));
        auto card = test::installModel(m_dir.filePath(QStringLiteral("models")),
                                       test::makeTestCard(QStringLiteral("pipeline-test"), 64, 2, keys),
                                       [&spec](const QString &pt) { return test::writeCnnModel(pt, spec); });
        QVERIFY2(card.ok(), card.ok() ? "" : qPrintable(card.error().message));
        m_card = card->cardPath;
    }

    void analysisStoresTracksScoresAndHeatmaps()
    {
        analysis::AnalysisJob job(params(QStringLiteral("full.db")));
        int progressCalls = 0;
        QObject context;
        connect(&job, &analysis::AnalysisJob::progress, &context,
                [&progressCalls](const analysis::AnalysisProgress &) { ++progressCalls; });
        auto outcome = job.run();
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message));
        QVERIFY(progressCalls >= 3);
        QCOMPARE(outcome->status, cases::AnalysisStatus::Completed);
        QCOMPARE(outcome->coverage.value(QStringLiteral("frames_analysed")).toInteger(), m_frameCount);
        QVERIFY(outcome->model.value(QStringLiteral("bundled")).toBool() == false);
        QVERIFY(!outcome->notices.isEmpty()); // the unverified model is said

        const QString dbPath = params(QStringLiteral("full.db")).databasePath;
        const auto detections = detectionsOf(dbPath, outcome->analysisId);
        auto comparison = analysis::compareWithTruth(m_truth, outcome->tracks, detections);
        QVERIFY(comparison.ok());
        QCOMPARE(comparison->rows.size(), 2);
        for (const analysis::TruthRow &row : comparison->rows) {
            QVERIFY2(row.matchedTrack >= 0, "a ground-truth face was not tracked");
            QVERIFY2(
                row.overlap >= 0.8,
                qPrintable(
                    QStringLiteral("track %1 covers %2 of the truth frames").arg(row.matchedTrack).arg(row.overlap)));
            QVERIFY(!row.verdict.isEmpty() && row.verdict != QLatin1String("pending"));
        }

        auto db = cases::CaseDatabase::open(dbPath);
        QVERIFY(db.ok());
        cases::CaseStore store(**db);
        auto info = store.analysisById(outcome->analysisId);
        QVERIFY(info.ok());
        QCOMPARE(info->status, cases::AnalysisStatus::Completed);
        QCOMPARE(info->progressFrame, m_frameCount - 1);
        QCOMPARE(info->model.sha256.size(), 64);
        QCOMPARE(info->settings.value(QStringLiteral("detection_interval")).toInt(), 3);
        cases::AnalysisReader reader(**db);
        auto scores = reader.frameScores(outcome->analysisId);
        QVERIFY(scores.ok());
        QVERIFY(scores->size() >= int(m_frameCount)); // two faces on most frames
        auto heatmapFrames = reader.heatmapFrames(outcome->analysisId);
        QVERIFY(heatmapFrames.ok());
        QVERIFY(!heatmapFrames->isEmpty());
        auto maps = reader.heatmapsAt(outcome->analysisId, heatmapFrames->first());
        QVERIFY(maps.ok() && !maps->isEmpty());
        QCOMPARE(maps->first().width, 64);
        QVERIFY(!maps->first().png.isEmpty());
        auto audit = cases::AuditLog::verify((*db)->connection(), dbPath);
        QVERIFY(audit.ok() && audit->ok);
    }

    void strideAnalysesEveryNthFrame()
    {
        auto p = params(QStringLiteral("stride.db"));
        p.frameStride = 2;
        analysis::AnalysisJob job(p);
        auto outcome = job.run();
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message));
        QCOMPARE(outcome->coverage.value(QStringLiteral("frames_analysed")).toInteger(), (m_frameCount + 1) / 2);
        for (const auto &d : detectionsOf(p.databasePath, outcome->analysisId))
            QCOMPARE(d.frameIndex % 2, 0);
    }

    void cancelKeepsWhatWasCommitted()
    {
        auto p = params(QStringLiteral("cancel.db"));
        analysis::AnalysisJob job(p);
        QObject context;
        connect(&job, &analysis::AnalysisJob::progress, &context, [&job](const analysis::AnalysisProgress &progress) {
            if (progress.framesDone > 0)
                job.cancel();
        });
        auto outcome = job.run();
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, Error::Code::Cancelled);
        auto db = cases::CaseDatabase::open(p.databasePath);
        QVERIFY(db.ok());
        auto analyses = cases::CaseStore(**db).analysesOfCase(1);
        QVERIFY(analyses.ok() && analyses->size() == 1);
        QCOMPARE(analyses->first().status, cases::AnalysisStatus::Cancelled);
        QVERIFY(analyses->first().progressFrame < m_frameCount - 1);
    }

    void killedAfterTheLastCommitResumesToTheVerdicts()
    {
        // A process killed after its last frame batch was committed and before the analysis was finished: every
        // frame is stored, the status says interrupted. Resuming decodes nothing and makes the verdicts.
        auto p = params(QStringLiteral("lastcommit.db"));
        {
            analysis::AnalysisJob job(p);
            auto outcome = job.run();
            QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message));
        }
        {
            auto db = cases::CaseDatabase::open(p.databasePath);
            QVERIFY(db.ok());
            QSqlQuery q((*db)->connection());
            QVERIFY(
                q.exec(QStringLiteral("UPDATE analyses SET status = 'interrupted', finished_at = NULL WHERE id = 1")));
            auto analysis = cases::CaseStore(**db).analysisById(1);
            QVERIFY(analysis.ok());
            QCOMPARE(analysis->progressFrame, m_frameCount - 1);
        }
        p.resumeAnalysisId = 1;
        analysis::AnalysisJob job(p);
        auto outcome = job.run();
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message));
        QCOMPARE(outcome->timings.value(QStringLiteral("resumed_from_frame")).toInteger(), m_frameCount);
        auto db = cases::CaseDatabase::open(p.databasePath);
        QVERIFY(db.ok());
        auto analysis = cases::CaseStore(**db).analysisById(1);
        QVERIFY(analysis.ok());
        QCOMPARE(analysis->status, cases::AnalysisStatus::Completed);
        auto tracks = cases::AnalysisReader(**db).tracks(1);
        QVERIFY(tracks.ok() && !tracks->isEmpty());
        for (const auto &t : *tracks)
            QVERIFY2(t.record.verdict != QLatin1String("pending"), qPrintable(t.record.verdict));
    }

    void killedAnalysisResumesWhereItStopped()
    {
        const QString dbPath = m_dir.filePath(QStringLiteral("killed.db"));
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(test::cliPath(),
                      {QStringLiteral("analyze"), m_clip, QStringLiteral("--db"), dbPath, QStringLiteral("--case"),
                       QStringLiteral("Killed"), QStringLiteral("--model"), m_card, QStringLiteral("--device"),
                       QStringLiteral("cpu"), QStringLiteral("--quiet")});
        QVERIFY(process.waitForStarted());
        // Wait for the first committed batch, then kill -9.
        qint64 committed = -1;
        QElapsedTimer timer;
        timer.start();
        while (committed < 0 && timer.elapsed() < 120000 && process.state() == QProcess::Running) {
            QTest::qWait(20);
            cases::CaseDatabase::Options ro;
            ro.create = false;
            ro.readOnly = true;
            auto db = cases::CaseDatabase::open(dbPath, ro);
            if (!db)
                continue;
            auto analysis = cases::CaseStore(**db).analysisById(1);
            if (analysis && analysis->progressFrame >= 0)
                committed = analysis->progressFrame;
        }
        QVERIFY2(process.state() == QProcess::Running, "the analysis finished before it could be killed");
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished());
        QVERIFY(committed >= 0 && committed < m_frameCount - 1);

        {
            auto db = cases::CaseDatabase::open(dbPath);
            QVERIFY(db.ok());
            QVERIFY((*db)->interruptedAtOpen().contains(1));
            auto analysis = cases::CaseStore(**db).analysisById(1);
            QVERIFY(analysis.ok());
            QCOMPARE(analysis->status, cases::AnalysisStatus::Interrupted);
            auto audit = cases::AuditLog::verify((*db)->connection(), dbPath);
            QVERIFY(audit.ok() && audit->ok);
        }
        auto p = params(QStringLiteral("killed.db"));
        p.resumeAnalysisId = 1;
        analysis::AnalysisJob job(p);
        auto outcome = job.run();
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message));
        QCOMPARE(outcome->analysisId, qint64(1));
        QCOMPARE(outcome->timings.value(QStringLiteral("resumed_from_frame")).toInteger(), committed + 1);
        QSet<qint64> framesWithFaces;
        for (const auto &d : detectionsOf(dbPath, 1))
            framesWithFaces.insert(d.frameIndex);
        // Every frame of the clip shows faces; after the resume each one has detections.
        QVERIFY2(framesWithFaces.size() >= int(m_frameCount * 0.95),
                 qPrintable(QStringLiteral("%1 of %2 frames").arg(framesWithFaces.size()).arg(m_frameCount)));
    }
};

QTEST_GUILESS_MAIN(TestAnalysisJob)
#include "TestAnalysisJob.moc"
