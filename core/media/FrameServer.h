#pragma once

#include "core/media/Frame.h"
#include "core/media/FrameCache.h"
#include "core/media/MediaInfo.h"

#include <QMutex>
#include <QObject>
#include <QWaitCondition>

#include <atomic>
#include <memory>

class QThread;

namespace fp::media {

class VideoReader;

// Serves frames for scrubbing without ever blocking the caller's thread. It owns a VideoReader and a worker
// thread that alone touches it. Requests are "newest wins": a request replaces any pending one, and a frame
// whose request was superseded before delivery is cached but not emitted. Frames come from the LRU cache when
// there; otherwise the worker decodes (forward when the target is close ahead, else seek to the keyframe before
// and decode to the exact frame). While idle, the worker decodes a few frames past the last request into the
// cache so that stepping forward is served from memory.
//
// Threading: create, call and destroy it on one thread with an event loop (normally the GUI thread);
// frameReady and requestFailed are emitted on that thread. The destructor stops the worker (a decode in
// progress finishes first; blocking I/O is interrupted).
class FrameServer : public QObject {
    Q_OBJECT

public:
    struct Options {
        qint64 cacheBytes = qint64(256) << 20;
        int prefetchFrames = 8; // decoded past the last request while idle
    };

    FrameServer(std::unique_ptr<VideoReader> reader, const Options &options, QObject *parent = nullptr);
    explicit FrameServer(std::unique_ptr<VideoReader> reader, QObject *parent = nullptr);
    ~FrameServer() override;

    const MediaInfo &info() const { return m_info; }
    qint64 frameCount() const { return m_info.frameCount; }

    // Asks for frame `index` (0-based). Delivered through frameReady, always from the event loop, never
    // synchronously inside this call. An index outside the video gives requestFailed.
    void request(qint64 index);
    // request(lastRequested + delta), clamped to the first and last frame.
    void step(qint64 delta);
    qint64 lastRequested() const { return m_lastRequested; }

    // The frame if it is cached now; does not touch the decoder.
    std::optional<Frame> cachedFrame(qint64 index);
    const FrameCache &cache() const { return m_cache; }

Q_SIGNALS:
    void frameReady(const fp::media::Frame &frame);
    void requestFailed(qint64 index, const QString &message);

private:
    void workerLoop();
    void deliver(quint64 generation, const Frame &frame);
    void deliverFailure(quint64 generation, qint64 index, const QString &message);

    const MediaInfo m_info;
    const Options m_options;
    std::unique_ptr<VideoReader> m_reader;
    FrameCache m_cache;
    QThread *m_thread = nullptr;

    QMutex m_mutex; // guards the fields below
    QWaitCondition m_wake;
    qint64 m_pending = -1;
    quint64 m_pendingGeneration = 0;
    bool m_stop = false;

    std::atomic<quint64> m_generation{0}; // of the newest request; read on the owner thread when delivering
    qint64 m_lastRequested = -1;          // owner thread only
};

} // namespace fp::media
