#include "UiFixture.h"

#include "tests/testsupport/Fixtures.h"

#include "core/cases/AnalysisWriter.h"
#include "core/cases/CaseDatabase.h"
#include "core/cases/CaseStore.h"
#include "core/media/VideoReader.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QJsonArray>

namespace fp::test {

namespace {

QJsonObject fixtureCard()
{
    QJsonArray classes;
    const char *labels[] = {"Real", "FaceSwap", "Reenactment"};
    const char *keys[] = {"real", "faceswap", "reenactment"};
    for (int i = 0; i < 3; ++i)
        classes.append(QJsonObject{{QStringLiteral("id"), i},
                                   {QStringLiteral("key"), QString::fromLatin1(keys[i])},
                                   {QStringLiteral("label"), QString::fromLatin1(labels[i])},
                                   {QStringLiteral("description"), QStringLiteral("fixture class")}});
    return QJsonObject{{QStringLiteral("name"), QStringLiteral("fixture-model")},
                       {QStringLiteral("version"), QStringLiteral("0.0-test")},
                       {QStringLiteral("classes"), classes},
                       {QStringLiteral("decision"), QJsonObject{{QStringLiteral("fake_threshold"), 0.5}}}};
}

QByteArray heatmapPng()
{
    QImage image(32, 32, QImage::Format_Grayscale8);
    for (int y = 0; y < 32; ++y)
        for (int x = 0; x < 32; ++x)
            image.setPixel(x, y, qRgb(x * 8, x * 8, x * 8));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

UiFixture UiFixture::build(const QString &dir)
{
    UiFixture f;
    f.dir = dir;
    VideoSpec spec;
    spec.frames = kFrames;
    f.videoPath = makeVideo(dir, QStringLiteral("clip"), spec, &f.error);
    if (f.videoPath.isEmpty())
        return f;
    f.dbPath = dir + QStringLiteral("/fixture.fpcase.db");
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(f.dbPath + QLatin1String(suffix));
    auto reader = media::VideoReader::open(f.videoPath);
    if (!reader) {
        f.error = reader.error().message;
        return f;
    }
    {
        auto db = cases::CaseDatabase::open(f.dbPath);
        if (!db) {
            f.error = db.error().message;
            return f;
        }
        cases::CaseStore store(**db);
        auto created = store.createCase(QStringLiteral("Fixture case"), QStringLiteral("tester"));
        if (!created) {
            f.error = created.error().message;
            return f;
        }
        f.caseId = created->id;
        auto added = store.addEvidence(f.caseId, f.videoPath, (*reader)->info().toJson());
        if (!added) {
            f.error = added.error().message;
            return f;
        }
        f.evidenceId = added->evidence.id;
    }
    cases::AnalysisStart start;
    start.caseId = f.caseId;
    start.evidenceId = f.evidenceId;
    start.model = {QStringLiteral("fixture-model"), QStringLiteral("0.0-test"), QString(64, QLatin1Char('0')),
                   fixtureCard()};
    start.detector = QStringLiteral("fixture");
    start.frameCount = kFrames;
    auto writer = cases::AnalysisWriter::start(f.dbPath, start);
    if (!writer) {
        f.error = writer.error().message;
        return f;
    }
    f.analysisId = (*writer)->analysisId();

    cases::TrackRecord t1;
    t1.trackNumber = 1;
    t1.firstFrame = 0;
    t1.lastFrame = 29;
    t1.medianBox = QRectF(40, 40, 80, 80);
    cases::TrackRecord t2 = t1;
    t2.trackNumber = 2;
    t2.firstFrame = 34;
    t2.lastFrame = kFrames - 1;
    t2.medianBox = QRectF(180, 60, 90, 90);
    cases::AnalysisBatch batch;
    batch.tracks = {t1, t2};
    for (int frame = 0; frame < kFrames; ++frame) {
        for (const cases::TrackRecord *t : {&t1, &t2}) {
            if (frame < t->firstFrame || frame > t->lastFrame)
                continue;
            cases::DetectionRecord d;
            d.trackNumber = t->trackNumber;
            d.frameIndex = frame;
            d.box = t->medianBox.translated(frame % 3, 0);
            d.score = 0.9;
            d.keypoints = {d.box.center(), d.box.topLeft() + QPointF(20, 30)};
            batch.detections.append(d);
            cases::FrameScoreRecord s;
            s.trackNumber = t->trackNumber;
            s.frameIndex = frame;
            s.pFake = t->trackNumber == 1 ? (frame >= 12 ? 0.9 : 0.2) : 0.1;
            s.classProbabilities =
                t->trackNumber == 1 ? QVector<float>{0.1f, 0.8f, 0.1f} : QVector<float>{0.9f, 0.05f, 0.05f};
            batch.scores.append(s);
        }
    }
    cases::HeatmapRecord h;
    h.trackNumber = 1;
    h.frameIndex = kHeatmapFrame;
    h.classIndex = 1;
    h.width = 32;
    h.height = 32;
    h.png = heatmapPng();
    h.crop = QRect(30, 30, 100, 100);
    batch.heatmaps.append(h);
    batch.lastFrameCommitted = kFrames - 1;
    if (auto st = (*writer)->append(batch); !st) {
        f.error = st.error().message;
        return f;
    }
    cases::AnalysisFinish finish;
    t1.verdict = QStringLiteral("manipulated");
    t1.label = QStringLiteral("FaceSwap");
    t1.confidence = 0.87;
    t1.pFake = 0.78;
    // Stored by class key, as the analysis writes them.
    t1.classProbabilities = {
        {QStringLiteral("real"), 0.12}, {QStringLiteral("faceswap"), 0.8}, {QStringLiteral("reenactment"), 0.08}};
    t2.verdict = QStringLiteral("real");
    t2.confidence = 0.9;
    t2.pFake = 0.1;
    t2.classProbabilities = {
        {QStringLiteral("real"), 0.9}, {QStringLiteral("faceswap"), 0.05}, {QStringLiteral("reenactment"), 0.05}};
    finish.tracks = {t1, t2};
    if (auto st = (*writer)->finish(finish); !st)
        f.error = st.error().message;
    return f;
}

} // namespace fp::test
