#include "core/media/VideoReader.h"

#include "core/media/FfmpegSupport.h"
#include "core/media/MediaProbe.h"
#include "core/media/RgbConverter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMutex>
#include <QScopeGuard>

#include <atomic>

namespace fp::media {

using namespace detail;

namespace {

constexpr int kMaxStoredWarnings = 5000;
// Decoding this many frames forward is cheaper than a seek that lands on a keyframe further back.
constexpr qint64 kForwardDecodeLimit = 48;

Status checkPictureSize(const QString &path, const AVCodecParameters *par, const VideoReaderOptions &options)
{
    if (par->width > options.maxSide || par->height > options.maxSide ||
        qint64(par->width) * par->height > options.maxPixels)
        return makeError(Error::Code::CorruptData,
                         QCoreApplication::translate("fp::media::VideoReader",
                                                     "%1: the header claims an absurd picture size of %2x%3; refused")
                             .arg(path)
                             .arg(par->width)
                             .arg(par->height));
    return Ok{};
}

struct OpenedInput {
    FormatContextPtr format;
    int videoStream = -1;
};

} // namespace

struct VideoReader::Impl final : DecoderLogSink {
    QString path;
    VideoReaderOptions options;
    IoDeadline deadline;
    FormatContextPtr format;
    CodecContextPtr decoder;
    AVStream *stream = nullptr;
    PacketPtr packet{av_packet_alloc()};
    AvFramePtr frame{av_frame_alloc()};
    RgbConverter converter;
    MediaInfo info;
    FrameIndex index;

    qint64 nextIndex = 0;        // frame readNext returns, -1 when unknown
    qint64 lastOutputIndex = -1; // index of the last frame the decoder produced
    // Read by FFmpeg's decoder threads through decoderMessage().
    std::atomic<qint64> lastSentIndex{-1};        // index of the last packet sent to the decoder
    std::atomic_bool ignoreLogUntilOutput{false}; // after a seek, until the first picture comes out
    bool flushing = false;                        // end of file reached, decoder being drained
    qint64 skipBefore = -1; // while seeking: packets of frames before this index may skip non-reference pictures
    Frame lastFrame;

    mutable QMutex warningMutex;
    QList<DecodeWarning> warnings;
    qint64 errorCount = 0;

    Impl(const QString &p, const VideoReaderOptions &o) : path(p), options(o), deadline(o.ioTimeoutMs) {}
    ~Impl() override { unregisterLogSink(this); }

    void decoderMessage(const QString &message) override
    {
        if (ignoreLogUntilOutput)
            return;
        const qint64 near = lastSentIndex.load();
        addWarning(near, QCoreApplication::translate("fp::media::VideoReader", "decoder error near frame %1: %2")
                             .arg(near)
                             .arg(message));
    }

    void addWarning(qint64 frameIndex, const QString &message)
    {
        QMutexLocker lock(&warningMutex);
        ++errorCount;
        if (warnings.size() < kMaxStoredWarnings)
            warnings.append(DecodeWarning{frameIndex, message});
        qCDebug(lcMedia) << path << message;
    }

