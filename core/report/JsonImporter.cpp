#include "core/report/JsonImporter.h"

#include "core/report/JsonExporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace fp::report {

namespace {

// Field access that remembers the first problem, so that parsing reads straight and reports one clear error.
class Reader {
public:
    explicit Reader(QString source) : m_source(std::move(source)) {}

    QJsonValue value(const QJsonObject &o, const QString &path, const char *key, QJsonValue::Type type)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.type() != type && !(type == QJsonValue::Double && v.isNull()))
            fail(path + QLatin1Char('.') + QLatin1String(key));
        return v;
    }
    QString string(const QJsonObject &o, const QString &path, const char *key)
    {
        return value(o, path, key, QJsonValue::String).toString();
    }
    qint64 integer(const QJsonObject &o, const QString &path, const char *key)
    {
        return qint64(value(o, path, key, QJsonValue::Double).toDouble());
    }
    double real(const QJsonObject &o, const QString &path, const char *key, double null = -1)
    {
        const QJsonValue v = value(o, path, key, QJsonValue::Double);
        return v.isNull() ? null : v.toDouble();
    }
    QJsonObject object(const QJsonObject &o, const QString &path, const char *key)
    {
        return value(o, path, key, QJsonValue::Object).toObject();
    }
    QJsonArray array(const QJsonObject &o, const QString &path, const char *key)
    {
        return value(o, path, key, QJsonValue::Array).toArray();
    }
    bool boolean(const QJsonObject &o, const QString &path, const char *key)
    {
        return value(o, path, key, QJsonValue::Bool).toBool();
    }
    void fail(const QString &field)
    {
        if (m_badField.isEmpty())
            m_badField = field;
    }
    const QString &badField() const { return m_badField; }
    const QString &source() const { return m_source; }

private:
    QString m_source;
    QString m_badField;
};

QRectF box(Reader &r, const QJsonObject &o, const QString &path, const char *key)
{
    const QJsonArray a = r.array(o, path, key);
    if (a.size() != 4) {
        r.fail(path + QLatin1Char('.') + QLatin1String(key));
        return {};
    }
    return QRectF(a.at(0).toDouble(), a.at(1).toDouble(), a.at(2).toDouble(), a.at(3).toDouble());
}

TrackData readTrack(Reader &r, const QJsonObject &t, const QString &path)
{
    TrackData track;
    track.id = r.integer(t, path, "id");
    cases::TrackRecord &rec = track.record;
    rec.trackNumber = int(r.integer(t, path, "number"));
    rec.firstFrame = r.integer(t, path, "first_frame");
    rec.lastFrame = r.integer(t, path, "last_frame");
    rec.medianBox = box(r, t, path, "median_box");
    rec.verdict = r.string(t, path, "verdict");
    rec.label = r.string(t, path, "label");
    rec.confidence = r.real(t, path, "confidence");
    rec.pFake = r.real(t, path, "p_fake");
    rec.classProbabilities = r.object(t, path, "class_probabilities");
    rec.intervals = r.array(t, path, "intervals");
    rec.drivingFrames = r.array(t, path, "driving_frames");
    rec.aggregation = r.string(t, path, "aggregation");
    const QJsonArray frames = r.array(t, path, "frames");
    for (int i = 0; i < frames.size(); ++i) {
        const QString fpath = QStringLiteral("%1.frames[%2]").arg(path).arg(i);
        const QJsonObject f = frames.at(i).toObject();
        cases::FrameScoreRecord s;
        s.trackNumber = rec.trackNumber;
        s.frameIndex = r.integer(f, fpath, "frame");
        s.pFake = r.real(f, fpath, "p_fake", 0);
        for (const QJsonValue &p : r.array(f, fpath, "class_probabilities"))
            s.classProbabilities.append(float(p.toDouble()));
        const QJsonValue energy = f.value(QStringLiteral("energy"));
        s.hasEnergy = energy.isDouble();
        s.energy = energy.toDouble();
        track.scores.append(s);
    }
    const QJsonArray detections = r.array(t, path, "detections");
    for (int i = 0; i < detections.size(); ++i) {
        const QString dpath = QStringLiteral("%1.detections[%2]").arg(path).arg(i);
        const QJsonObject d = detections.at(i).toObject();
        cases::DetectionRecord det;
        det.trackNumber = rec.trackNumber;
        det.frameIndex = r.integer(d, dpath, "frame");
        det.pts = r.integer(d, dpath, "pts");
        det.box = box(r, d, dpath, "box");
        det.score = r.real(d, dpath, "score", 0);
        det.predicted = r.boolean(d, dpath, "predicted");
        track.detections.append(det);
    }
    return track;
}

