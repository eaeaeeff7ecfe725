#include "ui/player/PlaybackController.h"

#include "core/media/FrameServer.h"
#include "core/media/VideoReader.h"

#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace fp::ui {

namespace {

struct OpenOutcome {
    std::unique_ptr<media::VideoReader> reader;
    QString error;
};

} // namespace

PlaybackController::PlaybackController(QObject *parent) : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PlaybackController::tick);
}

PlaybackController::~PlaybackController()
{
    close();
}

void PlaybackController::open(const QString &path, qint64 firstFrame)
{
    close();
    const quint64 generation = ++m_openGeneration;
    m_pendingFirst = firstFrame;
    auto outcome = std::make_shared<OpenOutcome>();
    auto *watcher = new QFutureWatcher<void>(this);
    m_openWatcher = watcher;
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, outcome, generation] {
        watcher->deleteLater();
        if (m_openWatcher == watcher)
            m_openWatcher = nullptr;
        if (generation != m_openGeneration)
            return; // a newer open or a close superseded this one
        if (!outcome->reader) {
            Q_EMIT openFailed(outcome->error);
            return;
        }
        m_info = outcome->reader->info();
        m_server = new media::FrameServer(std::move(outcome->reader), this);
        connect(m_server, &media::FrameServer::frameReady, this, &PlaybackController::onFrame);
        connect(m_server, &media::FrameServer::requestFailed, this, [this](qint64, const QString &message) {
            m_inFlight = false;
            pause();
            Q_EMIT openFailed(message);
        });
        Q_EMIT opened(m_info);
        seek(qBound<qint64>(0, m_pendingFirst, qMax<qint64>(0, m_info.frameCount - 1)));
    });
    watcher->setFuture(QtConcurrent::run([path, outcome] {
        auto reader = media::VideoReader::open(path);
        if (reader)
            outcome->reader = std::move(reader.value());
        else
            outcome->error = reader.error().message;
    }));
}

void PlaybackController::close()
{
    ++m_openGeneration;
    pause();
    delete m_server;
    m_server = nullptr;
    m_info = {};
    m_frame = {};
    m_current = -1;
    m_inFlight = false;
}

void PlaybackController::seek(qint64 frameIndex)
{
    if (!m_server || m_info.frameCount <= 0)
        return;
    m_inFlight = true;
    m_server->request(qBound<qint64>(0, frameIndex, m_info.frameCount - 1));
}

void PlaybackController::step(qint64 delta)
{
    pause();
    const qint64 base = m_server && m_server->lastRequested() >= 0 ? m_server->lastRequested() : m_current;
    seek(base + delta);
}

void PlaybackController::togglePlay()
{
    setSpeed(m_speed == 0 ? 1 : 0);
}

void PlaybackController::pause()
{
    setSpeed(0);
}

void PlaybackController::shuttleForward()
{
    setSpeed(m_speed <= 0 ? 1 : qMin(m_speed * 2, 8));
}

void PlaybackController::shuttleBackward()
{
    setSpeed(m_speed >= 0 ? -1 : qMax(m_speed * 2, -8));
}

void PlaybackController::setSpeed(int speed)
{
    if (!m_server)
        speed = 0;
    if (speed == m_speed)
        return;
    m_speed = speed;
    if (m_speed == 0) {
        m_timer.stop();
    } else {
        const double fps = m_info.fps > 0 ? m_info.fps : 25.0;
        // Faster than ~100 ticks per second the timer cannot keep up: skip frames instead.
        double intervalMs = 1000.0 / (fps * std::abs(m_speed));
        m_stride = 1;
        while (intervalMs * m_stride < 10.0)
            ++m_stride;
        m_timer.start(int(std::lround(intervalMs * m_stride)));
    }
    Q_EMIT speedChanged(m_speed);
}

void PlaybackController::tick()
{
    if (!m_server || m_inFlight)
        return; // the decoder is behind: drop this tick
    const qint64 next = m_current + (m_speed > 0 ? m_stride : -m_stride);
    if (next < 0 || next >= m_info.frameCount) {
        pause();
        return;
    }
    seek(next);
}

void PlaybackController::onFrame(const media::Frame &frame)
{
    m_inFlight = false;
    m_frame = frame;
    m_current = frame.index;
    Q_EMIT frameShown(frame);
}

} // namespace fp::ui
