#include "core/report/JsonExporter.h"

#include "core/common/Sha256.h"
#include "core/common/Version.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace fp::report {

namespace {

QJsonValue realOrNull(double value)
{
    return value < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonArray boxToJson(const QRectF &box)
{
    return QJsonArray{box.x(), box.y(), box.width(), box.height()};
}

QString checkName(cases::EvidenceCheck check)
{
    switch (check) {
    case cases::EvidenceCheck::Match: return QStringLiteral("match");
    case cases::EvidenceCheck::Mismatch: return QStringLiteral("mismatch");
    case cases::EvidenceCheck::Missing: return QStringLiteral("missing");
    }
    return QStringLiteral("missing");
}

QJsonObject evidenceToJson(const ReportData &data)
{
    const cases::EvidenceInfo &e = data.evidence;
    QJsonObject check{{QStringLiteral("result"), QStringLiteral("not_checked")}};
    if (data.evidenceCheck) {
        const cases::EvidenceVerification &v = *data.evidenceCheck;
        check = QJsonObject{{QStringLiteral("result"), checkName(v.check)},
                            {QStringLiteral("path"), v.path},
                            {QStringLiteral("actual_sha256"), v.actualSha256},
                            {QStringLiteral("actual_size_bytes"), v.actualSize},
                            {QStringLiteral("detail"), v.detail}};
    }
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("file_name"), e.fileName},
                       {QStringLiteral("path"), e.path},
                       {QStringLiteral("size_bytes"), e.sizeBytes},
                       {QStringLiteral("sha256"), e.sha256},
                       {QStringLiteral("md5"), e.md5},
                       {QStringLiteral("mtime"), e.mtimeUtc},
                       {QStringLiteral("added_at"), e.addedAtUtc},
                       {QStringLiteral("media_info"), e.mediaInfo},
                       {QStringLiteral("integrity_check"), check}};
}

QJsonObject modelToJson(const ReportData &data)
{
    QJsonArray classes;
    const QStringList keys = data.classKeys();
    const QStringList labels = data.classLabels();
    for (int i = 0; i < keys.size(); ++i)
        classes.append(QJsonObject{{QStringLiteral("index"), i},
                                   {QStringLiteral("key"), keys.at(i)},
                                   {QStringLiteral("label"), labels.value(i)}});
    const cases::ModelIdentity &m = data.analysis.model;
    return QJsonObject{{QStringLiteral("name"), m.name},
                       {QStringLiteral("version"), m.version},
                       {QStringLiteral("sha256"), m.sha256},
                       {QStringLiteral("bundled"), data.modelBundled},
                       {QStringLiteral("trained_on_synthetic"), data.modelTrainedOnSynthetic()},
                       {QStringLiteral("classes"), classes},
                       {QStringLiteral("card"), m.card}};
}

QJsonObject analysisToJson(const ReportData &data)
{
    const cases::AnalysisInfo &a = data.analysis;
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("status"), cases::analysisStatusName(a.status)},
                       {QStringLiteral("app_version"), a.appVersion},
                       {QStringLiteral("started_at"), a.startedAtUtc},
                       {QStringLiteral("finished_at"), a.finishedAtUtc},
                       {QStringLiteral("frame_count"), a.frameCount},
                       {QStringLiteral("progress_frame"), a.progressFrame},
                       {QStringLiteral("detector"), a.detector},
                       {QStringLiteral("settings"), a.settings},
                       {QStringLiteral("timings"), a.timings},
                       {QStringLiteral("coverage"), data.coverage},
                       {QStringLiteral("error"), a.error}};
}

QJsonObject noteToJson(const cases::NoteRecord &n)
{
    return QJsonObject{{QStringLiteral("id"), n.id},
                       {QStringLiteral("kind"),
                        n.kind == cases::NoteKind::Bookmark ? QStringLiteral("bookmark") : QStringLiteral("note")},
                       {QStringLiteral("status"), cases::noteStatusName(n.status)},
                       {QStringLiteral("text"), n.text},
                       {QStringLiteral("author"), n.author},
                       {QStringLiteral("analysis_id"), n.analysisId},
                       {QStringLiteral("track_id"), n.trackId},
                       {QStringLiteral("frame_index"), n.frameIndex},
                       {QStringLiteral("created_at"), n.createdAtUtc},
                       {QStringLiteral("updated_at"), n.updatedAtUtc}};
}

} // namespace

