// Identity-swap families: FaceSwap (graphics), Deepfakes (autoencoder-like) and FaceShifter (high-fidelity swap).
#include "core/lab/synth/Families.h"
#include "core/lab/synth/ImageOps.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace fp::lab::families {

cv::Mat warpDonorOnto(const FaceImage &target, const FaceImage &donor, cv::Mat &coverage)
{
    const auto triangles = ops::delaunay(target.face.landmarks, target.bgr.size());
    cv::Mat warped = target.bgr.clone();
    coverage.release();
    ops::warpTriangles(donor.bgr, donor.face.landmarks, warped, target.face.landmarks, triangles, &coverage);
    return warped;
}

cv::Mat transferColour(const cv::Mat &src, const cv::Mat &ref, const cv::Mat &mask, ColourTransfer mode)
{
    switch (mode) {
    case ColourTransfer::ReinhardLab: return ops::reinhardLab(src, ref, mask, 1.0);
    case ColourTransfer::PartialReinhard: return ops::reinhardLab(src, ref, mask, 0.6);
    case ColourTransfer::MeanShift: return ops::meanShiftBgr(src, ref, mask);
    case ColourTransfer::None: break;
    }
    return src.clone();
}

cv::Mat compositeSwap(const cv::Mat &fg, const cv::Mat &bg, const cv::Mat &mask, BlendMode mode, double faceWidth)
{
    switch (mode) {
    case BlendMode::Poisson: return ops::poissonBlend(fg, bg, mask, false);
    case BlendMode::MixedPoisson: return ops::poissonBlend(fg, bg, mask, true);
    case BlendMode::Alpha:
        return ops::alphaBlend(fg, bg,
                               ops::featherMask(mask, std::max(1, cvRound(faceWidth * 0.04)), faceWidth * 0.035));
    case BlendMode::HardAlpha: return ops::alphaBlend(fg, bg, ops::featherMask(mask, 1, 1.0));
    }
    return fg.clone();
}

namespace {

// The swap mask: the landmark hull (jaw, brows) or an ellipse fitted to it, inside the warped area.
cv::Mat swapMask(const FaceImage &target, const cv::Mat &coverage, MaskShape shape, double shrink)
{
    const auto &pts = target.face.landmarks;
    cv::Mat mask;
    if (shape == MaskShape::Ellipse) {
        std::vector<cv::Point2f> outline(pts.begin(), pts.begin() + lm::BrowEnd);
        cv::RotatedRect e = cv::fitEllipse(outline);
        e.size.width *= static_cast<float>(shrink);
        e.size.height *= static_cast<float>(shrink);
        mask = cv::Mat::zeros(target.bgr.size(), CV_8UC1);
        cv::ellipse(mask, e, cv::Scalar(255), cv::FILLED);
    } else {
        mask = ops::hullMask(pts, target.bgr.size());
        const double w = ops::pointsBox(pts).width;
        mask = ops::morph(mask, cvRound(w * (1.0 - shrink) * 0.5), false);
    }
    cv::bitwise_and(mask, ops::morph(coverage, 1, false), mask);
    return mask;
}

} // namespace

cv::Mat faceSwap(const FaceImage &target, const FaceImage &donor, const ManipulationStyle &style, std::mt19937 &rng)
{
    cv::Mat coverage;
    const cv::Mat warped = warpDonorOnto(target, donor, coverage);
    const cv::Mat mask = swapMask(target, coverage, style.mask, uniform(rng, 0.9, 0.97));
    const cv::Mat coloured = transferColour(warped, target.bgr, mask, style.colour);
    return compositeSwap(coloured, target.bgr, mask, style.blend, ops::pointsBox(target.face.landmarks).width);
}

cv::Mat deepfakes(const FaceImage &target, const FaceImage &donor, const ManipulationStyle &style, std::mt19937 &rng)
{
    cv::Mat coverage;
    const cv::Mat warped = warpDonorOnto(target, donor, coverage);
    const auto &pts = target.face.landmarks;
    const cv::Rect2f box = ops::pointsBox(pts);
    // The decoder's view: a square around the face at the autoencoder's resolution (64 px, sometimes 96).
    const double side = std::max(box.width, box.height) * 1.15;
    const cv::Point2f c(box.x + box.width / 2, box.y + box.height / 2);
    cv::Rect sq(cvRound(c.x - side / 2), cvRound(c.y - side / 2), cvRound(side), cvRound(side));
    sq &= cv::Rect(0, 0, target.bgr.cols, target.bgr.rows);
    if (sq.width < 8 || sq.height < 8)
        return target.bgr.clone();
    const int res = std::bernoulli_distribution(0.75)(rng) ? 64 : 96;
    cv::Mat low;
    cv::resize(warped(sq), low, cv::Size(res, res), 0, 0, cv::INTER_AREA);
    // Re-render: a low-rank reconstruction per channel (the bottleneck loses fine detail and texture), then
    // edge-preserving smoothing (the decoder's plastic skin).
    const int rank = std::uniform_int_distribution<int>(res / 8, res / 4)(rng);
    std::vector<cv::Mat> ch;
    cv::split(low, ch);
    for (auto &m : ch) {
        cv::Mat f, w, u, vt;
        m.convertTo(f, CV_32F);
        cv::SVD::compute(f, w, u, vt);
        cv::Mat wr = cv::Mat::zeros(res, res, CV_32F);
        for (int i = 0; i < rank; ++i)
            wr.at<float>(i, i) = w.at<float>(i);
        cv::Mat rec = u * wr * vt;
        rec.convertTo(m, CV_8U);
    }
    cv::merge(ch, low);
    cv::Mat smooth;
    cv::bilateralFilter(low, smooth, 5, uniform(rng, 20, 45), uniform(rng, 3, 6));
    cv::Mat up;
    cv::resize(smooth, up, sq.size(), 0, 0, std::bernoulli_distribution(0.5)(rng) ? cv::INTER_LINEAR : cv::INTER_CUBIC);
    cv::Mat rendered = warped.clone();
    up.copyTo(rendered(sq));

    ManipulationStyle s = style;
    s.mask = std::bernoulli_distribution(0.6)(rng) ? MaskShape::Ellipse : MaskShape::Hull;
    cv::Mat mask = swapMask(target, coverage, s.mask, uniform(rng, 0.85, 0.95));
    const cv::Mat coloured = transferColour(rendered, target.bgr, mask, style.colour);
    // A soft mask with a visible transition band, as the faceswap-GAN/DeepFaceLab default blend leaves.
    const cv::Mat alpha = ops::featherMask(mask, cvRound(box.width * 0.03), box.width * uniform(rng, 0.03, 0.06));
    return ops::alphaBlend(coloured, target.bgr, alpha);
}

