#include "app/cli/CliApplication.h"

#include <QApplication>

#include <cstring>

namespace fp::cli {

std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
    const bool needsWidgets = argc >= 2 && std::strcmp(argv[1], "report") == 0;
    if (!needsWidgets)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace fp::cli
