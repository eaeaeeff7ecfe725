#include "core/lab/synth/VideoSynthesizer.h"

#include "core/lab/synth/FaceFinder.h"
#include "core/lab/synth/ImageOps.h"
#include "core/lab/synth/SampleMaker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace fp::lab {

namespace {

constexpr double kPi = 3.14159265358979323846;

// A face prepared once per track: the manipulated region, a soft head-shaped alpha and the detector box.
struct Sprite {
    cv::Mat bgr;
    cv::Mat alpha; // CV_32FC1
    cv::Rect2f box;
};

// Smooth motion: a Lissajous path (or a lane), a breathing scale and a slight roll.
struct Motion {
    double cx, cy, ax, ay, fx, fy, px, py;
    double faceWidth, scaleAmp, scaleFreq, scalePhase;
    double rollAmp, rollFreq;
};

Sprite makeSprite(const Sample &s, FaceFinder &finder)
{
    Sprite sp;
    sp.bgr = s.manipulated;
    const auto &pts = s.target.face.landmarks;
    const cv::Rect2f lb = ops::pointsBox(pts);
    cv::Mat mask = cv::Mat::zeros(sp.bgr.size(), CV_8UC1);
    const cv::Point2f c(lb.x + lb.width / 2, lb.y + lb.height * 0.35f);
    cv::ellipse(mask, c, cv::Size(cvRound(lb.width * 0.95), cvRound(lb.height * 1.25)), 0, 0, 360, cv::Scalar(255),
                cv::FILLED);
    sp.alpha = ops::featherMask(mask, cvRound(lb.width * 0.08), lb.width * 0.08);
    const auto box = finder.matchingBox(sp.bgr, pts);
    sp.box = box ? *box : lb;
    return sp;
}

void drawSprite(cv::Mat &frame, const Sprite &sp, double scale, double rollDeg, cv::Point2d faceCentre, QRectF &boxOut)
{
    const cv::Point2f spriteCentre(sp.box.x + sp.box.width / 2, sp.box.y + sp.box.height / 2);
    cv::Mat m = cv::getRotationMatrix2D(spriteCentre, rollDeg, scale);
    m.at<double>(0, 2) += faceCentre.x - spriteCentre.x;
    m.at<double>(1, 2) += faceCentre.y - spriteCentre.y;
    // Only the frame region the sprite covers is warped.
    std::vector<cv::Point2f> corners{
        {0, 0}, {float(sp.bgr.cols), 0}, {0, float(sp.bgr.rows)}, {float(sp.bgr.cols), float(sp.bgr.rows)}},
        moved;
    cv::transform(corners, moved, m);
    const cv::Rect roi = cv::boundingRect(moved) & cv::Rect(0, 0, frame.cols, frame.rows);
    if (roi.area() > 0) {
        cv::Mat local = m.clone();
        local.at<double>(0, 2) -= roi.x;
        local.at<double>(1, 2) -= roi.y;
        cv::Mat fg, a;
        cv::warpAffine(sp.bgr, fg, local, roi.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
        cv::warpAffine(sp.alpha, a, local, roi.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(0));
        ops::alphaBlend(fg, frame(roi), a).copyTo(frame(roi));
    }
    const double w = sp.box.width * scale, h = sp.box.height * scale;
    boxOut = QRectF(faceCentre.x - w / 2, faceCentre.y - h / 2, w, h);
}

cv::Mat makeBackground(const VideoParams &p, const IdentityBank &bank, std::mt19937 &rng)
{
    cv::Mat bg(p.height, p.width, CV_8UC3);
    if (p.blurredPhotoBackground) {
        // A photo reduced to a 16x9 mosaic and blown up smoothly: an out-of-focus room with the photo's colours
        // and no face structure a detector could pick up.
        const auto &ids = bank.identities();
        const cv::Mat &src = ids[std::uniform_int_distribution<size_t>(0, ids.size() - 1)(rng)].face.bgr;
        cv::Mat tiny;
        cv::resize(src, tiny, cv::Size(16, 9), 0, 0, cv::INTER_AREA);
        cv::flip(tiny, tiny, -1);
        cv::resize(tiny, bg, bg.size(), 0, 0, cv::INTER_CUBIC);
        cv::GaussianBlur(bg, bg, cv::Size(), 15.0);
    } else {
        const cv::Scalar top(std::uniform_int_distribution<int>(60, 200)(rng), 120, 140);
        for (int y = 0; y < bg.rows; ++y)
            bg.row(y).setTo(top * (0.6 + 0.4 * y / bg.rows));
    }
    return bg;
}

} // namespace

QJsonObject VideoTruth::toJson() const
{
    QJsonArray classes;
    for (const auto &info : manipulationClasses())
        classes.append(QJsonObject{{QStringLiteral("id"), static_cast<int>(info.id)},
                                   {QStringLiteral("key"), QString::fromLatin1(info.key)},
                                   {QStringLiteral("label"), QString::fromLatin1(info.label)}});
    QJsonArray tracksJson;
    for (const auto &t : tracks) {
        QJsonArray frames;
        for (size_t f = 0; f < t.boxes.size(); ++f) {
            const QRectF &b = t.boxes[f];
            frames.append(QJsonObject{
                {QStringLiteral("frame"), static_cast<int>(f)},
                {QStringLiteral("box"), QJsonArray{std::round(b.x() * 10) / 10, std::round(b.y() * 10) / 10,
                                                   std::round(b.width() * 10) / 10, std::round(b.height() * 10) / 10}},
                {QStringLiteral("visible"), std::round(t.visible[f] * 1000) / 1000}});
        }
        const auto &info = classInfo(t.cls);
        tracksJson.append(
            QJsonObject{{QStringLiteral("id"), t.id},
                        {QStringLiteral("class_id"), static_cast<int>(t.cls)},
                        {QStringLiteral("class_key"), QString::fromLatin1(info.key)},
                        {QStringLiteral("label"), QString::fromLatin1(info.label)},
                        {QStringLiteral("verdict"),
                         t.cls == ManipulationClass::Real ? QStringLiteral("real") : QStringLiteral("manipulated")},
                        {QStringLiteral("identity"), t.identity},
                        {QStringLiteral("source_identity"), t.sourceIdentity},
                        {QStringLiteral("frames"), frames}});
    }
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("fakeprint-synth-truth/1")},
                       {QStringLiteral("width"), width},
                       {QStringLiteral("height"), height},
                       {QStringLiteral("fps"), fps},
                       {QStringLiteral("frame_count"), frameCount},
                       {QStringLiteral("crf"), crf},
                       {QStringLiteral("seed"), static_cast<qint64>(seed)},
                       {QStringLiteral("dataset"), dataset},
                       {QStringLiteral("box_kind"),
                        QStringLiteral("face detector box (fp::faces, BlazeFace by default) of the rendered face")},
                       {QStringLiteral("classes"), classes},
                       {QStringLiteral("tracks"), tracksJson}};
}

