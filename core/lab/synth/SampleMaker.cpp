#include "core/lab/synth/SampleMaker.h"

#include <QCoreApplication>

#include <opencv2/imgproc.hpp>

namespace fp::lab {

namespace {

// A small random pose change (in-plane rotation, scale, shift) of the whole region, landmarks included.
FaceImage posed(const FaceImage &in, std::mt19937 &rng)
{
    auto u = [&rng](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng); };
    const cv::Point2f c(in.bgr.cols / 2.0f, in.bgr.rows / 2.0f);
    cv::Mat affine = cv::getRotationMatrix2D(c, u(-10.0, 10.0), u(0.95, 1.05));
    affine.at<double>(0, 2) += u(-0.03, 0.03) * in.bgr.cols;
    affine.at<double>(1, 2) += u(-0.03, 0.03) * in.bgr.rows;
    FaceImage out;
    out.identity = in.identity;
    cv::warpAffine(in.bgr, out.bgr, affine, in.bgr.size(), cv::INTER_LINEAR, cv::BORDER_REFLECT_101);
    cv::transform(in.face.landmarks, out.face.landmarks, affine);
    std::vector<cv::Point2f> corners{in.face.box.tl(), in.face.box.br()}, moved;
    cv::transform(corners, moved, affine);
    out.face.box = cv::Rect2f(moved[0], moved[1]);
    out.face.score = in.face.score;
    return out;
}

} // namespace

Result<std::vector<int>> poolForSplit(const IdentityBank &bank, const DatasetVariant &variant, const QString &split)
{
    std::vector<IdentityPool> pools;
    if (split == QLatin1String("train") || split == QLatin1String("val"))
        pools = variant.trainPools;
    else if (split == QLatin1String("test"))
        pools = variant.testPools;
    else
        return Error::make(Error::Code::InvalidArgument,
                           QCoreApplication::translate("lab", "unknown split '%1'; use train, val or test").arg(split));
    std::vector<int> out;
    for (IdentityPool p : pools) {
        const auto ids = bank.pool(p);
        out.insert(out.end(), ids.begin(), ids.end());
    }
    std::sort(out.begin(), out.end());
    if (out.size() < 2)
        return Error::make(Error::Code::NotFound, QCoreApplication::translate(
                                                      "lab", "dataset %1 split %2 has %3 identities; at least 2 needed")
                                                      .arg(variant.name, split)
                                                      .arg(out.size()));
    return out;
}

Result<Sample> makeSample(const IdentityBank &bank, const std::vector<int> &pool, const DatasetVariant &variant,
                          ManipulationClass cls, std::mt19937 &rng, int fixedTarget)
{
    std::uniform_int_distribution<size_t> pickIndex(0, pool.size() - 1);
    const int targetIndex = fixedTarget >= 0 ? fixedTarget : pool[pickIndex(rng)];
    int donorIndex = targetIndex;
    while (donorIndex == targetIndex)
        donorIndex = pool[pickIndex(rng)];
    const auto &ids = bank.identities();
    Sample s;
    s.degradation = Degradation::sample(variant, rng);
    s.style = variant.sampleStyle(rng);
    s.target = posed(ids[targetIndex].face, rng);
    s.target.bgr = s.degradation.applyLighting(s.target.bgr);
    const FaceImage donor = posed(ids[donorIndex].face, rng);
    auto out = manipulate(cls, s.target, donor, s.style, rng);
    if (!out)
        return out.error();
    s.manipulated = std::move(out->bgr);
    s.sourceIdentity = out->sourceIdentity;
    return s;
}

} // namespace fp::lab
