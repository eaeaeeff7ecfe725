// fakeprint: the GUI. Wiring only: application object, settings, translators, command line, main window.
#include "ui/common/Theme.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/ScreenshotTask.h"

#include "core/common/AppPaths.h"
#include "core/common/Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <cstdio>

namespace {

void installTranslators(QApplication &app)
{
    const QString language = QSettings().value(QStringLiteral("ui/language")).toString();
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    for (const QString &dir : fp::AppPaths::dataDirs()) {
        if (own->load(locale, QStringLiteral("fakeprint"), QStringLiteral("_"),
                      dir + QStringLiteral("/translations"))) {
            QApplication::installTranslator(own);
            break;
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("fakeprint"));
    QApplication::setApplicationDisplayName(QStringLiteral("Fakeprint"));
    QApplication::setOrganizationName(QString::fromLatin1(fp::kOrganizationName));
    QApplication::setApplicationVersion(QString::fromLatin1(fp::kVersion));
    installTranslators(app);
    fp::ui::Theme::apply(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("gui", "Fakeprint: offline deepfake detection and attribution for video."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"), QApplication::translate("gui", "Render the main window to FILE and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("gui", "Open the case database."),
                                      QStringLiteral("CASE.db"));
    const QCommandLineOption analysisOption(QStringLiteral("analysis"),
                                            QApplication::translate("gui", "Open the analysis with this id."),
                                            QStringLiteral("ID"));
    const QCommandLineOption frameOption(QStringLiteral("frame"),
                                         QApplication::translate("gui", "Show this frame (0-based)."),
                                         QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QApplication::translate("gui", "Window size for --screenshot."),
                                        QStringLiteral("WxH"), QStringLiteral("1366x768"));
    parser.addOptions({screenshotOption, dbOption, analysisOption, frameOption, sizeOption});
    parser.process(app);

    auto fail = [](const QString &message) {
        std::fprintf(stderr, "fakeprint: %s\n", qPrintable(message));
        return 2;
    };
    bool ok = true;
    const qint64 analysisId = parser.isSet(analysisOption) ? parser.value(analysisOption).toLongLong(&ok) : -1;
    if (!ok || (parser.isSet(analysisOption) && analysisId < 0))
        return fail(QApplication::translate("gui", "--analysis needs a numeric id, not '%1'")
                        .arg(parser.value(analysisOption)));
    const qint64 frame = parser.value(frameOption).toLongLong(&ok);
    if (!ok || frame < 0)
        return fail(QApplication::translate("gui", "--frame needs a frame index >= 0, not '%1'")
                        .arg(parser.value(frameOption)));
    const QStringList sizeParts = parser.value(sizeOption).split(QLatin1Char('x'));
    const QSize size = sizeParts.size() == 2 ? QSize(sizeParts[0].toInt(), sizeParts[1].toInt()) : QSize();
    if (size.width() < 320 || size.height() < 240)
        return fail(QApplication::translate("gui", "--size needs WIDTHxHEIGHT of at least 320x240, not '%1'")
                        .arg(parser.value(sizeOption)));
    if (parser.isSet(analysisOption) && !parser.isSet(dbOption))
        return fail(QApplication::translate("gui", "--analysis needs --db"));

    fp::ui::MainWindow window;
    if (parser.isSet(screenshotOption)) {
        fp::ui::ScreenshotTask::Options options;
        options.outputPath = parser.value(screenshotOption);
        options.databasePath = parser.value(dbOption);
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
    if (parser.isSet(dbOption)) {
        if (const QString error = window.openDatabase(parser.value(dbOption)); !error.isEmpty())
            return fail(error);
        if (analysisId >= 0) {
            if (const QString error = window.openAnalysis(analysisId, frame); !error.isEmpty())
                return fail(error);
        }
    }
    return app.exec();
}
