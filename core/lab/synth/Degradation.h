#pragma once

#include "core/lab/synth/DatasetVariant.h"

#include <QString>

#include <opencv2/core.hpp>

#include <random>

namespace fp::lab {

// Randomised capture and re-encoding, applied identically to real and manipulated images. Order: scene lighting
// (before manipulation: gain, bias, gamma), then after manipulation: down-scale and back up (resolution), blur,
// sensor noise, JPEG re-encoding. describe() is what the manifest's quality column holds.
struct Degradation {
    double gain = 1.0, bias = 0.0, gamma = 1.0;
    double resize = 1.0;
    double blurSigma = 0.0;
    double noiseSigma = 0.0;
    int jpegQuality = 95; // 0: no JPEG
    quint32 noiseSeed = 0;

    static Degradation sample(const DatasetVariant &variant, std::mt19937 &rng);
    cv::Mat applyLighting(const cv::Mat &bgr) const;
    cv::Mat applyCapture(const cv::Mat &bgr) const; // resize, blur, noise, JPEG
    QString describe() const;
};

} // namespace fp::lab
