#include "app/cli/CliApplication.h"

#include <QApplication>

#include <cstring>

namespace fp::cli {

std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
    // The command is the first argument after the global "--lang LANG" / "--lang=LANG" (see main.cpp).
    int command = 1;
    if (argc >= 2 && std::strcmp(argv[1], "--lang") == 0)
        command = 3;
    else if (argc >= 2 && std::strncmp(argv[1], "--lang=", 7) == 0)
        command = 2;
    const bool needsWidgets = argc > command && std::strcmp(argv[command], "report") == 0;
    if (!needsWidgets)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace fp::cli