cv::Mat faceShifter(const FaceImage &target, const FaceImage &donor, const ManipulationStyle &style, std::mt19937 &rng)
{
    cv::Mat coverage;
    const cv::Mat warped = warpDonorOnto(target, donor, coverage);
    const auto &pts = target.face.landmarks;
    const cv::Rect2f box = ops::pointsBox(pts);
    cv::Mat mask = swapMask(target, coverage, MaskShape::Hull, uniform(rng, 0.94, 0.99));
    const cv::Mat coloured = transferColour(
        warped, target.bgr, mask, style.colour == ColourTransfer::None ? ColourTransfer::ReinhardLab : style.colour);
    // AEI-Net-like refinement: identity (low frequencies) from the swap, attributes and fine detail (high
    // frequencies: skin texture, shading, grain) from the target.
    const double sigma = box.width * uniform(rng, 0.012, 0.025);
    cv::Mat swapF, targetF, swapLow, targetLow;
    coloured.convertTo(swapF, CV_32FC3);
    target.bgr.convertTo(targetF, CV_32FC3);
    cv::GaussianBlur(swapF, swapLow, cv::Size(), sigma);
    cv::GaussianBlur(targetF, targetLow, cv::Size(), sigma);
    cv::Mat refinedF = swapLow + (targetF - targetLow), refined;
    refinedF.convertTo(refined, CV_8UC3);

    // HEAR-Net-like occlusion handling: pixels inside the hull whose chroma is far from the target's skin
    // (hair, glasses, hands) are kept from the target.
    cv::Mat ycc;
    cv::cvtColor(target.bgr, ycc, cv::COLOR_BGR2YCrCb);
    cv::Mat skinRegion = ops::hullMask(pts, target.bgr.size(), lm::JawBegin, lm::NoseEnd);
    const cv::Mat features =
        ops::morph(ops::hullMask(pts, target.bgr.size(), lm::EyeBegin, lm::EyeEnd), cvRound(box.width * 0.03), true) |
        ops::morph(ops::hullMask(pts, target.bgr.size(), lm::MouthBegin, lm::MouthEnd), cvRound(box.width * 0.03),
                   true) |
        ops::morph(ops::polygonMask(pts, target.bgr.size(), lm::BrowBegin, lm::BrowEnd), cvRound(box.width * 0.04),
                   true);
    skinRegion &= ~features;
    cv::Scalar mean, stddev;
    cv::meanStdDev(ycc, mean, stddev, skinRegion);
    cv::Mat occluder = cv::Mat::zeros(target.bgr.size(), CV_8UC1);
    const double limit = uniform(rng, 2.8, 3.5);
    for (int y = 0; y < ycc.rows; ++y) {
        const auto *p = ycc.ptr<cv::Vec3b>(y);
        const auto *m = mask.ptr<uchar>(y);
        const auto *f = features.ptr<uchar>(y);
        auto *o = occluder.ptr<uchar>(y);
        for (int x = 0; x < ycc.cols; ++x) {
            if (!m[x] || f[x])
                continue;
            const double dcr = (p[x][1] - mean[1]) / std::max(2.0, stddev[1]);
            const double dcb = (p[x][2] - mean[2]) / std::max(2.0, stddev[2]);
            const double dy = (p[x][0] - mean[0]) / std::max(8.0, 2.0 * stddev[0]);
            if (std::sqrt(dcr * dcr + dcb * dcb + dy * dy) > limit)
                o[x] = 255;
        }
    }
    cv::morphologyEx(occluder, occluder, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(5, 5)));
    mask &= ~ops::morph(occluder, 2, true);
    const cv::Mat alpha = ops::featherMask(mask, cvRound(box.width * 0.02), box.width * 0.015);
    return ops::alphaBlend(refined, target.bgr, alpha);
}

} // namespace fp::lab::families
