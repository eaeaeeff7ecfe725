#include "core/lab/synth/Degradation.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

namespace fp::lab {

Degradation Degradation::sample(const DatasetVariant &v, std::mt19937 &rng)
{
    auto u = [&rng](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng); };
    Degradation d;
    d.gain = u(v.lightGainMin, v.lightGainMax);
    d.bias = u(v.lightBiasMin, v.lightBiasMax);
    d.gamma = u(v.gammaMin, v.gammaMax);
    d.resize = u(v.resizeMin, v.resizeMax);
    d.blurSigma = std::bernoulli_distribution(v.blurProbability)(rng) ? u(v.blurSigmaMin, v.blurSigmaMax) : 0.0;
    d.noiseSigma = u(v.noiseSigmaMin, v.noiseSigmaMax);
    d.jpegQuality = std::uniform_int_distribution<int>(v.jpegQualityMin, v.jpegQualityMax)(rng);
    d.noiseSeed = static_cast<quint32>(rng());
    return d;
}

cv::Mat Degradation::applyLighting(const cv::Mat &bgr) const
{
    cv::Mat lut(1, 256, CV_8U);
    for (int i = 0; i < 256; ++i) {
        const double g = 255.0 * std::pow(i / 255.0, gamma);
        lut.at<uchar>(i) = cv::saturate_cast<uchar>(g * gain + bias);
    }
    cv::Mat out;
    cv::LUT(bgr, lut, out);
    return out;
}

cv::Mat Degradation::applyCapture(const cv::Mat &bgr) const
{
    cv::Mat img = bgr;
    if (resize < 0.999) {
        cv::Mat small;
        cv::resize(img, small, cv::Size(), resize, resize, cv::INTER_AREA);
        cv::resize(small, img, bgr.size(), 0, 0, cv::INTER_LINEAR);
    } else {
        img = bgr.clone();
    }
    if (blurSigma > 0.0)
        cv::GaussianBlur(img, img, cv::Size(), blurSigma);
    if (noiseSigma > 0.0) {
        cv::RNG rng(noiseSeed);
        cv::Mat noise(img.size(), CV_32FC3), f;
        rng.fill(noise, cv::RNG::NORMAL, 0.0, noiseSigma);
        img.convertTo(f, CV_32FC3);
        f += noise;
        f.convertTo(img, CV_8UC3);
    }
    if (jpegQuality > 0) {
        std::vector<uchar> buf;
        cv::imencode(".jpg", img, buf, {cv::IMWRITE_JPEG_QUALITY, jpegQuality});
        img = cv::imdecode(buf, cv::IMREAD_COLOR);
    }
    return img;
}

QString Degradation::describe() const
{
    return QStringLiteral("jpeg=%1;resize=%2;blur=%3;noise=%4;gain=%5;bias=%6;gamma=%7")
        .arg(jpegQuality)
        .arg(resize, 0, 'f', 3)
        .arg(blurSigma, 0, 'f', 2)
        .arg(noiseSigma, 0, 'f', 2)
        .arg(gain, 0, 'f', 3)
        .arg(bias, 0, 'f', 1)
        .arg(gamma, 0, 'f', 3);
}

} // namespace fp::lab
