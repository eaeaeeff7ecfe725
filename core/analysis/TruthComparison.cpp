#include "core/analysis/TruthComparison.h"

#include "core/faces/FaceTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace fp::analysis {

namespace {

constexpr double kMinIoU = 0.3;
constexpr double kMinVisible = 0.5;

} // namespace

Result<TruthComparison> compareWithTruth(const QJsonObject &truth, const QVector<cases::TrackRecord> &tracks,
                                         const QVector<cases::DetectionRecord> &detections)
{
    if (truth.value(QStringLiteral("format")).toString() != QLatin1String("fakeprint-synth-truth/1"))
        return makeError(Error::Code::InvalidArgument,
                         QCoreApplication::translate(
                             "fp::analysis::TruthComparison",
                             "Not a ground-truth file of fakeprint-lab synth (format fakeprint-synth-truth/1)."));
    // frame -> analysed boxes on that frame
    QHash<qint64, QVector<const cases::DetectionRecord *>> byFrame;
    for (const cases::DetectionRecord &d : detections)
        byFrame[d.frameIndex].push_back(&d);
    QHash<int, const cases::TrackRecord *> trackByNumber;
    for (const cases::TrackRecord &t : tracks)
        trackByNumber.insert(t.trackNumber, &t);

    TruthComparison result;
    QSet<int> matched;
    for (const QJsonValue &value : truth.value(QStringLiteral("tracks")).toArray()) {
        const QJsonObject t = value.toObject();
        TruthRow row;
        row.truthTrack = t.value(QStringLiteral("id")).toInt(-1);
        row.truthLabel = t.value(QStringLiteral("label")).toString();
        row.expectedVerdict = t.value(QStringLiteral("verdict")).toString();
        QHash<int, int> hits;
        int visibleFrames = 0;
        for (const QJsonValue &f : t.value(QStringLiteral("frames")).toArray()) {
            const QJsonObject frame = f.toObject();
            if (frame.value(QStringLiteral("visible")).toDouble(1.0) < kMinVisible)
                continue;
            const QJsonArray b = frame.value(QStringLiteral("box")).toArray();
            if (b.size() != 4)
                continue;
            ++visibleFrames;
            const QRectF box(b[0].toDouble(), b[1].toDouble(), b[2].toDouble(), b[3].toDouble());
            const qint64 index = frame.value(QStringLiteral("frame")).toInteger();
            for (const cases::DetectionRecord *d : byFrame.value(index)) {
                if (faces::boxIoU(box, d->box) >= kMinIoU)
                    ++hits[d->trackNumber];
            }
        }
        int best = -1;
        for (auto it = hits.cbegin(); it != hits.cend(); ++it) {
            if (best < 0 || it.value() > hits.value(best))
                best = it.key();
        }
        if (best >= 0 && trackByNumber.contains(best)) {
            const cases::TrackRecord &track = *trackByNumber.value(best);
            matched.insert(best);
            row.matchedTrack = best;
            row.overlap = visibleFrames > 0 ? double(hits.value(best)) / visibleFrames : 0;
            row.verdict = track.verdict;
            row.label = track.label;
            row.confidence = track.confidence;
            row.agrees = track.verdict == row.expectedVerdict &&
                         (row.expectedVerdict != QLatin1String("manipulated") || track.label == row.truthLabel);
        }
        if (row.agrees)
            ++result.agreeing;
        result.rows.push_back(row);
    }
    for (const cases::TrackRecord &t : tracks) {
        if (!matched.contains(t.trackNumber))
            ++result.extraTracks;
    }
    return result;
}

QString TruthComparison::table() const
{
    QString out =
        QCoreApplication::translate(
            "fp::analysis::TruthComparison",
            "truth  class            analysed  overlap  verdict          method           confidence  agrees") +
        QLatin1Char('\n');
    for (const TruthRow &r : rows) {
        out += QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8\n")
                   .arg(r.truthTrack, 5)
                   .arg(r.truthLabel.leftJustified(15))
                   .arg(r.matchedTrack >= 0 ? QString::number(r.matchedTrack) : QStringLiteral("-"), 8)
                   .arg(QStringLiteral("%1%").arg(qRound(r.overlap * 100)), 7)
                   .arg(r.verdict.leftJustified(15))
                   .arg(r.label.leftJustified(15))
                   .arg(r.confidence, 10, 'f', 2)
                   .arg(r.agrees ? QCoreApplication::translate("fp::analysis::TruthComparison", "yes")
                                 : QCoreApplication::translate("fp::analysis::TruthComparison", "NO"));
    }
    out += QCoreApplication::translate("fp::analysis::TruthComparison",
                                       "%1 of %2 truth tracks agree; %3 analysed track(s) match no truth track.")
               .arg(agreeing)
               .arg(rows.size())
               .arg(extraTracks);
    return out;
}

} // namespace fp::analysis
