#include "core/lab/synth/ManipulationClass.h"

namespace fp::lab {

namespace {

const ManipulationClassInfo kClasses[] = {
    {ManipulationClass::Real, "real", "Real", "Untouched face, same augmentations and re-encoding"},
    {ManipulationClass::Deepfakes, "deepfakes", "Deepfakes",
     "Autoencoder-like swap: low-resolution re-rendered face blended with a soft mask"},
    {ManipulationClass::Face2Face, "face2face", "Face2Face",
     "Expression transfer: mouth and eye landmarks warped towards another expression"},
    {ManipulationClass::FaceSwap, "faceswap", "FaceSwap",
     "Landmark triangle warp of another identity, colour transfer, Poisson or alpha blend"},
    {ManipulationClass::NeuralTextures, "neuraltextures", "NeuralTextures",
     "Re-rendered mouth region with learned-upsampling checkerboard traces"},
    {ManipulationClass::FaceShifter, "faceshifter", "FaceShifter",
     "Swap with high-frequency detail transfer from the target and occlusion handling"},
};

} // namespace

std::span<const ManipulationClassInfo> manipulationClasses()
{
    return kClasses;
}

const ManipulationClassInfo &classInfo(ManipulationClass c)
{
    return kClasses[static_cast<int>(c)];
}

std::optional<ManipulationClass> classFromKey(const QString &key)
{
    for (const auto &info : kClasses) {
        if (key.compare(QLatin1String(info.key), Qt::CaseInsensitive) == 0 ||
            key.compare(QLatin1String(info.label), Qt::CaseInsensitive) == 0)
            return info.id;
    }
    return std::nullopt;
}

} // namespace fp::lab
