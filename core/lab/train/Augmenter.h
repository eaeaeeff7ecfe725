#pragma once

#include <opencv2/core/mat.hpp>

#include <array>
#include <cstdint>
#include <random>

namespace fp::lab {

struct AugmentOptions {
    bool randomCrop = true;       // square crop of 85..100 % of the side at a random place
    bool flip = true;             // horizontal flip, p 0.5
    bool colorJitter = true;      // brightness, contrast, saturation, p 0.5
    double blurProbability = 0.2; // Gaussian blur, sigma 0.3..1.2
    double jpegProbability = 0.3; // JPEG re-compression (cv::imencode), quality 40..95
};

// Training augmentations and the DNA-Det image-transformation classes for pre-training. Owns its random
// generator (seeded), so a run with the same seed and the same call order gives the same pixels.
// Not thread-safe: one Augmenter per thread.
class Augmenter {
public:
    Augmenter(std::uint64_t seed, AugmentOptions options);

    // A randomly augmented copy of rgb, resized to size x size.
    cv::Mat train(const cv::Mat &rgb, int size);
    // The deterministic path used for validation, test and in the product: the whole crop resized.
    static cv::Mat evaluate(const cv::Mat &rgb, int size);

    // Image-transformation pre-training (labels come from the transformation, not from the data).
    static int transformClassCount();
    static const char *transformClassName(int cls);
    cv::Mat transform(const cv::Mat &rgb, int cls, int size);

    // Writes a size x size RGB 8-bit image as planar float (C, H, W): (v / 255 - mean) / std.
    static void writeNormalizedChw(const cv::Mat &rgb, const std::array<float, 3> &mean,
                                   const std::array<float, 3> &std, float *dst);

    std::mt19937_64 &rng() { return m_rng; }

private:
    double uniform(double lo, double hi);
    cv::Mat jpeg(const cv::Mat &rgb, int quality) const;

    std::mt19937_64 m_rng;
    AugmentOptions m_options;
};

} // namespace fp::lab
