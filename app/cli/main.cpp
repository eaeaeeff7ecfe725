// fakeprint-cli: the headless front end. Wiring only: application object, translator, subcommand dispatch.
#include "app/cli/CliApplication.h"
#include "app/cli/CommandTable.h"

#include "core/common/Version.h"
#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

void printUsage(QTextStream &out)
{
    using fp::cli::commandTable;
    out << QCoreApplication::translate("cli", "Usage: fakeprint-cli [--lang LANG] <command> [options]") << "\n\n"
        << QCoreApplication::translate("cli", "Fakeprint %1: offline deepfake detection and attribution for video.")
               .arg(QString::fromLatin1(fp::kVersion))
        << "\n\n"
        << QCoreApplication::translate("cli", "Commands:") << "\n";
    for (const auto &spec : commandTable())
        out << "  " << QString::fromLatin1(spec.name).leftJustified(14) << ' '
            << QCoreApplication::translate("cli", spec.summary) << "\n";
    out << "\n"
        << QCoreApplication::translate("cli", "Options:") << "\n"
        << "  -h, --help       "
        << QCoreApplication::translate("cli", "Show this help, or a command's help after the command") << "\n"
        << "  -v, --version    " << QCoreApplication::translate("cli", "Print the version") << "\n"
        << "  --lang LANG      "
        << QCoreApplication::translate("cli", "Language of the messages and the default language of 'report': %1 "
                                              "(default: the language chosen in Fakeprint's settings, else the "
                                              "system language)")
               .arg(fp::i18n::Translations::availableLanguages().join(QStringLiteral(", ")))
        << "\n\n"
        << QCoreApplication::translate("cli", "Exit codes: 0 success, 1 failure, 2 bad command line, 3 bad input file, "
                                              "4 model missing or invalid, 5 case database error, 6 integrity check "
                                              "failed, 130 cancelled.")
        << "\n"
        << QCoreApplication::translate(
               "cli", "JSON (--json) goes to standard output; messages and progress go to standard error.")
        << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    const auto app = fp::cli::createApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fakeprint"));
    QCoreApplication::setOrganizationName(QString::fromLatin1(fp::kOrganizationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(fp::kVersion));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    // --lang LANG (or --lang=LANG) before the command: the language of this run, else the saved setting.
    QString language;
    bool languageGiven = false;
    if (args.size() >= 2 && args.at(1).startsWith(QLatin1String("--lang="))) {
        language = args.takeAt(1).mid(7);
        languageGiven = true;
    } else if (args.size() >= 2 && args.at(1) == QLatin1String("--lang")) {
        if (args.size() < 3) {
            err << "fakeprint-cli: " << QCoreApplication::translate("cli", "--lang needs a language, e.g. --lang de")
                << Qt::endl;
            return fp::cli::ExitUsage;
        }
        language = args.at(2);
        args.remove(1, 2);
        languageGiven = true;
    }
    if (!languageGiven)
        language = fp::i18n::Translations::savedLanguage();
    if (auto installed = fp::i18n::Translations::install(language); !installed) {
        if (languageGiven) {
            err << "fakeprint-cli: " << installed.error().message << Qt::endl;
            return fp::cli::ExitUsage;
        }
        // A bad saved setting must not stop the tool; it then speaks English.
        err << "fakeprint-cli: " << installed.error().message << Qt::endl;
    }
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
        out << "fakeprint-cli " << fp::kVersion << Qt::endl;
        return fp::cli::ExitOk;
    }
    for (const auto &spec : fp::cli::commandTable()) {
        if (first == QLatin1String(spec.name)) {
            QStringList commandArgs = args.mid(2);
            commandArgs.prepend(QStringLiteral("fakeprint-cli %1").arg(first));
            fp::cli::CliContext ctx{commandArgs, out, err};
            return spec.run(ctx);
        }
    }
    err << "fakeprint-cli: "
        << QCoreApplication::translate("cli", "unknown command '%1'; see 'fakeprint-cli --help'").arg(first)
        << Qt::endl;
    return fp::cli::ExitUsage;
}
