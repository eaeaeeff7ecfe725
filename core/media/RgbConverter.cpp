#include "core/media/RgbConverter.h"

#include <QTransform>

namespace fp::media::detail {

qsizetype RgbConverter::strideFor(int width)
{
    return (qsizetype(width) * 3 + 63) / 64 * 64;
}

qsizetype RgbConverter::bufferBytes(int width, int height)
{
    constexpr qsizetype tailPadding = 256;
    return strideFor(width) * height + tailPadding;
}

QImage RgbConverter::convert(const AVFrame *frame, int rotationDegrees)
{
    if (!m_sws || frame->width != m_width || frame->height != m_height || frame->format != m_format ||
        frame->colorspace != m_colorspace || frame->color_range != m_range) {
        // The deprecated full-range "J" formats are the plain ones with the range flag set (as swscale itself
        // treats them, minus its warning).
        AVPixelFormat format = AVPixelFormat(frame->format);
        bool jpegRange = true;
        switch (format) {
        case AV_PIX_FMT_YUVJ420P: format = AV_PIX_FMT_YUV420P; break;
        case AV_PIX_FMT_YUVJ422P: format = AV_PIX_FMT_YUV422P; break;
        case AV_PIX_FMT_YUVJ444P: format = AV_PIX_FMT_YUV444P; break;
        case AV_PIX_FMT_YUVJ440P: format = AV_PIX_FMT_YUV440P; break;
        case AV_PIX_FMT_YUVJ411P: format = AV_PIX_FMT_YUV411P; break;
        default: jpegRange = false; break;
        }
        m_sws.reset(sws_getContext(frame->width, frame->height, format, frame->width, frame->height, AV_PIX_FMT_RGB24,
                                   SWS_BICUBIC, nullptr, nullptr, nullptr));
        if (!m_sws)
            return {};
        m_width = frame->width;
        m_height = frame->height;
        m_format = frame->format;
        m_colorspace = frame->colorspace;
        m_range = frame->color_range;
        // As libavfilter's scale filter does: the frame's matrix (BT.601 when unspecified) and, when the frame
        // states it, its range; otherwise the scaler's default for the pixel format.
        int *inTable = nullptr;
        int *outTable = nullptr;
        int srcRange = 0;
        int dstRange = 0;
        int brightness = 0;
        int contrast = 0;
        int saturation = 0;
        if (sws_getColorspaceDetails(m_sws.get(), &inTable, &srcRange, &outTable, &dstRange, &brightness, &contrast,
                                     &saturation) >= 0) {
            const int colorspace = frame->colorspace == AVCOL_SPC_UNSPECIFIED ? SWS_CS_DEFAULT : frame->colorspace;
            const int *coefficients = sws_getCoefficients(colorspace);
            if (jpegRange)
                srcRange = 1;
            else if (frame->color_range != AVCOL_RANGE_UNSPECIFIED)
                srcRange = frame->color_range == AVCOL_RANGE_JPEG ? 1 : 0;
            sws_setColorspaceDetails(m_sws.get(), coefficients, srcRange, outTable, dstRange, brightness, contrast,
                                     saturation);
        }
    }
    // swscale's SIMD output writes whole vectors: on narrow pictures it stores up to ~44 bytes past the end of
    // the last row (measured with FFmpeg 5.1, yuv420p -> rgb24). A QImage's own buffer has no such slack, so the
    // picture goes into a buffer with 64-byte aligned rows and a tail pad, which the QImage then owns.
    const qsizetype stride = strideFor(frame->width);
    auto *buffer = static_cast<uchar *>(av_malloc(size_t(bufferBytes(frame->width, frame->height))));
    if (!buffer)
        return {};
    QImage image(buffer, frame->width, frame->height, stride, QImage::Format_RGB888, av_free, buffer);
    if (image.isNull()) {
        av_free(buffer);
        return {};
    }
    uint8_t *dst[4] = {buffer, nullptr, nullptr, nullptr};
    int dstStride[4] = {int(stride), 0, 0, 0};
    sws_scale(m_sws.get(), frame->data, frame->linesize, 0, frame->height, dst, dstStride);
    if (rotationDegrees == 0)
        return image;
    QImage rotated = image.transformed(QTransform().rotate(rotationDegrees));
    if (rotated.format() != QImage::Format_RGB888)
        rotated = rotated.convertToFormat(QImage::Format_RGB888);
    return rotated;
}

} // namespace fp::media::detail
