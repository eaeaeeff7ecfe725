#include "core/analysis/AnalysisJob.h"

#include "core/analysis/BoundedQueue.h"
#include "core/analysis/PipelineTypes.h"
#include "core/analysis/TrackAccumulator.h"
#include "core/cases/AnalysisReader.h"
#include "core/cases/AnalysisWriter.h"
#include "core/cases/CaseDatabase.h"
#include "core/cases/CaseStore.h"
#include "core/common/Version.h"
#include "core/faces/FaceDetectorFactory.h"
#include "core/faces/FaceTracker.h"
#include "core/faces/LandmarkDetector.h"
#include "core/inference/ModelRegistry.h"
#include "core/media/VideoReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>

#include <mutex>
#include <thread>

Q_LOGGING_CATEGORY(lcAnalysis, "fakeprint.analysis")

namespace fp::analysis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fp::analysis::AnalysisJob", text);
}

// The first error any stage meets; it stops every stage.
class StageErrors {
public:
    void set(const Error &error)
    {
        std::lock_guard lock(m_mutex);
        if (!m_error)
            m_error = error;
    }
    std::optional<Error> get() const
    {
        std::lock_guard lock(m_mutex);
        return m_error;
    }

private:
    mutable std::mutex m_mutex;
    std::optional<Error> m_error;
};

// Seconds spent in each stage, summed by the stage itself (each stage runs on one thread).
struct StageClock {
    std::atomic<qint64> decodeNs{0};
    std::atomic<qint64> facesNs{0};
    std::atomic<qint64> inferenceNs{0};
    std::atomic<qint64> writeNs{0};
};

QVector<QPointF> toVector(const std::array<QPointF, 6> &points, bool has)
{
    QVector<QPointF> out;
    if (has)
        out = QVector<QPointF>(points.begin(), points.end());
    return out;
}

} // namespace

QJsonObject AnalysisParams::toJson() const
{
    return QJsonObject{
        {QStringLiteral("frame_stride"), frameStride},
        {QStringLiteral("detection_interval"), detectionInterval},
        {QStringLiteral("min_face_size"), minFaceSize},
        {QStringLiteral("batch_size"), batchSize},
        {QStringLiteral("key_frames_per_track"), keyFramesPerTrack},
        {QStringLiteral("landmarks"), landmarks},
        {QStringLiteral("detector_kind"), detector.kind},
        {QStringLiteral("detector_score_threshold"), double(detector.scoreThreshold)},
        {QStringLiteral("detector_tiles"), detector.tileSmallFaces},
        {QStringLiteral("detector_tile_every"), detector.tileEvery},
    };
}

AnalysisJob::AnalysisJob(AnalysisParams params, QObject *parent) : QObject(parent), m_params(std::move(params))
{
    qRegisterMetaType<fp::analysis::AnalysisProgress>();
}

AnalysisJob::~AnalysisJob() = default;

