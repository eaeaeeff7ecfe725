#include "core/faces/FaceCoverage.h"

#include "core/faces/CvImage.h"

#include <QCoreApplication>

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace fp::faces {

QString FaceCoverage::summary() const
{
    qint64 noFace = 0;
    for (const FrameRange &r : framesWithoutFace)
        noFace += r.last - r.first + 1;
    return QCoreApplication::translate(
               "fp::faces::FaceCoverage",
               "%1 of %2 examined frames have no face; of %3 faces, %4 are too small, %5 have a "
               "low detection score, %6 are blurred, %7 are in profile")
        .arg(noFace)
        .arg(framesExamined)
        .arg(facesSeen)
        .arg(tooSmall)
        .arg(lowScore)
        .arg(blurred)
        .arg(profile);
}

FaceCoverageCollector::FaceCoverageCollector(const FaceCoverageConfig &config) : m_config(config)
{
}

double FaceCoverageCollector::sharpness(const QImage &frame, const QRectF &box)
{
    if (frame.isNull())
        return 0.0;
    QImage holder;
    const cv::Mat rgb = detail::rgbView(frame, holder);
    const cv::Rect r = cv::Rect(int(box.left()), int(box.top()), int(box.width()), int(box.height())) &
                       cv::Rect(0, 0, rgb.cols, rgb.rows);
    if (r.width < 4 || r.height < 4)
        return 0.0;
    cv::Mat small, gray, lap;
    cv::resize(rgb(r), small, cv::Size(64, 64), 0, 0, cv::INTER_AREA);
    cv::cvtColor(small, gray, cv::COLOR_RGB2GRAY);
    cv::Laplacian(gray, lap, CV_64F);
    cv::Scalar mean, stddev;
    cv::meanStdDev(lap, mean, stddev);
    return stddev[0] * stddev[0];
}

void FaceCoverageCollector::addFrame(qint64 frameIndex, const std::vector<FaceDetection> &faces, const QImage &frame)
{
    FaceCoverage &c = m_coverage;
    ++c.framesExamined;
    if (faces.empty()) {
        if (!c.framesWithoutFace.empty() && c.framesWithoutFace.back().last + 1 >= frameIndex &&
            c.framesWithoutFace.back().last < frameIndex)
            c.framesWithoutFace.back().last = frameIndex;
        else
            c.framesWithoutFace.push_back({frameIndex, frameIndex});
        return;
    }
    ++c.framesWithFaces;
    for (const FaceDetection &f : faces) {
        ++c.facesSeen;
        FaceIssueRecord rec{frameIndex, f.box, 0, f.score, 0.0};
        if (std::min(f.box.width(), f.box.height()) < m_config.minFaceSide) {
            rec.issues |= int(FaceIssue::TooSmall);
            ++c.tooSmall;
        }
        if (f.score < m_config.minScore) {
            rec.issues |= int(FaceIssue::LowScore);
            ++c.lowScore;
        }
        if (!frame.isNull()) {
            rec.sharpness = sharpness(frame, f.box);
            if (rec.sharpness < m_config.minSharpness) {
                rec.issues |= int(FaceIssue::Blurred);
                ++c.blurred;
            }
        }
        if (f.hasKeypoints) {
            const QPointF re = f.keypoints[size_t(Keypoint::RightEye)], le = f.keypoints[size_t(Keypoint::LeftEye)];
            const double eyeDistance = std::hypot(le.x() - re.x(), le.y() - re.y());
            const double offset = f.keypoints[size_t(Keypoint::Nose)].x() - (re.x() + le.x()) / 2.0;
            if (eyeDistance < 1.0 || std::abs(offset) / eyeDistance > m_config.maxYawRatio) {
                rec.issues |= int(FaceIssue::Profile);
                ++c.profile;
            }
        }
        if (rec.issues)
            c.issues.push_back(rec);
    }
}

} // namespace fp::faces
