#pragma once

#include "core/common/Result.h"
#include "core/media/Frame.h"
#include "core/media/FrameIndex.h"
#include "core/media/MediaInfo.h"

#include <QList>
#include <QString>

#include <memory>

namespace fp::media {

// A problem met while reading that did not stop the reader: a damaged packet, a frame the decoder concealed,
// a file that ends before its header says it should.
struct DecodeWarning {
    qint64 frameIndex = -1; // the frame concerned (approximate for messages logged by a threaded decoder), -1 if none
    QString message;
};

struct VideoReaderOptions {
    int decodeThreads = 0;        // 0: one per core (FFmpeg's automatic choice)
    int ioTimeoutMs = 15000;      // a single open/read call of the demuxer that takes longer is interrupted
    int maxSide = 16384;          // pictures wider or taller than this are refused as absurd
    qint64 maxPixels = 120000000; // so are pictures with more pixels than this
};

// Reads one video stream of an evidence file: media info, the frame index from a packet scan, sequential
// decoding and frame-accurate random access. The file is opened read-only and never written.
//
// Threading: a VideoReader holds FFmpeg contexts and belongs to one thread at a time; it may be created on one
// thread and then handed to another, but only one thread may call it. The only exception is interrupt(), which
// any thread may call. Frames it returns are immutable and may cross threads.
class VideoReader {
public:
    // Opens, probes and scans the file. Errors: NotFound, PermissionDenied, NotAVideo (empty file, text,
    // audio only, no video stream), UnsupportedCodec (no decoder in this FFmpeg), CorruptData (recognised
    // container with a damaged or truncated header, absurd picture size), Timeout (demuxer stalled).
    static Result<std::unique_ptr<VideoReader>> open(const QString &path, const VideoReaderOptions &options = {});
    ~VideoReader();
    VideoReader(const VideoReader &) = delete;
    VideoReader &operator=(const VideoReader &) = delete;

    const MediaInfo &info() const;
    const FrameIndex &frameIndex() const;

    // The next frame in presentation order. At the end of the stream it returns an invalid Frame
    // (Frame::isValid() is false). Damaged frames are skipped and counted in warnings().
    Result<Frame> readNext();

    // Exactly frame `index` (0-based, presentation order). Decodes forward from the current position when the
    // target is close ahead; otherwise seeks to the keyframe before it and decodes to its pts, stepping back to
    // earlier keyframes when the demuxer lands too late. After it returns, readNext() continues at index + 1.
    Result<Frame> frameAt(qint64 index);

    // Index of the frame readNext() will return, or -1 when unknown (after an error).
    qint64 position() const;

    // Warnings collected since open(), oldest first (capped at a few thousand; decodeErrorCount() keeps counting).
    QList<DecodeWarning> warnings() const;
    qint64 decodeErrorCount() const;

    // Thread-safe: makes the current and every later blocking demuxer call fail with Timeout/Cancelled.
    void interrupt();

private:
    struct Impl;
    explicit VideoReader(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace fp::media
