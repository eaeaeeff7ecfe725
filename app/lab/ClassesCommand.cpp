#include "app/lab/LabCommands.h"

#include "core/lab/synth/ManipulationClass.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace fp::labapp {

int runClasses(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("lab", "List the attribution classes."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), QCoreApplication::translate("lab", "Print JSON"));
    parser.addOption(jsonOption);
    parser.process(ctx.arguments);
    QJsonArray classes;
    for (const auto &info : fp::lab::manipulationClasses()) {
        if (parser.isSet(jsonOption)) {
            classes.append(QJsonObject{{QStringLiteral("id"), static_cast<int>(info.id)},
                                       {QStringLiteral("key"), QString::fromLatin1(info.key)},
                                       {QStringLiteral("label"), QString::fromLatin1(info.label)},
                                       {QStringLiteral("description"), QString::fromLatin1(info.description)}});
        } else {
            ctx.out << static_cast<int>(info.id) << '\t' << info.key << '\t' << info.label << '\t' << info.description
                    << '\n';
        }
    }
    if (parser.isSet(jsonOption))
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("classes"), classes}}));
    ctx.out.flush();
    return fp::cli::ExitOk;
}

} // namespace fp::labapp
