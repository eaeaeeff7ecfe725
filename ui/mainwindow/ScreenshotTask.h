#pragma once

#include <QObject>
#include <QSize>
#include <QString>
#include <QTimer>

namespace fp::ui {

class MainWindow;

// `fakeprint --screenshot`: opens what the options name, waits until the requested frame (and the selected
// track's thumbnails) are on screen, renders the window to an image file and reports the outcome through
// finished(exitCode, message). Runs on the GUI thread's event loop; nothing blocks.
class ScreenshotTask : public QObject {
    Q_OBJECT

public:
    struct Options {
        QString outputPath;
        QString databasePath; // empty: the window as it starts
        qint64 analysisId = -1;
        qint64 frame = 0;
        QSize size{1366, 768};
        int timeoutMs = 60000;
    };

    ScreenshotTask(MainWindow &window, Options options, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void finished(int exitCode, const QString &message);

private:
    void frameShown(qint64 frame);
    void captureWhenIdle();
    void capture();
    void fail(const QString &message);

    MainWindow &m_window;
    Options m_options;
    QTimer m_timeout;
    bool m_done = false;
    bool m_waitingThumbnails = false;
};

} // namespace fp::ui
