#include "ui/dialogs/ReportExportDialog.h"

#include "core/cases/CaseDatabase.h"
#include "core/i18n/Translations.h"
#include "core/inference/ModelRegistry.h"
#include "core/report/ReportDataLoader.h"
#include "ui/report/PdfReportWriter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace fp::ui {

namespace {

std::optional<std::optional<ReportExportDialog::Values>> s_nextAnswer;

const QString kLanguageKey = QStringLiteral("report/language");
const QString kPaperKey = QStringLiteral("report/paper");

bool isBundledModel(const cases::ModelIdentity &model)
{
    const inference::ModelRegistry registry = inference::ModelRegistry::fromAppPaths();
    for (const inference::ModelEntry &entry : registry.models()) {
        if (entry.bundled && entry.card.name == model.name && entry.card.sha256 == model.sha256)
            return true;
    }
    return false;
}

} // namespace

void ReportExportDialog::setNextAnswer(const std::optional<Values> &answer)
{
    s_nextAnswer.emplace(answer);
}

std::optional<ReportExportDialog::Values> ReportExportDialog::ask(QWidget *parent, const QString &suggestedPath)
{
    std::optional<Values> result;
    if (s_nextAnswer) {
        result = *s_nextAnswer;
        s_nextAnswer.reset();
    } else {
        QSettings settings;
        Values initial;
        initial.language = settings.value(kLanguageKey, i18n::Translations::currentLanguage()).toString();
        initial.paper = settings.value(kPaperKey, QStringLiteral("a4")).toString();
        initial.outputPath = suggestedPath;
        ReportExportDialog dialog(initial, parent);
        if (dialog.exec() == QDialog::Accepted)
            result = dialog.values();
    }
    if (result) {
        QSettings settings;
        settings.setValue(kLanguageKey, result->language);
        settings.setValue(kPaperKey, result->paper);
    }
    return result;
}

ReportExportDialog::Outcome ReportExportDialog::write(cases::CaseDatabase &db, qint64 analysisId, const Values &values)
{
    Outcome outcome;
    auto data = report::ReportDataLoader::load(db, analysisId, {});
    if (!data) {
        outcome.error = data.error().message;
        return outcome;
    }
    data->modelBundled = isBundledModel(data->analysis.model);
    i18n::ScopedTranslation translation;
    const auto locale = translation.install(values.language);
    if (!locale) {
        outcome.error = locale.error().message;
        return outcome;
    }
    report::PdfReportOptions options;
    options.outputPath = values.outputPath;
    options.paper = values.paper == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4;
    options.locale = *locale;
    options.analyst = values.analyst;
    auto written = report::PdfReportWriter::write(*data, options);
    if (!written) {
        outcome.error = written.error().message;
        return outcome;
    }
    outcome.pageCount = written->pageCount;
    outcome.warnings = written->warnings + written->layoutProblems;
    return outcome;
}

ReportExportDialog::ReportExportDialog(const Values &initial, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Export report"));
    auto *form = new QFormLayout(this);
    m_language = new QComboBox(this);
    for (const QString &lang : i18n::Translations::availableLanguages())
        m_language->addItem(i18n::Translations::nativeName(lang), lang);
    m_language->setCurrentIndex(qMax(0, m_language->findData(initial.language)));
    form->addRow(tr("Report language:"), m_language);
    m_paper = new QComboBox(this);
    m_paper->addItem(tr("A4"), QStringLiteral("a4"));
    m_paper->addItem(tr("US Letter"), QStringLiteral("letter"));
    m_paper->setCurrentIndex(qMax(0, m_paper->findData(initial.paper)));
    form->addRow(tr("Paper:"), m_paper);
    m_analyst = new QLineEdit(initial.analyst, this);
    m_analyst->setPlaceholderText(tr("The case's analyst"));
    form->addRow(tr("Analyst:"), m_analyst);
    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(initial.outputPath, this);
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &ReportExportDialog::browse);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    form->addRow(tr("File:"), pathRow);
    auto *note = new QLabel(tr("Dates and numbers in the report follow its language."), this);
    note->setObjectName(QStringLiteral("sectionTitle"));
    form->addRow(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_path->text().trimmed().isEmpty())
            accept();
        else
            browse();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ReportExportDialog::browse()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the report as"), m_path->text(), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

ReportExportDialog::Values ReportExportDialog::values() const
{
    Values v;
    v.language = m_language->currentData().toString();
    v.paper = m_paper->currentData().toString();
    v.analyst = m_analyst->text().trimmed();
    v.outputPath = m_path->text().trimmed();
    return v;
}

} // namespace fp::ui
