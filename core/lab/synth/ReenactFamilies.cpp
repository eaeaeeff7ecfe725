// Reenactment families: Face2Face (expression transfer) and NeuralTextures (re-rendered mouth with a learned
// upsampler's checkerboard). The identity stays the target's; only expression regions are re-rendered.
#include "core/lab/synth/Families.h"
#include "core/lab/synth/ImageOps.h"

#include <opencv2/calib3d.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace fp::lab::families {

namespace {

// Points that barely move with expression: jaw ends, nose bridge and tip, outer eye corners.
constexpr int kStable[] = {0, 16, 27, 28, 29, 30, 33, 36, 39, 42, 45};

} // namespace

std::vector<cv::Point2f> transferExpression(const LandmarkFace &target, const LandmarkFace &donor, double mouthAmount,
                                            double eyeAmount)
{
    std::vector<cv::Point2f> from, to;
    for (int i : kStable) {
        from.push_back(donor.landmarks[i]);
        to.push_back(target.landmarks[i]);
    }
    cv::Mat sim = cv::estimateAffinePartial2D(from, to);
    std::vector<cv::Point2f> aligned;
    if (sim.empty())
        aligned = donor.landmarks;
    else
        cv::transform(donor.landmarks, aligned, sim);
    std::vector<cv::Point2f> out = target.landmarks;
    // Move each region by the donor's shape relative to the region's centroid, so the region stays anchored.
    auto moveRegion = [&](int begin, int end, double amount) {
        const cv::Point2f ct = ops::centroid(target.landmarks, begin, end);
        const cv::Point2f cd = ops::centroid(aligned, begin, end);
        for (int i = begin; i < end; ++i) {
            const cv::Point2f delta = (aligned[i] - cd) - (target.landmarks[i] - ct);
            out[i] = target.landmarks[i] + delta * static_cast<float>(amount);
        }
    };
    moveRegion(lm::MouthBegin, lm::MouthEnd, mouthAmount);
    moveRegion(36, 42, eyeAmount);
    moveRegion(42, 48, eyeAmount);
    moveRegion(17, 22, eyeAmount * 0.7);
    moveRegion(22, 27, eyeAmount * 0.7);
    return out;
}

cv::Mat warpExpression(const cv::Mat &image, const std::vector<cv::Point2f> &from, const std::vector<cv::Point2f> &to)
{
    // Anchor ring: the jaw and brows pushed 10% outwards from the face centre; these points do not move, so
    // the warp is confined to the ring.
    const cv::Point2f centre = ops::centroid(from, 0, lm::Count);
    std::vector<cv::Point2f> src = from, dst = to;
    for (int i = lm::JawBegin; i < lm::BrowEnd; ++i) {
        const cv::Point2f p = centre + (from[i] - centre) * 1.1f;
        src.push_back(p);
        dst.push_back(p);
        // The outline itself follows the chin only through the mouth warp: keep it fixed too.
        dst[i] = from[i];
    }
    const auto triangles = ops::delaunay(dst, image.size());
    cv::Mat out = image.clone();
    ops::warpTriangles(image, src, out, dst, triangles);
    return out;
}

