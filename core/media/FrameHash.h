#pragma once

#include <QImage>
#include <QString>

namespace fp::media {

// MD5 (lower-case hex) of a decoded picture's raw RGB24 bytes, rows packed without padding: the same digest
// `ffmpeg -i VIDEO -pix_fmt rgb24 -f framemd5 -` prints for an unrotated frame. Any thread.
// Returns an empty string for an image that is not Format_RGB888.
QString frameMd5Hex(const QImage &rgb888);

} // namespace fp::media
