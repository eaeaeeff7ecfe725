#include "core/faces/FaceDetectorFactory.h"

#include "core/common/AppPaths.h"
#include "core/faces/BlazeFaceDetector.h"
#include "core/faces/CascadeDetector.h"
#include "core/faces/SsdFaceDetector.h"

#include <QCoreApplication>

namespace fp::faces {

namespace {

Result<std::unique_ptr<FaceDetector>> makeBlazeFace(const FaceDetectorConfig &config)
{
    const QString path = AppPaths::findData(AppPaths::blazeFaceFileName());
    if (path.isEmpty())
        return makeError(Error::Code::NotFound,
                         QCoreApplication::translate(
                             "fp::faces::FaceDetectorFactory",
                             "BlazeFace model %1 is not installed in any of %2; run packaging/setup-debian.sh")
                             .arg(AppPaths::blazeFaceFileName(), AppPaths::dataDirs().join(QStringLiteral(", "))));
    FaceDetectorConfig pinned = config;
    pinned.modelSha256 = AppPaths::blazeFaceSha256();
    pinned.decoder = QStringLiteral("blazeface");
    pinned.inputWidth = pinned.inputHeight = 256;
    pinned.nhwc = true;
    pinned.swapRB = false;
    pinned.scale = 1.0 / 127.5;
    pinned.mean = 127.5;
    auto made = BlazeFaceDetector::create(path, pinned);
    if (!made)
        return made.error();
    return std::unique_ptr<FaceDetector>(std::move(made.value()));
}

Result<std::unique_ptr<FaceDetector>> makeCascade(CascadeDetector::Type type, const FaceDetectorConfig &config)
{
    auto made = CascadeDetector::create(type, config.minFaceSize);
    if (!made)
        return made.error();
    return std::unique_ptr<FaceDetector>(std::move(made.value()));
}

Result<std::unique_ptr<FaceDetector>> makeUserModel(const FaceDetectorConfig &config)
{
    if (config.modelPath.isEmpty())
        return makeError(Error::Code::InvalidArgument,
                         QCoreApplication::translate("fp::faces::FaceDetectorFactory",
                                                     "Face detector kind \"dnn\" needs a model path"));
    if (config.decoder == QLatin1String("blazeface")) {
        auto made = BlazeFaceDetector::create(config.modelPath, config);
        if (!made)
            return made.error();
        return std::unique_ptr<FaceDetector>(std::move(made.value()));
    }
    if (config.decoder == QLatin1String("ssd")) {
        auto made = SsdFaceDetector::create(config);
        if (!made)
            return made.error();
        return std::unique_ptr<FaceDetector>(std::move(made.value()));
    }
    return makeError(Error::Code::InvalidArgument,
                     QCoreApplication::translate("fp::faces::FaceDetectorFactory",
                                                 "Unknown face detector decoder \"%1\" (expected blazeface or ssd)")
                         .arg(config.decoder));
}

} // namespace

Result<CreatedDetector> FaceDetectorFactory::create(const FaceDetectorConfig &config)
{
    const QString kind = config.kind.isEmpty() ? QStringLiteral("auto") : config.kind.toLower();
    Result<std::unique_ptr<FaceDetector>> made = makeError(Error::Code::InvalidArgument, QString());
    if (kind == QLatin1String("blazeface"))
        made = makeBlazeFace(config);
    else if (kind == QLatin1String("haar"))
        made = makeCascade(CascadeDetector::Type::Haar, config);
    else if (kind == QLatin1String("lbp"))
        made = makeCascade(CascadeDetector::Type::Lbp, config);
    else if (kind == QLatin1String("dnn"))
        made = makeUserModel(config);
    else if (kind == QLatin1String("auto")) {
        auto blaze = makeBlazeFace(config);
        if (blaze)
            return CreatedDetector{std::move(blaze.value()), false, QString()};
        auto cascade = makeCascade(CascadeDetector::Type::Haar, config);
        if (!cascade)
            return makeError(cascade.error().code, QCoreApplication::translate("fp::faces::FaceDetectorFactory",
                                                                               "No face detector available: %1; %2")
                                                       .arg(blaze.error().message, cascade.error().message));
        return CreatedDetector{std::move(cascade.value()), true,
                               QCoreApplication::translate(
                                   "fp::faces::FaceDetectorFactory",
                                   "Using the Haar cascade face detector (frontal faces only, more false detections) "
                                   "because BlazeFace is unavailable: %1")
                                   .arg(blaze.error().message)};
    } else {
        return makeError(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("fp::faces::FaceDetectorFactory",
                                        "Unknown face detector \"%1\" (expected auto, blazeface, haar, lbp or dnn)")
                .arg(config.kind));
    }
    if (!made)
        return made.error();
    return CreatedDetector{std::move(made.value()), false, QString()};
}

} // namespace fp::faces
