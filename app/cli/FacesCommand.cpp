// fakeprint-cli faces VIDEO_OR_IMAGE [--json] [--every K] [--detector NAME] [--threshold T] [--max-frames N]
// [--track]: face detections per frame (per image), optionally the tracks, and the coverage of the faces.
#include "app/cli/CommandTable.h"

#include "core/faces/FaceCoverage.h"
#include "core/faces/FaceDetectorFactory.h"
#include "core/faces/FaceTracker.h"
#include "core/media/VideoReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonObject>

namespace fp::cli {

namespace {

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

QJsonObject boxJson(const QRectF &box, float score, bool hasKeypoints, const std::array<QPointF, 6> &keypoints)
{
    QJsonObject o{{QStringLiteral("x"), round2(box.x())},
                  {QStringLiteral("y"), round2(box.y())},
                  {QStringLiteral("w"), round2(box.width())},
                  {QStringLiteral("h"), round2(box.height())},
                  {QStringLiteral("score"), std::round(double(score) * 10000.0) / 10000.0}};
    if (hasKeypoints) {
        QJsonArray points;
        for (const QPointF &p : keypoints)
            points.append(QJsonArray{round2(p.x()), round2(p.y())});
        o.insert(QStringLiteral("keypoints"), points);
    }
    return o;
}

QJsonArray detectionsJson(const std::vector<faces::FaceDetection> &found)
{
    QJsonArray boxes;
    for (const auto &d : found)
        boxes.append(boxJson(d.box, d.score, d.hasKeypoints, d.keypoints));
    return boxes;
}

QJsonObject coverageJson(const faces::FaceCoverage &c)
{
    QJsonArray empty;
    for (const auto &r : c.framesWithoutFace)
        empty.append(QJsonArray{r.first, r.last});
    return QJsonObject{{QStringLiteral("frames_examined"), c.framesExamined},
                       {QStringLiteral("frames_with_faces"), c.framesWithFaces},
                       {QStringLiteral("frames_without_face"), empty},
                       {QStringLiteral("faces"), c.facesSeen},
                       {QStringLiteral("too_small"), c.tooSmall},
                       {QStringLiteral("low_score"), c.lowScore},
                       {QStringLiteral("blurred"), c.blurred},
                       {QStringLiteral("profile"), c.profile},
                       {QStringLiteral("summary"), c.summary()}};
}

} // namespace

int runFaces(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Detect faces in an image or in the frames of a video."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QCoreApplication::translate("cli", "Print one JSON document on standard output."));
    const QCommandLineOption everyOption(QStringLiteral("every"),
                                         QCoreApplication::translate("cli", "Detect on every K-th frame (default 1)."),
                                         QStringLiteral("K"), QStringLiteral("1"));
    const QCommandLineOption detectorOption(
        QStringLiteral("detector"), QCoreApplication::translate("cli", "auto (default), blazeface, haar or lbp."),
        QStringLiteral("NAME"), QStringLiteral("auto"));
    const QCommandLineOption thresholdOption(
        QStringLiteral("threshold"), QCoreApplication::translate("cli", "Minimum detection score (default 0.6)."),
        QStringLiteral("T"), QStringLiteral("0.6"));
    const QCommandLineOption maxFramesOption(QStringLiteral("max-frames"),
                                             QCoreApplication::translate("cli", "Stop after N frames (0: all)."),
                                             QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption trackOption(
        QStringLiteral("track"),
        QCoreApplication::translate("cli", "Also track the faces and list the tracks on every frame."));
    parser.addOptions({jsonOption, everyOption, detectorOption, thresholdOption, maxFramesOption, trackOption});
    parser.addPositionalArgument(QStringLiteral("VIDEO_OR_IMAGE"),
                                 QCoreApplication::translate("cli", "The file (opened read-only)."));
    if (!parser.parse(ctx.arguments))
        return ctx.fail(ExitUsage, parser.errorText());
    if (parser.isSet(helpOption)) {
        ctx.out << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(
            ExitUsage, QCoreApplication::translate(
                           "cli", "faces needs exactly one VIDEO_OR_IMAGE argument; see 'fakeprint-cli faces --help'"));
    bool okEvery = false, okThreshold = false, okMax = false;
    const int every = parser.value(everyOption).toInt(&okEvery);
    const double threshold = parser.value(thresholdOption).toDouble(&okThreshold);
    const qint64 maxFrames = parser.value(maxFramesOption).toLongLong(&okMax);
    if (!okEvery || every < 1)
        return ctx.fail(ExitUsage, QCoreApplication::translate("cli", "--every needs a whole number >= 1, not '%1'")
                                       .arg(parser.value(everyOption)));
    if (!okThreshold || threshold <= 0.0 || threshold >= 1.0)
        return ctx.fail(ExitUsage,
                        QCoreApplication::translate("cli", "--threshold needs a number between 0 and 1, not '%1'")
                            .arg(parser.value(thresholdOption)));
    if (!okMax || maxFrames < 0)
        return ctx.fail(ExitUsage,
                        QCoreApplication::translate("cli", "--max-frames needs a whole number >= 0, not '%1'")
                            .arg(parser.value(maxFramesOption)));
    const QString path = parser.positionalArguments().first();
    if (!QFileInfo::exists(path))
        return ctx.fail(ExitBadInput, QCoreApplication::translate("cli", "%1 does not exist").arg(path));

    faces::FaceDetectorConfig config;
    config.kind = parser.value(detectorOption);
    config.scoreThreshold = float(threshold);
    auto created = faces::FaceDetectorFactory::create(config);
    if (!created.ok())
        return ctx.fail(created.error().code == Error::Code::InvalidArgument ? ExitUsage : ExitModel,
                        created.error().message);
    faces::FaceDetector &detector = *created->detector;
    if (!created->notice.isEmpty())
        ctx.err << created->notice << Qt::endl;

    QJsonObject doc{{QStringLiteral("input"), path},
                    {QStringLiteral("detector"), detector.name()},
                    {QStringLiteral("detector_description"), detector.description()},
                    {QStringLiteral("detector_fallback"), created->fallback},
                    {QStringLiteral("notice"), created->notice}};
    faces::FaceCoverageCollector coverage;

    QImageReader imageReader(path);
    if (imageReader.canRead()) {
        const QImage image = imageReader.read().convertToFormat(QImage::Format_RGB888);
        if (image.isNull())
            return ctx.fail(ExitBadInput, QCoreApplication::translate("cli", "%1 could not be decoded as an image: %2")
                                              .arg(path, imageReader.errorString()));
        auto found = detector.detect(image);
        if (!found.ok())
            return ctx.fail(ExitFailure, found.error().message);
        coverage.addFrame(0, found.value(), image);
        doc.insert(QStringLiteral("type"), QStringLiteral("image"));
        doc.insert(QStringLiteral("width"), image.width());
        doc.insert(QStringLiteral("height"), image.height());
        doc.insert(QStringLiteral("boxes"), detectionsJson(found.value()));
        doc.insert(QStringLiteral("frames"),
                   QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                          {QStringLiteral("boxes"), detectionsJson(found.value())}}});
        if (!parser.isSet(jsonOption))
            ctx.out << QCoreApplication::translate("cli", "%1: %2 faces (%3)")
                           .arg(path)
                           .arg(found->size())
                           .arg(detector.description())
                    << Qt::endl;
    } else {
        auto reader = media::VideoReader::open(path);
        if (!reader.ok())
            return ctx.fail(ExitBadInput, reader.error().message);
        faces::FaceTracker tracker;
        QJsonArray frames;
        qint64 count = 0, faceCount = 0;
        for (;;) {
            if (maxFrames > 0 && count >= maxFrames)
                break;
            auto frame = reader.value()->readNext();
            if (!frame.ok())
                return ctx.fail(ExitBadInput, frame.error().message);
            if (!frame->isValid())
                break;
            ++count;
            const QImage image = frame->image.convertToFormat(QImage::Format_RGB888);
            const bool detectHere = frame->index % every == 0;
            QJsonObject entry{{QStringLiteral("index"), frame->index}, {QStringLiteral("pts"), frame->pts}};
            std::vector<faces::FaceDetection> found;
            if (detectHere) {
                auto result = detector.detect(image);
                if (!result.ok())
                    return ctx.fail(ExitFailure, QCoreApplication::translate("cli", "frame %1: %2")
                                                     .arg(frame->index)
                                                     .arg(result.error().message));
                found = std::move(result.value());
                coverage.addFrame(frame->index, found, image);
                faceCount += qint64(found.size());
                entry.insert(QStringLiteral("boxes"), detectionsJson(found));
            }
            if (parser.isSet(trackOption)) {
                auto tracks = tracker.update(frame->index, detectHere ? &found : nullptr, image);
                if (!tracks.ok())
                    return ctx.fail(ExitFailure, tracks.error().message);
                QJsonArray list;
                for (const auto &t : tracks.value()) {
                    QJsonObject o = boxJson(t.box, t.detectionScore, t.hasKeypoints, t.keypoints);
                    o.insert(QStringLiteral("track_id"), t.trackId);
                    o.insert(QStringLiteral("detected"), t.detected);
                    list.append(o);
                }
                entry.insert(QStringLiteral("tracks"), list);
            }
            if (detectHere || parser.isSet(trackOption))
                frames.append(entry);
        }
        const auto &info = reader.value()->info();
        doc.insert(QStringLiteral("type"), QStringLiteral("video"));
        doc.insert(QStringLiteral("width"), info.width);
        doc.insert(QStringLiteral("height"), info.height);
        doc.insert(QStringLiteral("every"), every);
        doc.insert(QStringLiteral("frames_read"), count);
        doc.insert(QStringLiteral("frames"), frames);
        if (!parser.isSet(jsonOption))
            ctx.out << QCoreApplication::translate("cli", "%1: %2 faces in %3 frames (%4)")
                           .arg(path)
                           .arg(faceCount)
                           .arg(count)
                           .arg(detector.description())
                    << Qt::endl;
    }
    doc.insert(QStringLiteral("coverage"), coverageJson(coverage.coverage()));
    if (parser.isSet(jsonOption))
        ctx.printJson(QJsonDocument(doc));
    else
        ctx.err << coverage.coverage().summary() << Qt::endl;
    return ExitOk;
}

} // namespace fp::cli
