// bench_media: decode throughput against the ffmpeg tool, random-seek latency and cached frame-step latency
// on a generated 720p H.264 clip with GOP 250 (or on the video given as the first argument).
// Prints one table. Run it directly or through `ctest -L bench`.
#include "core/media/FrameServer.h"
#include "core/media/VideoReader.h"

#include "tests/testsupport/Fixtures.h"
#include "tests/testsupport/TestEnv.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace fp;
using namespace fp::media;

namespace {

struct Latency {
    double medianMs = 0.0;
    double p95Ms = 0.0;
    int samples = 0;
};

Latency summarize(QList<double> values)
{
    Latency latency;
    if (values.isEmpty())
        return latency;
    std::sort(values.begin(), values.end());
    latency.samples = int(values.size());
    latency.medianMs = values.at(values.size() / 2);
    latency.p95Ms = values.at(std::min<qsizetype>(values.size() - 1, qsizetype(values.size() * 0.95)));
    return latency;
}

// Frames of the file per second of `ffmpeg -threads 2 [inputArgs] -i path outputArgs`.
double ffmpegFps(const QString &path, const QStringList &outputArgs, qint64 frames, const QStringList &inputArgs = {})
{
    QStringList args{QStringLiteral("-nostdin"), QStringLiteral("-loglevel"), QStringLiteral("error"),
                     QStringLiteral("-threads"), QStringLiteral("2")};
    args << inputArgs << QStringLiteral("-i") << path;
    args << outputArgs;
    QElapsedTimer timer;
    timer.start();
    const auto result = test::runProcess(QStringLiteral("ffmpeg"), args, 600000);
    const double seconds = timer.nsecsElapsed() / 1e9;
    return result.exitCode == 0 && seconds > 0 ? frames / seconds : 0.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (path.isEmpty()) {
        if (!test::haveFfmpeg()) {
            out << "bench_media: the ffmpeg tool is needed to generate the clip\n";
            return 1;
        }
        test::VideoSpec spec;
        spec.width = 1280;
        spec.height = 720;
        spec.frames = 500;
        spec.rate = QStringLiteral("25");
        spec.extraArgs = {QStringLiteral("-preset"),
                          QStringLiteral("veryfast"),
                          QStringLiteral("-g"),
                          QStringLiteral("250"),
                          QStringLiteral("-keyint_min"),
                          QStringLiteral("250"),
                          QStringLiteral("-sc_threshold"),
                          QStringLiteral("0"),
                          QStringLiteral("-bf"),
                          QStringLiteral("3"),
                          QStringLiteral("-crf"),
                          QStringLiteral("23")};
        QString error;
        path = test::makeVideo(dir.path(), QStringLiteral("bench720p"), spec, &error);
        if (path.isEmpty()) {
            out << "bench_media: cannot generate the clip: " << error << '\n';
            return 1;
        }
    }

    // Sequential decode including the RGB conversion (and the packet scan, which is part of opening).
    QElapsedTimer timer;
    timer.start();
    auto reader = VideoReader::open(path);
    if (!reader.ok()) {
        out << "bench_media: " << reader.error().message << '\n';
        return 1;
    }
    const double openMs = timer.nsecsElapsed() / 1e6;
    const MediaInfo info = (*reader)->info();
    timer.restart();
    qint64 frames = 0;
    while (true) {
        auto frame = (*reader)->readNext();
        if (!frame.ok() || !frame->isValid())
            break;
        ++frames;
    }
    const double ourFps = frames / (timer.nsecsElapsed() / 1e9);
    const double nullFps = ffmpegFps(path, {QStringLiteral("-f"), QStringLiteral("null"), QStringLiteral("-")}, frames);
    const double rgbFps = ffmpegFps(path,
                                    {QStringLiteral("-pix_fmt"), QStringLiteral("rgb24"), QStringLiteral("-f"),
                                     QStringLiteral("rawvideo"), QStringLiteral("-y"), QStringLiteral("/dev/null")},
                                    frames);

    // ffmpeg decoding only the reference frames (what a seek must decode on its way to the target).
    const double refFps = ffmpegFps(path, {QStringLiteral("-f"), QStringLiteral("null"), QStringLiteral("-")}, frames,
                                    {QStringLiteral("-skip_frame"), QStringLiteral("noref")});

    // Random access: a fresh reader, random targets over the whole clip.
    auto seeker = VideoReader::open(path);
    QRandomGenerator random(12345);
    QList<double> seekMs;
    // What the same seeks cost at ffmpeg's pace: every seek must decode the reference frames from the keyframe
    // before the target (or from the current position when that is closer) up to the target; ffmpeg crosses this
    // file at refFps decoding reference frames only.
    QList<double> boundMs;
    for (int i = 0; i < 40; ++i) {
        const qint64 target = random.bounded(info.frameCount);
        const qint64 position = (*seeker)->position();
        qint64 from = (*seeker)->frameIndex().keyframeAtOrBefore(target);
        if (position >= 0 && position <= target)
            from = std::max(from, position);
        if (refFps > 0)
            boundMs.append(double(target - std::max<qint64>(from, 0) + 1) * 1000.0 / refFps);
        timer.restart();
        auto frame = (*seeker)->frameAt(target);
        if (frame.ok())
            seekMs.append(timer.nsecsElapsed() / 1e6);
    }
    const Latency seek = summarize(seekMs);
    const Latency bound = summarize(boundMs);

    // Uncached step: the frame after the one just decoded (decode forward by one).
    QList<double> uncachedStepMs;
    for (int i = 0; i < 20; ++i) {
        const qint64 from = random.bounded(info.frameCount - 1);
        (*seeker)->frameAt(from);
        timer.restart();
        if ((*seeker)->frameAt(from + 1).ok())
            uncachedStepMs.append(timer.nsecsElapsed() / 1e6);
    }
    const Latency uncachedStep = summarize(uncachedStepMs);

    // Cached step through the FrameServer: request, let it prefetch, then time step(+1) to frameReady.
    QList<double> cachedStepMs;
    {
        FrameServer server(std::move(seeker.value()));
        QSignalSpy ready(&server, &FrameServer::frameReady);
        for (int i = 0; i < 20; ++i) {
            const qint64 from = random.bounded(info.frameCount - 2);
            server.request(from);
            if (!ready.wait(30000))
                break;
            QElapsedTimer settle;
            settle.start();
            while (!server.cache().contains(from + 1) && settle.elapsed() < 30000)
                ready.wait(5);
            timer.restart();
            server.step(1);
            if (!ready.wait(30000))
                break;
            cachedStepMs.append(timer.nsecsElapsed() / 1e6);
        }
    }
    const Latency cachedStep = summarize(cachedStepMs);

    auto line = [&out](const QString &what, const QString &value, const QString &note) {
        out << what.leftJustified(44) << value.rightJustified(14) << "  " << note << '\n';
    };
    out << "bench_media: " << path << '\n'
        << "  " << info.width << 'x' << info.height << ' ' << info.videoCodec << ", " << info.frameCount << " frames, "
        << info.keyframeCount << " keyframes, " << QThread::idealThreadCount() << " cores\n";
    out << QString(72, QLatin1Char('-')) << '\n';
    line(QStringLiteral("open + packet scan"), QString::number(openMs, 'f', 1) + QStringLiteral(" ms"), {});
    line(QStringLiteral("our sequential decode incl. RGB"), QString::number(ourFps, 'f', 1) + QStringLiteral(" fps"),
         {});
    line(QStringLiteral("ffmpeg -threads 2 -f null"), QString::number(nullFps, 'f', 1) + QStringLiteral(" fps"),
         QStringLiteral("ours/ffmpeg = %1x (target >= 0.9x)").arg(nullFps > 0 ? ourFps / nullFps : 0.0, 0, 'f', 2));
    line(QStringLiteral("ffmpeg -threads 2 -pix_fmt rgb24 rawvideo"),
         QString::number(rgbFps, 'f', 1) + QStringLiteral(" fps"),
         QStringLiteral("ours/ffmpeg = %1x").arg(rgbFps > 0 ? ourFps / rgbFps : 0.0, 0, 'f', 2));
    line(QStringLiteral("random seek median (%1 seeks)").arg(seek.samples),
         QString::number(seek.medianMs, 'f', 1) + QStringLiteral(" ms"), QStringLiteral("target <= 40 ms"));
    line(QStringLiteral("random seek p95"), QString::number(seek.p95Ms, 'f', 1) + QStringLiteral(" ms"),
         QStringLiteral("target <= 120 ms"));
    line(QStringLiteral("ffmpeg -skip_frame noref -f null"), QString::number(refFps, 'f', 1) + QStringLiteral(" fps"),
         QStringLiteral("frames crossed per second decoding reference frames only"));
    line(QStringLiteral("same seeks at ffmpeg's noref pace"),
         QString::number(bound.medianMs, 'f', 1) + QStringLiteral(" ms"),
         QStringLiteral("median; p95 %1 ms; ours/ffmpeg = %2x")
             .arg(bound.p95Ms, 0, 'f', 1)
             .arg(bound.medianMs > 0 ? seek.medianMs / bound.medianMs : 0.0, 0, 'f', 2));
    line(QStringLiteral("uncached step +1 median"),
         QString::number(uncachedStep.medianMs, 'f', 2) + QStringLiteral(" ms"), {});
    line(QStringLiteral("cached step +1 median (FrameServer)"),
         QString::number(cachedStep.medianMs, 'f', 2) + QStringLiteral(" ms"), QStringLiteral("target <= 5 ms"));
    line(QStringLiteral("cached step +1 p95"), QString::number(cachedStep.p95Ms, 'f', 2) + QStringLiteral(" ms"), {});
    out.flush();
    return 0;
}
