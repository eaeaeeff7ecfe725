// bench_faces [FRAMES]: face detection and tracking on a generated, labelled 1280x720 clip (real face photos moving,
// two faces crossing, scale and lighting changes, H.264 at CRF 26). Prints ms per 720p frame and the quality
// figures (detection recall/precision at IoU 0.5, tracker ID switches and fragmentations) as a table.
#include "core/faces/BlazeFaceDetector.h"
#include "core/faces/FaceDetectorFactory.h"
#include "core/faces/FaceTracker.h"

#include "tests/testsupport/FaceClipGenerator.h"
#include "tests/testsupport/FaceTrackingMetrics.h"
#include "tests/testsupport/Fixtures.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace fp;

namespace {

struct Row {
    QString name;
    int every = 1;
    double detectMs = 0, trackMs = 0;
    test::FaceTrackingMetrics metrics;
};

bool runRow(faces::FaceDetector &detector, const test::FaceClip &clip, const std::vector<QImage> &frames, Row &row)
{
    faces::FaceTracker tracker;
    qint64 detectNs = 0, trackNs = 0;
    int detections = 0;
    QElapsedTimer timer;
    for (int f = 0; f < clip.frames; ++f) {
        std::vector<faces::FaceDetection> found;
        const bool detectHere = f % row.every == 0;
        if (detectHere) {
            timer.start();
            auto result = detector.detect(frames[size_t(f)]);
            detectNs += timer.nsecsElapsed();
            if (!result.ok()) {
                std::fprintf(stderr, "frame %d: %s\n", f, qPrintable(result.error().message));
                return false;
            }
            found = std::move(result.value());
            row.metrics.addDetections(clip.truth[size_t(f)], found);
            ++detections;
        }
        timer.start();
        auto tracks = tracker.update(f, detectHere ? &found : nullptr, frames[size_t(f)]);
        trackNs += timer.nsecsElapsed();
        if (!tracks.ok())
            return false;
        row.metrics.addTracks(clip.truth[size_t(f)], tracks.value());
    }
    row.detectMs = detectNs / 1e6 / std::max(1, detections);
    row.trackMs = trackNs / 1e6 / clip.frames;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (!test::haveFacePhotos() || !test::haveFfmpeg()) {
        std::fprintf(stderr, "bench_faces: face photos, BlazeFace or ffmpeg missing (packaging/setup-debian.sh)\n");
        return 0;
    }
    QTemporaryDir dir;
    test::FaceClipSpec spec;
    spec.frames = argc > 1 ? std::max(10, QString::fromLocal8Bit(argv[1]).toInt()) : 90;
    spec.faces = 4;
    spec.seed = 5;
    test::FaceClip clip;
    if (const QString err = test::makeFaceClip(dir.path(), spec, &clip); !err.isEmpty()) {
        std::fprintf(stderr, "bench_faces: %s\n", qPrintable(err));
        return 1;
    }
    std::vector<QImage> frames;
    int truthFaces = 0, smallest = 1 << 30;
    for (int f = 0; f < clip.frames; ++f) {
        frames.push_back(clip.frame(f));
        for (const auto &t : clip.truth[size_t(f)]) {
            truthFaces += t.occluded ? 0 : 1;
            smallest = std::min(smallest, int(std::min(t.box.width(), t.box.height())));
        }
    }
    out << "clip: " << clip.width << "x" << clip.height << ", " << clip.frames << " frames, " << spec.faces
        << " identities, " << truthFaces << " visible faces, smallest " << smallest << " px, H.264 CRF " << spec.crf
        << "\n\n";

    struct Setup {
        QString kind;
        bool tiles;
        int every;
        int tileEvery = 1;
    };
    const Setup setups[] = {{QStringLiteral("blazeface"), true, 1, 1},  {QStringLiteral("blazeface"), true, 3, 1},
                            {QStringLiteral("blazeface"), true, 1, 4},  {QStringLiteral("blazeface"), true, 3, 4},
                            {QStringLiteral("blazeface"), false, 1, 1}, {QStringLiteral("haar"), false, 1, 1},
                            {QStringLiteral("lbp"), false, 1, 1}};
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
               .arg(QStringLiteral("detector"), -22)
               .arg(QStringLiteral("every"), 5)
               .arg(QStringLiteral("det ms/frame"), 12)
               .arg(QStringLiteral("track ms/frame"), 14)
               .arg(QStringLiteral("recall"), 7)
               .arg(QStringLiteral("precision"), 9)
               .arg(QStringLiteral("trk recall"), 10)
               .arg(QStringLiteral("trk prec"), 8)
               .arg(QStringLiteral("ID sw"), 5)
               .arg(QStringLiteral("frag"), 5);
    for (const Setup &s : setups) {
        faces::FaceDetectorConfig config;
        config.kind = s.kind;
        config.tileSmallFaces = s.tiles;
        config.tileEvery = s.tileEvery;
        auto created = faces::FaceDetectorFactory::create(config);
        if (!created.ok()) {
            std::fprintf(stderr, "bench_faces: %s\n", qPrintable(created.error().message));
            continue;
        }
        Row row;
        row.every = s.every;
        row.name =
            s.kind + (s.kind == QLatin1String("blazeface")
                          ? (s.tiles ? QStringLiteral("+tiles/%1").arg(s.tileEvery) : QStringLiteral(" full only"))
                          : QString());
        if (!runRow(*created->detector, clip, frames, row))
            return 1;
        const auto &m = row.metrics;
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
                   .arg(row.name, -22)
                   .arg(row.every, 5)
                   .arg(row.detectMs, 12, 'f', 1)
                   .arg(row.trackMs, 14, 'f', 2)
                   .arg(m.recall(), 7, 'f', 3)
                   .arg(m.precision(), 9, 'f', 3)
                   .arg(m.trackRecall(), 10, 'f', 3)
                   .arg(m.trackPrecision(), 8, 'f', 3)
                   .arg(m.idSwitches, 5)
                   .arg(m.fragmentations, 5);
        out.flush();
    }
    out << "\ndet ms/frame: per frame the detector ran on; track ms/frame: FaceTracker::update per frame "
           "(appearance cue included). +tiles/N: the tile pass on every N-th detector call, and on every call while "
           "the last tile pass found faces the full pass missed (FaceDetectorConfig::tileEvery).\n";
    return 0;
}