void readEvidence(Reader &r, const QJsonObject &e, ReportData &data)
{
    const QString path = QStringLiteral("evidence");
    cases::EvidenceInfo &ev = data.evidence;
    ev.id = r.integer(e, path, "id");
    ev.fileName = r.string(e, path, "file_name");
    ev.path = r.string(e, path, "path");
    ev.sizeBytes = r.integer(e, path, "size_bytes");
    ev.sha256 = r.string(e, path, "sha256");
    ev.md5 = r.string(e, path, "md5");
    ev.mtimeUtc = r.string(e, path, "mtime");
    ev.addedAtUtc = r.string(e, path, "added_at");
    ev.mediaInfo = r.object(e, path, "media_info");
    const QJsonObject check = r.object(e, path, "integrity_check");
    const QString result = r.string(check, path + QStringLiteral(".integrity_check"), "result");
    if (result == QLatin1String("not_checked"))
        return;
    cases::EvidenceVerification v;
    if (result == QLatin1String("match"))
        v.check = cases::EvidenceCheck::Match;
    else if (result == QLatin1String("mismatch"))
        v.check = cases::EvidenceCheck::Mismatch;
    else if (result == QLatin1String("missing"))
        v.check = cases::EvidenceCheck::Missing;
    else
        r.fail(path + QStringLiteral(".integrity_check.result"));
    const QString cpath = path + QStringLiteral(".integrity_check");
    v.evidenceId = ev.id;
    v.path = r.string(check, cpath, "path");
    v.expectedSha256 = ev.sha256;
    v.expectedSize = ev.sizeBytes;
    v.actualSha256 = r.string(check, cpath, "actual_sha256");
    v.actualSize = r.integer(check, cpath, "actual_size_bytes");
    v.detail = r.string(check, cpath, "detail");
    data.evidenceCheck = v;
}

void readAnalysis(Reader &r, const QJsonObject &a, const QJsonObject &m, ReportData &data)
{
    const QString path = QStringLiteral("analysis");
    cases::AnalysisInfo &an = data.analysis;
    an.id = r.integer(a, path, "id");
    an.caseId = data.caseInfo.id;
    an.evidenceId = data.evidence.id;
    if (!cases::parseAnalysisStatus(r.string(a, path, "status"), &an.status))
        r.fail(path + QStringLiteral(".status"));
    an.appVersion = r.string(a, path, "app_version");
    an.startedAtUtc = r.string(a, path, "started_at");
    an.finishedAtUtc = r.string(a, path, "finished_at");
    an.frameCount = r.integer(a, path, "frame_count");
    an.progressFrame = r.integer(a, path, "progress_frame");
    an.detector = r.string(a, path, "detector");
    an.settings = r.object(a, path, "settings");
    an.timings = r.object(a, path, "timings");
    data.coverage = r.object(a, path, "coverage");
    an.error = r.string(a, path, "error");
    const QString mpath = QStringLiteral("model");
    an.model.name = r.string(m, mpath, "name");
    an.model.version = r.string(m, mpath, "version");
    an.model.sha256 = r.string(m, mpath, "sha256");
    an.model.card = r.object(m, mpath, "card");
    data.modelBundled = r.boolean(m, mpath, "bundled");
}

