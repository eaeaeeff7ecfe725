#include "ui/dialogs/AnalysisDialog.h"

#include "core/analysis/AnalysisJob.h"
#include "core/inference/ModelRegistry.h"
#include "ui/common/Timecode.h"
#include "ui/dialogs/SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace fp::ui {

namespace {
std::optional<analysis::AnalysisParams> s_nextAnswer;

struct JobOutcome {
    qint64 analysisId = -1;
    QString error;
};
} // namespace

void AnalysisDialog::setNextAnswer(const std::optional<analysis::AnalysisParams> &params)
{
    s_nextAnswer = params;
}

AnalysisDialog::AnalysisDialog(const QString &evidencePath, const QString &databasePath, const QString &caseName,
                               QWidget *parent)
    : QDialog(parent), m_evidencePath(evidencePath), m_databasePath(databasePath), m_caseName(caseName)
{
    setWindowTitle(tr("Analyse %1").arg(QFileInfo(evidencePath).fileName()));
    setModal(false);
    const SettingsDialog::Values settings = SettingsDialog::Values::load();
    auto *form = new QFormLayout(this);
    m_model = new QComboBox(this);
    const inference::ModelRegistry registry = inference::ModelRegistry::fromAppPaths();
    for (const inference::ModelEntry &entry : registry.models())
        m_model->addItem(entry.card.displayName() + (entry.bundled ? QString() : tr(" (user, unverified)")),
                         entry.card.cardPath);
    if (m_model->count() == 0)
        m_model->addItem(tr("No model installed"), QString());
    form->addRow(tr("Model:"), m_model);
    m_device = new QComboBox(this);
    m_device->addItem(tr("Automatic"), int(inference::DeviceChoice::Auto));
    m_device->addItem(tr("CPU"), int(inference::DeviceChoice::Cpu));
    m_device->addItem(tr("CUDA GPU"), int(inference::DeviceChoice::Cuda));
    m_device->setCurrentIndex(settings.device == QStringLiteral("cpu")    ? 1
                              : settings.device == QStringLiteral("cuda") ? 2
                                                                          : 0);
    form->addRow(tr("Device:"), m_device);
    m_threads = new QSpinBox(this);
    m_threads->setRange(0, qMax(1, QThread::idealThreadCount()) * 2);
    m_threads->setSpecialValueText(tr("All cores"));
    m_threads->setValue(settings.threads);
    form->addRow(tr("CPU threads:"), m_threads);
    m_stride = new QSpinBox(this);
    m_stride->setRange(1, 100);
    m_stride->setValue(1);
    m_stride->setToolTip(tr("Analyse every n-th frame; frames in between are not scored"));
    form->addRow(tr("Frame stride:"), m_stride);
    m_interval = new QSpinBox(this);
    m_interval->setRange(1, 100);
    m_interval->setValue(3);
    m_interval->setToolTip(tr("Run the face detector on every k-th analysed frame and track in between"));
    form->addRow(tr("Detection interval:"), m_interval);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    form->addRow(tr("Progress:"), m_progress);
    m_status = new QLabel(tr("Not started"), this);
    m_status->setWordWrap(true);
    form->addRow(tr("Status:"), m_status);
    auto *buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(tr("Start analysis"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    form->addRow(buttons);
    m_start->setEnabled(!m_model->currentData().toString().isEmpty());
    connect(m_start, &QPushButton::clicked, this, &AnalysisDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &AnalysisDialog::reject);
}

AnalysisDialog::~AnalysisDialog()
{
    if (m_job)
        m_job->cancel(); // the worker holds its own reference and finishes on its own
}

analysis::AnalysisParams AnalysisDialog::formParams() const
{
    analysis::AnalysisParams p;
    p.evidencePath = m_evidencePath;
    p.databasePath = m_databasePath;
    p.caseName = m_caseName;
    p.model = m_model->currentData().toString();
    p.device = inference::DeviceChoice(m_device->currentData().toInt());
    p.threads = m_threads->value();
    p.frameStride = m_stride->value();
    p.detectionInterval = m_interval->value();
    p.detector.kind = SettingsDialog::Values::load().detector;
    return p;
}

void AnalysisDialog::start()
{
    if (m_running)
        return;
    analysis::AnalysisParams params = formParams();
    if (s_nextAnswer) {
        params = *s_nextAnswer;
        s_nextAnswer.reset();
    }
    auto job = std::make_shared<analysis::AnalysisJob>(params);
    m_job = job;
    connect(job.get(), &analysis::AnalysisJob::progress, this, [this](const analysis::AnalysisProgress &p) {
        if (p.frameCount > 0)
            m_progress->setValue(int(1000.0 * double(p.framesDone) / double(p.frameCount)));
        QString text = tr("%1 · frame %2 of %3 · %4 fps · %5 track(s)")
                           .arg(p.stage)
                           .arg(p.framesDone)
                           .arg(p.frameCount)
                           .arg(p.fps, 0, 'f', 1)
                           .arg(p.tracks);
        if (p.etaSeconds >= 0)
            text += tr(" · about %1 left").arg(Timecode::fromSeconds(p.etaSeconds).left(8));
        m_status->setText(text);
    });
    connect(job.get(), &analysis::AnalysisJob::notice, this, [this](const QString &message) {
        m_status->setToolTip(m_status->toolTip().isEmpty() ? message
                                                           : m_status->toolTip() + QLatin1Char('\n') + message);
    });
    auto *watcher = new QFutureWatcher<JobOutcome>(this);
    connect(watcher, &QFutureWatcher<JobOutcome>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const JobOutcome outcome = watcher->result();
        m_job.reset();
        setRunning(false);
        if (!outcome.error.isEmpty()) {
            m_status->setText(outcome.error);
            Q_EMIT failed(outcome.error);
            return;
        }
        m_progress->setValue(1000);
        m_status->setText(tr("Finished: analysis %1").arg(outcome.analysisId));
        Q_EMIT finishedAnalysis(outcome.analysisId);
    });
    setRunning(true);
    m_status->setText(tr("Starting…"));
    watcher->setFuture(QtConcurrent::run([job] {
        JobOutcome outcome;
        auto result = job->run();
        if (result)
            outcome.analysisId = result->analysisId;
        else
            outcome.error = result.error().message;
        return outcome;
    }));
}

void AnalysisDialog::reject()
{
    if (m_running) {
        m_job->cancel(); // the job commits what it has and reports back; the dialog closes after that
        m_status->setText(tr("Cancelling…"));
        m_cancel->setEnabled(false);
        return;
    }
    QDialog::reject();
}

void AnalysisDialog::setRunning(bool running)
{
    m_running = running;
    for (QWidget *w : std::initializer_list<QWidget *>{m_model, m_device, m_threads, m_stride, m_interval, m_start})
        w->setEnabled(!running);
    m_cancel->setEnabled(true);
    m_cancel->setText(running ? tr("Cancel analysis") : tr("Close"));
}

} // namespace fp::ui
