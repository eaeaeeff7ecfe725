#include "core/media/FfmpegSupport.h"

extern "C" {
#include <libavutil/display.h>
#include <libavutil/log.h>
}

#include <QFile>
#include <QMutex>
#include <QSet>

#include <chrono>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <mutex>

Q_LOGGING_CATEGORY(lcMedia, "fakeprint.media", QtInfoMsg)

namespace fp::media::detail {

namespace {

QMutex g_sinkMutex;
QSet<void *> g_sinks;

QString formatMessage(const char *fmt, va_list args)
{
    char line[1024];
    va_list copy;
    va_copy(copy, args);
    std::vsnprintf(line, sizeof line, fmt, copy);
    va_end(copy);
    return QString::fromUtf8(line).trimmed();
}

// FFmpeg logs through one global callback. Errors of a registered reader's decoder go to that reader (they
// become warnings with frame numbers); everything else worth seeing goes to the fakeprint.media category
// instead of raw stderr, so --json output and the GUI stay clean.
void logCallback(void *avcl, int level, const char *fmt, va_list args)
{
    if (level > AV_LOG_WARNING)
        return;
    if (level <= AV_LOG_ERROR && avcl) {
        const AVClass *cls = *static_cast<AVClass **>(avcl);
        const AVClassCategory category = cls && cls->get_category ? cls->get_category(avcl)
                                         : cls                    ? cls->category
                                                                  : AV_CLASS_CATEGORY_NA;
        if (category == AV_CLASS_CATEGORY_DECODER && std::strcmp(cls->class_name, "AVCodecContext") == 0) {
            void *opaque = static_cast<AVCodecContext *>(avcl)->opaque;
            QMutexLocker lock(&g_sinkMutex);
            if (opaque && g_sinks.contains(opaque)) {
                static_cast<DecoderLogSink *>(opaque)->decoderMessage(formatMessage(fmt, args));
                return;
            }
        }
    }
    const AVClass *cls = avcl ? *static_cast<AVClass **>(avcl) : nullptr;
    qCDebug(lcMedia).noquote() << "ffmpeg" << (cls ? cls->item_name(avcl) : "") << formatMessage(fmt, args);
}

} // namespace

QString averrorText(int errnum)
{
    char buffer[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(errnum, buffer, sizeof buffer);
    return QString::fromUtf8(buffer);
}

namespace {
qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}
} // namespace

void IoDeadline::arm()
{
    m_deadlineMs.store(steadyMs() + m_timeoutMs);
}

bool IoDeadline::expired() const
{
    return steadyMs() > m_deadlineMs.load();
}

int IoDeadline::check(void *self)
{
    const auto *deadline = static_cast<IoDeadline *>(self);
    return deadline->aborted() || deadline->expired() ? 1 : 0;
}

void installLogHandler()
{
    static std::once_flag once;
    std::call_once(once, [] { av_log_set_callback(&logCallback); });
}

void registerLogSink(DecoderLogSink *sink)
{
    installLogHandler();
    QMutexLocker lock(&g_sinkMutex);
    g_sinks.insert(sink);
}

void unregisterLogSink(DecoderLogSink *sink)
{
    QMutexLocker lock(&g_sinkMutex);
    g_sinks.remove(sink);
}

int displayRotationDegrees(const AVStream *stream)
{
    const auto *matrix =
        reinterpret_cast<const int32_t *>(av_stream_get_side_data(stream, AV_PKT_DATA_DISPLAYMATRIX, nullptr));
    if (!matrix)
        return 0;
    const double counterClockwise = av_display_rotation_get(matrix);
    if (std::isnan(counterClockwise))
        return 0;
    int clockwise = int(std::lround(-counterClockwise / 90.0)) * 90;
    clockwise %= 360;
    if (clockwise < 0)
        clockwise += 360;
    return clockwise;
}

QString probeFormatName(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray head = file.read(1 << 20);
    const int size = int(head.size());
    head.append(QByteArray(AVPROBE_PADDING_SIZE, '\0'));
    const QByteArray name = path.toUtf8();
    AVProbeData probe{};
    probe.filename = name.constData();
    probe.buf = reinterpret_cast<unsigned char *>(head.data());
    probe.buf_size = size;
    int score = 0;
    const AVInputFormat *format = av_probe_input_format3(&probe, 1, &score);
    // Below the extension score FFmpeg is guessing from the file name only.
    if (!format || score <= AVPROBE_SCORE_EXTENSION)
        return {};
    return QString::fromLatin1(format->name);
}

} // namespace fp::media::detail
