#include "tests/core/report/ReportFixture.h"

#include "core/cases/AnalysisWriter.h"
#include "core/cases/CaseStore.h"
#include "core/cases/NoteStore.h"
#include "core/media/VideoReader.h"
#include "tests/testsupport/Fixtures.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>

#include <cmath>

namespace fp::test {

namespace {

QJsonObject modelCard(const QString &sha256)
{
    QJsonArray classes;
    const char *const rows[][3] = {{"real", "Real", "Unaltered face"},
                                   {"faceswap", "FaceSwap", "Identity swap by a landmark-aligned blend"},
                                   {"reenact", "Reenactment", "Expression transfer by warping the mouth and eyes"}};
    for (int i = 0; i < 3; ++i)
        classes.append(QJsonObject{{QStringLiteral("id"), i},
                                   {QStringLiteral("key"), QLatin1String(rows[i][0])},
                                   {QStringLiteral("label"), QLatin1String(rows[i][1])},
                                   {QStringLiteral("description"), QLatin1String(rows[i][2])}});
    return QJsonObject{
        {QStringLiteral("name"), QStringLiteral("fixture-net")},
        {QStringLiteral("version"), QStringLiteral("1.2.0")},
        {QStringLiteral("sha256"), sha256},
        {QStringLiteral("architecture"), QStringLiteral("small CNN, 4 conv blocks, binary and attribution heads")},
        {QStringLiteral("classes"), classes},
        {QStringLiteral("training"),
         QJsonObject{{QStringLiteral("data"), QStringLiteral("synthetic swaps of 600 photos")},
                     {QStringLiteral("synthetic"), true},
                     {QStringLiteral("epochs"), 12},
                     {QStringLiteral("loss"), QStringLiteral("ce")},
                     {QStringLiteral("seed"), 7}}},
        {QStringLiteral("metrics"), QJsonObject{{QStringLiteral("auc_in_domain"), 0.97},
                                                {QStringLiteral("auc_cross_family"), 0.71},
                                                {QStringLiteral("attribution_accuracy"), 0.83}}},
        {QStringLiteral("limitations"),
         QJsonArray{QStringLiteral("Learned synthetic manipulations only; real deepfake tools may look different."),
                    QStringLiteral("Faces smaller than 40 pixels are not scored.")}},
        {QStringLiteral("decision"), QJsonObject{{QStringLiteral("fake_threshold"), 0.5},
                                                 {QStringLiteral("inconclusive_low"), 0.4},
                                                 {QStringLiteral("inconclusive_high"), 0.6},
                                                 {QStringLiteral("min_frames"), 5}}},
        {QStringLiteral("license"), QStringLiteral("GPL-3.0-or-later")},
    };
}

QByteArray heatmapPng()
{
    QImage map(28, 28, QImage::Format_Grayscale8);
    for (int y = 0; y < 28; ++y) {
        for (int x = 0; x < 28; ++x) {
            const double d = std::hypot(x - 10.0, y - 16.0);
            map.scanLine(y)[x] = uchar(std::max(0.0, 255.0 - d * 22.0));
        }
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    map.save(&buffer, "PNG");
    return png;
}

} // namespace

ReportFixture makeReportFixture(const QString &dir, const QString &caseName)
{
    ReportFixture f;
    VideoSpec spec;
    spec.frames = 48;
    f.videoPath = makeVideo(dir, QStringLiteral("evidence"), spec, &f.error);
    if (f.videoPath.isEmpty())
        return f;
    f.dbPath = dir + QStringLiteral("/case.fpcase.db");
    f.modelSha256 = QStringLiteral("ab12").repeated(16);
    {
        auto db = cases::CaseDatabase::open(f.dbPath, testerDatabase());
        if (!db) {
            f.error = db.error().message;
            return f;
        }
        cases::CaseStore store(**db);
        auto created = store.createCase(caseName, QStringLiteral("Ana Lyst"), QStringLiteral("Fixture case"));
        if (!created) {
            f.error = created.error().message;
            return f;
        }
        f.caseId = created->id;
        auto reader = media::VideoReader::open(f.videoPath);
        if (!reader) {
            f.error = reader.error().message;
            return f;
        }
        auto added = store.addEvidence(f.caseId, f.videoPath, (*reader)->info().toJson());
        if (!added) {
            f.error = added.error().message;
            return f;
        }
        f.evidenceId = added->evidence.id;
        f.evidenceSha256 = added->evidence.sha256;
    }

    cases::AnalysisStart start;
    start.caseId = f.caseId;
    start.evidenceId = f.evidenceId;
    start.model = cases::ModelIdentity{QStringLiteral("fixture-net"), QStringLiteral("1.2.0"), f.modelSha256,
                                       modelCard(f.modelSha256)};
    start.detector = QStringLiteral("blazeface-256 sha256:") + QStringLiteral("cd34").repeated(16);
    start.frameCount = 48;
    auto writer = cases::AnalysisWriter::start(f.dbPath, start, QStringLiteral("tester"));
    if (!writer) {
        f.error = writer.error().message;
        return f;
    }
    f.analysisId = (*writer)->analysisId();

    cases::TrackRecord fake;
    fake.trackNumber = 1;
    fake.firstFrame = 0;
    fake.lastFrame = 39;
    fake.medianBox = QRectF(60, 50, 80, 96);
    fake.verdict = QStringLiteral("manipulated");
    fake.label = QStringLiteral("FaceSwap");
    fake.confidence = 0.81;
    fake.pFake = 0.873;
    fake.classProbabilities = QJsonObject{
        {QStringLiteral("real"), 0.127}, {QStringLiteral("faceswap"), 0.702}, {QStringLiteral("reenact"), 0.171}};
    fake.intervals = QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("p_fake")},
                                            {QStringLiteral("low"), 0.79},
                                            {QStringLiteral("high"), 0.93}},
                                QJsonObject{{QStringLiteral("name"), QStringLiteral("faceswap")},
                                            {QStringLiteral("low"), 0.61},
                                            {QStringLiteral("high"), 0.78}}};
    fake.drivingFrames = QJsonArray{12, 20, 31};
    fake.aggregation = QStringLiteral("robust");
    cases::TrackRecord real = fake;
    real.trackNumber = 2;
    real.firstFrame = 10;
    real.lastFrame = 47;
    real.medianBox = QRectF(190, 60, 70, 84);
    real.verdict = QStringLiteral("real");
    real.label = QStringLiteral(
        ""); // not a null QString: AnalysisWriter binds a null QString as NULL (tracks.label is NOT NULL)
    real.confidence = 0.66;
    real.pFake = 0.18;
    real.classProbabilities = QJsonObject{
        {QStringLiteral("real"), 0.82}, {QStringLiteral("faceswap"), 0.1}, {QStringLiteral("reenact"), 0.08}};
    real.intervals = QJsonArray{QJsonArray{0.11, 0.27}};
    real.drivingFrames = QJsonArray{15, 40};

    cases::AnalysisBatch batch;
    for (const cases::TrackRecord *t : {&fake, &real}) {
        cases::TrackRecord pending = *t;
        pending.verdict = QStringLiteral("pending");
        batch.tracks << pending;
        for (qint64 frame = t->firstFrame; frame <= t->lastFrame; ++frame) {
            cases::DetectionRecord d;
            d.trackNumber = t->trackNumber;
            d.frameIndex = frame;
            d.pts = frame * 512;
            d.box = t->medianBox.translated(double(frame % 5), 0);
            d.score = 0.9;
            d.predicted = frame % 3 == 2;
            batch.detections << d;
            cases::FrameScoreRecord s;
            s.trackNumber = t->trackNumber;
            s.frameIndex = frame;
            const double wave = 0.5 + 0.45 * std::sin(double(frame) / 4.0);
            s.pFake = t->trackNumber == 1 ? 0.55 + 0.4 * wave : 0.05 + 0.3 * wave;
            const float swap = float(s.pFake * 0.8);
            s.classProbabilities = {float(1.0 - s.pFake), swap, float(s.pFake) - swap};
            s.energy = -3.25 - frame / 100.0;
            s.hasEnergy = true;
            batch.scores << s;
        }
    }
    cases::HeatmapRecord heatmap;
    heatmap.trackNumber = 1;
    heatmap.frameIndex = 12;
    heatmap.classIndex = 1;
    heatmap.width = 28;
    heatmap.height = 28;
    heatmap.png = heatmapPng();
    heatmap.crop = QRect(48, 36, 112, 112);
    batch.heatmaps << heatmap;
    batch.lastFrameCommitted = 47;
    if (auto st = (*writer)->append(batch); !st) {
        f.error = st.error().message;
        return f;
    }
    cases::AnalysisFinish finish;
    finish.tracks = {fake, real};
    finish.coverage = QJsonObject{{QStringLiteral("frames_total"), 48},
                                  {QStringLiteral("frames_with_faces"), 48},
                                  {QStringLiteral("frames_without_faces"), 0}};
    finish.timings = QJsonObject{
        {QStringLiteral("decode_s"), 0.4}, {QStringLiteral("inference_s"), 1.9}, {QStringLiteral("total_s"), 2.6}};
    if (auto st = (*writer)->finish(finish); !st) {
        f.error = st.error().message;
        return f;
    }
    const qint64 trackId = (*writer)->trackId(1);
    writer->reset();

    auto db = cases::CaseDatabase::open(f.dbPath, testerDatabase());
    if (!db) {
        f.error = db.error().message;
        return f;
    }
    cases::NoteStore notes(**db);
    cases::NoteRecord note;
    note.caseId = f.caseId;
    note.analysisId = f.analysisId;
    note.trackId = trackId;
    note.frameIndex = 12;
    note.text = QStringLiteral("Blending seam visible along the left jaw line; compare with the original upload.");
    note.status = cases::NoteStatus::ToCheck;
    cases::NoteRecord bookmark = note;
    bookmark.kind = cases::NoteKind::Bookmark;
    bookmark.text = QStringLiteral("Speaker turns to camera");
    bookmark.status = cases::NoteStatus::Ok;
    bookmark.frameIndex = 31;
    for (const cases::NoteRecord &n : {note, bookmark}) {
        if (auto added = notes.add(n); !added) {
            f.error = added.error().message;
            return f;
        }
    }
    return f;
}

} // namespace fp::test