QJsonObject JsonExporter::trackToJson(const ReportData &data, const TrackData &track)
{
    Q_UNUSED(data);
    const cases::TrackRecord &r = track.record;
    QJsonArray frames;
    for (const cases::FrameScoreRecord &s : track.scores) {
        QJsonArray probabilities;
        for (float p : s.classProbabilities)
            probabilities.append(double(p));
        frames.append(QJsonObject{{QStringLiteral("frame"), s.frameIndex},
                                  {QStringLiteral("p_fake"), s.pFake},
                                  {QStringLiteral("class_probabilities"), probabilities},
                                  {QStringLiteral("energy"), s.hasEnergy ? QJsonValue(s.energy) : QJsonValue()}});
    }
    QJsonArray detections;
    for (const cases::DetectionRecord &d : track.detections)
        detections.append(QJsonObject{{QStringLiteral("frame"), d.frameIndex},
                                      {QStringLiteral("pts"), d.pts},
                                      {QStringLiteral("box"), boxToJson(d.box)},
                                      {QStringLiteral("score"), d.score},
                                      {QStringLiteral("predicted"), d.predicted}});
    return QJsonObject{{QStringLiteral("id"), track.id},
                       {QStringLiteral("number"), r.trackNumber},
                       {QStringLiteral("first_frame"), r.firstFrame},
                       {QStringLiteral("last_frame"), r.lastFrame},
                       {QStringLiteral("median_box"), boxToJson(r.medianBox)},
                       {QStringLiteral("verdict"), r.verdict},
                       {QStringLiteral("label"), r.label},
                       {QStringLiteral("confidence"), realOrNull(r.confidence)},
                       {QStringLiteral("p_fake"), realOrNull(r.pFake)},
                       {QStringLiteral("class_probabilities"), r.classProbabilities},
                       {QStringLiteral("intervals"), r.intervals},
                       {QStringLiteral("driving_frames"), r.drivingFrames},
                       {QStringLiteral("aggregation"), r.aggregation},
                       {QStringLiteral("frames"), frames},
                       {QStringLiteral("detections"), detections}};
}

QJsonObject JsonExporter::toJson(const ReportData &data)
{
    QJsonArray tracks;
    for (const TrackData &track : data.tracks)
        tracks.append(trackToJson(data, track));
    QJsonArray notes;
    for (const cases::NoteRecord &note : data.notes)
        notes.append(noteToJson(note));
    const cases::CaseInfo &c = data.caseInfo;
    const cases::AuditVerification &audit = data.auditCheck;
    return QJsonObject{
        {QStringLiteral("format"), QLatin1String(kFormat)},
        {QStringLiteral("schema_version"), kSchemaVersion},
        {QStringLiteral("generator"), QJsonObject{{QStringLiteral("app"), QLatin1String(kApplicationName)},
                                                  {QStringLiteral("version"), QLatin1String(kVersion)}}},
        {QStringLiteral("case"), QJsonObject{{QStringLiteral("id"), c.id},
                                             {QStringLiteral("uuid"), c.uuid},
                                             {QStringLiteral("name"), c.name},
                                             {QStringLiteral("description"), c.description},
                                             {QStringLiteral("analyst"), c.analyst},
                                             {QStringLiteral("created_at"), c.createdAtUtc}}},
        {QStringLiteral("evidence"), evidenceToJson(data)},
        {QStringLiteral("analysis"), analysisToJson(data)},
        {QStringLiteral("model"), modelToJson(data)},
        {QStringLiteral("tracks"), tracks},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("audit"), QJsonObject{{QStringLiteral("verified"), audit.ok},
                                              {QStringLiteral("entries"), audit.entryCount},
                                              {QStringLiteral("head_hash"), audit.headHash},
                                              {QStringLiteral("first_bad_seq"), audit.firstBadSeq},
                                              {QStringLiteral("problem"), audit.problem}}},
    };
}

QString JsonExporter::contentSha256(const ReportData &data)
{
    return sha256Hex(QJsonDocument(toJson(data)).toJson(QJsonDocument::Compact));
}

Status JsonExporter::write(const ReportData &data, const QString &path)
{
    QJsonObject document = toJson(data);
    document.insert(QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Code::IoError, tr("Cannot write the JSON export %1: %2").arg(path, file.errorString()));
    file.write(QJsonDocument(document).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return makeError(Error::Code::IoError, tr("Cannot write the JSON export %1: %2").arg(path, file.errorString()));
    return Ok{};
}

} // namespace fp::report
