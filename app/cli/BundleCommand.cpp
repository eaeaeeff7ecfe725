#include "app/cli/CommandTable.h"

#include "core/cases/CaseBundle.h"
#include "core/cases/CaseStore.h"
#include "core/common/AppPaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

namespace fp::cli {

namespace {

int exitFor(const Error &error)
{
    switch (error.code) {
    case Error::Code::ChecksumMismatch: return ExitIntegrity;
    case Error::Code::CorruptData: return ExitBadInput;
    case Error::Code::NotFound:
    case Error::Code::InvalidArgument:
    case Error::Code::PermissionDenied:
    case Error::Code::IoError: return ExitFailure;
    default: return ExitDatabase;
    }
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(
        QStringLiteral("db"),
        QCoreApplication::translate("cli", "Case database (default: %1).").arg(AppPaths::defaultCaseDatabase()),
        QStringLiteral("CASE.db"));
}

int parse(CliContext &ctx, QCommandLineParser &parser)
{
    if (!parser.parse(ctx.arguments))
        return ctx.fail(ExitUsage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out << parser.helpText();
        return ExitOk;
    }
    return -1;
}

} // namespace

int runExportBundle(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Export one case (its evidence records, analyses, heatmaps, notes and audit entries) as a single bundle "
               "file. The evidence videos themselves are not included."));
    parser.addHelpOption();
    const QCommandLineOption db = dbOption();
    const QCommandLineOption caseOption(QStringLiteral("case"), QCoreApplication::translate("cli", "Case name or id."),
                                        QStringLiteral("CASE"));
    const QCommandLineOption outOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                       QCoreApplication::translate("cli", "Bundle file to write (must not exist)."),
                                       QStringLiteral("BUNDLE"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QCoreApplication::translate("cli", "Print the result as JSON on standard output."));
    parser.addOptions({db, caseOption, outOption, jsonOption});
    if (int rc = parse(ctx, parser); rc >= 0)
        return rc;
    if (!parser.isSet(caseOption) || !parser.isSet(outOption) || !parser.positionalArguments().isEmpty())
        return ctx.fail(ExitUsage, QCoreApplication::translate(
                                       "cli", "usage: fakeprint-cli export --db CASE.db --case CASE -o BUNDLE"));
    cases::CaseDatabase::Options options;
    options.create = false;
    auto database =
        cases::CaseDatabase::open(parser.isSet(db) ? parser.value(db) : AppPaths::defaultCaseDatabase(), options);
    if (!database)
        return ctx.fail(ExitDatabase, database.error().message);
    auto found = cases::CaseStore(**database).findCase(parser.value(caseOption));
    if (!found)
        return ctx.fail(exitFor(found.error()), found.error().message);
    auto result = cases::CaseBundle::exportCase(**database, found->id, parser.value(outOption));
    if (!result)
        return ctx.fail(exitFor(result.error()), result.error().message);
    if (parser.isSet(jsonOption))
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("bundle"), result->bundlePath},
                                                {QStringLiteral("sha256"), result->bundleSha256},
                                                {QStringLiteral("size_bytes"), result->sizeBytes},
                                                {QStringLiteral("case"), result->caseName},
                                                {QStringLiteral("audit_head"), result->auditHead}}));
    else
        ctx.out << QCoreApplication::translate("cli", "Exported case '%1' to %2 (%3 bytes, SHA-256 %4)")
                       .arg(result->caseName, result->bundlePath)
                       .arg(result->sizeBytes)
                       .arg(result->bundleSha256)
                << Qt::endl;
    return ExitOk;
}

int runImportBundle(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Import a case bundle into a case database. Every digest is checked; a case that already exists is never "
        "replaced (use --as NAME to import a copy under another name)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("BUNDLE"), QCoreApplication::translate("cli", "The bundle file."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption asOption(QStringLiteral("as"),
                                      QCoreApplication::translate("cli", "Import under this case name."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption maxOption(
        QStringLiteral("max-size-mb"),
        QCoreApplication::translate("cli", "Refuse bundles larger than this (default 8192 MiB)."), QStringLiteral("MB"),
        QStringLiteral("8192"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QCoreApplication::translate("cli", "Print the result as JSON on standard output."));
    parser.addOptions({db, asOption, maxOption, jsonOption});
    if (int rc = parse(ctx, parser); rc >= 0)
        return rc;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(ExitUsage, QCoreApplication::translate(
                                       "cli", "usage: fakeprint-cli import BUNDLE --db CASE.db [--as NAME]"));
    bool numberOk = false;
    const qint64 maxMb = parser.value(maxOption).toLongLong(&numberOk);
    if (!numberOk || maxMb <= 0)
        return ctx.fail(ExitUsage, QCoreApplication::translate("cli", "--max-size-mb needs a positive number"));
    cases::BundleImportOptions options;
    options.limits.maxBundleBytes = maxMb << 20;
    options.renameTo = parser.value(asOption);
    auto database = cases::CaseDatabase::open(parser.isSet(db) ? parser.value(db) : AppPaths::defaultCaseDatabase());
    if (!database)
        return ctx.fail(ExitDatabase, database.error().message);
    auto result = cases::CaseBundle::importBundle(**database, parser.positionalArguments().first(), options);
    if (!result)
        return ctx.fail(exitFor(result.error()), result.error().message);
    if (parser.isSet(jsonOption))
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("case_id"), result->caseId},
                                                {QStringLiteral("case"), result->caseName},
                                                {QStringLiteral("bundle_sha256"), result->bundleSha256},
                                                {QStringLiteral("evidence"), result->evidenceCount},
                                                {QStringLiteral("analyses"), result->analysisCount}}));
    else
        ctx.out << QCoreApplication::translate("cli", "Imported case '%1' as id %2 into %3 (%4 videos, %5 analyses)")
                       .arg(result->caseName)
                       .arg(result->caseId)
                       .arg((*database)->path())
                       .arg(result->evidenceCount)
                       .arg(result->analysisCount)
                << Qt::endl;
    return ExitOk;
}

} // namespace fp::cli
