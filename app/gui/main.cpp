// fakeprint: the GUI. Wiring only: application object, settings, command line, main window.
#include "ui/mainwindow/MainWindow.h"

#include "core/common/Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("fakeprint"));
    QApplication::setApplicationDisplayName(QStringLiteral("Fakeprint"));
    QApplication::setOrganizationName(QString::fromLatin1(fp::kOrganizationName));
    QApplication::setApplicationVersion(QString::fromLatin1(fp::kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("gui", "Fakeprint: offline deepfake detection and attribution for video."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        QApplication::translate("gui", "Render the main window to FILE and exit."),
                                        QStringLiteral("FILE"));
    parser.addOption(screenshotOption);
    parser.process(app);

    fp::ui::MainWindow window;
    window.show();
    if (parser.isSet(screenshotOption)) {
        const QString target = parser.value(screenshotOption);
        QTimer::singleShot(300, &window, [&window, target] {
            const bool saved = window.grab().save(target);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
