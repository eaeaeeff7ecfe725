#include "core/faces/KalmanBox.h"

#include <cmath>

namespace fp::faces::detail {

namespace {

cv::Mat measurement(const QRectF &b)
{
    cv::Mat z(4, 1, CV_32F);
    z.at<float>(0) = float(b.center().x());
    z.at<float>(1) = float(b.center().y());
    z.at<float>(2) = float(b.width() * b.height());
    z.at<float>(3) = float(b.width() / std::max(1e-6, b.height()));
    return z;
}

QRectF fromState(const cv::Mat &x)
{
    const double s = std::max(1.0, double(x.at<float>(2)));
    const double r = std::max(0.05, double(x.at<float>(3)));
    const double w = std::sqrt(s * r), h = s / w;
    return QRectF(x.at<float>(0) - w / 2, x.at<float>(1) - h / 2, w, h);
}

} // namespace

KalmanBox::KalmanBox(const QRectF &box) : m_kf(7, 4, 0, CV_32F)
{
    cv::setIdentity(m_kf.transitionMatrix);
    for (int i = 0; i < 3; ++i)
        m_kf.transitionMatrix.at<float>(i, i + 4) = 1.0f;
    m_kf.measurementMatrix = cv::Mat::zeros(4, 7, CV_32F);
    for (int i = 0; i < 4; ++i)
        m_kf.measurementMatrix.at<float>(i, i) = 1.0f;
    const cv::Mat z = measurement(box);
    m_kf.statePost = cv::Mat::zeros(7, 1, CV_32F);
    z.copyTo(m_kf.statePost.rowRange(0, 4));
    const double side = std::sqrt(std::max(1.0, box.width() * box.height()));
    const double area = side * side;
    m_kf.errorCovPost = cv::Mat::zeros(7, 7, CV_32F);
    const float p[7] = {
        float(std::pow(0.1 * side, 2)), float(std::pow(0.1 * side, 2)), float(std::pow(0.2 * area, 2)), 0.01f,
        float(std::pow(0.5 * side, 2)), float(std::pow(0.5 * side, 2)), float(std::pow(0.2 * area, 2))};
    for (int i = 0; i < 7; ++i)
        m_kf.errorCovPost.at<float>(i, i) = p[i];
    setNoise(side);
}

void KalmanBox::setNoise(double side)
{
    const double area = side * side;
    m_kf.processNoiseCov = cv::Mat::zeros(7, 7, CV_32F);
    const float q[7] = {
        float(std::pow(0.02 * side, 2)), float(std::pow(0.02 * side, 2)), float(std::pow(0.02 * area, 2)), 1e-4f,
        float(std::pow(0.03 * side, 2)), float(std::pow(0.03 * side, 2)), float(std::pow(0.005 * area, 2))};
    for (int i = 0; i < 7; ++i)
        m_kf.processNoiseCov.at<float>(i, i) = q[i];
    m_kf.measurementNoiseCov = cv::Mat::zeros(4, 4, CV_32F);
    const float r[4] = {float(std::pow(0.05 * side, 2)), float(std::pow(0.05 * side, 2)),
                        float(std::pow(0.1 * area, 2)), 0.0025f};
    for (int i = 0; i < 4; ++i)
        m_kf.measurementNoiseCov.at<float>(i, i) = r[i];
}

QRectF KalmanBox::predict()
{
    // An area shrinking through zero would flip the box: stop its velocity first (as SORT does).
    if (m_kf.statePost.at<float>(2) + m_kf.statePost.at<float>(6) <= 1.0f)
        m_kf.statePost.at<float>(6) = 0.0f;
    m_kf.predict();
    // predict() leaves statePost as it was; carry the prediction so several predictions in a row advance.
    m_kf.statePre.copyTo(m_kf.statePost);
    m_kf.errorCovPre.copyTo(m_kf.errorCovPost);
    return fromState(m_kf.statePost);
}

void KalmanBox::correct(const QRectF &box)
{
    setNoise(std::sqrt(std::max(1.0, box.width() * box.height())));
    m_kf.correct(measurement(box));
}

QRectF KalmanBox::box() const
{
    return fromState(m_kf.statePost);
}

} // namespace fp::faces::detail
