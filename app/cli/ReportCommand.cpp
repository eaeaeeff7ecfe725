// fakeprint-cli report: the PDF case report of one analysis.
#include "app/cli/CommandTable.h"

#include "core/cases/CaseDatabase.h"
#include "core/i18n/Translations.h"
#include "core/inference/ModelRegistry.h"
#include "core/report/ReportDataLoader.h"
#include "ui/report/PdfReportWriter.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace fp::cli {

namespace {

cases::CaseDatabase::Options existingDatabase()
{
    cases::CaseDatabase::Options options;
    options.create = false; // a report of a database that does not exist is an error, not a new empty case file
    return options;
}

} // namespace

// True when the analysis's model has the name and SHA-256 of a model shipped with Fakeprint.
bool isBundledModel(const cases::ModelIdentity &model)
{
    const inference::ModelRegistry registry = inference::ModelRegistry::fromAppPaths();
    for (const inference::ModelEntry &entry : registry.models()) {
        if (entry.bundled && entry.card.name == model.name && entry.card.sha256 == model.sha256)
            return true;
    }
    return false;
}

int runReport(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Write the PDF case report of one analysis."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QCoreApplication::translate("cli", "Case database."),
                                      QStringLiteral("CASE.db"));
    const QCommandLineOption analysisOption(QStringLiteral("analysis"),
                                            QCoreApplication::translate("cli", "Analysis id."), QStringLiteral("ID"));
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("output")},
                                       QCoreApplication::translate("cli", "PDF file to write."),
                                       QStringLiteral("OUT.pdf"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("cli", "Report language: %1 (default: the language of the messages).")
            .arg(i18n::Translations::availableLanguages().join(QStringLiteral(", "))),
        QStringLiteral("LANG"));
    const QCommandLineOption paperOption(QStringLiteral("paper"),
                                         QCoreApplication::translate("cli", "Paper size: a4 (default) or letter."),
                                         QStringLiteral("SIZE"), QStringLiteral("a4"));
    const QCommandLineOption analystOption(QStringLiteral("analyst"),
                                           QCoreApplication::translate("cli", "Analyst named on the cover."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption noVerifyOption(
        QStringLiteral("no-verify"),
        QCoreApplication::translate("cli", "Do not re-hash the evidence file (the report then says so)."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        QCoreApplication::translate("cli", "Print the report id, page count and hashes as JSON."));
    parser.addOptions(
        {dbOption, analysisOption, outOption, langOption, paperOption, analystOption, noVerifyOption, jsonOption});
    if (!parser.parse(ctx.arguments))
        return ctx.fail(ExitUsage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out << parser.helpText();
        return ExitOk;
    }
    if (!parser.isSet(dbOption) || !parser.isSet(analysisOption) || !parser.isSet(outOption))
        return ctx.fail(ExitUsage,
                        QCoreApplication::translate("cli", "report needs --db CASE.db, --analysis ID and -o OUT.pdf"));
    bool idOk = false;
    const qint64 analysisId = parser.value(analysisOption).toLongLong(&idOk);
    if (!idOk)
        return ctx.fail(ExitUsage, QCoreApplication::translate("cli", "--analysis expects a number, got '%1'")
                                       .arg(parser.value(analysisOption)));
    const QString paper = parser.value(paperOption).toLower();
    if (paper != QLatin1String("a4") && paper != QLatin1String("letter"))
        return ctx.fail(ExitUsage, QCoreApplication::translate("cli", "--paper must be a4 or letter, got '%1'")
                                       .arg(parser.value(paperOption)));

    const auto reportLanguage = i18n::Translations::resolve(
        parser.isSet(langOption) ? parser.value(langOption) : i18n::Translations::currentLanguage());
    if (!reportLanguage)
        return ctx.fail(ExitUsage, reportLanguage.error().message);

    auto db = cases::CaseDatabase::open(parser.value(dbOption), existingDatabase());
    if (!db)
        return ctx.fail(ExitDatabase, db.error().message);
    report::ReportLoadOptions loadOptions;
    loadOptions.verifyEvidence = !parser.isSet(noVerifyOption);
    auto data = report::ReportDataLoader::load(**db, analysisId, loadOptions);
    if (!data)
        return ctx.fail(data.error().code == Error::Code::NotFound ? ExitUsage : ExitDatabase, data.error().message);
    data->modelBundled = isBundledModel(data->analysis.model);

    QStringList warnings;
    report::PdfReportOptions options;
    options.outputPath = parser.value(outOption);
    options.paper = paper == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4;
    options.analyst = parser.value(analystOption);
    Result<report::PdfReportResult> written = [&]() -> Result<report::PdfReportResult> {
        // The report's text, dates and numbers are in its language; the messages stay in the CLI's language.
        i18n::ScopedTranslation translation;
        const auto locale = translation.install(*reportLanguage);
        if (!locale)
            return locale.error();
        options.locale = *locale;
        return report::PdfReportWriter::write(*data, options);
    }();
    if (!written)
        return ctx.fail(ExitFailure, written.error().message);
    warnings += written->warnings;
    for (const QString &problem : written->layoutProblems)
        warnings << QCoreApplication::translate("cli", "layout: %1").arg(problem);
    for (const QString &w : warnings)
        ctx.err << QCoreApplication::translate("cli", "warning: %1").arg(w) << Qt::endl;
    if (data->evidenceCheck && data->evidenceCheck->check != cases::EvidenceCheck::Match)
        ctx.err << QCoreApplication::translate("cli", "warning: the evidence failed its integrity check: %1")
                       .arg(data->evidenceCheck->detail)
                << Qt::endl;
    ctx.err << QCoreApplication::translate("cli", "Wrote %1 (%2 pages, report id %3)")
                   .arg(options.outputPath)
                   .arg(written->pageCount)
                   .arg(written->reportId)
            << Qt::endl;
    if (parser.isSet(jsonOption))
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("report"), options.outputPath},
                                                {QStringLiteral("pages"), written->pageCount},
                                                {QStringLiteral("report_id"), written->reportId},
                                                {QStringLiteral("content_sha256"), written->contentSha256},
                                                {QStringLiteral("evidence_sha256"), data->evidence.sha256},
                                                {QStringLiteral("layout_problems"), written->layoutProblems.size()}}));
    return ExitOk;
}

} // namespace fp::cli
