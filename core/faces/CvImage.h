#pragma once

// Private to core/faces: bridges between QImage and cv::Mat. Never include from a public header.

#include <QImage>

#include <opencv2/core.hpp>

namespace fp::faces::detail {

// An RGB888 view of image. No copy when image is already Format_RGB888 (the Mat then borrows image's pixels:
// keep holder alive as long as the Mat); other formats are converted into holder first.
inline cv::Mat rgbView(const QImage &image, QImage &holder)
{
    holder = image.format() == QImage::Format_RGB888 ? image : image.convertToFormat(QImage::Format_RGB888);
    return cv::Mat(holder.height(), holder.width(), CV_8UC3, const_cast<uchar *>(holder.constBits()),
                   static_cast<size_t>(holder.bytesPerLine()));
}

// A deep copy of an RGB 8-bit Mat into a QImage.
inline QImage toQImage(const cv::Mat &rgb)
{
    QImage out(rgb.cols, rgb.rows, QImage::Format_RGB888);
    for (int y = 0; y < rgb.rows; ++y)
        memcpy(out.scanLine(y), rgb.ptr(y), static_cast<size_t>(rgb.cols) * 3);
    return out;
}

} // namespace fp::faces::detail
