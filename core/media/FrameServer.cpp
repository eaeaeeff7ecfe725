#include "core/media/FrameServer.h"

#include "core/media/VideoReader.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>

namespace fp::media {

FrameServer::FrameServer(std::unique_ptr<VideoReader> reader, QObject *parent)
    : FrameServer(std::move(reader), Options{}, parent)
{
}

FrameServer::FrameServer(std::unique_ptr<VideoReader> reader, const Options &options, QObject *parent)
    : QObject(parent), m_info(reader->info()), m_options(options), m_reader(std::move(reader)),
      m_cache(options.cacheBytes)
{
    m_thread = QThread::create([this] { workerLoop(); });
    m_thread->setObjectName(QStringLiteral("FrameServer"));
    m_thread->start();
}

FrameServer::~FrameServer()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stop = true;
        m_wake.wakeAll();
    }
    m_reader->interrupt();
    m_thread->wait();
    delete m_thread;
}

void FrameServer::request(qint64 index)
{
    const quint64 generation = ++m_generation;
    m_lastRequested = index;
    if (index < 0 || index >= m_info.frameCount) {
        deliverFailure(generation, index,
                       QCoreApplication::translate("fp::media::FrameServer", "Frame %1 is outside %2 (%3 frames)")
                           .arg(index)
                           .arg(m_info.path)
                           .arg(m_info.frameCount));
        return;
    }
    if (auto cached = m_cache.find(index)) {
        QMutexLocker lock(&m_mutex);
        m_pending = -1; // a decode still queued for an older target is stale now
        lock.unlock();
        deliver(generation, *cached);
        return;
    }
    QMutexLocker lock(&m_mutex);
    m_pending = index;
    m_pendingGeneration = generation;
    m_wake.wakeOne();
}

void FrameServer::step(qint64 delta)
{
    const qint64 from = m_lastRequested < 0 ? 0 : m_lastRequested;
    request(std::clamp<qint64>(from + delta, 0, std::max<qint64>(0, m_info.frameCount - 1)));
}

std::optional<Frame> FrameServer::cachedFrame(qint64 index)
{
    return m_cache.find(index);
}

void FrameServer::deliver(quint64 generation, const Frame &frame)
{
    // Always through the owner's event loop, where the generation is compared: a newer request made meanwhile
    // wins, and the stale frame is dropped.
    QMetaObject::invokeMethod(
        this,
        [this, generation, frame] {
            if (generation == m_generation.load())
                Q_EMIT frameReady(frame);
        },
        Qt::QueuedConnection);
}

void FrameServer::deliverFailure(quint64 generation, qint64 index, const QString &message)
{
    QMetaObject::invokeMethod(
        this,
        [this, generation, index, message] {
            if (generation == m_generation.load())
                Q_EMIT requestFailed(index, message);
        },
        Qt::QueuedConnection);
}

void FrameServer::workerLoop()
{
    qint64 prefetchNext = -1;
    int prefetchLeft = 0;
    while (true) {
        QMutexLocker lock(&m_mutex);
        while (!m_stop && m_pending < 0 && prefetchLeft <= 0)
            m_wake.wait(&m_mutex);
        if (m_stop)
            return;
        if (m_pending >= 0) {
            const qint64 target = m_pending;
            const quint64 generation = m_pendingGeneration;
            m_pending = -1;
            lock.unlock();
            // Skip work nobody waits for any more.
            if (generation != m_generation.load())
                continue;
            if (auto cached = m_cache.find(target)) {
                deliver(generation, *cached);
            } else {
                auto frame = m_reader->frameAt(target);
                if (frame.ok()) {
                    m_cache.insert(*frame);
                    deliver(generation, *frame);
                } else {
                    deliverFailure(generation, target, frame.error().message);
                }
            }
            prefetchNext = target + 1;
            prefetchLeft = m_options.prefetchFrames;
            continue;
        }
        lock.unlock();
        // Idle: decode the frames after the last request, one at a time so a new request is noticed soon.
        --prefetchLeft;
        if (prefetchNext >= m_info.frameCount) {
            prefetchLeft = 0;
            continue;
        }
        if (!m_cache.contains(prefetchNext)) {
            auto frame = m_reader->frameAt(prefetchNext);
            if (!frame.ok()) {
                prefetchLeft = 0;
                continue;
            }
            m_cache.insert(*frame);
        }
        ++prefetchNext;
    }
}

} // namespace fp::media
