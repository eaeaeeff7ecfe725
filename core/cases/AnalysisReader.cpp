#include "core/cases/AnalysisReader.h"

#include "core/cases/BlobCodec.h"
#include "core/cases/SqlSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace fp::cases {

namespace {

QJsonObject jsonObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QJsonArray jsonArray(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).array();
}

double realOrMinusOne(const QVariant &value)
{
    return value.isNull() ? -1.0 : value.toDouble();
}

} // namespace

Result<QVector<StoredTrack>> AnalysisReader::tracks(qint64 analysisId) const
{
    if (auto st = m_db.checkThread(); !st)
        return st.error();
    const QString what = QCoreApplication::translate("fp::cases", "reading the tracks of analysis %1").arg(analysisId);
    auto q =
        run(m_db.connection(), m_db.path(),
            QStringLiteral("SELECT id, track_number, first_frame, last_frame, box_x, box_y, box_w, box_h, verdict, "
                           "label, confidence, p_fake, class_probabilities, intervals, driving_frames, aggregation "
                           "FROM tracks WHERE analysis_id = ? ORDER BY track_number"),
            what, {analysisId});
    if (!q)
        return q.error();
    QVector<StoredTrack> out;
    while (q->next()) {
        StoredTrack t;
        t.id = q->value(0).toLongLong();
        TrackRecord &r = t.record;
        r.trackNumber = q->value(1).toInt();
        r.firstFrame = q->value(2).toLongLong();
        r.lastFrame = q->value(3).toLongLong();
        r.medianBox =
            QRectF(q->value(4).toDouble(), q->value(5).toDouble(), q->value(6).toDouble(), q->value(7).toDouble());
        r.verdict = q->value(8).toString();
        r.label = q->value(9).toString();
        r.confidence = realOrMinusOne(q->value(10));
        r.pFake = realOrMinusOne(q->value(11));
        r.classProbabilities = jsonObject(q->value(12));
        r.intervals = jsonArray(q->value(13));
        r.drivingFrames = jsonArray(q->value(14));
        r.aggregation = q->value(15).toString();
        out.append(t);
    }
    return out;
}

Result<QVector<DetectionRecord>> AnalysisReader::detections(qint64 analysisId, qint64 firstFrame,
                                                            qint64 lastFrame) const
{
    if (auto st = m_db.checkThread(); !st)
        return st.error();
    const QString what =
        QCoreApplication::translate("fp::cases", "reading the face detections of analysis %1").arg(analysisId);
    auto q =
        run(m_db.connection(), m_db.path(),
            QStringLiteral("SELECT t.track_number, d.frame_index, d.pts, d.x, d.y, d.w, d.h, d.score, d.predicted, "
                           "d.landmarks, d.keypoints FROM detections d JOIN tracks t ON t.id = d.track_id "
                           "WHERE t.analysis_id = ? AND (? < 0 OR d.frame_index >= ?) "
                           "AND (? < 0 OR d.frame_index <= ?) ORDER BY t.track_number, d.frame_index"),
            // Plain '?' only: Qt's SQLite driver rewrites each '?' of "?1" into a named placeholder of its own
            // and then counts more parameters than values ("Parameter count mismatch").
            what, {analysisId, firstFrame, firstFrame, lastFrame, lastFrame});
    if (!q)
        return q.error();
    QVector<DetectionRecord> out;
    while (q->next()) {
        DetectionRecord d;
        d.trackNumber = q->value(0).toInt();
        d.frameIndex = q->value(1).toLongLong();
        d.pts = q->value(2).isNull() ? -1 : q->value(2).toLongLong();
        d.box = QRectF(q->value(3).toDouble(), q->value(4).toDouble(), q->value(5).toDouble(), q->value(6).toDouble());
        d.score = q->value(7).toDouble();
        d.predicted = q->value(8).toInt() != 0;
        d.landmarks = BlobCodec::decodePoints(q->value(9).toByteArray());
        d.keypoints = BlobCodec::decodePoints(q->value(10).toByteArray());
        out.append(d);
    }
    return out;
}

