// fakeprint-lab: the attribution lab (synthetic data, training, evaluation). Wiring only: application object,
// subcommand dispatch through labCommandTable().
#include "app/lab/LabCommands.h"

#include "core/common/Version.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

void printUsage(QTextStream &out)
{
    out << QCoreApplication::translate("lab", "Usage: fakeprint-lab <command> [options]") << "\n\n"
        << QCoreApplication::translate("lab", "Fakeprint %1 lab: synthetic manipulations, training and evaluation.")
               .arg(QString::fromLatin1(fp::kVersion))
        << "\n\n"
        << QCoreApplication::translate("lab", "Commands:") << "\n";
    for (const auto &spec : fp::labapp::labCommandTable())
        out << "  " << QString::fromLatin1(spec.name).leftJustified(14) << ' '
            << QCoreApplication::translate("lab", spec.summary) << "\n";
    out << "\n"
        << QCoreApplication::translate("lab", "Run 'fakeprint-lab <command> --help' for a command's options.")
        << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fakeprint"));
    QCoreApplication::setOrganizationName(QString::fromLatin1(fp::kOrganizationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(fp::kVersion));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        printUsage(err);
        return fp::cli::ExitUsage;
    }
    const QString first = args.at(1);
    if (first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("help")) {
        printUsage(out);
        return fp::cli::ExitOk;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        out << "fakeprint-lab " << fp::kVersion << Qt::endl;
        return fp::cli::ExitOk;
    }
    for (const auto &spec : fp::labapp::labCommandTable()) {
        if (first == QLatin1String(spec.name)) {
            QStringList commandArgs = args.mid(2);
            commandArgs.prepend(QStringLiteral("fakeprint-lab %1").arg(first));
            fp::cli::CliContext ctx{commandArgs, out, err};
            return spec.run(ctx);
        }
    }
    err << "fakeprint-lab: "
        << QCoreApplication::translate("lab", "unknown command '%1'; see 'fakeprint-lab --help'").arg(first)
        << Qt::endl;
    return fp::cli::ExitUsage;
}
