#pragma once

#include "core/cases/CaseTypes.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fp::ui {

// The evidence dock: what the case registry holds about one file (hashes, size, times, media info) and the
// outcome of the last integrity check in this session. verifyRequested asks the window to re-hash the file.
class EvidencePanel : public QWidget {
    Q_OBJECT

public:
    explicit EvidencePanel(QWidget *parent = nullptr);

    void setEvidence(const cases::EvidenceInfo &evidence);
    void clear();
    void setVerifying();
    void setVerification(const cases::EvidenceVerification &verification);
    void setVerificationError(const QString &message);
    qint64 evidenceId() const { return m_evidence.id; }
    QString integrityText() const;

Q_SIGNALS:
    void verifyRequested(qint64 evidenceId);

private:
    QLabel *addRow(const QString &label, const QString &objectName);
    QLineEdit *addExactRow(const QString &label, const QString &objectName);

    cases::EvidenceInfo m_evidence;
    QFormLayout *m_form = nullptr;
    QLabel *m_file = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_size = nullptr;
    QLineEdit *m_sha256 = nullptr;
    QLineEdit *m_md5 = nullptr;
    QLabel *m_added = nullptr;
    QLabel *m_video = nullptr;
    QLabel *m_timing = nullptr;
    QLabel *m_container = nullptr;
    QLabel *m_integrity = nullptr;
    QPushButton *m_verify = nullptr;
};

} // namespace fp::ui
