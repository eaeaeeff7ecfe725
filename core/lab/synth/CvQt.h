#pragma once

// Private to fakeprint_synth: copies between cv::Mat (BGR) and QImage (RGB888), rectangles between the two.
#include <QImage>
#include <QRectF>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <cstring>

namespace fp::lab {

inline QImage toRgbImage(const cv::Mat &bgr)
{
    QImage out(bgr.cols, bgr.rows, QImage::Format_RGB888);
    cv::Mat view(out.height(), out.width(), CV_8UC3, out.bits(), static_cast<size_t>(out.bytesPerLine()));
    cv::cvtColor(bgr, view, cv::COLOR_BGR2RGB);
    return out;
}

inline cv::Mat toBgrMat(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    const cv::Mat view(rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar *>(rgb.constBits()),
                       static_cast<size_t>(rgb.bytesPerLine()));
    cv::Mat out;
    cv::cvtColor(view, out, cv::COLOR_RGB2BGR);
    return out;
}

inline cv::Rect2f toCvRect(const QRectF &r)
{
    return cv::Rect2f(static_cast<float>(r.x()), static_cast<float>(r.y()), static_cast<float>(r.width()),
                      static_cast<float>(r.height()));
}

inline QRectF toQRect(const cv::Rect2f &r)
{
    return QRectF(r.x, r.y, r.width, r.height);
}

} // namespace fp::lab
