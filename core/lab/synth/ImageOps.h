#pragma once

#include <opencv2/core.hpp>

#include <vector>

// Image operations shared by the manipulation families. All images are CV_8UC3 BGR unless stated; masks are
// CV_8UC1 (0/255) or CV_32FC1 alphas in [0, 1]. Pure functions, safe from any thread.
namespace fp::lab::ops {

// Delaunay triangles over pts (index triples), for a piecewise-affine warp.
std::vector<cv::Vec3i> delaunay(const std::vector<cv::Point2f> &pts, cv::Size size);

// Warps src (with landmarks srcPts) triangle by triangle onto dst at dstPts. Pixels of dst outside the
// triangles keep their value; coverage (optional, CV_8UC1) receives 255 where a triangle was drawn.
void warpTriangles(const cv::Mat &src, const std::vector<cv::Point2f> &srcPts, cv::Mat &dst,
                   const std::vector<cv::Point2f> &dstPts, const std::vector<cv::Vec3i> &triangles,
                   cv::Mat *coverage = nullptr);

cv::Mat hullMask(const std::vector<cv::Point2f> &pts, cv::Size size, int begin = 0, int end = -1);
cv::Mat polygonMask(const std::vector<cv::Point2f> &pts, cv::Size size, int begin, int end);
cv::Mat morph(const cv::Mat &mask, int radiusPx, bool dilate);
// Erodes a binary mask by erodePx then blurs it with a Gaussian of sigma: a soft alpha (CV_32FC1).
cv::Mat featherMask(const cv::Mat &mask, int erodePx, double sigma);

// Reinhard colour transfer in CIE Lab: the statistics of src inside mask take those of ref inside mask;
// strength 0..1 interpolates. MeanShift moves only the per-channel BGR means.
cv::Mat reinhardLab(const cv::Mat &src, const cv::Mat &ref, const cv::Mat &mask, double strength = 1.0);
cv::Mat meanShiftBgr(const cv::Mat &src, const cv::Mat &ref, const cv::Mat &mask);

cv::Mat alphaBlend(const cv::Mat &fg, const cv::Mat &bg, const cv::Mat &alpha);
// Poisson blending (cv::seamlessClone) of fg into bg inside mask, confined to the mask dilated by 2 px.
cv::Mat poissonBlend(const cv::Mat &fg, const cv::Mat &bg, const cv::Mat &mask, bool mixed);

// A learned-upsampling imitation: zero insertion x2 followed by a separable 3-tap kernel [a, 1, b] whose odd
// taps do not sum to the even one (a + b = oddGain), i.e. a transposed convolution with uneven overlap. The
// result has a period-2 (checkerboard) gain pattern of relative amplitude |1 - oddGain|.
cv::Mat checkerboardUpsample(const cv::Mat &low, double a, double b);

// Relative spectral energy at the period-2 frequencies (Nyquist in x, y and both) of a grey image, against the
// mean energy of the spectrum: a detector of checkerboard traces.
double nyquistEnergyRatio(const cv::Mat &bgr);

cv::Rect2f pointsBox(const std::vector<cv::Point2f> &pts, int begin = 0, int end = -1);
cv::Point2f centroid(const std::vector<cv::Point2f> &pts, int begin, int end);

} // namespace fp::lab::ops
