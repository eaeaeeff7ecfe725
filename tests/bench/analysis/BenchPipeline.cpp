// Benchmark of the main job (issue 7.4), one process run, printing a table:
//   * each stage timed alone on the same clip: decode, faces (detector every K frames, tracker, crops, landmarks),
//     batched inference of the crops the faces stage produced;
//   * the whole pipeline (AnalysisJob: the stages concurrently, persistence, key-frame Grad-CAM) as a multiple of
//     real time and as a ratio to the slowest stage alone;
//   * peak memory (ru_maxrss of a `fakeprint-cli analyze` child) on the clip looped to 1 and to 10 minutes.
// Usage: bench_pipeline [--clip VIDEO] [--threads N] [--memory-stride S] [--no-memory]
// Without --clip, a 10 s 720p 30 fps clip with three moving faces is made by `fakeprint-lab synth video`.
// Prints figures; asserts nothing about time.
#include "core/analysis/AnalysisJob.h"
#include "core/faces/FaceCrop.h"
#include "core/faces/FaceDetectorFactory.h"
#include "core/faces/FaceTracker.h"
#include "core/faces/LandmarkDetector.h"
#include "core/inference/Classifier.h"
#include "core/inference/ModelRegistry.h"
#include "core/media/VideoReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace fp;

namespace {

QTextStream out(stdout);

struct Row {
    QString what;
    QString value;
    QString target;
};

bool run(const QString &program, const QStringList &args, int timeoutMs = 600000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        out << program << " " << args.join(QLatin1Char(' ')) << " failed:\n" << p.readAll() << "\n";
        out.flush();
        return false;
    }
    return true;
}

// Runs a child and returns its peak resident set size in MiB (wait4's ru_maxrss), or -1.
double peakRssMiB(const QString &program, const QStringList &args)
{
    std::vector<QByteArray> storage;
    storage.push_back(program.toLocal8Bit());
    for (const QString &a : args)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    const pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        if (FILE *null = std::freopen("/dev/null", "w", stdout); !null)
            _exit(126);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    struct rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        out << program << " exited with status " << status << "\n";
        return -1;
    }
    return usage.ru_maxrss / 1024.0;
}

