#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace fp::media {

struct Rational {
    int num = 0;
    int den = 1;

    double toDouble() const { return den == 0 ? 0.0 : double(num) / double(den); }
    QString toString() const { return QStringLiteral("%1/%2").arg(num).arg(den); }
    bool isValid() const { return num > 0 && den > 0; }
};

struct AudioStreamInfo {
    int streamIndex = -1;
    QString codec;      // FFmpeg short name, e.g. "aac"
    int sampleRate = 0; // Hz
    int channels = 0;
    QString channelLayout; // e.g. "stereo"
    qint64 bitRate = 0;    // bits per second, 0 when unknown
    QString language;      // from the stream's "language" tag, may be empty

    QJsonObject toJson() const;
};

// What the container and the video stream say about an evidence file, plus what the packet scan measured.
// A plain value: copy it to any thread.
struct MediaInfo {
    QString path;
    qint64 fileSizeBytes = 0;
    QString container;         // demuxer short name(s), e.g. "mov,mp4,m4a,3gp,3g2,mj2"
    QString containerLongName; // e.g. "QuickTime / MOV"

    int videoStreamIndex = -1;
    QString videoCodec;         // decoder short name, e.g. "h264"
    QString videoCodecLongName; // e.g. "H.264 / AVC / MPEG-4 AVC / MPEG-4 part 10"
    QString profile;            // e.g. "High", may be empty
    QString pixelFormat;        // e.g. "yuv420p"
    int codedWidth = 0;         // as stored in the stream
    int codedHeight = 0;
    int width = 0; // display orientation: swapped with the coded size for 90/270 degree rotation
    int height = 0;
    Rational sampleAspect{1, 1};
    int rotationDegrees = 0; // clockwise rotation applied to decoded pictures: 0, 90, 180 or 270

    Rational timeBase{1, 1}; // of the video stream; Frame::pts is in these units
    Rational avgFrameRate;   // from the container (r_frame_rate / avg_frame_rate of FFmpeg)
    Rational realFrameRate;
    double fps = 0.0;               // average rate: frameCount / duration of the presentation timestamps
    bool variableFrameRate = false; // frame durations in the index differ by more than rounding
    double minFrameDurationMs = 0.0;
    double maxFrameDurationMs = 0.0;

    qint64 durationMs = 0; // container duration, or from the timestamps when the container has none
    qint64 frameCount = 0; // exact: frames in the packet scan (FrameIndex::size())
    qint64 keyframeCount = 0;
    qint64 declaredFrameCount = 0; // what the container header claims (0 when it does not say)
    qint64 bitRate = 0;            // overall bits per second

    QList<AudioStreamInfo> audioStreams;
    QMap<QString, QString> tags; // container and video stream metadata: creation_time, encoder, make, model, ...

    // snake_case keys; frame_count, width, height, fps, duration_ms and codec are the stable CLI contract.
    QJsonObject toJson() const;
    // A few human-readable lines for terminal output.
    QString summary() const;
};

} // namespace fp::media