    Result<OpenedInput> openInput();
    Result<FrameIndex> scanPackets(AVFormatContext *ctx, int videoStream);
    Status openDecoder();
    Result<const AVFrame *> decodeNext();
    qint64 indexOfDecoded(const AVFrame *decoded);
    Frame makeFrame(const AVFrame *decoded, qint64 frameIndex);
    Status seekToKeyframe(qint64 keyframeIndex);
    Result<Frame> decodeUntil(qint64 target, bool *overshoot);
};

Result<OpenedInput> VideoReader::Impl::openInput()
{
    const QByteArray nativePath = QFileInfo(path).absoluteFilePath().toUtf8();
    AVFormatContext *raw = avformat_alloc_context();
    if (!raw)
        return makeError(Error::Code::Internal,
                         QCoreApplication::translate("fp::media::VideoReader", "Out of memory opening %1").arg(path));
    raw->interrupt_callback = deadline.callback();
    deadline.arm();
    int rc = avformat_open_input(&raw, nativePath.constData(), nullptr, nullptr);
    if (rc < 0) {
        if (deadline.aborted() || rc == AVERROR_EXIT)
            return makeError(Error::Code::Timeout,
                             QCoreApplication::translate("fp::media::VideoReader", "Opening %1 took longer than %2 ms")
                                 .arg(path)
                                 .arg(options.ioTimeoutMs));
        const QString recognised = probeFormatName(path);
        if (recognised.isEmpty())
            return makeError(
                Error::Code::NotAVideo,
                QCoreApplication::translate("fp::media::VideoReader", "%1 is not a video file FFmpeg recognises (%2)")
                    .arg(path, averrorText(rc)));
        return makeError(Error::Code::CorruptData,
                         QCoreApplication::translate(
                             "fp::media::VideoReader",
                             "%1 looks like %2 but its header cannot be read (%3); the file may be truncated or "
                             "damaged")
                             .arg(path, recognised, averrorText(rc)));
    }
    OpenedInput input;
    input.format.reset(raw);
    // Refuse absurd sizes before probing decodes (and allocates) anything.
    for (unsigned i = 0; i < raw->nb_streams; ++i) {
        if (raw->streams[i]->codecpar->codec_type != AVMEDIA_TYPE_VIDEO)
            continue;
        if (auto status = checkPictureSize(path, raw->streams[i]->codecpar, options); !status.ok())
            return status.error();
    }
    deadline.arm();
    rc = avformat_find_stream_info(raw, nullptr);
    if (rc < 0) {
        if (deadline.aborted() || rc == AVERROR_EXIT)
            return makeError(Error::Code::Timeout,
                             QCoreApplication::translate("fp::media::VideoReader", "Probing %1 took longer than %2 ms")
                                 .arg(path)
                                 .arg(options.ioTimeoutMs));
        return makeError(
            Error::Code::CorruptData,
            QCoreApplication::translate("fp::media::VideoReader", "Cannot read the stream parameters of %1: %2")
                .arg(path, averrorText(rc)));
    }
    const AVCodec *codec = nullptr;
    rc = av_find_best_stream(raw, AVMEDIA_TYPE_VIDEO, -1, -1, &codec, 0);
    if (rc == AVERROR_STREAM_NOT_FOUND || (rc < 0 && rc != AVERROR_DECODER_NOT_FOUND)) {
        bool hasAudio = false;
        for (unsigned i = 0; i < raw->nb_streams; ++i)
            hasAudio = hasAudio || raw->streams[i]->codecpar->codec_type == AVMEDIA_TYPE_AUDIO;
        return makeError(
            Error::Code::NotAVideo,
            hasAudio ? QCoreApplication::translate("fp::media::VideoReader", "%1 holds audio only, no video stream")
                           .arg(path)
                     : QCoreApplication::translate("fp::media::VideoReader", "%1 has no video stream").arg(path));
    }
    if (rc == AVERROR_DECODER_NOT_FOUND) {
        // A video stream exists but nothing here decodes it: name its codec.
        rc = av_find_best_stream(raw, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
        const char *name = rc >= 0 ? avcodec_get_name(raw->streams[rc]->codecpar->codec_id) : "unknown";
        return makeError(Error::Code::UnsupportedCodec,
                         QCoreApplication::translate("fp::media::VideoReader",
                                                     "%1: this FFmpeg build has no decoder for the video codec '%2'")
                             .arg(path, QString::fromLatin1(name)));
    }
    input.videoStream = rc;
    // Other streams are never decoded; discarding them keeps the demuxer from queueing their packets.
    for (unsigned i = 0; i < raw->nb_streams; ++i) {
        if (int(i) != rc)
            raw->streams[i]->discard = AVDISCARD_ALL;
    }
    const AVCodecParameters *par = raw->streams[rc]->codecpar;
    if (par->width <= 0 || par->height <= 0)
        return makeError(
            Error::Code::CorruptData,
            QCoreApplication::translate("fp::media::VideoReader", "%1: the video stream has no picture size")
                .arg(path));
    if (auto status = checkPictureSize(path, par, options); !status.ok())
        return status.error();
    return input;
}

Result<FrameIndex> VideoReader::Impl::scanPackets(AVFormatContext *ctx, int videoStream)
{
    PacketPtr pkt(av_packet_alloc());
    QList<FrameIndexEntry> packets;
    const AVStream *st = ctx->streams[videoStream];
    while (true) {
        deadline.arm();
        const int rc = av_read_frame(ctx, pkt.get());
        if (rc == AVERROR_EOF)
            break;
        if (rc < 0) {
            if (deadline.aborted() || rc == AVERROR_EXIT)
                return makeError(
                    Error::Code::Timeout,
                    QCoreApplication::translate("fp::media::VideoReader", "Scanning %1 stalled after %2 frames")
                        .arg(path)
                        .arg(packets.size()));
            addWarning(packets.size(),
                       QCoreApplication::translate("fp::media::VideoReader",
                                                   "reading stopped after frame %1: %2; the file may be truncated")
                           .arg(packets.size() - 1)
                           .arg(averrorText(rc)));
            break;
        }
        if (pkt->stream_index == videoStream && !(pkt->flags & AV_PKT_FLAG_DISCARD)) {
            FrameIndexEntry entry;
            entry.dts = pkt->dts;
            entry.pts = pkt->pts != AV_NOPTS_VALUE ? pkt->pts : pkt->dts;
            entry.bytePos = pkt->pos;
            entry.keyframe = pkt->flags & AV_PKT_FLAG_KEY;
            if (entry.pts == AV_NOPTS_VALUE) {
                // Raw streams without timestamps: number the frames in file order.
                entry.pts = packets.isEmpty() ? 0 : packets.last().pts + 1;
            }
            if (pkt->flags & AV_PKT_FLAG_CORRUPT)
                addWarning(-1, QCoreApplication::translate("fp::media::VideoReader",
                                                           "packet at byte %1 is marked corrupt by the demuxer")
                                   .arg(pkt->pos));
            packets.append(entry);
        }
        av_packet_unref(pkt.get());
    }
    if (packets.isEmpty())
        return makeError(
            Error::Code::CorruptData,
            QCoreApplication::translate("fp::media::VideoReader", "%1: the video stream holds no frames").arg(path));
    if (st->nb_frames > 0 && packets.size() < st->nb_frames)
        addWarning(packets.size(),
                   QCoreApplication::translate("fp::media::VideoReader",
                                               "the file ends after %1 of the %2 frames its header declares; it is "
                                               "probably truncated")
                       .arg(packets.size())
                       .arg(st->nb_frames));
    return FrameIndex::fromPackets(std::move(packets), Rational{st->time_base.num, st->time_base.den});
}

Status VideoReader::Impl::openDecoder()
{
    const AVCodec *codec = avcodec_find_decoder(stream->codecpar->codec_id);
    if (!codec)
        return makeError(Error::Code::UnsupportedCodec,
                         QCoreApplication::translate("fp::media::VideoReader", "%1: no decoder for '%2'")
                             .arg(path, QString::fromLatin1(avcodec_get_name(stream->codecpar->codec_id))));
    decoder.reset(avcodec_alloc_context3(codec));
    if (!decoder)
        return makeError(
            Error::Code::Internal,
            QCoreApplication::translate("fp::media::VideoReader", "Out of memory creating a decoder for %1").arg(path));
    int rc = avcodec_parameters_to_context(decoder.get(), stream->codecpar);
    if (rc < 0)
        return makeError(Error::Code::CorruptData,
                         QCoreApplication::translate("fp::media::VideoReader", "%1: invalid codec parameters: %2")
                             .arg(path, averrorText(rc)));
    decoder->pkt_timebase = stream->time_base;
    decoder->thread_count = options.decodeThreads;
    decoder->thread_type = FF_THREAD_FRAME | FF_THREAD_SLICE;
    decoder->opaque = this;
    registerLogSink(this);
    rc = avcodec_open2(decoder.get(), codec, nullptr);
    if (rc < 0)
        return makeError(Error::Code::UnsupportedCodec,
                         QCoreApplication::translate("fp::media::VideoReader", "%1: cannot open the %2 decoder: %3")
                             .arg(path, QString::fromLatin1(codec->name), averrorText(rc)));
    return Ok{};
}

// The next picture out of the decoder in presentation order; nullptr at the end of the stream.
Result<const AVFrame *> VideoReader::Impl::decodeNext()
{
    while (true) {
        int rc = avcodec_receive_frame(decoder.get(), frame.get());
        if (rc == 0)
            return static_cast<const AVFrame *>(frame.get());
        if (rc == AVERROR_EOF)
            return static_cast<const AVFrame *>(nullptr);
        if (rc != AVERROR(EAGAIN)) {
            addWarning(lastSentIndex,
                       QCoreApplication::translate("fp::media::VideoReader", "decoding failed near frame %1: %2")
                           .arg(lastSentIndex.load())
                           .arg(averrorText(rc)));
            if (flushing)
                return static_cast<const AVFrame *>(nullptr);
            continue;
        }
        if (flushing)
            return static_cast<const AVFrame *>(nullptr);
        deadline.arm();
        rc = av_read_frame(format.get(), packet.get());
        if (rc < 0) {
            if (deadline.aborted() || rc == AVERROR_EXIT)
                return makeError(
                    Error::Code::Timeout,
                    QCoreApplication::translate("fp::media::VideoReader", "Reading %1 stalled or was interrupted")
                        .arg(path));
            if (rc != AVERROR_EOF)
                addWarning(lastSentIndex,
                           QCoreApplication::translate("fp::media::VideoReader", "reading stopped after frame %1: %2")
                               .arg(lastSentIndex.load())
                               .arg(averrorText(rc)));
            flushing = true;
            avcodec_send_packet(decoder.get(), nullptr);
            continue;
        }
        if (packet->stream_index != stream->index) {
            av_packet_unref(packet.get());
            continue;
        }
        const qint64 ts = packet->pts != AV_NOPTS_VALUE ? packet->pts : packet->dts;
        const qint64 sentIndex = ts == AV_NOPTS_VALUE ? -1 : index.indexOfPts(ts);
        if (sentIndex >= 0)
            lastSentIndex = sentIndex;
        // Frames before the seek target that no other frame references need not be decoded at all; the
        // setting travels with each packet, also into frame threads.
        decoder->skip_frame = sentIndex >= 0 && sentIndex < skipBefore ? AVDISCARD_NONREF : AVDISCARD_DEFAULT;
        rc = avcodec_send_packet(decoder.get(), packet.get());
        av_packet_unref(packet.get());
        if (rc < 0 && rc != AVERROR(EAGAIN))
            addWarning(sentIndex,
                       QCoreApplication::translate("fp::media::VideoReader", "frame %1 could not be decoded: %2")
                           .arg(sentIndex)
                           .arg(averrorText(rc)));
    }
}

qint64 VideoReader::Impl::indexOfDecoded(const AVFrame *decoded)
{
    qint64 ts = decoded->best_effort_timestamp;
    if (ts == AV_NOPTS_VALUE)
        ts = decoded->pts;
    qint64 found = ts == AV_NOPTS_VALUE ? -1 : index.indexOfPts(ts);
    if (found < 0) {
        found = lastOutputIndex + 1;
        addWarning(found, QCoreApplication::translate(
                              "fp::media::VideoReader",
                              "decoded picture with timestamp %1 is not in the frame index; numbered %2 by order")
                              .arg(ts)
                              .arg(found));
    }
    ignoreLogUntilOutput = false;
    lastOutputIndex = found;
    if (decoded->decode_error_flags || (decoded->flags & AV_FRAME_FLAG_CORRUPT))
        addWarning(found, QCoreApplication::translate("fp::media::VideoReader",
                                                      "frame %1 is damaged; the decoder concealed errors")
                              .arg(found));
    return found;
}

Frame VideoReader::Impl::makeFrame(const AVFrame *decoded, qint64 frameIndex)
{
    Frame out;
    out.index = frameIndex;
    out.pts = index.at(frameIndex).pts;
    out.image = converter.convert(decoded, info.rotationDegrees);
    return out;
}

Status VideoReader::Impl::seekToKeyframe(qint64 keyframeIndex)
{
    const FrameIndexEntry &entry = index.at(keyframeIndex);
    deadline.arm();
    // Seek by the keyframe's pts: the MP4 demuxer's index is shifted by the edit list so that a keyframe's
    // entry equals its pts (its packet dts is earlier, and seeking to that lands a whole GOP too early);
    // Matroska indexes by pts anyway. A landing after the target is caught and stepped back by the caller.
    int rc = av_seek_frame(format.get(), stream->index, entry.pts, AVSEEK_FLAG_BACKWARD);
    if (rc < 0 && keyframeIndex == 0)
        rc = avformat_seek_file(format.get(), -1, INT64_MIN, 0, 0, 0);
    if (rc < 0)
        return makeError(Error::Code::CorruptData,
                         QCoreApplication::translate("fp::media::VideoReader", "%1: cannot seek to frame %2: %3")
                             .arg(path)
                             .arg(keyframeIndex)
                             .arg(averrorText(rc)));
    avcodec_flush_buffers(decoder.get());
    flushing = false;
    lastOutputIndex = keyframeIndex - 1;
    ignoreLogUntilOutput = true;
    nextIndex = -1;
    return Ok{};
}

// Decodes until the frame with index `target` comes out. *overshoot is set when a later frame comes first.
Result<Frame> VideoReader::Impl::decodeUntil(qint64 target, bool *overshoot)
{
    *overshoot = false;
    skipBefore = target;
    const auto resetSkip = qScopeGuard([this] { skipBefore = -1; });
    while (true) {
        auto decoded = decodeNext();
        if (!decoded.ok()) {
            nextIndex = -1;
            return decoded.error();
        }
        const AVFrame *picture = decoded.value();
        if (!picture) {
            nextIndex = -1;
            return makeError(Error::Code::CorruptData,
                             QCoreApplication::translate("fp::media::VideoReader",
                                                         "%1: the stream ended before frame %2 could be decoded")
                                 .arg(path)
                                 .arg(target));
        }
        const bool firstAfterSeek = ignoreLogUntilOutput.load();
        const qint64 got = indexOfDecoded(picture);
        if (firstAfterSeek)
            qCDebug(lcMedia) << path << "seek for frame" << target << "resumed decoding at frame" << got;
        if (got < target)
            continue;
        if (got > target) {
            *overshoot = true;
            nextIndex = got;
            return makeError(
                Error::Code::CorruptData,
                QCoreApplication::translate("fp::media::VideoReader", "%1: frame %2 was not produced by the decoder")
                    .arg(path)
                    .arg(target));
        }
        Frame result = makeFrame(picture, got);
        nextIndex = got + 1;
        lastFrame = result;
        return result;
    }
}

VideoReader::VideoReader(std::unique_ptr<Impl> impl) : m_impl(std::move(impl))
{
}

VideoReader::~VideoReader() = default;

Result<std::unique_ptr<VideoReader>> VideoReader::open(const QString &path, const VideoReaderOptions &options)
{
    const QFileInfo file(path);
    if (!file.exists())
        return makeError(Error::Code::NotFound,
                         QCoreApplication::translate("fp::media::VideoReader", "Video file not found: %1").arg(path));
    // Directories, pipes and devices are refused before FFmpeg sees them: opening a FIFO would block.
    if (!file.isFile())
        return makeError(Error::Code::InvalidArgument,
                         QCoreApplication::translate("fp::media::VideoReader", "%1 is not a regular file").arg(path));
    if (!file.isReadable())
        return makeError(Error::Code::PermissionDenied,
                         QCoreApplication::translate("fp::media::VideoReader", "No permission to read %1").arg(path));
    if (file.size() == 0)
        return makeError(Error::Code::NotAVideo,
                         QCoreApplication::translate("fp::media::VideoReader", "%1 is empty (0 bytes)").arg(path));

    installLogHandler();
    auto impl = std::make_unique<Impl>(path, options);
    // The packet scan runs on its own demuxer instance so decoding starts from a freshly opened file rather
    // than relying on every demuxer's ability to seek back to the start.
    auto scanInput = impl->openInput();
    if (!scanInput.ok())
        return scanInput.error();
    auto index = impl->scanPackets(scanInput->format.get(), scanInput->videoStream);
    if (!index.ok())
        return index.error();
    impl->index = std::move(index.value());
    scanInput->format.reset();

    auto input = impl->openInput();
    if (!input.ok())
        return input.error();
    impl->format = std::move(input->format);
    impl->stream = impl->format->streams[input->videoStream];
    impl->info = describeMedia(path, file.size(), impl->format.get(), impl->stream, impl->index);
    if (auto status = impl->openDecoder(); !status.ok())
        return status.error();
    return std::unique_ptr<VideoReader>(new VideoReader(std::move(impl)));
}

const MediaInfo &VideoReader::info() const
{
    return m_impl->info;
}

const FrameIndex &VideoReader::frameIndex() const
{
    return m_impl->index;
}

Result<Frame> VideoReader::readNext()
{
    Impl &d = *m_impl;
    while (true) {
        auto decoded = d.decodeNext();
        if (!decoded.ok())
            return decoded.error();
        const AVFrame *picture = decoded.value();
        if (!picture) {
            d.nextIndex = d.index.size();
            return Frame{};
        }
        const qint64 got = d.indexOfDecoded(picture);
        // After a seek the decoder may hand out pictures before the keyframe (open GOP); they were returned
        // already or belong before the position.
        if (d.nextIndex >= 0 && got < d.nextIndex)
            continue;
        Frame result = d.makeFrame(picture, got);
        d.nextIndex = got + 1;
        d.lastFrame = result;
        return result;
    }
}

Result<Frame> VideoReader::frameAt(qint64 target)
{
    Impl &d = *m_impl;
    if (target < 0 || target >= d.index.size())
        return makeError(Error::Code::InvalidArgument,
                         QCoreApplication::translate("fp::media::VideoReader",
                                                     "%1: frame %2 is out of range (the video has %3 frames)")
                             .arg(d.path)
                             .arg(target)
                             .arg(d.index.size()));
    if (d.lastFrame.index == target)
        return d.lastFrame;
    const qint64 keyframe = std::max<qint64>(0, d.index.keyframeAtOrBefore(target));
    const qint64 position = d.nextIndex;
    const bool forward =
        position >= 0 && target >= position && (target - position <= kForwardDecodeLimit || keyframe < position);
    bool overshoot = false;
    if (forward) {
        auto result = d.decodeUntil(target, &overshoot);
        if (result.ok() || !overshoot)
            return result;
    }
    // Seek to the keyframe before the target; if the demuxer lands after the target, step back a keyframe.
    qint64 seekFrom = keyframe;
    while (true) {
        if (auto status = d.seekToKeyframe(seekFrom); !status.ok())
            return status.error();
        auto result = d.decodeUntil(target, &overshoot);
        if (result.ok() || !overshoot || seekFrom == 0)
            return result;
        seekFrom = std::max<qint64>(0, d.index.keyframeAtOrBefore(seekFrom - 1));
    }
}

qint64 VideoReader::position() const
{
    return m_impl->nextIndex;
}

QList<DecodeWarning> VideoReader::warnings() const
{
    QMutexLocker lock(&m_impl->warningMutex);
    return m_impl->warnings;
}

qint64 VideoReader::decodeErrorCount() const
{
    QMutexLocker lock(&m_impl->warningMutex);
    return m_impl->errorCount;
}

void VideoReader::interrupt()
{
    m_impl->deadline.abort();
}

} // namespace fp::media
