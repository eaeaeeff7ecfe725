// fakeprint: the GUI. Wiring only: application object, settings, translators, command line, main window.
#include "ui/cases/CaseBrowser.h"
#include "ui/common/Theme.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/ScreenshotTask.h"

#include "core/common/AppPaths.h"
#include "core/common/Version.h"
#include "core/i18n/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>

#include <cstdio>

namespace {

// The value of --lang LANG or --lang=LANG, or a null string; read before QCommandLineParser runs because the
// language must be installed before the help text is translated.
QString languageArgument(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i).startsWith(QLatin1String("--lang=")))
            return args.at(i).mid(7);
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            return args.at(i + 1);
    }
    return {};
}

// True when the command line only asks for text (--help, --version): that needs no display, so it is answered with
// a QCoreApplication and works on a machine without a screen or over ssh.
bool asksForTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--") // what follows are file names
            return false;
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-?" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("fakeprint"));
    QCoreApplication::setOrganizationName(QString::fromLatin1(fp::kOrganizationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(fp::kVersion));
}

// The language comes before any text: --lang (this run only), else the one saved in the settings dialog. Returns 0,
// or the exit code when --lang names a language that is not there.
int installLanguage()
{
    const QString languageArg = languageArgument(QCoreApplication::arguments());
    const QString language = languageArg.isNull() ? fp::i18n::Translations::savedLanguage() : languageArg;
    if (auto installed = fp::i18n::Translations::install(language); !installed) {
        std::fprintf(stderr, "fakeprint: %s\n", qPrintable(installed.error().message));
        if (!languageArg.isNull())
            return 2;
    }
    return 0;
}

struct GuiOptions {
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  QCoreApplication::translate("gui", "Render the main window to FILE and exit."),
                                  QStringLiteral("FILE")};
    QCommandLineOption db{QStringLiteral("db"), QCoreApplication::translate("gui", "Open the case database."),
                          QStringLiteral("CASE.db")};
    QCommandLineOption analysis{QStringLiteral("analysis"),
                                QCoreApplication::translate("gui", "Open the analysis with this id."),
                                QStringLiteral("ID")};
    QCommandLineOption frame{QStringLiteral("frame"), QCoreApplication::translate("gui", "Show this frame (0-based)."),
                             QStringLiteral("N"), QStringLiteral("0")};
    QCommandLineOption size{QStringLiteral("size"), QCoreApplication::translate("gui", "Window size for --screenshot."),
                            QStringLiteral("WxH"), QStringLiteral("1366x768")};
    QCommandLineOption lang{
        QStringLiteral("lang"),
        QCoreApplication::translate("gui", "Interface language for this run: %1 (default: the language chosen in the "
                                           "settings, else the system language).")
            .arg(fp::i18n::Translations::availableLanguages().join(QStringLiteral(", "))),
        QStringLiteral("LANG")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("gui", "Fakeprint: offline deepfake detection and attribution for video."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({screenshot, db, analysis, frame, size, lang});
        // Video files given on the command line (the desktop file's %F: "Open with Fakeprint") become the evidence
        // of a new case.
        parser.addPositionalArgument(
            QStringLiteral("videos"),
            QCoreApplication::translate("gui", "Video files to add as evidence to a new case (in the --db case "
                                               "database, else in the default one in your data folder)."),
            QStringLiteral("[VIDEO...]"));
    }
};

} // namespace

int main(int argc, char *argv[])
{
    if (asksForTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        if (const int code = installLanguage())
            return code;
        QCommandLineParser parser;
        const GuiOptions options;
        options.addTo(parser);
        parser.process(app); // prints the help or the version and exits
        return 0;
    }
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Fakeprint"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.fakeprint.Fakeprint"));
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/org.fakeprint.Fakeprint-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.fakeprint.Fakeprint"), icon));
    if (const int code = installLanguage())
        return code;
    fp::ui::Theme::apply(app);

    QCommandLineParser parser;
    const GuiOptions opts;
    opts.addTo(parser);
    parser.process(app);

    auto fail = [](const QString &message) {
        std::fprintf(stderr, "fakeprint: %s\n", qPrintable(message));
        return 2;
    };
    bool ok = true;
    const qint64 analysisId = parser.isSet(opts.analysis) ? parser.value(opts.analysis).toLongLong(&ok) : -1;
    if (!ok || (parser.isSet(opts.analysis) && analysisId < 0))
        return fail(
            QApplication::translate("gui", "--analysis needs a numeric id, not '%1'").arg(parser.value(opts.analysis)));
    const qint64 frame = parser.value(opts.frame).toLongLong(&ok);
    if (!ok || frame < 0)
        return fail(
            QApplication::translate("gui", "--frame needs a frame index >= 0, not '%1'").arg(parser.value(opts.frame)));
    const QStringList sizeParts = parser.value(opts.size).split(QLatin1Char('x'));
    const QSize size = sizeParts.size() == 2 ? QSize(sizeParts[0].toInt(), sizeParts[1].toInt()) : QSize();
    if (size.width() < 320 || size.height() < 240)
        return fail(QApplication::translate("gui", "--size needs WIDTHxHEIGHT of at least 320x240, not '%1'")
                        .arg(parser.value(opts.size)));
    if (parser.isSet(opts.analysis) && !parser.isSet(opts.db))
        return fail(QApplication::translate("gui", "--analysis needs --db"));

    fp::ui::MainWindow window;
    if (parser.isSet(opts.screenshot)) {
        fp::ui::ScreenshotTask::Options options;
        options.outputPath = parser.value(opts.screenshot);
        options.databasePath = parser.value(opts.db);
        options.analysisId = analysisId;
        options.frame = frame;
        options.size = size;
        auto *task = new fp::ui::ScreenshotTask(window, options, &window);
        QObject::connect(task, &fp::ui::ScreenshotTask::finished, &app, [](int code, const QString &message) {
            if (!message.isEmpty())
                std::fprintf(stderr, "fakeprint: %s\n", qPrintable(message));
            QApplication::exit(code);
        });
        task->start();
        return app.exec();
    }
    window.show();
    const QStringList videos = parser.positionalArguments();
    if (parser.isSet(opts.db) || !videos.isEmpty()) {
        const QString dbPath = parser.isSet(opts.db) ? parser.value(opts.db) : fp::AppPaths::defaultCaseDatabase();
        if (const QString error = window.openDatabase(dbPath); !error.isEmpty())
            return fail(error);
        if (analysisId >= 0) {
            if (const QString error = window.openAnalysis(analysisId, frame); !error.isEmpty())
                return fail(error);
        }
    }
    if (!videos.isEmpty()) {
        const QString caseName = QApplication::translate("gui", "Files opened on %1")
                                     .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
        if (const QString error = window.createCase(caseName); !error.isEmpty())
            return fail(error);
        QStringList paths;
        for (const QString &video : videos)
            paths << QFileInfo(video).absoluteFilePath();
        window.addEvidenceFiles(window.caseBrowser()->currentCaseId(), paths);
    }
    return app.exec();
}