cases::NoteRecord readNote(Reader &r, const QJsonObject &n, const QString &path, qint64 caseId)
{
    cases::NoteRecord note;
    note.caseId = caseId;
    note.id = r.integer(n, path, "id");
    const QString kind = r.string(n, path, "kind");
    note.kind = kind == QLatin1String("bookmark") ? cases::NoteKind::Bookmark : cases::NoteKind::Note;
    if (kind != QLatin1String("bookmark") && kind != QLatin1String("note"))
        r.fail(path + QStringLiteral(".kind"));
    if (!cases::parseNoteStatus(r.string(n, path, "status"), &note.status))
        r.fail(path + QStringLiteral(".status"));
    note.text = r.string(n, path, "text");
    note.author = r.string(n, path, "author");
    note.analysisId = r.integer(n, path, "analysis_id");
    note.trackId = r.integer(n, path, "track_id");
    note.frameIndex = r.integer(n, path, "frame_index");
    note.createdAtUtc = r.string(n, path, "created_at");
    note.updatedAtUtc = r.string(n, path, "updated_at");
    return note;
}

} // namespace

Result<ReportData> JsonImporter::fromJson(const QJsonObject &document, const QString &sourceName)
{
    if (document.value(QStringLiteral("format")).toString() != QLatin1String(JsonExporter::kFormat))
        return makeError(Error::Code::CorruptData,
                         tr("%1 is not a Fakeprint analysis export (\"format\" is not \"%2\")")
                             .arg(sourceName, QLatin1String(JsonExporter::kFormat)));
    const int version = document.value(QStringLiteral("schema_version")).toInt(-1);
    if (version != JsonExporter::kSchemaVersion)
        return makeError(Error::Code::CorruptData, tr("%1 has schema_version %2; this Fakeprint reads version %3")
                                                       .arg(sourceName)
                                                       .arg(version)
                                                       .arg(JsonExporter::kSchemaVersion));
    Reader r(sourceName);
    const QJsonObject root = document;
    ReportData data;
    const QJsonObject c = r.object(root, QString(), "case");
    data.caseInfo.id = r.integer(c, QStringLiteral("case"), "id");
    data.caseInfo.uuid = r.string(c, QStringLiteral("case"), "uuid");
    data.caseInfo.name = r.string(c, QStringLiteral("case"), "name");
    data.caseInfo.description = r.string(c, QStringLiteral("case"), "description");
    data.caseInfo.analyst = r.string(c, QStringLiteral("case"), "analyst");
    data.caseInfo.createdAtUtc = r.string(c, QStringLiteral("case"), "created_at");
    readEvidence(r, r.object(root, QString(), "evidence"), data);
    readAnalysis(r, r.object(root, QString(), "analysis"), r.object(root, QString(), "model"), data);
    const QJsonArray tracks = r.array(root, QString(), "tracks");
    for (int i = 0; i < tracks.size(); ++i)
        data.tracks.append(readTrack(r, tracks.at(i).toObject(), QStringLiteral("tracks[%1]").arg(i)));
    const QJsonArray notes = r.array(root, QString(), "notes");
    for (int i = 0; i < notes.size(); ++i)
        data.notes.append(readNote(r, notes.at(i).toObject(), QStringLiteral("notes[%1]").arg(i), data.caseInfo.id));
    const QJsonObject audit = r.object(root, QString(), "audit");
    const QString apath = QStringLiteral("audit");
    data.auditCheck.ok = r.boolean(audit, apath, "verified");
    data.auditCheck.entryCount = r.integer(audit, apath, "entries");
    data.auditCheck.headHash = r.string(audit, apath, "head_hash");
    data.auditCheck.firstBadSeq = r.integer(audit, apath, "first_bad_seq");
    data.auditCheck.problem = r.string(audit, apath, "problem");
    if (!r.badField().isEmpty()) {
        QString field = r.badField();
        if (field.startsWith(QLatin1Char('.')))
            field.remove(0, 1);
        return makeError(Error::Code::CorruptData,
                         tr("%1: field \"%2\" is missing or has the wrong type").arg(sourceName, field));
    }
    return data;
}

Result<ReportData> JsonImporter::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::NotFound, tr("Cannot open the JSON export %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(
            Error::Code::CorruptData,
            tr("%1 is not valid JSON (offset %2: %3)").arg(path).arg(parseError.offset).arg(parseError.errorString()));
    return fromJson(doc.object(), path);
}

} // namespace fp::report