QString fmt(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption clipOption(QStringLiteral("clip"), QStringLiteral("Video to analyse."),
                                        QStringLiteral("VIDEO"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                           QStringLiteral("LibTorch threads (default: all cores)."),
                                           QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption strideOption(
        QStringLiteral("memory-stride"),
        QStringLiteral("Frame stride of the 1- and 10-minute memory runs (default 1)."), QStringLiteral("S"),
        QStringLiteral("1"));
    const QCommandLineOption noMemoryOption(QStringLiteral("no-memory"), QStringLiteral("Skip the memory runs."));
    parser.addOptions({clipOption, threadsOption, strideOption, noMemoryOption});
    parser.addHelpOption();
    parser.process(app);
    const int threads = parser.value(threadsOption).toInt();
    const int detectionInterval = 3;

    QTemporaryDir dir;
    QString clip = parser.value(clipOption);
    if (clip.isEmpty()) {
        clip = dir.filePath(QStringLiteral("clip.mp4"));
        if (!run(QStringLiteral(FAKEPRINT_LAB_EXE),
                 {QStringLiteral("synth"), QStringLiteral("video"), QStringLiteral("-o"), clip,
                  QStringLiteral("--seed"), QStringLiteral("424242"), QStringLiteral("--faces"), QStringLiteral("3"),
                  QStringLiteral("--seconds"), QStringLiteral("10"), QStringLiteral("--split"), QStringLiteral("test"),
                  QStringLiteral("--lanes")}))
            return 1;
    }

    // 1. Decode alone (frames kept for the next stage).
    auto reader = media::VideoReader::open(clip);
    if (!reader) {
        out << reader.error().message << "\n";
        return 1;
    }
    const media::MediaInfo info = (*reader)->info();
    std::vector<media::Frame> frames;
    QElapsedTimer t;
    t.start();
    while (true) {
        auto frame = (*reader)->readNext();
        if (!frame || !frame->isValid())
            break;
        frames.push_back(std::move(*frame));
    }
    const double decodeS = t.nsecsElapsed() / 1e9;
    if (frames.empty()) {
        out << "no frames decoded from " << clip << "\n";
        return 1;
    }
    const double videoS = frames.size() / (info.fps > 0 ? info.fps : 30.0);

    // 2. Faces alone: what the pipeline's faces stage does per frame.
    auto registry = inference::ModelRegistry::fromAppPaths();
    auto entry = registry.defaultModel();
    if (!entry) {
        out << entry.error().message << "\n";
        return 1;
    }
    const inference::ModelCard card = entry->card;
    auto created = faces::FaceDetectorFactory::create(analysis::AnalysisParams{}.detector); // the analysis' own
    if (!created) {
        out << created.error().message << "\n";
        return 1;
    }
    faces::LandmarkDetector landmarks;
    faces::FaceTracker tracker;
    std::vector<QImage> crops;
    t.start();
    for (size_t i = 0; i < frames.size(); ++i) {
        const bool detect = i % detectionInterval == 0;
        std::vector<faces::FaceDetection> detections;
        if (detect) {
            auto found = created->detector->detect(frames[i].image);
            if (found)
                detections = std::move(*found);
        }
        auto tracked = tracker.update(frames[i].index, detect ? &detections : nullptr, frames[i].image);
        if (!tracked)
            continue;
        for (const faces::TrackedFace &face : *tracked) {
            crops.push_back(faces::cropFace(frames[i].image, face.box, card.input.cropScale, card.input.size).image);
            if (detect && face.detected && landmarks.isAvailable())
                (void)landmarks.detect(frames[i].image, face.box);
        }
    }
    const double facesS = t.nsecsElapsed() / 1e9;
    frames.clear();
    frames.shrink_to_fit();

    // 3. Inference alone on those crops.
    auto classifier = inference::Classifier::load(card, inference::DeviceChoice::Auto, threads);
    if (!classifier) {
        out << classifier.error().message << "\n";
        return 1;
    }
    t.start();
    auto scores = (*classifier)->classify(crops, 32);
    const double inferenceS = t.nsecsElapsed() / 1e9;
    if (!scores) {
        out << scores.error().message << "\n";
        return 1;
    }
    const QString device = (*classifier)->deviceName();
    classifier->reset();

    // 4. The whole pipeline.
    analysis::AnalysisParams params;
    params.evidencePath = clip;
    params.databasePath = dir.filePath(QStringLiteral("bench.sqlite"));
    params.caseName = QStringLiteral("bench");
    params.threads = threads;
    params.detectionInterval = detectionInterval;
    analysis::AnalysisJob job(params);
    t.start();
    auto outcome = job.run();
    const double pipelineS = t.nsecsElapsed() / 1e9;
    if (!outcome) {
        out << outcome.error().message << "\n";
        return 1;
    }
    const QJsonObject &timings = outcome->timings;
    const double slowest = std::max({decodeS, facesS, inferenceS});
    const QString slowestName = slowest == decodeS  ? QStringLiteral("decode")
                                : slowest == facesS ? QStringLiteral("faces")
                                                    : QStringLiteral("inference");

    std::vector<Row> rows;
    const qint64 n = qint64(std::llround(videoS * (info.fps > 0 ? info.fps : 30.0)));
    rows.push_back({QStringLiteral("clip"),
                    QStringLiteral("%1x%2, %3 frames, %4 s, %5 faces tracked")
                        .arg(info.width)
                        .arg(info.height)
                        .arg(n)
                        .arg(fmt(videoS))
                        .arg(outcome->tracks.size()),
                    {}});
    rows.push_back(
        {QStringLiteral("decode alone"), QStringLiteral("%1 s (%2 fps)").arg(fmt(decodeS, 2), fmt(n / decodeS)), {}});
    rows.push_back({QStringLiteral("faces alone (detect every %1, track, crop, landmarks)").arg(detectionInterval),
                    QStringLiteral("%1 s (%2 fps)").arg(fmt(facesS, 2), fmt(n / facesS)),
                    {}});
    rows.push_back({QStringLiteral("inference alone (%1 crops, batch 32, %2)").arg(crops.size()).arg(device),
                    QStringLiteral("%1 s (%2 crops/s)").arg(fmt(inferenceS, 2), fmt(crops.size() / inferenceS)),
                    {}});
    rows.push_back({QStringLiteral("pipeline end to end (stride 1)"),
                    QStringLiteral("%1 s = %2x real time").arg(fmt(pipelineS, 2), fmt(videoS / pipelineS, 2)),
                    QStringLiteral(">= 1.5x")});
    rows.push_back({QStringLiteral("pipeline / slowest stage alone (%1)").arg(slowestName), fmt(pipelineS / slowest, 2),
                    QStringLiteral("<= 1.3")});
    rows.push_back({QStringLiteral("  of which key-frame Grad-CAM + verdicts"),
                    QStringLiteral("%1 s").arg(fmt(timings.value(QStringLiteral("explain_s")).toDouble(), 2)),
                    {}});
    rows.push_back({QStringLiteral("  stage busy times in the pipeline (decode/faces/inference/write)"),
                    QStringLiteral("%1 / %2 / %3 / %4 s")
                        .arg(fmt(timings.value(QStringLiteral("decode_s")).toDouble(), 2),
                             fmt(timings.value(QStringLiteral("faces_s")).toDouble(), 2),
                             fmt(timings.value(QStringLiteral("inference_s")).toDouble(), 2),
                             fmt(timings.value(QStringLiteral("write_s")).toDouble(), 2)),
                    {}});

    // 5. Peak memory in clip length.
    if (!parser.isSet(noMemoryOption)) {
        const QString stride = parser.value(strideOption);
        const double loops1 = std::ceil(60.0 / videoS);
        double peaks[2] = {-1, -1};
        const int minutes[2] = {1, 10};
        for (int k = 0; k < 2; ++k) {
            const QString looped = dir.filePath(QStringLiteral("loop%1.mp4").arg(minutes[k]));
            const int loops = int(loops1 * minutes[k]) - 1;
            if (!run(QStringLiteral("ffmpeg"),
                     {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                      QStringLiteral("-stream_loop"), QString::number(loops), QStringLiteral("-i"), clip,
                      QStringLiteral("-c"), QStringLiteral("copy"), looped}))
                return 1;
            peaks[k] = peakRssMiB(QStringLiteral(FAKEPRINT_CLI_EXE),
                                  {QStringLiteral("analyze"), looped, QStringLiteral("--db"),
                                   dir.filePath(QStringLiteral("mem%1.sqlite").arg(minutes[k])),
                                   QStringLiteral("--case"), QStringLiteral("memory"), QStringLiteral("--stride"),
                                   stride, QStringLiteral("--detect-every"), QString::number(detectionInterval),
                                   QStringLiteral("--threads"), QString::number(threads), QStringLiteral("--quiet")});
        }
        rows.push_back({QStringLiteral("peak RSS, 1-minute clip (stride %1)").arg(stride),
                        QStringLiteral("%1 MiB").arg(fmt(peaks[0])),
                        {}});
        rows.push_back(
            {QStringLiteral("peak RSS, 10-minute clip (stride %1)").arg(stride),
             QStringLiteral("%1 MiB = %2x the 1-minute peak").arg(fmt(peaks[1]), fmt(peaks[1] / peaks[0], 2)),
             QStringLiteral("<= 1.2x")});
    }

    out << "| measure | value | target |\n|---|---|---|\n";
    for (const Row &r : rows)
        out << "| " << r.what << " | " << r.value << " | " << r.target << " |\n";
    out << "\nmachine: " << QThread::idealThreadCount() << " hardware threads; LibTorch threads "
        << (threads > 0 ? QString::number(threads) : QStringLiteral("all")) << "\n";
    return 0;
}
