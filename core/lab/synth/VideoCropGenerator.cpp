#include "core/lab/synth/VideoCropGenerator.h"

#include "core/faces/FaceCrop.h"
#include "core/faces/FaceDetectorFactory.h"
#include "core/faces/FaceTracker.h"
#include "core/lab/synth/CropManifest.h"
#include "core/lab/synth/CvQt.h"
#include "core/lab/synth/DatasetVariant.h"
#include "core/lab/synth/FaceFinder.h"
#include "core/lab/synth/VideoSynthesizer.h"
#include "core/media/VideoReader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <mutex>
#include <random>
#include <set>
#include <thread>

namespace fp::lab {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("lab", s);
}

double iou(const QRectF &a, const QRectF &b)
{
    const QRectF i = a.intersected(b);
    const double inter = i.width() * i.height();
    const double uni = a.width() * a.height() + b.width() * b.height() - inter;
    return uni > 0 ? inter / uni : 0.0;
}

struct ClipResult {
    std::vector<ManifestEntry> entries;
    std::array<int, 6> perClass{};
    int missed = 0;
    QString error;
};

// Everything one worker thread owns: the synthesizer's face finder, the product's detector.
struct Worker {
    std::unique_ptr<FaceFinder> finder;
    std::unique_ptr<faces::FaceDetector> detector;
};

} // namespace

VideoCropGenerator::VideoCropGenerator(const IdentityBank &bank) : m_bank(bank)
{
}

QString VideoCropGenerator::datasetName(const QString &variant)
{
    return variant + QStringLiteral("-video");
}

quint32 VideoCropGenerator::clipSeed(quint32 seed, const QString &dataset, const QString &split, int clip)
{
    const QByteArray key = QStringLiteral("video|%1|%2|%3|%4").arg(seed).arg(dataset, split).arg(clip).toUtf8();
    const QByteArray h = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
    return static_cast<quint32>(static_cast<uchar>(h[0])) | static_cast<quint32>(static_cast<uchar>(h[1])) << 8 |
           static_cast<quint32>(static_cast<uchar>(h[2])) << 16 | static_cast<quint32>(static_cast<uchar>(h[3])) << 24;
}

