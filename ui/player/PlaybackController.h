#pragma once

#include "core/media/Frame.h"
#include "core/media/MediaInfo.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <memory>

namespace fp::media {
class FrameServer;
class VideoReader;
} // namespace fp::media

namespace fp::ui {

// Playback of one evidence file: opens it off the GUI thread, then drives a FrameServer (decoding on its worker
// thread, newest request wins). Play, pause, frame steps and the J/K/L shuttle (speeds -8..8) are requests to
// the server; at most one frame is in flight, so a slow decoder drops frames instead of queueing them.
// GUI thread only.
class PlaybackController : public QObject {
    Q_OBJECT

public:
    explicit PlaybackController(QObject *parent = nullptr);
    ~PlaybackController() override;

    // Opens the file asynchronously: opened() or openFailed() follows, then the first frame (firstFrame).
    void open(const QString &path, qint64 firstFrame = 0);
    void close();
    bool isOpen() const { return m_server != nullptr; }
    const media::MediaInfo &info() const { return m_info; }
    qint64 frameCount() const { return m_info.frameCount; }
    qint64 currentFrame() const { return m_current; }
    const media::Frame &frame() const { return m_frame; }
    int speed() const { return m_speed; }
    bool isPlaying() const { return m_speed != 0; }

public Q_SLOTS:
    void seek(qint64 frameIndex);
    void step(qint64 delta);
    void togglePlay();
    void pause();
    void shuttleForward();  // L
    void shuttleBackward(); // J

Q_SIGNALS:
    void opened(const fp::media::MediaInfo &info);
    void openFailed(const QString &message);
    void frameShown(const fp::media::Frame &frame);
    void speedChanged(int speed);

private:
    void setSpeed(int speed);
    void tick();
    void onFrame(const media::Frame &frame);

    media::FrameServer *m_server = nullptr;
    QFutureWatcher<void> *m_openWatcher = nullptr;
    media::MediaInfo m_info;
    media::Frame m_frame;
    QTimer m_timer;
    qint64 m_current = -1;
    qint64 m_pendingFirst = 0;
    int m_speed = 0;
    int m_stride = 1;
    bool m_inFlight = false;
    quint64 m_openGeneration = 0;
};

} // namespace fp::ui
