#include "core/lab/synth/DatasetVariant.h"

#include <QCoreApplication>

namespace fp::lab {

namespace {

template<typename T> T pick(const std::vector<T> &v, std::mt19937 &rng)
{
    return v[std::uniform_int_distribution<size_t>(0, v.size() - 1)(rng)];
}

DatasetVariant variantA()
{
    DatasetVariant v;
    v.name = QStringLiteral("synth-a");
    v.description = QStringLiteral("pool A identities, light compression (CRF 18-23, JPEG 88-96), Poisson blending, "
                                   "Reinhard Lab colour transfer, mild resizing");
    v.trainPools = {IdentityPool::A};
    v.testPools = {IdentityPool::HeldOut};
    v.blends = {BlendMode::Poisson};
    v.colours = {ColourTransfer::ReinhardLab};
    v.masks = {MaskShape::Hull};
    v.lightGainMin = 0.9, v.lightGainMax = 1.1, v.lightBiasMin = -10, v.lightBiasMax = 10;
    v.gammaMin = 0.9, v.gammaMax = 1.1;
    v.resizeMin = 0.8, v.resizeMax = 1.0;
    v.blurProbability = 0.2, v.blurSigmaMin = 0.3, v.blurSigmaMax = 0.8;
    v.noiseSigmaMin = 0.0, v.noiseSigmaMax = 2.0;
    v.jpegQualityMin = 88, v.jpegQualityMax = 96;
    v.crfMin = 18, v.crfMax = 23;
    return v;
}

DatasetVariant variantB()
{
    DatasetVariant v;
    v.name = QStringLiteral("synth-b");
    v.description = QStringLiteral("pool B identities, heavy compression (CRF 28-35, JPEG 35-60), feathered alpha "
                                   "blending, mean-shift colour transfer, down-scaled frames, more blur and noise");
    v.trainPools = {IdentityPool::B};
    v.testPools = {IdentityPool::HeldOut};
    v.blends = {BlendMode::Alpha};
    v.colours = {ColourTransfer::MeanShift};
    v.masks = {MaskShape::Hull};
    v.lightGainMin = 0.8, v.lightGainMax = 1.2, v.lightBiasMin = -20, v.lightBiasMax = 20;
    v.gammaMin = 0.8, v.gammaMax = 1.25;
    v.resizeMin = 0.5, v.resizeMax = 0.8;
    v.blurProbability = 0.4, v.blurSigmaMin = 0.5, v.blurSigmaMax = 1.2;
    v.noiseSigmaMin = 1.0, v.noiseSigmaMax = 4.0;
    v.jpegQualityMin = 35, v.jpegQualityMax = 60;
    v.crfMin = 28, v.crfMax = 35;
    return v;
}

DatasetVariant variantC()
{
    DatasetVariant v;
    v.name = QStringLiteral("synth-c");
    v.description = QStringLiteral("pools A and B, medium compression (CRF 23-28, JPEG 60-88), mixed-gradient "
                                   "Poisson or hard alpha blending, partial or no colour transfer, ellipse or hull "
                                   "masks, strong resizing");
    v.trainPools = {IdentityPool::A, IdentityPool::B};
    v.testPools = {IdentityPool::HeldOut};
    v.blends = {BlendMode::MixedPoisson, BlendMode::HardAlpha};
    v.colours = {ColourTransfer::PartialReinhard, ColourTransfer::None};
    v.masks = {MaskShape::Hull, MaskShape::Ellipse};
    v.lightGainMin = 0.85, v.lightGainMax = 1.15, v.lightBiasMin = -15, v.lightBiasMax = 15;
    v.gammaMin = 0.85, v.gammaMax = 1.2;
    v.resizeMin = 0.45, v.resizeMax = 1.0;
    v.blurProbability = 0.3, v.blurSigmaMin = 0.4, v.blurSigmaMax = 1.0;
    v.noiseSigmaMin = 0.5, v.noiseSigmaMax = 3.0;
    v.jpegQualityMin = 60, v.jpegQualityMax = 88;
    v.crfMin = 23, v.crfMax = 28;
    return v;
}

} // namespace

ManipulationStyle DatasetVariant::sampleStyle(std::mt19937 &rng) const
{
    ManipulationStyle s;
    s.blend = pick(blends, rng);
    s.colour = pick(colours, rng);
    s.mask = pick(masks, rng);
    return s;
}

QStringList datasetVariantNames()
{
    return {QStringLiteral("synth-a"), QStringLiteral("synth-b"), QStringLiteral("synth-c")};
}

Result<DatasetVariant> datasetVariant(const QString &name)
{
    if (name == QLatin1String("synth-a"))
        return variantA();
    if (name == QLatin1String("synth-b"))
        return variantB();
    if (name == QLatin1String("synth-c"))
        return variantC();
    return Error::make(Error::Code::InvalidArgument,
                       QCoreApplication::translate("lab", "unknown dataset '%1'; known: %2")
                           .arg(name, datasetVariantNames().join(QStringLiteral(", "))));
}

} // namespace fp::lab
