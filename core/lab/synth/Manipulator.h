#pragma once

#include "core/common/Result.h"
#include "core/lab/synth/LandmarkFace.h"
#include "core/lab/synth/ManipulationClass.h"

#include <QString>

#include <opencv2/core.hpp>

#include <random>

namespace fp::lab {

// A face in an image: the image (BGR), its landmarks and the identity it belongs to.
struct FaceImage {
    cv::Mat bgr;
    LandmarkFace face;
    QString identity;
};

// How a swap is composited; the dataset variants differ in these (see DatasetVariant).
enum class BlendMode { Poisson, MixedPoisson, Alpha, HardAlpha };
enum class ColourTransfer { ReinhardLab, PartialReinhard, MeanShift, None };
enum class MaskShape { Hull, Ellipse };

struct ManipulationStyle {
    BlendMode blend = BlendMode::Poisson;
    ColourTransfer colour = ColourTransfer::ReinhardLab;
    MaskShape mask = MaskShape::Hull;
};

struct ManipulationOutput {
    cv::Mat bgr;            // the manipulated image, same size as the target image
    cv::Mat zone;           // CV_8UC1: where pixels were allowed to change (landmark hull dilated by 20% of its width)
    QString sourceIdentity; // donor identity (swaps) or expression donor (reenactment); empty for Real
};

// Applies one manipulation family to target. donor supplies the identity for swaps (Deepfakes, FaceSwap,
// FaceShifter) and the expression for reenactment (Face2Face, NeuralTextures); Real ignores it and returns
// the target unchanged. Every family changes pixels only inside the zone. All randomness comes from rng.
// Thread-safe (no shared state).
Result<ManipulationOutput> manipulate(ManipulationClass cls, const FaceImage &target, const FaceImage &donor,
                                      const ManipulationStyle &style, std::mt19937 &rng);

// The zone of a face: its 68-landmark hull dilated by 20% of the landmarks' box width.
cv::Mat manipulationZone(const LandmarkFace &face, cv::Size size);

const char *blendModeName(BlendMode m);
const char *colourTransferName(ColourTransfer c);

} // namespace fp::lab
