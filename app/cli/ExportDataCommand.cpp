// fakeprint-cli export-data: the machine-readable export of one analysis (JSON, CSV of per-frame scores).
#include "app/cli/CommandTable.h"

#include "core/cases/CaseDatabase.h"
#include "core/report/FrameScoreCsv.h"
#include "core/report/JsonExporter.h"
#include "core/report/ReportDataLoader.h"

#include <QCommandLineParser>

namespace fp::cli {

namespace {

cases::CaseDatabase::Options existingDatabase()
{
    cases::CaseDatabase::Options options;
    options.create = false; // a report of a database that does not exist is an error, not a new empty case file
    return options;
}

} // namespace

int runExportData(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Export one analysis as JSON (docs/export-schema.md) and/or its per-frame scores as CSV."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QCoreApplication::translate("cli", "Case database."),
                                      QStringLiteral("CASE.db"));
    const QCommandLineOption analysisOption(QStringLiteral("analysis"),
                                            QCoreApplication::translate("cli", "Analysis id."), QStringLiteral("ID"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QCoreApplication::translate("cli", "JSON file to write."), QStringLiteral("OUT.json"));
    const QCommandLineOption csvOption(QStringLiteral("csv"),
                                       QCoreApplication::translate("cli", "CSV file of per-frame scores to write."),
                                       QStringLiteral("OUT.csv"));
    const QCommandLineOption noVerifyOption(
        QStringLiteral("no-verify"),
        QCoreApplication::translate("cli", "Do not re-hash the evidence file (integrity_check is then "
                                           "\"not_checked\")."));
    parser.addOptions({dbOption, analysisOption, jsonOption, csvOption, noVerifyOption});
    if (!parser.parse(ctx.arguments))
        return ctx.fail(ExitUsage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out << parser.helpText();
        return ExitOk;
    }
    if (!parser.isSet(dbOption) || !parser.isSet(analysisOption) ||
        (!parser.isSet(jsonOption) && !parser.isSet(csvOption)))
        return ctx.fail(ExitUsage,
                        QCoreApplication::translate(
                            "cli", "export-data needs --db CASE.db, --analysis ID and --json OUT.json and/or "
                                   "--csv OUT.csv"));
    bool idOk = false;
    const qint64 analysisId = parser.value(analysisOption).toLongLong(&idOk);
    if (!idOk)
        return ctx.fail(ExitUsage, QCoreApplication::translate("cli", "--analysis expects a number, got '%1'")
                                       .arg(parser.value(analysisOption)));
    auto db = cases::CaseDatabase::open(parser.value(dbOption), existingDatabase());
    if (!db)
        return ctx.fail(ExitDatabase, db.error().message);
    report::ReportLoadOptions options;
    options.verifyEvidence = !parser.isSet(noVerifyOption) && parser.isSet(jsonOption);
    options.loadHeatmaps = false;
    auto data = report::ReportDataLoader::load(**db, analysisId, options);
    if (!data)
        return ctx.fail(data.error().code == Error::Code::NotFound ? ExitUsage : ExitDatabase, data.error().message);
    data->modelBundled = isBundledModel(data->analysis.model);
    if (parser.isSet(jsonOption)) {
        if (auto st = report::JsonExporter::write(*data, parser.value(jsonOption)); !st)
            return ctx.fail(ExitFailure, st.error().message);
        ctx.err << QCoreApplication::translate("cli", "Wrote %1").arg(parser.value(jsonOption)) << Qt::endl;
    }
    if (parser.isSet(csvOption)) {
        if (auto st = report::FrameScoreCsv::write(*data, parser.value(csvOption)); !st)
            return ctx.fail(ExitFailure, st.error().message);
        ctx.err << QCoreApplication::translate("cli", "Wrote %1").arg(parser.value(csvOption)) << Qt::endl;
    }
    return ExitOk;
}

} // namespace fp::cli
