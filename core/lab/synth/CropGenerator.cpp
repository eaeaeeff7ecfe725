#include "core/lab/synth/CropGenerator.h"

#include "core/faces/FaceCrop.h"
#include "core/lab/synth/CropManifest.h"
#include "core/lab/synth/CvQt.h"
#include "core/lab/synth/FaceFinder.h"
#include "core/lab/synth/ImageOps.h"
#include "core/lab/synth/SampleMaker.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <mutex>
#include <thread>

namespace fp::lab {

namespace {

struct CropRow {
    QString path;
    int classId = 0;
    QString identity;
    QString source;
    QString quality;
    bool fallback = false;
    QString error;
};

// The crop box the product would use: the detector's box (BlazeFace) of the face on the manipulated, degraded
// image; the landmark box when the detector misses the manipulated face (counted as a fallback).
cv::Rect2f cropBox(FaceFinder &finder, const cv::Mat &bgr, const LandmarkFace &truth, bool &fallback)
{
    const auto box = finder.matchingBox(bgr, truth.landmarks);
    fallback = !box.has_value();
    return box ? *box : ops::pointsBox(truth.landmarks);
}

} // namespace

CropGenerator::CropGenerator(const IdentityBank &bank) : m_bank(bank)
{
}

QString CropGenerator::manifestHeader()
{
    return cropManifestHeader();
}

quint32 CropGenerator::sampleSeed(quint32 seed, const QString &dataset, const QString &split, int classId, int index)
{
    const QByteArray key =
        QStringLiteral("%1|%2|%3|%4|%5").arg(seed).arg(dataset, split).arg(classId).arg(index).toUtf8();
    const QByteArray h = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
    return static_cast<quint32>(static_cast<uchar>(h[0])) | static_cast<quint32>(static_cast<uchar>(h[1])) << 8 |
           static_cast<quint32>(static_cast<uchar>(h[2])) << 16 | static_cast<quint32>(static_cast<uchar>(h[3])) << 24;
}

Result<CropSummary> CropGenerator::run(const CropParams &params, const std::function<void(int, int)> &progress,
                                       const std::atomic_bool *cancel) const
{
    QElapsedTimer timer;
    timer.start();
    auto variant = datasetVariant(params.dataset);
    if (!variant)
        return variant.error();
    auto pool = poolForSplit(m_bank, *variant, params.split);
    if (!pool)
        return pool.error();
    if (params.perClass <= 0 || params.outDir.isEmpty())
        return Error::make(Error::Code::InvalidArgument,
                           QCoreApplication::translate("lab", "crops need --per-class > 0 and an output directory"));
    std::vector<ManipulationClass> classes = params.classes;
    if (classes.empty())
        for (const auto &info : manipulationClasses())
            classes.push_back(info.id);

    const QDir out(params.outDir);
    for (ManipulationClass c : classes) {
        const QString sub =
            QStringLiteral("%1/%2/%3").arg(params.dataset, params.split, QString::fromLatin1(classInfo(c).key));
        if (!out.mkpath(sub))
            return Error::make(Error::Code::IoError,
                               QCoreApplication::translate("lab", "cannot create %1").arg(out.filePath(sub)));
    }
    auto finderResult = FaceFinder::create();
    if (!finderResult)
        return finderResult.error();
    std::vector<std::unique_ptr<FaceFinder>> finders;
    finders.push_back(std::move(finderResult.value()));
    const int threadCount = std::max(1, params.threads);
    for (int t = 1; t < threadCount; ++t) {
        auto clone = finders.front()->clone();
        if (!clone)
            return clone.error();
        finders.push_back(std::move(clone.value()));
    }

    const int total = params.perClass * static_cast<int>(classes.size());
    std::vector<CropRow> rows(static_cast<size_t>(total));
    std::atomic_int next{0}, done{0};
    auto worker = [&](FaceFinder *finder) {
        for (int job = next++; job < total; job = next++) {
            if (cancel && cancel->load())
                return;
            const ManipulationClass cls = classes[static_cast<size_t>(job / params.perClass)];
            const int index = job % params.perClass;
            const int classId = static_cast<int>(cls);
            CropRow &row = rows[static_cast<size_t>(job)];
            row.classId = classId;
            std::mt19937 rng(sampleSeed(params.seed, params.dataset, params.split, classId, index));
            auto sample = makeSample(m_bank, *pool, *variant, cls, rng);
            if (!sample) {
                row.error = sample.error().message;
                continue;
            }
            const cv::Mat captured = sample->degradation.applyCapture(sample->manipulated);
            const cv::Rect2f box = cropBox(*finder, captured, sample->target.face, row.fallback);
            auto u = [&rng](double j) { return std::uniform_real_distribution<double>(-j, j)(rng); };
            const double scale = params.cropScale * (1.0 + u(params.scaleJitter));
            const cv::Point2f shift(static_cast<float>(u(params.shiftJitter)),
                                    static_cast<float>(u(params.shiftJitter)));
            // Jitter moves the detector box, then the product's cropFace() makes the square.
            const double side = std::max(box.width, box.height);
            const cv::Rect2f jittered(box.x + shift.x * static_cast<float>(side * params.cropScale),
                                      box.y + shift.y * static_cast<float>(side * params.cropScale), box.width,
                                      box.height);
            cv::Mat crop = toBgrMat(faces::cropFace(toRgbImage(captured), toQRect(jittered), scale, params.size).image);
            if (std::bernoulli_distribution(0.5)(rng))
                cv::flip(crop, crop, 1);
            row.path = QStringLiteral("%1/%2/%3/s%4_%5.png")
                           .arg(params.dataset, params.split, QString::fromLatin1(classInfo(cls).key))
                           .arg(params.seed)
                           .arg(index, 5, 10, QLatin1Char('0'));
            row.identity = sample->target.identity;
            row.source = sample->sourceIdentity;
            row.quality = sample->degradation.describe();
            if (!cv::imwrite(out.filePath(row.path).toStdString(), crop))
                row.error = QCoreApplication::translate("lab", "cannot write %1").arg(out.filePath(row.path));
            const int d = ++done;
            if (progress)
                progress(d, total);
        }
    };
    std::vector<std::thread> threads;
    for (int t = 0; t < threadCount; ++t)
        threads.emplace_back(worker, finders[static_cast<size_t>(t)].get());
    for (auto &t : threads)
        t.join();
    if (cancel && cancel->load())
        return Error::make(Error::Code::Cancelled, QCoreApplication::translate("lab", "crop generation cancelled"));
    for (const auto &row : rows)
        if (!row.error.isEmpty())
            return Error::make(Error::Code::Internal, row.error);

    // Append to the manifest, skipping rows whose path is already listed.
    CropSummary summary;
    summary.manifestPath = out.filePath(QStringLiteral("manifest.csv"));
    std::vector<ManifestEntry> entries;
    entries.reserve(rows.size());
    for (const auto &row : rows) {
        ++summary.written;
        ++summary.perClass[static_cast<size_t>(row.classId)];
        summary.detectorFallbacks += row.fallback ? 1 : 0;
        entries.push_back(
            {row.path, row.classId, params.dataset, params.split, row.identity, row.source, params.seed, row.quality});
    }
    auto appended = appendToManifest(params.outDir, entries);
    if (!appended)
        return appended.error();
    summary.rowsAppended = appended.value();
    summary.seconds = timer.elapsed() / 1000.0;
    return summary;
}

} // namespace fp::lab