Result<VideoCropSummary> VideoCropGenerator::run(const VideoCropParams &params,
                                                 const std::function<void(int, int)> &progress,
                                                 const std::atomic_bool *cancel) const
{
    QElapsedTimer timer;
    timer.start();
    auto variant = datasetVariant(params.dataset);
    if (!variant)
        return variant.error();
    if (params.clips <= 0 || params.faces < 1 || params.faces > 8 || params.seconds <= 0 || params.framesPerClip < 1 ||
        params.detectionInterval < 1 || params.outDir.isEmpty())
        return Error::make(Error::Code::InvalidArgument,
                           tr("video crops need --clips > 0, 1-8 faces, positive seconds and frames per track, and an "
                              "output directory"));
    std::vector<ManipulationClass> classes = params.classes;
    if (classes.empty())
        for (const auto &info : manipulationClasses())
            classes.push_back(info.id);
    const QString dsName = datasetName(params.dataset);
    const QDir out(params.outDir);
    for (ManipulationClass c : classes) {
        const QString sub = QStringLiteral("%1/%2/%3").arg(dsName, params.split, QString::fromLatin1(classInfo(c).key));
        if (!out.mkpath(sub))
            return Error::make(Error::Code::IoError, tr("cannot create %1").arg(out.filePath(sub)));
    }
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error::make(Error::Code::IoError, tr("cannot create a temporary folder for the clips"));

    const int threadCount = std::max(1, params.threads);
    std::vector<Worker> workers(static_cast<size_t>(threadCount));
    for (auto &w : workers) {
        auto finder = FaceFinder::create();
        if (!finder)
            return finder.error();
        w.finder = std::move(finder.value());
        auto detector = faces::FaceDetectorFactory::create();
        if (!detector)
            return detector.error();
        w.detector = std::move(detector->detector);
    }

    const VideoSynthesizer synthesizer(m_bank);
    std::vector<ClipResult> results(static_cast<size_t>(params.clips));
    std::atomic_int next{0}, done{0};
    auto processClip = [&](Worker &w, int clip, ClipResult &res) {
        const quint32 seed = clipSeed(params.seed, params.dataset, params.split, clip);
        std::mt19937 rng(seed);
        VideoParams vp;
        vp.outPath = scratch.filePath(QStringLiteral("clip%1.mp4").arg(clip));
        vp.truthPath = scratch.filePath(QStringLiteral("clip%1.json").arg(clip));
        vp.seed = seed;
        vp.faces = params.faces;
        vp.seconds = params.seconds;
        vp.dataset = params.dataset;
        vp.split = params.split;
        for (int i = 0; i < params.faces; ++i)
            vp.classes.push_back(classes[static_cast<size_t>(clip * params.faces + i) % classes.size()]);
        vp.lanes = std::bernoulli_distribution(0.5)(rng);
        vp.blurredPhotoBackground = std::bernoulli_distribution(0.8)(rng);
        auto truth = synthesizer.run(vp, *w.finder);
        if (!truth) {
            res.error = truth.error().message;
            return;
        }
        // Frames to crop: spread over the clip after the tracker's confirmation delay, a random phase per clip.
        const int frames = truth->frameCount;
        const int first = std::min(frames - 1, 2 * params.detectionInterval);
        const double step = double(frames - first) / params.framesPerClip;
        const double phase = std::uniform_real_distribution<double>(0.0, 1.0)(rng);
        std::set<qint64> sampled;
        for (int k = 0; k < params.framesPerClip; ++k)
            sampled.insert(std::min<qint64>(frames - 1, first + static_cast<qint64>((k + phase) * step)));

        media::VideoReaderOptions ro;
        ro.decodeThreads = 1;
        auto reader = media::VideoReader::open(vp.outPath, ro);
        if (!reader) {
            res.error = reader.error().message;
            return;
        }
        faces::FaceTracker tracker;
        qint64 analysed = 0;
        while (!sampled.empty()) {
            auto frame = (*reader)->readNext();
            if (!frame) {
                res.error = frame.error().message;
                return;
            }
            if (!frame->isValid())
                break;
            const bool detect = (analysed++ % params.detectionInterval) == 0;
            std::vector<faces::FaceDetection> detections;
            if (detect) {
                auto found = w.detector->detect(frame->image);
                if (!found) {
                    res.error = found.error().message;
                    return;
                }
                detections = std::move(found.value());
            }
            auto tracked = tracker.update(frame->index, detect ? &detections : nullptr, frame->image);
            if (!tracked) {
                res.error = tracked.error().message;
                return;
            }
            if (!sampled.count(frame->index))
                continue;
            sampled.erase(frame->index);
            const size_t f = static_cast<size_t>(frame->index);
            for (const TrackTruth &t : truth->tracks) {
                if (f >= t.boxes.size() || t.visible[f] < params.minVisible)
                    continue;
                const faces::TrackedFace *best = nullptr;
                double bestIou = 0.5;
                for (const auto &face : *tracked) {
                    const double o = iou(face.box, t.boxes[f]);
                    if (o >= bestIou)
                        bestIou = o, best = &face;
                }
                if (!best) {
                    ++res.missed;
                    continue;
                }
                auto u = [&rng](double j) { return std::uniform_real_distribution<double>(-j, j)(rng); };
                const double scale = params.cropScale * (1.0 + u(params.scaleJitter));
                const QRectF box = best->box;
                const double side = std::max(box.width(), box.height()) * params.cropScale;
                const QRectF jittered = box.translated(u(params.shiftJitter) * side, u(params.shiftJitter) * side);
                cv::Mat crop = toBgrMat(faces::cropFace(frame->image, jittered, scale, params.size).image);
                if (std::bernoulli_distribution(0.5)(rng))
                    cv::flip(crop, crop, 1);
                ManifestEntry e;
                e.classId = static_cast<int>(t.cls);
                e.path = QStringLiteral("%1/%2/%3/v%4_%5_%6_%7.png")
                             .arg(dsName, params.split, QString::fromLatin1(classInfo(t.cls).key))
                             .arg(params.seed)
                             .arg(clip, 5, 10, QLatin1Char('0'))
                             .arg(t.id)
                             .arg(frame->index, 3, 10, QLatin1Char('0'));
                e.dataset = dsName;
                e.split = params.split;
                e.identity = t.identity;
                e.sourceIdentity = t.sourceIdentity;
                e.seed = params.seed;
                e.quality = QStringLiteral("crf=%1;frame=%2;visible=%3;lanes=%4")
                                .arg(truth->crf)
                                .arg(frame->index)
                                .arg(t.visible[f], 0, 'f', 2)
                                .arg(vp.lanes ? 1 : 0);
                if (!cv::imwrite(out.filePath(e.path).toStdString(), crop)) {
                    res.error = tr("cannot write %1").arg(out.filePath(e.path));
                    return;
                }
                ++res.perClass[static_cast<size_t>(e.classId)];
                res.entries.push_back(std::move(e));
            }
        }
        reader.value().reset();
        QFile::remove(vp.outPath);
        QFile::remove(vp.truthPath);
    };
    auto work = [&](Worker *w) {
        for (int clip = next++; clip < params.clips; clip = next++) {
            if (cancel && cancel->load())
                return;
            processClip(*w, clip, results[static_cast<size_t>(clip)]);
            const int d = ++done;
            if (progress)
                progress(d, params.clips);
        }
    };
    std::vector<std::thread> threads;
    for (auto &w : workers)
        threads.emplace_back(work, &w);
    for (auto &t : threads)
        t.join();
    if (cancel && cancel->load())
        return Error::make(Error::Code::Cancelled, tr("video crop generation cancelled"));

    VideoCropSummary summary;
    summary.manifestPath = out.filePath(QStringLiteral("manifest.csv"));
    summary.datasetName = dsName;
    summary.clips = params.clips;
    std::vector<ManifestEntry> entries;
    for (size_t c = 0; c < results.size(); ++c) {
        const ClipResult &r = results[c];
        if (!r.error.isEmpty())
            return Error::make(Error::Code::Internal, tr("clip %1: %2").arg(c).arg(r.error));
        entries.insert(entries.end(), r.entries.begin(), r.entries.end());
        summary.missed += r.missed;
        for (size_t k = 0; k < r.perClass.size(); ++k)
            summary.perClass[k] += r.perClass[k];
    }
    summary.written = static_cast<int>(entries.size());
    auto appended = appendToManifest(params.outDir, entries);
    if (!appended)
        return appended.error();
    summary.rowsAppended = appended.value();
    summary.seconds = timer.elapsed() / 1000.0;
    return summary;
}

} // namespace fp::lab