Result<AnalysisOutcome> AnalysisJob::run()
{
    const AnalysisParams &p = m_params;
    if (p.frameStride < 1 || p.detectionInterval < 1 || p.batchSize < 1 || p.minFaceSize < 0)
        return makeError(Error::Code::InvalidArgument,
                         tr("Frame stride, detection interval and batch size must be at least 1."));
    AnalysisOutcome outcome;
    QElapsedTimer wall;
    wall.start();

    // 1. The model: found, verified (digest) and loaded before anything is written.
    Q_EMIT progress(AnalysisProgress{0, 0, 0, -1, 0, tr("Loading the model")});
    inference::ModelRegistry registry = inference::ModelRegistry::fromAppPaths();
    auto entry = p.model.isEmpty() ? registry.defaultModel() : registry.find(p.model);
    if (!entry)
        return entry.error();
    auto classifier = inference::Classifier::load(entry->card, p.device, p.threads);
    if (!classifier)
        return classifier.error();
    const inference::ModelCard &card = (*classifier)->card();
    outcome.model = QJsonObject{{QStringLiteral("name"), card.name},
                                {QStringLiteral("version"), card.version},
                                {QStringLiteral("sha256"), card.sha256},
                                {QStringLiteral("bundled"), entry->bundled},
                                {QStringLiteral("device"), (*classifier)->deviceName()}};
    if (!entry->bundled)
        outcome.notices
            << tr("Model %1 is not one of the bundled models: its origin is unverified.").arg(card.displayName());

    // 2. The evidence: opened read-only, probed and indexed.
    Q_EMIT progress(AnalysisProgress{0, 0, 0, -1, 0, tr("Opening the video")});
    auto reader = media::VideoReader::open(p.evidencePath);
    if (!reader)
        return reader.error();
    const media::MediaInfo info = (*reader)->info();
    const qint64 frameCount = info.frameCount;

    // 3. The case and the evidence record (hashing streams the whole file).
    auto db = cases::CaseDatabase::open(p.databasePath);
    if (!db)
        return db.error();
    cases::CaseStore store(**db);
    qint64 caseId = -1;
    if (p.resumeAnalysisId < 0) {
        auto found = store.findCase(p.caseName);
        if (!found) {
            if (found.error().code != Error::Code::NotFound)
                return found.error();
            auto created = store.createCase(p.caseName);
            if (!created)
                return created.error();
            caseId = created->id;
        } else {
            caseId = found->id;
        }
    }
    Q_EMIT progress(AnalysisProgress{0, frameCount, 0, -1, 0, tr("Hashing the evidence")});
    std::unique_ptr<cases::AnalysisWriter> writer;
    qint64 evidenceId = -1;
    if (p.resumeAnalysisId >= 0) {
        auto previous = store.analysisById(p.resumeAnalysisId);
        if (!previous)
            return previous.error();
        if (previous->status != cases::AnalysisStatus::Interrupted)
            return makeError(Error::Code::InvalidArgument,
                             tr("Analysis %1 is %2; only an interrupted analysis can be resumed.")
                                 .arg(p.resumeAnalysisId)
                                 .arg(cases::analysisStatusName(previous->status)));
        if (previous->model.sha256 != card.sha256)
            return makeError(Error::Code::InvalidArgument,
                             tr("Analysis %1 was made with model %2 (sha256 %3); resume it with that model.")
                                 .arg(p.resumeAnalysisId)
                                 .arg(previous->model.name, previous->model.sha256));
        auto check = store.verifyEvidence(previous->evidenceId, {}, &m_cancel);
        if (!check)
            return check.error();
        if (check->check != cases::EvidenceCheck::Match)
            return makeError(Error::Code::ChecksumMismatch, check->detail);
        caseId = previous->caseId;
        evidenceId = previous->evidenceId;
        outcome.evidenceSha256 = check->expectedSha256;
        auto resumed = cases::AnalysisWriter::resume(p.databasePath, p.resumeAnalysisId);
        if (!resumed)
            return resumed.error();
        writer = std::move(*resumed);
    } else {
        auto added = store.addEvidence(caseId, p.evidencePath, info.toJson(), {}, &m_cancel);
        if (!added)
            return added.error();
        evidenceId = added->evidence.id;
        outcome.evidenceSha256 = added->evidence.sha256;
    }
    outcome.caseId = caseId;
    outcome.evidenceId = evidenceId;

    // 4. Detector (created here, then used by the face stage alone) and landmarks.
    auto created = faces::FaceDetectorFactory::create(p.detector);
    if (!created)
        return created.error();
    std::unique_ptr<faces::FaceDetector> detector = std::move(created->detector);
    outcome.detector = detector->description();
    if (!created->notice.isEmpty())
        outcome.notices << created->notice;
    std::unique_ptr<faces::LandmarkDetector> landmarker;
    if (p.landmarks) {
        landmarker = std::make_unique<faces::LandmarkDetector>();
        if (!landmarker->isAvailable()) {
            outcome.notices << landmarker->notice();
            landmarker.reset();
        }
    }
    for (const QString &n : std::as_const(outcome.notices))
        Q_EMIT notice(n);

    if (!writer) {
        cases::AnalysisStart start;
        start.caseId = caseId;
        start.evidenceId = evidenceId;
        start.model = cases::ModelIdentity{card.name, card.version, card.sha256, card.toJson()};
        start.detector = outcome.detector;
        start.settings.frameStride = p.frameStride;
        start.settings.detectionInterval = p.detectionInterval;
        start.settings.minFaceSize = p.minFaceSize;
        start.settings.device = (*classifier)->deviceName();
        start.settings.threads = p.threads;
        start.settings.extra = p.toJson();
        start.settings.extra.insert(QStringLiteral("model_bundled"), entry->bundled);
        start.settings.extra.insert(QStringLiteral("notices"), QJsonArray::fromStringList(outcome.notices));
        start.frameCount = frameCount;
        auto started = cases::AnalysisWriter::start(p.databasePath, start);
        if (!started)
            return started.error();
        writer = std::move(*started);
    }
    outcome.analysisId = writer->analysisId();
    const qint64 firstFrame = std::max<qint64>(0, writer->resumeFrame());

    // Tracks already stored by the interrupted run: their scores take part in the verdicts, and new track numbers
    // continue after theirs.
    TrackAccumulator tracks(card, p.keyFramesPerTrack, p.frameStride);
    if (firstFrame > 0) {
        cases::AnalysisReader previous(writer->database());
        auto oldTracks = previous.tracks(outcome.analysisId);
        auto oldDetections = previous.detections(outcome.analysisId);
        auto oldScores = previous.frameScores(outcome.analysisId);
        if (!oldTracks)
            return oldTracks.error();
        if (!oldDetections)
            return oldDetections.error();
        if (!oldScores)
            return oldScores.error();
        tracks.restore(*oldTracks, *oldDetections, *oldScores);
    }
    const int trackNumberOffset = tracks.maxTrackNumber();

    // 5. The stages.
    StageErrors errors;
    StageClock clock;
    BoundedQueue<media::Frame> decoded(6);
    BoundedQueue<FrameWork> withFaces(8);
    BoundedQueue<FrameWork> scored(8);
    auto abortAll = [&] {
        decoded.abort();
        withFaces.abort();
        scored.abort();
    };
    const int inputSize = card.input.size;
    const double cropScale = card.input.cropScale;
    inference::Classifier &model = **classifier;
    media::VideoReader &video = **reader;

    std::thread decodeThread([&] {
        QElapsedTimer t;
        // Killed after the last frame was committed but before the analysis was finished: nothing is left to
        // decode; the verdicts and key frames are made from what is stored.
        const qint64 videoFrames = video.info().frameCount;
        if (firstFrame > 0 && videoFrames > 0 && firstFrame >= videoFrames) {
            decoded.close();
            return;
        }
        if (firstFrame > 0) {
            t.start();
            auto frame = video.frameAt(firstFrame);
            clock.decodeNs += t.nsecsElapsed();
            if (!frame) {
                errors.set(frame.error());
                abortAll();
                return;
            }
            // The resume point follows the last analysed frame; with a stride it may fall between analysed frames.
            if (frame->isValid() && frame->index % p.frameStride == 0 && !decoded.push(*frame))
                return;
        }
        while (!m_cancel) {
            t.start();
            auto frame = video.readNext();
            clock.decodeNs += t.nsecsElapsed();
            if (!frame) {
                errors.set(frame.error());
                abortAll();
                return;
            }
            if (!frame->isValid())
                break;
            if (frame->index < firstFrame || (frame->index % p.frameStride) != 0)
                continue;
            if (!decoded.push(*frame))
                return;
        }
        decoded.close();
    });

    std::thread faceThread([&] {
        faces::FaceTracker tracker;
        qint64 analysed = 0;
        QElapsedTimer t;
        while (auto frame = decoded.pop()) {
            t.start();
            FrameWork work;
            work.index = frame->index;
            work.pts = frame->pts;
            work.frameSize = frame->image.size();
            work.detectionRan = (analysed++ % p.detectionInterval) == 0;
            std::vector<faces::FaceDetection> detections;
            if (work.detectionRan) {
                auto found = detector->detect(frame->image);
                if (!found) {
                    errors.set(found.error());
                    abortAll();
                    return;
                }
                detections = std::move(*found);
                work.rawDetections = int(detections.size());
            }
            auto tracked = tracker.update(frame->index, work.detectionRan ? &detections : nullptr, frame->image);
            if (!tracked) {
                errors.set(tracked.error());
                abortAll();
                return;
            }
            for (faces::TrackedFace &face : *tracked) {
                FaceWork fw;
                face.trackId += trackNumberOffset;
                fw.face = face;
                fw.tooSmall = std::max(face.box.width(), face.box.height()) < p.minFaceSize;
                if (!fw.tooSmall)
                    fw.crop = faces::cropFace(frame->image, face.box, cropScale, inputSize);
                if (landmarker && face.detected && !fw.tooSmall) {
                    auto points = landmarker->detect(frame->image, face.box);
                    if (points)
                        fw.landmarks = QVector<QPointF>(points->begin(), points->end());
                }
                work.faces.push_back(std::move(fw));
            }
            clock.facesNs += t.nsecsElapsed();
            if (!withFaces.push(std::move(work)))
                return;
        }
        withFaces.close();
    });

    std::thread inferenceThread([&] {
        QElapsedTimer t;
        std::vector<FrameWork> pending;
        std::vector<QImage> crops;
        auto flush = [&]() -> bool {
            if (!crops.empty()) {
                t.start();
                auto scores = model.classify(crops, p.batchSize);
                clock.inferenceNs += t.nsecsElapsed();
                if (!scores) {
                    errors.set(scores.error());
                    abortAll();
                    return false;
                }
                size_t next = 0;
                for (FrameWork &w : pending) {
                    for (const FaceWork &f : w.faces) {
                        if (!f.crop.image.isNull())
                            w.scores.push_back((*scores)[next++]);
                    }
                }
            }
            for (FrameWork &w : pending) {
                if (!scored.push(std::move(w)))
                    return false;
            }
            pending.clear();
            crops.clear();
            return true;
        };
        while (true) {
            // Fill a batch from what is queued; block only when nothing is pending.
            std::optional<FrameWork> work = pending.empty() ? withFaces.pop() : withFaces.tryPop();
            if (!work) {
                if (!flush())
                    return;
                if (withFaces.closedAndEmpty())
                    break;
                continue;
            }
            for (const FaceWork &f : work->faces) {
                if (!f.crop.image.isNull())
                    crops.push_back(f.crop.image);
            }
            pending.push_back(std::move(*work));
            if (int(crops.size()) >= p.batchSize && !flush())
                return;
        }
        scored.close();
    });

    // 6. The writer: this thread. Commits about once a second of video, each batch with its resume point.
    QElapsedTimer progressTimer;
    progressTimer.start();
    QElapsedTimer rateTimer;
    rateTimer.start();
    qint64 rateFrames = 0;
    double fps = 0;
    cases::AnalysisBatch batch;
    qint64 lastIndex = firstFrame - 1;
    const qint64 framesPerBatch = std::max<qint64>(15, qint64(info.fps + 0.5));
    qint64 framesInBatch = 0;
    Status writeStatus = Ok{};
    auto commit = [&](qint64 lastFrame) {
        QElapsedTimer t;
        t.start();
        batch.tracks = tracks.trackSummaries(tracks.touchedTrackNumbers());
        batch.lastFrameCommitted = lastFrame;
        writeStatus = writer->append(batch);
        tracks.clearTouched();
        batch = cases::AnalysisBatch{};
        framesInBatch = 0;
        clock.writeNs += t.nsecsElapsed();
        return writeStatus.ok();
    };
    while (auto work = scored.pop()) {
        size_t scoreIndex = 0;
        for (const FaceWork &f : work->faces) {
            cases::DetectionRecord det;
            det.trackNumber = f.face.trackId;
            det.frameIndex = work->index;
            det.pts = work->pts;
            det.box = f.face.box;
            det.score = f.face.detectionScore;
            det.predicted = !f.face.detected;
            det.landmarks = f.landmarks;
            det.keypoints = toVector(f.face.keypoints, f.face.hasKeypoints);
            batch.detections.push_back(det);
            const inference::CropScores *s = nullptr;
            if (!f.crop.image.isNull())
                s = &work->scores[scoreIndex++];
            tracks.add(f.face.trackId, work->index, f.face.box, s, f.tooSmall);
            if (s) {
                cases::FrameScoreRecord score;
                score.trackNumber = f.face.trackId;
                score.frameIndex = work->index;
                score.pFake = s->pFake;
                score.classProbabilities = QVector<float>(s->classProbabilities.begin(), s->classProbabilities.end());
                score.energy = s->energy;
                score.hasEnergy = s->hasAttribution;
                batch.scores.push_back(score);
            }
        }
        tracks.addFrame(work->index, work->detectionRan, work->rawDetections, int(work->faces.size()));
        lastIndex = work->index;
        ++rateFrames;
        if (++framesInBatch >= framesPerBatch && !commit(lastIndex))
            break;
        if (progressTimer.elapsed() >= 500) {
            const double seconds = rateTimer.elapsed() / 1000.0;
            if (seconds > 0.5) {
                fps = rateFrames * p.frameStride / seconds;
                rateTimer.restart();
                rateFrames = 0;
            }
            const qint64 done = lastIndex + 1;
            const double eta = fps > 0 ? (frameCount - done) / fps : -1;
            Q_EMIT progress(AnalysisProgress{done, frameCount, fps, eta, tracks.trackCount(), tr("Analysing")});
            progressTimer.restart();
        }
        if (m_cancel)
            break;
    }
    if (!writeStatus.ok() || m_cancel)
        abortAll();
    decodeThread.join();
    faceThread.join();
    inferenceThread.join();

    if (!writeStatus.ok())
        return writeStatus.error();
    if (auto error = errors.get()) {
        cases::AnalysisFinish failed;
        failed.status = cases::AnalysisStatus::Failed;
        failed.error = error->message;
        writer->finish(failed);
        return *error;
    }
    if (m_cancel) {
        // What is committed stays; the analysis is recorded as cancelled and can be inspected.
        if (framesInBatch > 0)
            commit(lastIndex);
        cases::AnalysisFinish cancelled;
        cancelled.status = cases::AnalysisStatus::Cancelled;
        cancelled.tracks = tracks.trackSummaries(tracks.allTrackNumbers());
        writer->finish(cancelled);
        return makeError(Error::Code::Cancelled, tr("Analysis %1 cancelled at frame %2; the frames analysed so far "
                                                    "are kept in the case.")
                                                     .arg(outcome.analysisId)
                                                     .arg(lastIndex + 1));
    }
    if (!commit(frameCount > 0 ? std::max(lastIndex, frameCount - 1) : lastIndex))
        return writeStatus.error();

    // 7. Verdicts, then Grad-CAM for the frames that drove each verdict (decoded again, cropped the same way).
    Q_EMIT progress(AnalysisProgress{frameCount, frameCount, fps, 0, tracks.trackCount(), tr("Explaining verdicts")});
    QElapsedTimer explainTimer;
    explainTimer.start();
    QVector<cases::TrackRecord> verdicts = tracks.verdicts();
    auto heatmaps = tracks.keyFrameHeatmaps(verdicts, video, model, &m_cancel);
    if (!heatmaps)
        return heatmaps.error();
    if (!heatmaps->isEmpty()) {
        cases::AnalysisBatch maps;
        maps.heatmaps = *heatmaps;
        if (auto s = writer->append(maps); !s)
            return s.error();
    }
    const qint64 explainNs = explainTimer.nsecsElapsed();

    cases::AnalysisFinish finish;
    finish.status = cases::AnalysisStatus::Completed;
    finish.tracks = verdicts;
    finish.coverage = tracks.coverage(frameCount, p.frameStride);
    QJsonArray warnings;
    for (const media::DecodeWarning &w : video.warnings()) {
        warnings.append(QJsonObject{{QStringLiteral("frame"), w.frameIndex}, {QStringLiteral("message"), w.message}});
        outcome.warnings << (w.frameIndex >= 0 ? tr("frame %1: %2").arg(w.frameIndex).arg(w.message) : w.message);
    }
    finish.coverage.insert(QStringLiteral("decode_errors"), video.decodeErrorCount());
    finish.coverage.insert(QStringLiteral("decode_warnings"), warnings);
    finish.coverage.insert(QStringLiteral("notices"), QJsonArray::fromStringList(outcome.notices));
    const double wallSeconds = wall.nsecsElapsed() / 1e9;
    const double videoSeconds = info.durationMs / 1000.0;
    finish.timings = QJsonObject{
        {QStringLiteral("wall_s"), wallSeconds},
        {QStringLiteral("decode_s"), clock.decodeNs / 1e9},
        {QStringLiteral("faces_s"), clock.facesNs / 1e9},
        {QStringLiteral("inference_s"), clock.inferenceNs / 1e9},
        {QStringLiteral("write_s"), clock.writeNs / 1e9},
        {QStringLiteral("explain_s"), explainNs / 1e9},
        {QStringLiteral("frames"), frameCount - firstFrame},
        {QStringLiteral("x_real_time"), wallSeconds > 0 ? videoSeconds / wallSeconds : 0.0},
        {QStringLiteral("resumed_from_frame"), firstFrame},
    };
    if (auto s = writer->finish(finish); !s)
        return s.error();

    outcome.status = cases::AnalysisStatus::Completed;
    outcome.tracks = verdicts;
    outcome.coverage = finish.coverage;
    outcome.timings = finish.timings;
    outcome.video = tracks.videoVerdict(finish.coverage);
    Q_EMIT progress(AnalysisProgress{frameCount, frameCount, fps, 0, tracks.trackCount(), tr("Done")});
    return outcome;
}

} // namespace fp::analysis
