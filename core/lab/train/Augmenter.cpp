#include "core/lab/train/Augmenter.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <vector>

namespace fp::lab {

namespace {

struct TransformClass {
    const char *name;
    enum Kind { None, Jpeg, Gaussian, Median, Resize, Noise } kind;
    double value;
    int interpolation = cv::INTER_LINEAR;
};

// A small version of DNA-Det's 170 transformation classes: JPEG quality, Gaussian and median blur,
// down-and-up resizing with several interpolations, Gaussian noise.
const std::vector<TransformClass> &transformClasses()
{
    static const std::vector<TransformClass> classes = {
        {"none", TransformClass::None, 0},
        {"jpeg-30", TransformClass::Jpeg, 30},
        {"jpeg-50", TransformClass::Jpeg, 50},
        {"jpeg-70", TransformClass::Jpeg, 70},
        {"jpeg-90", TransformClass::Jpeg, 90},
        {"gaussian-3", TransformClass::Gaussian, 3},
        {"gaussian-5", TransformClass::Gaussian, 5},
        {"gaussian-7", TransformClass::Gaussian, 7},
        {"median-3", TransformClass::Median, 3},
        {"median-5", TransformClass::Median, 5},
        {"resize-0.5-linear", TransformClass::Resize, 0.5, cv::INTER_LINEAR},
        {"resize-0.5-nearest", TransformClass::Resize, 0.5, cv::INTER_NEAREST},
        {"resize-0.75-cubic", TransformClass::Resize, 0.75, cv::INTER_CUBIC},
        {"resize-0.75-area", TransformClass::Resize, 0.75, cv::INTER_AREA},
        {"noise-4", TransformClass::Noise, 4},
        {"noise-10", TransformClass::Noise, 10},
    };
    return classes;
}

} // namespace

Augmenter::Augmenter(std::uint64_t seed, AugmentOptions options) : m_rng(seed), m_options(options)
{
}

double Augmenter::uniform(double lo, double hi)
{
    return std::uniform_real_distribution<double>(lo, hi)(m_rng);
}

cv::Mat Augmenter::jpeg(const cv::Mat &rgb, int quality) const
{
    std::vector<uchar> buffer;
    cv::Mat bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    cv::imencode(".jpg", bgr, buffer, {cv::IMWRITE_JPEG_QUALITY, quality});
    cv::Mat decoded = cv::imdecode(buffer, cv::IMREAD_COLOR);
    cv::cvtColor(decoded, decoded, cv::COLOR_BGR2RGB);
    return decoded;
}

cv::Mat Augmenter::train(const cv::Mat &rgb, int size)
{
    cv::Mat img = rgb;
    if (m_options.colorJitter && uniform(0, 1) < 0.5) {
        const double contrast = uniform(0.85, 1.15);
        const double brightness = uniform(-20, 20);
        cv::Mat adjusted;
        img.convertTo(adjusted, CV_8UC3, contrast, brightness + (1.0 - contrast) * 128.0);
        const double saturation = uniform(0.8, 1.2);
        cv::Mat gray;
        cv::cvtColor(adjusted, gray, cv::COLOR_RGB2GRAY);
        cv::cvtColor(gray, gray, cv::COLOR_GRAY2RGB);
        cv::addWeighted(adjusted, saturation, gray, 1.0 - saturation, 0.0, img);
    }
    if (uniform(0, 1) < m_options.blurProbability) {
        cv::Mat blurred;
        cv::GaussianBlur(img, blurred, cv::Size(0, 0), uniform(0.3, 1.2));
        img = blurred;
    }
    if (uniform(0, 1) < m_options.jpegProbability)
        img = jpeg(img, int(uniform(40, 96)));
    cv::Mat region = img;
    if (m_options.randomCrop) {
        const int side = std::min(img.cols, img.rows);
        const int crop = std::max(8, int(side * uniform(0.85, 1.0)));
        const int x = std::uniform_int_distribution<int>(0, img.cols - crop)(m_rng);
        const int y = std::uniform_int_distribution<int>(0, img.rows - crop)(m_rng);
        region = img(cv::Rect(x, y, crop, crop));
    }
    cv::Mat out;
    cv::resize(region, out, cv::Size(size, size), 0, 0, cv::INTER_AREA);
    if (m_options.flip && uniform(0, 1) < 0.5)
        cv::flip(out, out, 1);
    return out;
}

cv::Mat Augmenter::evaluate(const cv::Mat &rgb, int size)
{
    cv::Mat out;
    if (rgb.cols == size && rgb.rows == size)
        return rgb.clone();
    cv::resize(rgb, out, cv::Size(size, size), 0, 0, cv::INTER_AREA);
    return out;
}

int Augmenter::transformClassCount()
{
    return int(transformClasses().size());
}

const char *Augmenter::transformClassName(int cls)
{
    return transformClasses().at(std::size_t(cls)).name;
}

cv::Mat Augmenter::transform(const cv::Mat &rgb, int cls, int size)
{
    const TransformClass &t = transformClasses().at(std::size_t(cls));
    // A random crop at the network's size first, so the transformation's traces are not resized away.
    const int side = std::min(rgb.cols, rgb.rows);
    cv::Mat img;
    if (side > size) {
        const int x = std::uniform_int_distribution<int>(0, rgb.cols - size)(m_rng);
        const int y = std::uniform_int_distribution<int>(0, rgb.rows - size)(m_rng);
        img = rgb(cv::Rect(x, y, size, size)).clone();
    } else {
        img = evaluate(rgb, size);
    }
    cv::Mat out;
    switch (t.kind) {
    case TransformClass::None: out = img; break;
    case TransformClass::Jpeg: out = jpeg(img, int(t.value)); break;
    case TransformClass::Gaussian: cv::GaussianBlur(img, out, cv::Size(int(t.value), int(t.value)), 0); break;
    case TransformClass::Median: cv::medianBlur(img, out, int(t.value)); break;
    case TransformClass::Resize: {
        cv::Mat small;
        cv::resize(img, small, cv::Size(), t.value, t.value, t.interpolation);
        cv::resize(small, out, img.size(), 0, 0, t.interpolation);
        break;
    }
    case TransformClass::Noise: {
        cv::Mat noise(img.size(), CV_16SC3);
        cv::theRNG().state = m_rng();
        cv::randn(noise, 0, t.value);
        cv::Mat wide;
        img.convertTo(wide, CV_16SC3);
        wide += noise;
        wide.convertTo(out, CV_8UC3);
        break;
    }
    }
    if (uniform(0, 1) < 0.5)
        cv::flip(out, out, 1);
    return out;
}

void Augmenter::writeNormalizedChw(const cv::Mat &rgb, const std::array<float, 3> &mean,
                                   const std::array<float, 3> &std, float *dst)
{
    const int plane = rgb.rows * rgb.cols;
    for (int y = 0; y < rgb.rows; ++y) {
        const uchar *p = rgb.ptr<uchar>(y);
        for (int x = 0; x < rgb.cols; ++x) {
            const int o = y * rgb.cols + x;
            for (int c = 0; c < 3; ++c)
                dst[c * plane + o] = (float(p[3 * x + c]) / 255.0f - mean[std::size_t(c)]) / std[std::size_t(c)];
        }
    }
}

} // namespace fp::lab