Result<QVector<FrameScoreRecord>> AnalysisReader::frameScores(qint64 analysisId) const
{
    if (auto st = m_db.checkThread(); !st)
        return st.error();
    const QString what =
        QCoreApplication::translate("fp::cases", "reading the frame scores of analysis %1").arg(analysisId);
    auto q = run(m_db.connection(), m_db.path(),
                 QStringLiteral("SELECT t.track_number, s.frame_index, s.p_fake, s.class_probabilities, s.energy "
                                "FROM frame_scores s JOIN tracks t ON t.id = s.track_id WHERE t.analysis_id = ? "
                                "ORDER BY t.track_number, s.frame_index"),
                 what, {analysisId});
    if (!q)
        return q.error();
    QVector<FrameScoreRecord> out;
    while (q->next()) {
        FrameScoreRecord s;
        s.trackNumber = q->value(0).toInt();
        s.frameIndex = q->value(1).toLongLong();
        s.pFake = q->value(2).toDouble();
        s.classProbabilities = BlobCodec::decodeFloats(q->value(3).toByteArray());
        s.hasEnergy = !q->value(4).isNull();
        s.energy = s.hasEnergy ? q->value(4).toDouble() : 0.0;
        out.append(s);
    }
    return out;
}

Result<QVector<HeatmapRecord>> AnalysisReader::heatmapsAt(qint64 analysisId, qint64 frameIndex) const
{
    if (auto st = m_db.checkThread(); !st)
        return st.error();
    const QString what = QCoreApplication::translate("fp::cases", "reading the heatmaps of frame %1 of analysis %2")
                             .arg(frameIndex)
                             .arg(analysisId);
    auto q =
        run(m_db.connection(), m_db.path(),
            QStringLiteral("SELECT t.track_number, h.frame_index, h.class_index, h.kind, h.width, h.height, h.png, "
                           "h.crop_x, h.crop_y, h.crop_w, h.crop_h FROM heatmaps h JOIN tracks t ON t.id = h.track_id "
                           "WHERE t.analysis_id = ? AND h.frame_index = ? ORDER BY t.track_number, h.class_index"),
            what, {analysisId, frameIndex});
    if (!q)
        return q.error();
    QVector<HeatmapRecord> out;
    while (q->next()) {
        HeatmapRecord h;
        h.trackNumber = q->value(0).toInt();
        h.frameIndex = q->value(1).toLongLong();
        h.classIndex = q->value(2).toInt();
        h.kind = q->value(3).toString();
        h.width = q->value(4).toInt();
        h.height = q->value(5).toInt();
        h.png = q->value(6).toByteArray();
        h.crop = QRect(q->value(7).toInt(), q->value(8).toInt(), q->value(9).toInt(), q->value(10).toInt());
        out.append(h);
    }
    return out;
}

Result<QVector<qint64>> AnalysisReader::heatmapFrames(qint64 analysisId) const
{
    if (auto st = m_db.checkThread(); !st)
        return st.error();
    const QString what =
        QCoreApplication::translate("fp::cases", "listing the heatmap frames of analysis %1").arg(analysisId);
    auto q = run(m_db.connection(), m_db.path(),
                 QStringLiteral("SELECT DISTINCT h.frame_index FROM heatmaps h JOIN tracks t ON t.id = h.track_id "
                                "WHERE t.analysis_id = ? ORDER BY h.frame_index"),
                 what, {analysisId});
    if (!q)
        return q.error();
    QVector<qint64> out;
    while (q->next())
        out.append(q->value(0).toLongLong());
    return out;
}

Result<QJsonObject> AnalysisReader::coverage(qint64 analysisId) const
{
    if (auto st = m_db.checkThread(); !st)
        return st.error();
    const QString what =
        QCoreApplication::translate("fp::cases", "reading the coverage of analysis %1").arg(analysisId);
    auto q = run(m_db.connection(), m_db.path(), QStringLiteral("SELECT data FROM coverage WHERE analysis_id = ?"),
                 what, {analysisId});
    if (!q)
        return q.error();
    if (!q->next())
        return QJsonObject{};
    return jsonObject(q->value(0));
}

} // namespace fp::cases
