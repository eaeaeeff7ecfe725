#include "core/faces/FaceTracker.h"

#include "core/faces/CvImage.h"
#include "core/faces/Hungarian.h"
#include "core/faces/KalmanBox.h"

#include <QCoreApplication>

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace fp::faces {

namespace {

constexpr int kHueBins = 16;
constexpr int kSatBins = 8;
using Histogram = std::vector<float>; // kHueBins * kSatBins, sums to 1; empty when unknown

// Hue-saturation histogram of the central 60% of the box (mostly skin, eyes and hair: little background).
Histogram appearanceOf(const cv::Mat &rgb, const QRectF &box)
{
    if (rgb.empty())
        return {};
    const QRectF inner = box.adjusted(box.width() * 0.2, box.height() * 0.2, -box.width() * 0.2, -box.height() * 0.2);
    const cv::Rect r = cv::Rect(int(inner.left()), int(inner.top()), int(inner.width()), int(inner.height())) &
                       cv::Rect(0, 0, rgb.cols, rgb.rows);
    if (r.width < 4 || r.height < 4)
        return {};
    cv::Mat small, hsv;
    cv::resize(rgb(r), small, cv::Size(24, 24), 0, 0, cv::INTER_AREA);
    cv::cvtColor(small, hsv, cv::COLOR_RGB2HSV);
    Histogram h(kHueBins * kSatBins, 0.0f);
    for (int y = 0; y < hsv.rows; ++y) {
        const cv::Vec3b *row = hsv.ptr<cv::Vec3b>(y);
        for (int x = 0; x < hsv.cols; ++x) {
            const int hb = std::min(kHueBins - 1, row[x][0] * kHueBins / 180);
            const int sb = std::min(kSatBins - 1, row[x][1] * kSatBins / 256);
            h[size_t(hb * kSatBins + sb)] += 1.0f;
        }
    }
    const float total = float(hsv.rows * hsv.cols);
    for (float &v : h)
        v /= total;
    return h;
}

// Bhattacharyya coefficient: 1 for identical histograms, 0 for disjoint ones; 0.5 (neutral) when unknown.
double similarity(const Histogram &a, const Histogram &b)
{
    if (a.empty() || b.empty())
        return 0.5;
    double bc = 0.0;
    for (size_t i = 0; i < a.size(); ++i)
        bc += std::sqrt(double(a[i]) * double(b[i]));
    return std::clamp(bc, 0.0, 1.0);
}

} // namespace

struct Track {
    int id = 0; // 0 while tentative
    detail::KalmanBox kalman;
    QRectF box;
    QRectF lastDetectedBox;
    FaceDetection lastDetection;
    Histogram appearance;
    int hits = 0;
    int misses = 0; // consecutive detection runs without a match
    bool detectedNow = false;
};

struct FaceTracker::Impl {
    FaceTrackerConfig config;
    std::vector<Track> tracks;
    qint64 lastFrame = -1;
    int nextId = 1;

    void match(const std::vector<FaceDetection> &detections, const cv::Mat &rgb);
    std::vector<TrackedFace> output() const;
};

void FaceTracker::Impl::match(const std::vector<FaceDetection> &detections, const cv::Mat &rgb)
{
    std::vector<Histogram> looks;
    looks.reserve(detections.size());
    for (const FaceDetection &d : detections)
        looks.push_back(appearanceOf(rgb, d.box));

    constexpr double forbidden = 1e6;
    std::vector<std::vector<double>> cost(tracks.size(), std::vector<double>(detections.size(), forbidden));
    for (size_t t = 0; t < tracks.size(); ++t) {
        const Track &tr = tracks[t];
        const double side = std::sqrt(std::max(1.0, tr.box.width() * tr.box.height()));
        for (size_t d = 0; d < detections.size(); ++d) {
            const double iou = boxIoU(tr.box, detections[d].box);
            const double look = similarity(tr.appearance, looks[d]);
            const QPointF delta = tr.box.center() - detections[d].box.center();
            const double distance = std::hypot(delta.x(), delta.y()) / side;
            const double scaleRatio = std::sqrt(detections[d].box.width() * detections[d].box.height()) / side;
            const bool byOverlap = iou >= config.minIoU;
            // A lost track (occluded, or missed by the detector) re-attaches on looks when near its prediction; so
            // does a newborn one, whose velocity is still unknown (fast small faces with detection every k frames).
            const bool byLooks = (tr.misses > 0 || tr.id == 0) && look >= config.minAppearance &&
                                 distance <= config.reattachDistance && scaleRatio > 0.6 && scaleRatio < 1.6;
            if (!byOverlap && !byLooks)
                continue;
            const double score = (1.0 - config.appearanceWeight) * iou + config.appearanceWeight * look;
            cost[t][d] = 1.0 - score + (byOverlap ? 0.0 : 0.5); // overlap matches win over looks-only ones
        }
    }
    const std::vector<int> assignment = solveAssignment(cost, forbidden);
    std::vector<bool> used(detections.size(), false);
    for (size_t t = 0; t < tracks.size(); ++t) {
        Track &tr = tracks[t];
        const int d = assignment[t];
        if (d < 0) {
            ++tr.misses;
            tr.detectedNow = false;
            continue;
        }
        used[size_t(d)] = true;
        tr.kalman.correct(detections[size_t(d)].box);
        tr.box = detections[size_t(d)].box;
        tr.lastDetectedBox = tr.box;
        tr.lastDetection = detections[size_t(d)];
        const Histogram &look = looks[size_t(d)];
        if (tr.appearance.empty()) {
            tr.appearance = look;
        } else if (!look.empty()) {
            for (size_t i = 0; i < look.size(); ++i)
                tr.appearance[i] = 0.8f * tr.appearance[i] + 0.2f * look[i];
        }
        ++tr.hits;
        tr.misses = 0;
        tr.detectedNow = true;
        if (tr.id == 0 && tr.hits >= config.minHits)
            tr.id = nextId++;
    }
    // Tentative tracks die at their first miss; confirmed ones after maxMisses.
    std::erase_if(tracks,
                  [this](const Track &tr) { return (tr.id == 0 && tr.misses > 0) || tr.misses > config.maxMisses; });
    for (size_t d = 0; d < detections.size(); ++d) {
        if (used[d])
            continue;
        Track tr{0,
                 detail::KalmanBox(detections[d].box),
                 detections[d].box,
                 detections[d].box,
                 detections[d],
                 looks[d],
                 1,
                 0,
                 true};
        if (config.minHits <= 1)
            tr.id = nextId++;
        tracks.push_back(std::move(tr));
    }
}

std::vector<TrackedFace> FaceTracker::Impl::output() const
{
    std::vector<TrackedFace> out;
    for (const Track &tr : tracks) {
        if (tr.id == 0 || tr.misses > config.coastMisses)
            continue;
        TrackedFace f;
        f.trackId = tr.id;
        f.box = tr.box;
        f.detectionScore = tr.lastDetection.score;
        f.detected = tr.detectedNow;
        f.hasKeypoints = tr.lastDetection.hasKeypoints;
        // Keypoints follow the box: same place relative to it as in the last detection.
        const QRectF &from = tr.lastDetectedBox;
        for (size_t k = 0; k < f.keypoints.size() && f.hasKeypoints; ++k) {
            const QPointF p = tr.lastDetection.keypoints[k];
            f.keypoints[k] =
                QPointF(tr.box.left() + (p.x() - from.left()) * tr.box.width() / std::max(1.0, from.width()),
                        tr.box.top() + (p.y() - from.top()) * tr.box.height() / std::max(1.0, from.height()));
        }
        out.push_back(f);
    }
    std::sort(out.begin(), out.end(), [](const TrackedFace &a, const TrackedFace &b) { return a.trackId < b.trackId; });
    return out;
}

FaceTracker::FaceTracker(const FaceTrackerConfig &config) : m_impl(std::make_unique<Impl>())
{
    m_impl->config = config;
}

FaceTracker::~FaceTracker() = default;

Result<std::vector<TrackedFace>> FaceTracker::update(qint64 frameIndex, const std::vector<FaceDetection> *detections,
                                                     const QImage &frame)
{
    if (frameIndex <= m_impl->lastFrame)
        return makeError(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("fp::faces::FaceTracker",
                                        "Face tracker got frame %1 after frame %2; frames must come in order")
                .arg(frameIndex)
                .arg(m_impl->lastFrame));
    const qint64 steps = m_impl->lastFrame < 0 ? 0 : frameIndex - m_impl->lastFrame;
    m_impl->lastFrame = frameIndex;
    for (Track &tr : m_impl->tracks) {
        for (qint64 i = 0; i < steps; ++i)
            tr.box = tr.kalman.predict();
        tr.detectedNow = false;
    }
    if (detections) {
        QImage holder;
        cv::Mat rgb;
        if (!frame.isNull())
            rgb = detail::rgbView(frame, holder);
        m_impl->match(*detections, rgb);
    }
    return m_impl->output();
}

void FaceTracker::reset()
{
    m_impl->tracks.clear();
    m_impl->lastFrame = -1;
    m_impl->nextId = 1;
}

int FaceTracker::liveTrackCount() const
{
    return int(m_impl->tracks.size());
}

const FaceTrackerConfig &FaceTracker::config() const
{
    return m_impl->config;
}

} // namespace fp::faces
