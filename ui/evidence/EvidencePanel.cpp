#include "ui/evidence/EvidencePanel.h"

#include "ui/common/Timecode.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace fp::ui {

EvidencePanel::EvidencePanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("evidencePanel"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    m_form = new QFormLayout(content);
    m_form->setContentsMargins(8, 6, 8, 6);
    m_form->setRowWrapPolicy(QFormLayout::WrapAllRows); // the dock is narrow: values get the full width
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_file = addRow(tr("File"), QStringLiteral("evidenceFile"));
    m_path = addExactRow(tr("Registered at"), QStringLiteral("evidencePath"));
    m_size = addRow(tr("Size"), QStringLiteral("evidenceSize"));
    m_sha256 = addExactRow(tr("SHA-256"), QStringLiteral("evidenceSha256"));
    m_md5 = addExactRow(tr("MD5"), QStringLiteral("evidenceMd5"));
    m_added = addRow(tr("Added"), QStringLiteral("evidenceAdded"));
    m_video = addRow(tr("Video"), QStringLiteral("evidenceVideo"));
    m_timing = addRow(tr("Timing"), QStringLiteral("evidenceTiming"));
    m_container = addRow(tr("Container"), QStringLiteral("evidenceContainer"));
    m_integrity = addRow(tr("Integrity"), QStringLiteral("evidenceIntegrity"));
    m_verify = new QPushButton(tr("Verify hashes now"), content);
    m_verify->setObjectName(QStringLiteral("verifyEvidence"));
    m_verify->setToolTip(tr("Re-hash the file (read-only) and compare with the registry; the check is audited"));
    m_form->addRow(QString(), m_verify);
    scroll->setWidget(content);
    outer->addWidget(scroll);
    connect(m_verify, &QPushButton::clicked, this, [this] {
        if (m_evidence.id >= 0)
            Q_EMIT verifyRequested(m_evidence.id);
    });
    clear();
}

QLabel *EvidencePanel::addRow(const QString &label, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    auto *name = new QLabel(label, this);
    name->setObjectName(QStringLiteral("sectionTitle"));
    m_form->addRow(name, value);
    return value;
}

QLineEdit *EvidencePanel::addExactRow(const QString &label, const QString &objectName)
{
    // Hashes and paths are shown whole and copied exactly: a read-only line scrolls instead of wrapping.
    auto *value = new QLineEdit(this);
    value->setObjectName(objectName);
    value->setReadOnly(true);
    value->setFrame(false);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(font().pointSizeF() * 0.95);
    value->setFont(mono);
    auto *name = new QLabel(label, this);
    name->setObjectName(QStringLiteral("sectionTitle"));
    m_form->addRow(name, value);
    return value;
}

void EvidencePanel::clear()
{
    m_evidence = {};
    for (QLabel *l : {m_file, m_size, m_added, m_video, m_timing, m_container})
        l->clear();
    for (QLineEdit *l : {m_path, m_sha256, m_md5})
        l->clear();
    m_file->setText(tr("No evidence selected."));
    m_integrity->clear();
    m_verify->setEnabled(false);
}

void EvidencePanel::setEvidence(const cases::EvidenceInfo &e)
{
    if (e.id != m_evidence.id)
        m_integrity->setText(tr("Not verified in this session"));
    m_evidence = e;
    m_file->setText(e.fileName);
    m_size->setText(tr("%1 (%2 bytes)").arg(QLocale().formattedDataSize(e.sizeBytes)).arg(e.sizeBytes));
    m_path->setText(e.path);
    m_path->setCursorPosition(0);
    m_path->setToolTip(e.path);
    m_sha256->setText(e.sha256);
    m_sha256->setCursorPosition(0);
    m_sha256->setToolTip(e.sha256);
    m_md5->setText(e.md5);
    m_md5->setCursorPosition(0);
    m_added->setText(tr("%1 (file modified %2)").arg(e.addedAtUtc, e.mtimeUtc));
    const QJsonObject m = e.mediaInfo;
    if (m.isEmpty()) {
        m_video->setText(tr("No media information recorded."));
        m_timing->clear();
        m_container->clear();
    } else {
        m_video->setText(tr("%1 · %2×%3 · %4")
                             .arg(m.value(QStringLiteral("codec")).toString())
                             .arg(m.value(QStringLiteral("width")).toInt())
                             .arg(m.value(QStringLiteral("height")).toInt())
                             .arg(m.value(QStringLiteral("pixel_format")).toString()));
        const bool vfr = m.value(QStringLiteral("variable_frame_rate")).toBool();
        m_timing->setText(tr("%1 frames · %2 fps%3 · %4")
                              .arg(qint64(m.value(QStringLiteral("frame_count")).toDouble()))
                              .arg(m.value(QStringLiteral("fps")).toDouble(), 0, 'f', 3)
                              .arg(vfr ? tr(" (variable)") : QString())
                              .arg(Timecode::fromSeconds(m.value(QStringLiteral("duration_ms")).toDouble() / 1000.0)));
        m_container->setText(m.value(QStringLiteral("container_long_name")).toString().isEmpty()
                                 ? m.value(QStringLiteral("container")).toString()
                                 : m.value(QStringLiteral("container_long_name")).toString());
    }
    m_verify->setEnabled(true);
}

void EvidencePanel::setVerifying()
{
    m_integrity->setText(tr("Verifying…"));
    m_integrity->setStyleSheet(QString());
    m_verify->setEnabled(false);
}

void EvidencePanel::setVerification(const cases::EvidenceVerification &v)
{
    if (v.evidenceId != m_evidence.id)
        return;
    m_verify->setEnabled(true);
    switch (v.check) {
    case cases::EvidenceCheck::Match:
        m_integrity->setText(tr("✔ Intact: size and SHA-256 match the registry"));
        m_integrity->setStyleSheet(QStringLiteral("color: #3fb950; font-weight: 600;"));
        break;
    case cases::EvidenceCheck::Mismatch:
        m_integrity->setText(tr("✖ MISMATCH: %1").arg(v.detail));
        m_integrity->setStyleSheet(QStringLiteral("color: #e5484d; font-weight: 600;"));
        break;
    case cases::EvidenceCheck::Missing:
        m_integrity->setText(tr("✖ File missing: %1").arg(v.detail));
        m_integrity->setStyleSheet(QStringLiteral("color: #f08c2e; font-weight: 600;"));
        break;
    }
}

void EvidencePanel::setVerificationError(const QString &message)
{
    m_verify->setEnabled(true);
    m_integrity->setText(tr("Could not verify: %1").arg(message));
    m_integrity->setStyleSheet(QStringLiteral("color: #f08c2e;"));
}

QString EvidencePanel::integrityText() const
{
    return m_integrity->text();
}

} // namespace fp::ui
