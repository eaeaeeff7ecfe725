#include "app/cli/CommandTable.h"

#include "core/cases/AuditLog.h"
#include "core/cases/CaseDatabase.h"
#include "core/common/AppPaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

namespace fp::cli {

int runAudit(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "audit verify: check the hash chain of a case database's audit log (read-only).\n"
        "Exit 0 when the chain holds, 6 naming the first bad entry when an entry was edited, removed or reordered."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("cli", "Case database (default: %1).").arg(AppPaths::defaultCaseDatabase()),
        QStringLiteral("CASE.db"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QCoreApplication::translate("cli", "Print the result as JSON on standard output."));
    parser.addOptions({dbOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("verify"), QCoreApplication::translate("cli", "The action (verify)."));
    if (!parser.parse(ctx.arguments))
        return ctx.fail(ExitUsage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments() != QStringList{QStringLiteral("verify")})
        return ctx.fail(
            ExitUsage, QCoreApplication::translate("cli", "usage: fakeprint-cli audit verify [--db CASE.db] [--json]"));
    const QString dbPath = parser.isSet(dbOption) ? parser.value(dbOption) : AppPaths::defaultCaseDatabase();
    cases::CaseDatabase::Options options;
    options.readOnly = true;
    auto db = cases::CaseDatabase::open(dbPath, options);
    if (!db)
        return ctx.fail(ExitDatabase, db.error().message);
    auto result = cases::AuditLog::verify((*db)->connection(), (*db)->path());
    if (!result)
        return ctx.fail(ExitDatabase, result.error().message);
    if (parser.isSet(jsonOption)) {
        QJsonObject json{{QStringLiteral("database"), (*db)->path()},
                         {QStringLiteral("ok"), result->ok},
                         {QStringLiteral("entries"), result->entryCount},
                         {QStringLiteral("head_hash"), result->headHash}};
        if (!result->ok) {
            json.insert(QStringLiteral("first_bad_entry"), result->firstBadSeq);
            json.insert(QStringLiteral("problem"), result->problem);
        }
        ctx.printJson(QJsonDocument(json));
    }
    if (!result->ok)
        return ctx.fail(ExitIntegrity, QCoreApplication::translate("cli", "audit chain of %1 broken at entry %2: %3")
                                           .arg((*db)->path())
                                           .arg(result->firstBadSeq)
                                           .arg(result->problem));
    if (!parser.isSet(jsonOption))
        ctx.out << QCoreApplication::translate("cli", "Audit chain of %1 holds: %2 entries, head %3")
                       .arg((*db)->path())
                       .arg(result->entryCount)
                       .arg(result->headHash)
                << Qt::endl;
    return ExitOk;
}

} // namespace fp::cli
