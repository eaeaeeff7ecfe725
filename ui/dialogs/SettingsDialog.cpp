#include "ui/dialogs/SettingsDialog.h"

#include "core/i18n/Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QThread>

namespace fp::ui {

namespace {

std::optional<std::optional<SettingsDialog::Values>> s_nextAnswer;

} // namespace

SettingsDialog::Values SettingsDialog::Values::load()
{
    QSettings s;
    Values v;
    v.language = s.value(i18n::Translations::settingsKey()).toString();
    v.device = s.value(QStringLiteral("inference/device"), QStringLiteral("auto")).toString();
    v.threads = s.value(QStringLiteral("inference/threads"), 0).toInt();
    v.detector = s.value(QStringLiteral("faces/detector"), QStringLiteral("auto")).toString();
    return v;
}

void SettingsDialog::Values::save() const
{
    QSettings s;
    s.setValue(i18n::Translations::settingsKey(), language);
    s.setValue(QStringLiteral("inference/device"), device);
    s.setValue(QStringLiteral("inference/threads"), threads);
    s.setValue(QStringLiteral("faces/detector"), detector);
}

void SettingsDialog::setNextAnswer(const std::optional<Values> &answer)
{
    s_nextAnswer.emplace(answer);
}

bool SettingsDialog::ask(QWidget *parent)
{
    std::optional<Values> result;
    if (s_nextAnswer) {
        result = *s_nextAnswer;
        s_nextAnswer.reset();
    } else {
        SettingsDialog dialog(Values::load(), parent);
        if (dialog.exec() == QDialog::Accepted)
            result = dialog.values();
    }
    if (!result)
        return false;
    result->save();
    return true;
}

SettingsDialog::SettingsDialog(const Values &v, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    auto *form = new QFormLayout(this);
    m_language = new QComboBox(this);
    m_language->addItem(tr("System language"), QString());
    for (const QString &lang : i18n::Translations::availableLanguages())
        m_language->addItem(i18n::Translations::nativeName(lang), lang);
    m_language->setCurrentIndex(qMax(0, m_language->findData(v.language)));
    form->addRow(tr("Language:"), m_language);
    m_device = new QComboBox(this);
    m_device->addItem(tr("Automatic (GPU when available)"), QStringLiteral("auto"));
    m_device->addItem(tr("CPU"), QStringLiteral("cpu"));
    m_device->addItem(tr("CUDA GPU"), QStringLiteral("cuda"));
    m_device->setCurrentIndex(qMax(0, m_device->findData(v.device)));
    form->addRow(tr("Inference device:"), m_device);
    m_threads = new QSpinBox(this);
    m_threads->setRange(0, qMax(1, QThread::idealThreadCount()) * 2);
    m_threads->setSpecialValueText(tr("All cores"));
    m_threads->setValue(v.threads);
    form->addRow(tr("CPU threads:"), m_threads);
    m_detector = new QComboBox(this);
    m_detector->addItem(tr("Automatic (BlazeFace, else Haar cascade)"), QStringLiteral("auto"));
    m_detector->addItem(tr("BlazeFace"), QStringLiteral("blazeface"));
    m_detector->addItem(tr("Haar cascade"), QStringLiteral("haar"));
    m_detector->addItem(tr("LBP cascade"), QStringLiteral("lbp"));
    m_detector->setCurrentIndex(qMax(0, m_detector->findData(v.detector)));
    form->addRow(tr("Face detector:"), m_detector);
    auto *note = new QLabel(tr("A new language applies at the next start."), this);
    note->setObjectName(QStringLiteral("sectionTitle"));
    form->addRow(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SettingsDialog::Values SettingsDialog::values() const
{
    Values v;
    v.language = m_language->currentData().toString();
    v.device = m_device->currentData().toString();
    v.threads = m_threads->value();
    v.detector = m_detector->currentData().toString();
    return v;
}

} // namespace fp::ui
