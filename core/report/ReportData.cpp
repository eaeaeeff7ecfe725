#include "core/report/ReportData.h"

#include <QJsonArray>
#include <QSet>

namespace fp::report {

const TrackData *ReportData::trackByNumber(int trackNumber) const
{
    for (const TrackData &track : tracks) {
        if (track.record.trackNumber == trackNumber)
            return &track;
    }
    return nullptr;
}

QStringList ReportData::classLabels() const
{
    QStringList labels;
    const QJsonArray classes = analysis.model.card.value(QStringLiteral("classes")).toArray();
    for (int i = 0; i < classes.size(); ++i) {
        const QString label = classes.at(i).toObject().value(QStringLiteral("label")).toString();
        labels << (label.isEmpty() ? QStringLiteral("class %1").arg(i) : label);
    }
    return labels;
}

QStringList ReportData::classKeys() const
{
    QStringList keys;
    const QJsonArray classes = analysis.model.card.value(QStringLiteral("classes")).toArray();
    for (int i = 0; i < classes.size(); ++i) {
        const QString key = classes.at(i).toObject().value(QStringLiteral("key")).toString();
        keys << (key.isEmpty() ? QStringLiteral("class_%1").arg(i) : key);
    }
    return keys;
}

bool ReportData::modelTrainedOnSynthetic() const
{
    return analysis.model.card.value(QStringLiteral("training")).toObject().value(QStringLiteral("synthetic")).toBool();
}

qint64 ReportData::framesWithScores() const
{
    QSet<qint64> frames;
    for (const TrackData &track : tracks) {
        for (const cases::FrameScoreRecord &score : track.scores)
            frames.insert(score.frameIndex);
    }
    return frames.size();
}

QVector<ConfidenceInterval> ReportData::intervalsOf(const cases::TrackRecord &track) const
{
    QVector<ConfidenceInterval> out;
    const QStringList keys = classKeys();
    for (int i = 0; i < track.intervals.size(); ++i) {
        const QJsonValue value = track.intervals.at(i);
        ConfidenceInterval interval;
        if (value.isObject()) {
            const QJsonObject o = value.toObject();
            for (const char *field : {"name", "key", "class"}) {
                if (o.value(QLatin1String(field)).isString()) {
                    interval.name = o.value(QLatin1String(field)).toString();
                    break;
                }
            }
            if (!o.value(QStringLiteral("low")).isDouble() || !o.value(QStringLiteral("high")).isDouble())
                continue;
            interval.low = o.value(QStringLiteral("low")).toDouble();
            interval.high = o.value(QStringLiteral("high")).toDouble();
        } else if (value.isArray() && value.toArray().size() == 2) {
            interval.name =
                i == 0 ? QStringLiteral("p_fake") : keys.value(i - 1, QStringLiteral("class_%1").arg(i - 1));
            interval.low = value.toArray().at(0).toDouble();
            interval.high = value.toArray().at(1).toDouble();
        } else {
            continue;
        }
        if (interval.name.isEmpty())
            interval.name = i == 0 ? QStringLiteral("p_fake") : QStringLiteral("interval_%1").arg(i);
        out << interval;
    }
    return out;
}

std::optional<ConfidenceInterval> ReportData::pFakeInterval(const cases::TrackRecord &track) const
{
    for (const ConfidenceInterval &interval : intervalsOf(track)) {
        if (interval.name == QLatin1String("p_fake"))
            return interval;
    }
    return std::nullopt;
}

} // namespace fp::report
