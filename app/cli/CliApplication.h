#pragma once

#include <QCoreApplication>

#include <memory>

namespace fp::cli {

// The application object for one run of fakeprint-cli. Every command runs on a QCoreApplication except `report`,
// which draws its plots with QCustomPlot (a QWidget) and so needs a QApplication; with no display
// (neither DISPLAY nor WAYLAND_DISPLAY set) and no QT_QPA_PLATFORM chosen it selects the offscreen platform.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv);

} // namespace fp::cli
