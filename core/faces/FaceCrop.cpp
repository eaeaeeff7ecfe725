#include "core/faces/FaceCrop.h"

#include "core/faces/CvImage.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace fp::faces {

namespace {

// Start of a segment of length side centred at centre, shifted inside [0, limit) when it fits.
double placeInside(double centre, double side, double limit)
{
    double start = centre - side / 2.0;
    if (side <= limit)
        start = std::clamp(start, 0.0, limit - side);
    else
        start = std::clamp(start, limit - side, 0.0); // covers the whole axis; the excess is padding
    return start;
}

} // namespace

QRectF faceCropRect(const QSize &frameSize, const QRectF &box, double scale)
{
    if (frameSize.isEmpty() || box.isEmpty() || scale <= 0.0)
        return {};
    const double side = std::max(box.width(), box.height()) * scale;
    const QPointF c = box.center();
    return QRectF(placeInside(c.x(), side, frameSize.width()), placeInside(c.y(), side, frameSize.height()), side,
                  side);
}

FaceCrop cropFace(const QImage &frame, const QRectF &box, double scale, int outputSize)
{
    FaceCrop crop;
    crop.rectInFrame = faceCropRect(frame.size(), box, scale);
    if (crop.rectInFrame.isEmpty() || outputSize <= 0)
        return crop;
    QImage holder;
    const cv::Mat rgb = detail::rgbView(frame, holder);
    const QRectF &r = crop.rectInFrame;
    const int x0 = int(std::floor(r.left())), y0 = int(std::floor(r.top()));
    const int side = std::max(1, int(std::lround(r.width())));
    const cv::Rect square(x0, y0, side, side);
    const cv::Rect inside = square & cv::Rect(0, 0, rgb.cols, rgb.rows);
    cv::Mat source;
    if (inside == square) {
        source = rgb(square); // a view, no copy
    } else {
        cv::copyMakeBorder(rgb(inside), source, inside.y - square.y, square.br().y - inside.br().y, inside.x - square.x,
                           square.br().x - inside.br().x, cv::BORDER_CONSTANT, cv::Scalar::all(0));
    }
    crop.image = QImage(outputSize, outputSize, QImage::Format_RGB888);
    cv::Mat out(outputSize, outputSize, CV_8UC3, crop.image.bits(), static_cast<size_t>(crop.image.bytesPerLine()));
    cv::resize(source, out, out.size(), 0, 0, side > outputSize ? cv::INTER_AREA : cv::INTER_LINEAR);
    return crop;
}

} // namespace fp::faces
