#include "app/cli/CommandTable.h"

#include "core/CoreInfo.h"
#include "core/common/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace fp::cli {

int runVersion(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Print the version and the library versions."));
    parser.addHelpOption();
    parser.process(ctx.arguments);
    ctx.out << "fakeprint-cli " << kVersion << Qt::endl;
    ctx.err << CoreInfo::libraryVersions() << Qt::endl;
    return ExitOk;
}

} // namespace fp::cli
