#include "core/lab/synth/DlibFaceFinder.h"

#include "core/common/AppPaths.h"

#include <dlib/image_processing.h>
#include <dlib/image_processing/frontal_face_detector.h>
#include <dlib/opencv/cv_image.h>
#include <dlib/serialize.h>

#include <QCoreApplication>
#include <QFileInfo>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace fp::lab {

struct DlibFaceFinder::Impl {
    dlib::shape_predictor predictor;
};

struct DlibFaceFinder::Detector {
    dlib::frontal_face_detector detector = dlib::get_frontal_face_detector();
};

DlibFaceFinder::DlibFaceFinder(std::shared_ptr<Impl> shared)
    : m_shared(std::move(shared)), m_detector(std::make_unique<Detector>())
{
}

DlibFaceFinder::~DlibFaceFinder() = default;

Result<std::unique_ptr<DlibFaceFinder>> DlibFaceFinder::create(const QString &predictorPath)
{
    const QString path = predictorPath.isEmpty() ? AppPaths::dlibLandmarksPath() : predictorPath;
    if (path.isEmpty() || !QFileInfo::exists(path))
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("lab",
                                                       "dlib landmark model not found (%1); install libdlib-data "
                                                       "with packaging/setup-debian.sh")
                               .arg(path.isEmpty() ? QStringLiteral("shape_predictor_68_face_landmarks.dat") : path));
    auto impl = std::make_shared<Impl>();
    try {
        dlib::deserialize(path.toStdString()) >> impl->predictor;
    } catch (const std::exception &e) {
        return Error::make(Error::Code::CorruptData,
                           QCoreApplication::translate("lab", "cannot read dlib landmark model %1: %2")
                               .arg(path, QString::fromLocal8Bit(e.what())));
    }
    return std::unique_ptr<DlibFaceFinder>(new DlibFaceFinder(std::move(impl)));
}

std::unique_ptr<DlibFaceFinder> DlibFaceFinder::clone() const
{
    return std::unique_ptr<DlibFaceFinder>(new DlibFaceFinder(m_shared));
}

LandmarkFace DlibFaceFinder::landmarks(const cv::Mat &bgr, const cv::Rect2f &box) const
{
    dlib::cv_image<dlib::bgr_pixel> img(bgr);
    const dlib::rectangle rect(static_cast<long>(std::lround(box.x)), static_cast<long>(std::lround(box.y)),
                               static_cast<long>(std::lround(box.x + box.width)),
                               static_cast<long>(std::lround(box.y + box.height)));
    const dlib::full_object_detection shape = m_shared->predictor(img, rect);
    LandmarkFace face;
    face.box = box;
    face.landmarks.reserve(shape.num_parts());
    for (unsigned long i = 0; i < shape.num_parts(); ++i)
        face.landmarks.emplace_back(static_cast<float>(shape.part(i).x()), static_cast<float>(shape.part(i).y()));
    return face;
}

Result<std::vector<LandmarkFace>> DlibFaceFinder::detect(const cv::Mat &bgr, int upsample)
{
    if (bgr.empty() || bgr.type() != CV_8UC3)
        return Error::make(Error::Code::InvalidArgument,
                           QCoreApplication::translate("lab", "face detection needs a non-empty 8-bit BGR image"));
    std::vector<LandmarkFace> faces;
    try {
        dlib::cv_image<dlib::bgr_pixel> img(bgr);
        std::vector<dlib::rect_detection> found;
        if (upsample <= 0) {
            m_detector->detector(img, found, 0.0);
            for (const auto &d : found) {
                const auto &r = d.rect;
                LandmarkFace f = landmarks(bgr, cv::Rect2f(r.left(), r.top(), r.width(), r.height()));
                f.score = static_cast<float>(d.detection_confidence);
                faces.push_back(std::move(f));
            }
        } else {
            const double factor = std::pow(2.0, upsample);
            cv::Mat big;
            cv::resize(bgr, big, cv::Size(), factor, factor, cv::INTER_LINEAR);
            dlib::cv_image<dlib::bgr_pixel> bigImg(big);
            m_detector->detector(bigImg, found, 0.0);
            for (const auto &d : found) {
                const auto &r = d.rect;
                const cv::Rect2f box(static_cast<float>(r.left() / factor), static_cast<float>(r.top() / factor),
                                     static_cast<float>(r.width() / factor), static_cast<float>(r.height() / factor));
                LandmarkFace f = landmarks(bgr, box);
                f.score = static_cast<float>(d.detection_confidence);
                faces.push_back(std::move(f));
            }
        }
    } catch (const std::exception &e) {
        return Error::make(
            Error::Code::Internal,
            QCoreApplication::translate("lab", "dlib face detection failed: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    std::sort(faces.begin(), faces.end(),
              [](const LandmarkFace &a, const LandmarkFace &b) { return a.box.area() > b.box.area(); });
    return faces;
}

} // namespace fp::lab
