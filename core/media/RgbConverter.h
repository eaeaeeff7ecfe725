#pragma once

// Internal to core/media.

#include "core/media/FfmpegSupport.h"

#include <QImage>

namespace fp::media::detail {

// Converts decoded pictures to QImage::Format_RGB888 and applies the display rotation. The scaler settings
// follow the ffmpeg tool's defaults (bicubic, colour matrix and range from the frame), so an unrotated picture
// equals `ffmpeg -pix_fmt rgb24` output byte for byte. One instance per reader thread.
class RgbConverter {
public:
    QImage convert(const AVFrame *frame, int rotationDegrees);

    // The converted picture's row stride and the bytes allocated for it: rows 64-byte aligned plus a tail pad,
    // because swscale's vector stores run past the end of the last row on narrow pictures.
    static qsizetype strideFor(int width);
    static qsizetype bufferBytes(int width, int height);

private:
    SwsContextPtr m_sws;
    int m_width = 0;
    int m_height = 0;
    int m_format = -1;
    int m_colorspace = -1;
    int m_range = -1;
};

} // namespace fp::media::detail
