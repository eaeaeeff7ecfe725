#pragma once

// The manipulation families (internal to fakeprint_synth). Each returns the manipulated image before the zone
// is enforced by manipulate(). See Manipulator.h for the contract.
#include "core/lab/synth/Manipulator.h"

namespace fp::lab::families {

// Source face warped onto the target landmarks (piecewise affine over Delaunay triangles of the target's 68
// points); coverage receives the warped area.
cv::Mat warpDonorOnto(const FaceImage &target, const FaceImage &donor, cv::Mat &coverage);
cv::Mat transferColour(const cv::Mat &src, const cv::Mat &ref, const cv::Mat &mask, ColourTransfer mode);
cv::Mat compositeSwap(const cv::Mat &fg, const cv::Mat &bg, const cv::Mat &mask, BlendMode mode, double faceWidth);

cv::Mat faceSwap(const FaceImage &target, const FaceImage &donor, const ManipulationStyle &style, std::mt19937 &rng);
cv::Mat deepfakes(const FaceImage &target, const FaceImage &donor, const ManipulationStyle &style, std::mt19937 &rng);
cv::Mat faceShifter(const FaceImage &target, const FaceImage &donor, const ManipulationStyle &style, std::mt19937 &rng);
cv::Mat face2face(const FaceImage &target, const FaceImage &donor, const ManipulationStyle &style, std::mt19937 &rng);
cv::Mat neuralTextures(const FaceImage &target, const FaceImage &donor, const ManipulationStyle &style,
                       std::mt19937 &rng);

// Target landmarks with the mouth, eyes and brows moved towards the donor's expression (donor aligned to the
// target by a similarity transform on stable points). amount scales the displacement.
std::vector<cv::Point2f> transferExpression(const LandmarkFace &target, const LandmarkFace &donor, double mouthAmount,
                                            double eyeAmount);
// Piecewise-affine warp of image from landmarks `from` to `to`, anchored by a fixed ring of points around the
// face so that the warp stays inside the face.
cv::Mat warpExpression(const cv::Mat &image, const std::vector<cv::Point2f> &from, const std::vector<cv::Point2f> &to);

inline double uniform(std::mt19937 &rng, double lo, double hi)
{
    return std::uniform_real_distribution<double>(lo, hi)(rng);
}

} // namespace fp::lab::families
