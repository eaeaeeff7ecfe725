#pragma once

#include "tests/testsupport/Fixtures.h"

#include <QString>
#include <QStringList>

namespace fp::test::media {

// Named video fixtures used by the media tests, generated with the ffmpeg tool into dir.
// Kinds: "h264_bframes", "h264_longgop", "h264_vfr", "h264_rotated", "vp8_webm", "vp9_mkv", "mpeg4_avi",
// "mjpeg_avi", "hevc_mp4", "h264_audio" (H.264 plus an AAC track).
QString makeFixture(const QString &dir, const QString &kind, QString *error = nullptr);
QStringList fixtureKinds();

// Runs the ffmpeg tool quietly (-nostdin -y -loglevel error prepended); false with stderr in *error on failure.
bool runFfmpeg(const QStringList &args, QString *error = nullptr);

// `ffprobe -count_frames` on the first video stream; -1 when ffprobe fails.
qint64 ffprobeFrameCount(const QString &path);

// MD5 of every frame as `ffmpeg -pix_fmt rgb24 -f framemd5` prints it (no autorotation); empty on failure.
QStringList ffmpegFrameMd5s(const QString &path);

} // namespace fp::test::media
