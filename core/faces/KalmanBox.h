#pragma once

// Private to core/faces (includes OpenCV).

#include <QRectF>

#include <opencv2/video/tracking.hpp>

namespace fp::faces::detail {

// Constant-velocity Kalman filter on a box: state (cx, cy, s, r, vx, vy, vs) with s the area and r the aspect
// w/h, measured (cx, cy, s, r). Noise scales with the box so it works for 30 px and 600 px faces alike.
class KalmanBox {
public:
    explicit KalmanBox(const QRectF &box);
    QRectF predict(); // one frame ahead
    void correct(const QRectF &box);
    QRectF box() const;

private:
    void setNoise(double side);
    cv::KalmanFilter m_kf;
};

} // namespace fp::faces::detail
