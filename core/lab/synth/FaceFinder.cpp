#include "core/lab/synth/FaceFinder.h"

#include "core/faces/FaceDetectorFactory.h"
#include "core/faces/LandmarkDetector.h"
#include "core/lab/synth/CvQt.h"
#include "core/lab/synth/ImageOps.h"

#include <QCoreApplication>

#include <algorithm>

namespace fp::lab {

namespace {

Result<std::unique_ptr<faces::FaceDetector>> makeDetector()
{
    // "auto": BlazeFace when its pinned file is installed, the Haar cascade otherwise (as the product does).
    auto created = faces::FaceDetectorFactory::create();
    if (!created)
        return created.error();
    return std::move(created->detector);
}

} // namespace

FaceFinder::FaceFinder(std::shared_ptr<faces::LandmarkDetector> landmarks,
                       std::unique_ptr<faces::FaceDetector> detector)
    : m_landmarks(std::move(landmarks)), m_detector(std::move(detector))
{
}

FaceFinder::~FaceFinder() = default;

Result<std::unique_ptr<FaceFinder>> FaceFinder::create()
{
    auto landmarks = std::make_shared<faces::LandmarkDetector>();
    if (!landmarks->isAvailable())
        return Error::make(Error::Code::NotFound, landmarks->notice());
    auto detector = makeDetector();
    if (!detector)
        return detector.error();
    return std::unique_ptr<FaceFinder>(new FaceFinder(std::move(landmarks), std::move(detector.value())));
}

Result<std::unique_ptr<FaceFinder>> FaceFinder::clone() const
{
    auto detector = makeDetector();
    if (!detector)
        return detector.error();
    return std::unique_ptr<FaceFinder>(new FaceFinder(m_landmarks, std::move(detector.value())));
}

QString FaceFinder::detectorName() const
{
    return m_detector->name();
}

Result<std::vector<cv::Rect2f>> FaceFinder::boxes(const cv::Mat &bgr)
{
    auto found = m_detector->detect(toRgbImage(bgr));
    if (!found)
        return found.error();
    std::vector<cv::Rect2f> out;
    for (const auto &d : found.value())
        out.push_back(toCvRect(d.box));
    return out;
}

Result<std::vector<LandmarkFace>> FaceFinder::detect(const cv::Mat &bgr)
{
    const QImage rgb = toRgbImage(bgr);
    auto found = m_detector->detect(rgb);
    if (!found)
        return found.error();
    std::vector<LandmarkFace> out;
    for (const auto &d : found.value()) {
        auto points = m_landmarks->detect(rgb, d.box);
        if (!points)
            return points.error();
        LandmarkFace f;
        f.box = toCvRect(d.box);
        f.score = d.score;
        for (const QPointF &p : points.value())
            f.landmarks.emplace_back(static_cast<float>(p.x()), static_cast<float>(p.y()));
        out.push_back(std::move(f));
    }
    std::sort(out.begin(), out.end(),
              [](const LandmarkFace &a, const LandmarkFace &b) { return a.box.area() > b.box.area(); });
    return out;
}

std::optional<cv::Rect2f> FaceFinder::matchingBox(const cv::Mat &bgr, const std::vector<cv::Point2f> &landmarks)
{
    const cv::Rect2f lb = ops::pointsBox(landmarks);
    auto found = boxes(bgr);
    if (!found)
        return std::nullopt;
    double best = 0.3;
    std::optional<cv::Rect2f> out;
    for (const auto &b : found.value()) {
        const double inter = (b & lb).area();
        const double iou = inter / (b.area() + lb.area() - inter);
        if (iou > best) {
            best = iou;
            out = b;
        }
    }
    return out;
}

} // namespace fp::lab
