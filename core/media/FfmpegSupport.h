#pragma once

// Internal to core/media: RAII handles and helpers around the FFmpeg C API. Never include this from a public
// header; the rest of Fakeprint sees only Fakeprint types.

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/frame.h>
#include <libswscale/swscale.h>
}

#include <QLoggingCategory>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcMedia)

namespace fp::media::detail {

struct FormatContextDeleter {
    void operator()(AVFormatContext *ctx) const { avformat_close_input(&ctx); }
};
struct CodecContextDeleter {
    void operator()(AVCodecContext *ctx) const { avcodec_free_context(&ctx); }
};
struct PacketDeleter {
    void operator()(AVPacket *pkt) const { av_packet_free(&pkt); }
};
struct FrameDeleter {
    void operator()(AVFrame *frame) const { av_frame_free(&frame); }
};
struct SwsDeleter {
    void operator()(SwsContext *ctx) const { sws_freeContext(ctx); }
};

using FormatContextPtr = std::unique_ptr<AVFormatContext, FormatContextDeleter>;
using CodecContextPtr = std::unique_ptr<AVCodecContext, CodecContextDeleter>;
using PacketPtr = std::unique_ptr<AVPacket, PacketDeleter>;
using AvFramePtr = std::unique_ptr<AVFrame, FrameDeleter>;
using SwsContextPtr = std::unique_ptr<SwsContext, SwsDeleter>;

QString averrorText(int errnum);

// Deadline for blocking demuxer calls, installed as the AVFormatContext's interrupt callback. arm() before
// every call; abort() is thread-safe and permanent.
class IoDeadline {
public:
    explicit IoDeadline(int timeoutMs) : m_timeoutMs(timeoutMs) {}
    void arm();
    void abort() { m_aborted.store(true); }
    bool aborted() const { return m_aborted.load(); }
    bool expired() const;
    AVIOInterruptCB callback() { return AVIOInterruptCB{&IoDeadline::check, this}; }

private:
    static int check(void *self);
    int m_timeoutMs;
    std::atomic<qint64> m_deadlineMs{0};
    std::atomic_bool m_aborted{false};
};

// Receives error messages that FFmpeg logs from one reader's decoder (including its frame-thread copies).
// Sinks register themselves; messages from contexts whose opaque is not a registered sink go to FFmpeg's
// default logger. Methods of the sink may be called from FFmpeg's worker threads.
class DecoderLogSink {
public:
    virtual ~DecoderLogSink() = default;
    virtual void decoderMessage(const QString &message) = 0;
};
// Routes FFmpeg's log into the fakeprint.media category (once per process; idempotent).
void installLogHandler();
void registerLogSink(DecoderLogSink *sink);
void unregisterLogSink(DecoderLogSink *sink);

// Clockwise rotation in degrees (0, 90, 180, 270) that the stream's display matrix asks for.
int displayRotationDegrees(const AVStream *stream);

// Name of the container format as ffprobe prints it for a score, or empty when FFmpeg does not recognise the
// first bytes of the file at all. Used to tell "not a video" from "a damaged video".
QString probeFormatName(const QString &path);

} // namespace fp::media::detail
