#include "core/lab/synth/Manipulator.h"

#include "core/lab/synth/Families.h"
#include "core/lab/synth/ImageOps.h"

#include <QCoreApplication>

#include <opencv2/imgproc.hpp>

namespace fp::lab {

cv::Mat manipulationZone(const LandmarkFace &face, cv::Size size)
{
    const cv::Mat hull = ops::hullMask(face.landmarks, size);
    return ops::morph(hull, cvRound(ops::pointsBox(face.landmarks).width * 0.2), true);
}

const char *blendModeName(BlendMode m)
{
    switch (m) {
    case BlendMode::Poisson: return "poisson";
    case BlendMode::MixedPoisson: return "mixed-poisson";
    case BlendMode::Alpha: return "alpha";
    case BlendMode::HardAlpha: return "hard-alpha";
    }
    return "?";
}

const char *colourTransferName(ColourTransfer c)
{
    switch (c) {
    case ColourTransfer::ReinhardLab: return "reinhard-lab";
    case ColourTransfer::PartialReinhard: return "reinhard-lab-0.6";
    case ColourTransfer::MeanShift: return "mean-shift";
    case ColourTransfer::None: return "none";
    }
    return "?";
}

Result<ManipulationOutput> manipulate(ManipulationClass cls, const FaceImage &target, const FaceImage &donor,
                                      const ManipulationStyle &style, std::mt19937 &rng)
{
    if (target.bgr.empty() || target.bgr.type() != CV_8UC3 || target.face.landmarks.size() != lm::Count)
        return Error::make(Error::Code::InvalidArgument,
                           QCoreApplication::translate("lab", "manipulation of %1: needs a BGR image with 68 landmarks")
                               .arg(target.identity));
    const bool needsDonor = cls != ManipulationClass::Real;
    if (needsDonor && (donor.bgr.empty() || donor.face.landmarks.size() != lm::Count))
        return Error::make(Error::Code::InvalidArgument,
                           QCoreApplication::translate("lab", "manipulation %1 of %2: the donor face has no landmarks")
                               .arg(QString::fromLatin1(classInfo(cls).label), target.identity));
    ManipulationOutput out;
    out.zone = manipulationZone(target.face, target.bgr.size());
    if (needsDonor)
        out.sourceIdentity = donor.identity;
    cv::Mat result;
    try {
        switch (cls) {
        case ManipulationClass::Real: result = target.bgr.clone(); break;
        case ManipulationClass::Deepfakes: result = families::deepfakes(target, donor, style, rng); break;
        case ManipulationClass::Face2Face: result = families::face2face(target, donor, style, rng); break;
        case ManipulationClass::FaceSwap: result = families::faceSwap(target, donor, style, rng); break;
        case ManipulationClass::NeuralTextures: result = families::neuralTextures(target, donor, style, rng); break;
        case ManipulationClass::FaceShifter: result = families::faceShifter(target, donor, style, rng); break;
        }
    } catch (const cv::Exception &e) {
        return Error::make(Error::Code::Internal, QCoreApplication::translate("lab", "manipulation %1 of %2 failed: %3")
                                                      .arg(QString::fromLatin1(classInfo(cls).label), target.identity,
                                                           QString::fromStdString(e.what())));
    }
    // Enforce the contract: nothing outside the zone changes.
    target.bgr.copyTo(result, ~out.zone);
    out.bgr = std::move(result);
    return out;
}

} // namespace fp::lab
