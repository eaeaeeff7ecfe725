#pragma once

#include <QMainWindow>

namespace fp::ui {

// The analyst's window: wires docks and actions; each panel is its own widget.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void restoreWindowState();
    void saveWindowState();
};

} // namespace fp::ui
