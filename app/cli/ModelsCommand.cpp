// fakeprint-cli models list|show|add: the installed models and their cards (docs/model-contract.md).
#include "app/cli/CommandTable.h"

#include "core/inference/ModelRegistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace fp::cli {

namespace {

using inference::ModelEntry;
using inference::ModelRegistry;

int modelExitCode(const Error &error)
{
    switch (error.code) {
    case Error::Code::IoError:
    case Error::Code::DiskFull:
    case Error::Code::PermissionDenied: return ExitFailure;
    default: return ExitModel; // missing, invalid or tampered model
    }
}

QString statusOf(const ModelEntry &entry)
{
    return entry.bundled ? QStringLiteral("bundled") : QStringLiteral("unverified");
}

QJsonObject summaryJson(const ModelEntry &entry)
{
    QJsonArray classes;
    for (const auto &c : entry.card.classes)
        classes.append(QJsonObject{
            {QStringLiteral("id"), c.id}, {QStringLiteral("key"), c.key}, {QStringLiteral("label"), c.label}});
    QJsonArray heads;
    for (const auto &o : entry.card.outputs)
        heads.append(inference::headKindName(o.head));
    return QJsonObject{{QStringLiteral("name"), entry.card.name},
                       {QStringLiteral("version"), entry.card.version},
                       {QStringLiteral("sha256"), entry.card.sha256},
                       {QStringLiteral("classes"), classes},
                       {QStringLiteral("heads"), heads},
                       {QStringLiteral("input_size"), entry.card.input.size},
                       {QStringLiteral("path"), entry.card.cardPath},
                       {QStringLiteral("weights_path"), entry.card.weightsPath()},
                       {QStringLiteral("bundled"), entry.bundled},
                       {QStringLiteral("status"), statusOf(entry)}};
}

void printSummary(QTextStream &stream, const ModelEntry &entry)
{
    QStringList labels;
    for (const auto &c : entry.card.classes)
        labels << c.label;
    stream << entry.card.name << "  " << entry.card.version << "  [" << statusOf(entry) << "]\n"
           << "  sha256:  " << entry.card.sha256 << "\n"
           << "  classes: " << labels.join(QStringLiteral(", ")) << "\n"
           << "  card:    " << entry.card.cardPath << "\n";
}

int listModels(CliContext &ctx, const ModelRegistry &registry, bool json)
{
    if (json) {
        QJsonArray models;
        for (const ModelEntry &entry : registry.models())
            models.append(summaryJson(entry));
        QJsonArray problems;
        for (const Error &problem : registry.problems())
            problems.append(problem.message);
        ctx.printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("models"), models}, {QStringLiteral("problems"), problems}}));
    } else {
        if (registry.models().isEmpty())
            ctx.out << QCoreApplication::translate("cli", "No model is installed.") << "\n";
        for (const ModelEntry &entry : registry.models())
            printSummary(ctx.out, entry);
        ctx.out.flush();
    }
    for (const Error &problem : registry.problems())
        ctx.err << QCoreApplication::translate("cli", "warning: ") << problem.message << Qt::endl;
    return ExitOk;
}

int showModel(CliContext &ctx, const ModelRegistry &registry, const QString &nameOrPath, bool json)
{
    auto entry = registry.find(nameOrPath);
    if (!entry)
        return ctx.fail(modelExitCode(entry.error()), entry.error().message);
    const Status weights = entry->card.verifyWeights();
    if (json) {
        QJsonObject object = summaryJson(*entry);
        object.insert(QStringLiteral("card"), entry->card.toJson());
        object.insert(QStringLiteral("weights_ok"), weights.ok());
        if (!weights.ok())
            object.insert(QStringLiteral("weights_error"), weights.error().message);
        ctx.printJson(QJsonDocument(object));
    } else {
        printSummary(ctx.out, *entry);
        ctx.out << "  " << QCoreApplication::translate("cli", "architecture: ") << entry->card.architecture << "\n";
        for (const QString &limitation : entry->card.limitations)
            ctx.out << "  " << QCoreApplication::translate("cli", "limitation: ") << limitation << "\n";
        ctx.out << QJsonDocument(entry->card.toJson()).toJson(QJsonDocument::Indented);
        ctx.out.flush();
    }
    if (!weights.ok())
        return ctx.fail(ExitModel, weights.error().message);
    return ExitOk;
}

int addModel(CliContext &ctx, ModelRegistry &registry, const QString &cardPath, bool json)
{
    auto added = registry.addModel(cardPath);
    if (!added)
        return ctx.fail(modelExitCode(added.error()), added.error().message);
    if (json)
        ctx.printJson(QJsonDocument(summaryJson(*added)));
    ctx.err << QCoreApplication::translate("cli", "Installed model %1 as %2 (%3)")
                   .arg(added->card.displayName(), added->card.cardPath, statusOf(*added))
            << Qt::endl;
    return ExitOk;
}

} // namespace

int runModels(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "List, show or add models (TorchScript + JSON card).\n"
               "  models list [--json]            installed models, bundled first\n"
               "  models show NAME_OR_PATH [--json]  one card, with a check of its weights' SHA-256\n"
               "  models add CARD.json [--json]   validate a model and copy it into the user models folder"));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QCoreApplication::translate("cli", "Print one JSON document on standard output."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("ACTION"), QCoreApplication::translate("cli", "list, show or add"));
    parser.addPositionalArgument(QStringLiteral("ARG"),
                                 QCoreApplication::translate("cli", "model name or card path (show), card path (add)"));
    if (!parser.parse(ctx.arguments))
        return ctx.fail(ExitUsage, parser.errorText());
    if (parser.isSet(helpOption)) {
        ctx.out << parser.helpText();
        return ExitOk;
    }
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const bool json = parser.isSet(jsonOption);
    ModelRegistry registry = ModelRegistry::fromAppPaths();
    if (action == QLatin1String("list") && args.size() == 1)
        return listModels(ctx, registry, json);
    if (action == QLatin1String("show") && args.size() == 2)
        return showModel(ctx, registry, args[1], json);
    if (action == QLatin1String("add") && args.size() == 2)
        return addModel(ctx, registry, args[1], json);
    return ctx.fail(ExitUsage, QCoreApplication::translate(
                                   "cli", "usage: fakeprint-cli models list|show NAME|add CARD.json [--json]; see "
                                          "'fakeprint-cli models --help'"));
}

} // namespace fp::cli