VideoSynthesizer::VideoSynthesizer(const IdentityBank &bank) : m_bank(bank)
{
}

VideoParams VideoSynthesizer::demoParams(const QString &dir)
{
    VideoParams p;
    p.outPath = QDir(dir).filePath(QStringLiteral("demo.mp4"));
    p.truthPath = QDir(dir).filePath(QStringLiteral("demo.truth.json"));
    p.seed = 20240601;
    p.faces = 3;
    p.seconds = 8.0;
    p.classes = {ManipulationClass::Real, ManipulationClass::FaceSwap, ManipulationClass::NeuralTextures};
    p.dataset = QStringLiteral("synth-a");
    p.split = QStringLiteral("test");
    p.crf = 20;
    p.lanes = true;
    return p;
}

Result<VideoTruth> VideoSynthesizer::run(const VideoParams &p) const
{
    auto finder = FaceFinder::create();
    if (!finder)
        return finder.error();
    return run(p, *finder.value());
}

Result<VideoTruth> VideoSynthesizer::run(const VideoParams &p, FaceFinder &finder) const
{
    auto tr = [](const char *s) { return QCoreApplication::translate("lab", s); };
    if (p.faces < 1 || p.faces > 8 || p.seconds <= 0 || p.fps <= 0 || p.width < 64 || p.height < 64)
        return Error::make(Error::Code::InvalidArgument, tr("video: need 1-8 faces, positive seconds, fps and size"));
    auto variant = datasetVariant(p.dataset);
    if (!variant)
        return variant.error();
    auto pool = poolForSplit(m_bank, *variant, p.split);
    if (!pool)
        return pool.error();

    std::mt19937 rng(p.seed);
    auto u = [&rng](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng); };
    VideoTruth truth;
    truth.width = p.width, truth.height = p.height, truth.fps = p.fps, truth.seed = p.seed, truth.dataset = p.dataset;
    truth.frameCount = static_cast<int>(std::lround(p.seconds * p.fps));
    truth.crf = p.crf >= 0 ? p.crf : std::uniform_int_distribution<int>(variant->crfMin, variant->crfMax)(rng);

    // Distinct identities per track while the pool lasts.
    std::vector<int> order = *pool;
    std::shuffle(order.begin(), order.end(), rng);
    std::vector<Sprite> sprites;
    std::vector<Motion> motions;
    for (int i = 0; i < p.faces; ++i) {
        TrackTruth t;
        t.id = i;
        t.cls = p.classes.empty() ? static_cast<ManipulationClass>(std::uniform_int_distribution<int>(0, 5)(rng))
                                  : p.classes[static_cast<size_t>(i) % p.classes.size()];
        const int target = order[static_cast<size_t>(i) % order.size()];
        std::mt19937 sampleRng(p.seed * 7919u + static_cast<quint32>(i));
        auto sample = makeSample(m_bank, *pool, *variant, t.cls, sampleRng, target);
        if (!sample)
            return sample.error();
        t.identity = sample->target.identity;
        t.sourceIdentity = sample->sourceIdentity;
        sprites.push_back(makeSprite(*sample, finder));
        Motion m;
        m.faceWidth = u(0.13, 0.2) * p.height * 1.2;
        const double margin = m.faceWidth * 0.9;
        if (p.lanes) {
            const double lane = double(p.width) / p.faces;
            m.cx = lane * (i + 0.5);
            m.ax = std::max(0.0, std::min(lane * 0.5 - margin, lane * 0.15));
        } else {
            m.cx = u(0.3, 0.7) * p.width;
            m.ax = u(0.15, 0.3) * p.width;
        }
        m.cy = u(0.42, 0.58) * p.height;
        m.ay = u(0.05, 0.15) * p.height;
        m.fx = u(0.05, 0.2), m.fy = u(0.05, 0.25), m.px = u(0, 2 * kPi), m.py = u(0, 2 * kPi);
        m.scaleAmp = u(0.08, 0.2), m.scaleFreq = u(0.05, 0.2), m.scalePhase = u(0, 2 * kPi);
        m.rollAmp = u(0.0, 4.0), m.rollFreq = u(0.05, 0.2);
        motions.push_back(m);
        truth.tracks.push_back(std::move(t));
    }
    cv::Mat background = makeBackground(p, m_bank, rng);

    QFileInfo(p.outPath).absoluteDir().mkpath(QStringLiteral("."));
    QProcess ffmpeg;
    ffmpeg.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    ffmpeg.start(QStringLiteral("ffmpeg"), {QStringLiteral("-hide_banner"),
                                            QStringLiteral("-loglevel"),
                                            QStringLiteral("error"),
                                            QStringLiteral("-y"),
                                            QStringLiteral("-f"),
                                            QStringLiteral("rawvideo"),
                                            QStringLiteral("-pix_fmt"),
                                            QStringLiteral("bgr24"),
                                            QStringLiteral("-s"),
                                            QStringLiteral("%1x%2").arg(p.width).arg(p.height),
                                            QStringLiteral("-r"),
                                            QString::number(p.fps),
                                            QStringLiteral("-i"),
                                            QStringLiteral("-"),
                                            QStringLiteral("-c:v"),
                                            QStringLiteral("libx264"),
                                            QStringLiteral("-preset"),
                                            QStringLiteral("veryfast"),
                                            QStringLiteral("-crf"),
                                            QString::number(truth.crf),
                                            QStringLiteral("-pix_fmt"),
                                            QStringLiteral("yuv420p"),
                                            QStringLiteral("-g"),
                                            QString::number(p.fps * 2),
                                            QStringLiteral("-threads"),
                                            QStringLiteral("2"),
                                            QStringLiteral("-movflags"),
                                            QStringLiteral("+faststart"),
                                            p.outPath});
    if (!ffmpeg.waitForStarted(10000))
        return Error::make(Error::Code::NotFound, tr("cannot start ffmpeg to encode %1: %2; install the ffmpeg package")
                                                      .arg(p.outPath, ffmpeg.errorString()));
    for (int f = 0; f < truth.frameCount; ++f) {
        cv::Mat frame = background.clone();
        const double t = double(f) / p.fps;
        for (size_t i = 0; i < sprites.size(); ++i) {
            const Motion &m = motions[i];
            const double scale = m.faceWidth * (1.0 + m.scaleAmp * std::sin(2 * kPi * m.scaleFreq * t + m.scalePhase)) /
                                 sprites[i].box.width;
            const cv::Point2d centre(m.cx + m.ax * std::sin(2 * kPi * m.fx * t + m.px),
                                     m.cy + m.ay * std::sin(2 * kPi * m.fy * t + m.py));
            QRectF box;
            drawSprite(frame, sprites[i], scale, m.rollAmp * std::sin(2 * kPi * m.rollFreq * t), centre, box);
            truth.tracks[i].boxes.push_back(box);
        }
        // Visibility: the part of each box not covered by the boxes of faces drawn later (above it).
        for (size_t i = 0; i < sprites.size(); ++i) {
            const QRectF &b = truth.tracks[i].boxes.back();
            double covered = 0.0;
            for (size_t j = i + 1; j < sprites.size(); ++j) {
                const QRectF inter = b.intersected(truth.tracks[j].boxes.back());
                covered = std::max(covered, inter.width() * inter.height());
            }
            const QRectF inFrame = b.intersected(QRectF(0, 0, p.width, p.height));
            const double area = b.width() * b.height();
            truth.tracks[i].visible.push_back(
                area > 0 ? std::max(0.0, inFrame.width() * inFrame.height() - covered) / area : 0.0);
        }
        const qint64 bytes = static_cast<qint64>(frame.total() * frame.elemSize());
        if (ffmpeg.write(reinterpret_cast<const char *>(frame.data), bytes) != bytes ||
            !ffmpeg.waitForBytesWritten(30000))
            return Error::make(Error::Code::IoError,
                               tr("ffmpeg stopped accepting frames at frame %1 of %2").arg(f).arg(p.outPath));
    }
    ffmpeg.closeWriteChannel();
    if (!ffmpeg.waitForFinished(120000) || ffmpeg.exitStatus() != QProcess::NormalExit || ffmpeg.exitCode() != 0)
        return Error::make(Error::Code::IoError,
                           tr("ffmpeg failed to encode %1 (exit code %2)").arg(p.outPath).arg(ffmpeg.exitCode()));

    QFile json(p.truthPath);
    if (!json.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        json.write(QJsonDocument(truth.toJson()).toJson(QJsonDocument::Compact)) < 0)
        return Error::make(Error::Code::IoError, tr("cannot write ground truth %1").arg(p.truthPath));
    return truth;
}

} // namespace fp::lab