cv::Mat face2face(const FaceImage &target, const FaceImage &donor, const ManipulationStyle &style, std::mt19937 &rng)
{
    (void)style;
    const auto &pts = target.face.landmarks;
    const cv::Rect2f box = ops::pointsBox(pts);
    std::vector<cv::Point2f> expr =
        transferExpression(target.face, donor.face, uniform(rng, 0.9, 1.5), uniform(rng, 0.5, 1.0));
    // Open the mouth further at random (the source actor talks).
    const double open = uniform(rng, 0.0, 0.12) * box.height;
    for (int i : {56, 57, 58, 65, 66, 67})
        expr[i].y += static_cast<float>(open);
    for (int i : {55, 59, 64, 60})
        expr[i].y += static_cast<float>(open * 0.5);
    cv::Mat warped = warpExpression(target.bgr, pts, expr);

    // Synthesised mouth interior (Face2Face retrieves a mouth from the target's video; here a dark cavity with
    // a band of teeth), then the inner face is re-rendered (smoother shading, slight tone change).
    const cv::Mat inner = ops::polygonMask(expr, warped.size(), lm::InnerMouthBegin, lm::MouthEnd);
    if (cv::countNonZero(inner) > 4) {
        const cv::Scalar lip = cv::mean(target.bgr, ops::polygonMask(pts, target.bgr.size(), 48, 60));
        cv::Mat cavity(warped.size(), CV_8UC3, lip * 0.35);
        const cv::Rect ir = cv::boundingRect(inner);
        cv::rectangle(cavity, cv::Rect(ir.x, ir.y, ir.width, std::max(1, ir.height / 3)),
                      cv::Scalar(200, 205, 210) * uniform(rng, 0.75, 1.0), cv::FILLED);
        cv::GaussianBlur(cavity, cavity, cv::Size(), 1.2);
        warped = ops::alphaBlend(cavity, warped, ops::featherMask(inner, 0, 1.0));
    }
    const cv::Mat innerFace = ops::hullMask(expr, warped.size(), lm::BrowBegin, lm::Count);
    cv::Mat rendered;
    cv::bilateralFilter(warped, rendered, 5, uniform(rng, 15, 35), 3);
    rendered.convertTo(rendered, -1, uniform(rng, 0.95, 1.03), uniform(rng, -4, 4));
    const cv::Mat alpha = ops::featherMask(innerFace, cvRound(box.width * 0.02), box.width * 0.03);
    return ops::alphaBlend(rendered, warped, alpha);
}

cv::Mat neuralTextures(const FaceImage &target, const FaceImage &donor, const ManipulationStyle &style,
                       std::mt19937 &rng)
{
    (void)style;
    const auto &pts = target.face.landmarks;
    const cv::Rect2f box = ops::pointsBox(pts);
    // A mild expression change of the mouth only (NeuralTextures re-renders the mouth region).
    std::vector<cv::Point2f> expr = transferExpression(target.face, donor.face, uniform(rng, 0.3, 0.7), 0.0);
    cv::Mat warped = warpExpression(target.bgr, pts, expr);

    // The mouth region: lower jaw, nose base and the lips.
    std::vector<cv::Point2f> region;
    for (int i = 3; i <= 13; ++i)
        region.push_back(expr[i]);
    for (int i = 31; i <= 35; ++i)
        region.push_back(expr[i]);
    for (int i = lm::MouthBegin; i < lm::MouthEnd; ++i)
        region.push_back(expr[i]);
    const cv::Mat mask = ops::hullMask(region, warped.size());
    cv::Rect r = cv::boundingRect(mask);
    r.x -= 4;
    r.y -= 4;
    r.width += 8;
    r.height += 8;
    r &= cv::Rect(0, 0, warped.cols, warped.rows);
    r.width &= ~1;
    r.height &= ~1;
    if (r.width < 8 || r.height < 8)
        return warped;
    // Neural renderer: the region at half resolution (deferred neural texture sampled coarsely), smoothed, then
    // upsampled by a transposed convolution with uneven kernel overlap.
    cv::Mat low;
    cv::resize(warped(r), low, cv::Size(r.width / 2, r.height / 2), 0, 0, cv::INTER_AREA);
    cv::GaussianBlur(low, low, cv::Size(), uniform(rng, 0.4, 0.9));
    const double oddGain = std::bernoulli_distribution(0.5)(rng) ? uniform(rng, 0.72, 0.85) : uniform(rng, 1.15, 1.3);
    const double a = oddGain * uniform(rng, 0.35, 0.65);
    const cv::Mat up = ops::checkerboardUpsample(low, a, oddGain - a);
    cv::Mat rendered = warped.clone();
    up.copyTo(rendered(r));
    const cv::Mat alpha = ops::featherMask(mask, cvRound(box.width * 0.02), box.width * 0.02);
    return ops::alphaBlend(rendered, warped, alpha);
}

} // namespace fp::lab::families
