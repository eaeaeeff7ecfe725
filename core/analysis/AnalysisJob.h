#pragma once

#include "core/analysis/AnalysisParams.h"
#include "core/cases/CaseTypes.h"
#include "core/common/Result.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QVector>

#include <atomic>

namespace fp::analysis {

struct AnalysisOutcome {
    qint64 analysisId = -1;
    qint64 caseId = -1;
    qint64 evidenceId = -1;
    QString evidenceSha256;
    cases::AnalysisStatus status = cases::AnalysisStatus::Completed;
    QVector<cases::TrackRecord> tracks; // final verdicts, by track number
    QJsonObject video;                  // video-level verdict: the most suspicious track, coverage
    QJsonObject coverage;
    QJsonObject timings;
    QJsonObject model; // name, version, sha256, bundled
    QString detector;
    QStringList notices;  // detector fallback, missing landmarks model, unverified model, ...
    QStringList warnings; // decode problems with frame numbers
};

// One analysis of one evidence file: decode -> detect/track -> crop -> batched inference -> persist, the stages
// running on their own threads joined by bounded queues; then per-track aggregation, Grad-CAM for the frames that
// drove each verdict, and the final verdicts. Results are committed in batches with a resume point, so a process
// killed mid-way leaves a consistent database in which the analysis shows as interrupted; running the job again
// with resumeAnalysisId continues after the last committed frame.
//
// run() blocks; call it from a worker thread (never the GUI thread) or from a command-line main(). cancel() may be
// called from any thread. progress is emitted from the thread that runs run(); connect with a context object.
class AnalysisJob : public QObject {
    Q_OBJECT

public:
    explicit AnalysisJob(AnalysisParams params, QObject *parent = nullptr);
    ~AnalysisJob() override;

    const AnalysisParams &params() const { return m_params; }
    Result<AnalysisOutcome> run();
    void cancel() { m_cancel = true; }
    bool isCancelled() const { return m_cancel.load(); }

Q_SIGNALS:
    void progress(const fp::analysis::AnalysisProgress &progress);
    void notice(const QString &message);

private:
    AnalysisParams m_params;
    std::atomic_bool m_cancel{false};
};

} // namespace fp::analysis
