#pragma once

#include "core/analysis/AnalysisParams.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace fp::analysis {
class AnalysisJob;
}

namespace fp::ui {

// Runs one analysis of an evidence file: model, device, threads, frame stride and detection interval, then
// progress, ETA and cancel while the job runs on a worker thread; the window stays usable (the dialog is not
// modal). finishedAnalysis() names the new analysis when it completed (or was cancelled with results).
// Tests may set the next parameters with setNextAnswer(); start() then runs at once without user input.
class AnalysisDialog : public QDialog {
    Q_OBJECT

public:
    AnalysisDialog(const QString &evidencePath, const QString &databasePath, const QString &caseName,
                   QWidget *parent = nullptr);
    ~AnalysisDialog() override;

    static void setNextAnswer(const std::optional<analysis::AnalysisParams> &params);
    // Uses the next answer when one is set, else the form's values.
    void start();
    bool isRunning() const { return m_running; }
    analysis::AnalysisParams formParams() const;

Q_SIGNALS:
    void finishedAnalysis(qint64 analysisId);
    void failed(const QString &message);

protected:
    void reject() override;

private:
    void setRunning(bool running);

    QString m_evidencePath;
    QString m_databasePath;
    QString m_caseName;
    QComboBox *m_model = nullptr;
    QComboBox *m_device = nullptr;
    QSpinBox *m_threads = nullptr;
    QSpinBox *m_stride = nullptr;
    QSpinBox *m_interval = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    std::shared_ptr<analysis::AnalysisJob> m_job;
    bool m_running = false;
};

} // namespace fp::ui
