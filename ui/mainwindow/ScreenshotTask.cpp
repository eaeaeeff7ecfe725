#include "ui/mainwindow/ScreenshotTask.h"

#include "ui/common/AnalysisView.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/player/GradCamService.h"
#include "ui/player/PlayerWidget.h"
#include "ui/tracks/TrackPanel.h"

#include <QImageWriter>

namespace fp::ui {

ScreenshotTask::ScreenshotTask(MainWindow &window, Options options, QObject *parent)
    : QObject(parent), m_window(window), m_options(std::move(options))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this,
            [this] { fail(tr("Timed out waiting for frame %1 to be shown").arg(m_options.frame)); });
}

void ScreenshotTask::start()
{
    m_window.resize(m_options.size);
    m_window.show();
    if (m_options.databasePath.isEmpty()) {
        QTimer::singleShot(300, this, &ScreenshotTask::capture);
        return;
    }
    if (const QString error = m_window.openDatabase(m_options.databasePath); !error.isEmpty())
        return fail(error);
    if (m_options.analysisId < 0) {
        QTimer::singleShot(300, this, &ScreenshotTask::capture);
        return;
    }
    connect(m_window.player(), &PlayerWidget::frameChanged, this, &ScreenshotTask::frameShown);
    connect(m_window.player(), &PlayerWidget::mediaFailed, this, &ScreenshotTask::fail);
    m_timeout.start(m_options.timeoutMs);
    if (const QString error = m_window.openAnalysis(m_options.analysisId, m_options.frame); !error.isEmpty())
        return fail(error);
}

void ScreenshotTask::frameShown(qint64 frame)
{
    if (m_done || frame != m_options.frame || m_waitingThumbnails)
        return;
    // Show the most suspicious track selected, as an analyst would look at it.
    const auto analysis = m_window.analysis();
    int best = -1;
    double bestScore = -2;
    for (const TrackView &t : analysis->tracks) {
        if (t.record.pFake > bestScore) {
            bestScore = t.record.pFake;
            best = t.record.trackNumber;
        }
    }
    if (best < 0) {
        QTimer::singleShot(300, this, &ScreenshotTask::capture);
        return;
    }
    m_waitingThumbnails = true;
    connect(m_window.trackPanel(), &TrackPanel::thumbnailsLoaded, this,
            [this] { QTimer::singleShot(300, this, &ScreenshotTask::captureWhenIdle); });
    m_window.selectTrack(best);
}

void ScreenshotTask::captureWhenIdle()
{
    // Grad-CAM maps computed on demand for the frame belong in the picture; the timeout still bounds the wait.
    if (m_window.player()->gradcam()->isBusy()) {
        QTimer::singleShot(100, this, &ScreenshotTask::captureWhenIdle);
        return;
    }
    capture();
}

void ScreenshotTask::capture()
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    const QImage image = m_window.grab().toImage();
    QImageWriter writer(m_options.outputPath);
    if (!writer.write(image)) {
        Q_EMIT finished(1, tr("Could not write the screenshot %1: %2").arg(m_options.outputPath, writer.errorString()));
        return;
    }
    Q_EMIT finished(0, {});
}

void ScreenshotTask::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    // Queued: a failure inside start() happens before the caller's event loop runs, which must still see it.
    QMetaObject::invokeMethod(
        this, [this, message] { Q_EMIT finished(1, message); }, Qt::QueuedConnection);
}

} // namespace fp::ui
