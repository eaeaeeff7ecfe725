#include "ui/player/OverlayBuilder.h"

#include "core/inference/Heatmap.h"
#include "ui/common/AnalysisView.h"
#include "ui/common/VerdictStyle.h"

#include <QCoreApplication>

namespace fp::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fp::ui::OverlayBuilder", text);
}

int labelClass(const AnalysisView &view, const TrackView &track)
{
    if (track.record.label.isEmpty())
        return -1;
    return int(view.classLabels.indexOf(track.record.label));
}

} // namespace

QImage OverlayBuilder::heatmapImage(const cases::HeatmapRecord &record)
{
    QImage png = QImage::fromData(record.png, "PNG");
    if (png.isNull())
        return {};
    if (!png.isGrayscale())
        return png.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    return inference::heatmapToImage(inference::heatmapFromPng(record.png), 220);
}

int OverlayBuilder::heatmapClassFor(const AnalysisView &view, const TrackView &track, const OverlayOptions &options)
{
    return options.heatmapClass == -2 ? labelClass(view, track) : options.heatmapClass;
}

QString OverlayBuilder::caption(const AnalysisView &view, int trackNumber, qint64 frameIndex)
{
    const TrackView *t = view.track(trackNumber);
    if (!t)
        return {};
    QString text = tr("T%1 %2").arg(trackNumber).arg(VerdictStyle::describe(t->record.verdict, t->record.label));
    if (t->record.confidence >= 0)
        text += tr(" %1%").arg(qRound(t->record.confidence * 100));
    if (const auto *s = t->scoreAt(frameIndex))
        text += tr(" · frame P(fake) %1").arg(s->pFake, 0, 'f', 2);
    return text;
}

QVector<FaceOverlay> OverlayBuilder::build(const AnalysisView &view, qint64 frameIndex,
                                           const QVector<cases::HeatmapRecord> &heatmaps, const OverlayOptions &options)
{
    QVector<FaceOverlay> out;
    for (const TrackView &t : view.tracks) {
        const cases::DetectionRecord *d = t.detectionAt(frameIndex);
        if (!d)
            continue;
        FaceOverlay o;
        o.trackNumber = t.record.trackNumber;
        o.box = d->box;
        o.color = VerdictStyle::color(t.record.verdict);
        o.caption = caption(view, t.record.trackNumber, frameIndex);
        o.predicted = d->predicted;
        o.selected = t.record.trackNumber == options.selectedTrack;
        o.landmarks = d->landmarks.isEmpty() ? d->keypoints : d->landmarks;
        if (options.showHeatmaps) {
            const int wanted = heatmapClassFor(view, t, options);
            for (const auto &h : heatmaps) {
                if (h.trackNumber != t.record.trackNumber || h.classIndex != wanted)
                    continue;
                o.heatmap = heatmapImage(h);
                o.heatmapRect = h.crop;
                break;
            }
        }
        out.append(o);
    }
    return out;
}

} // namespace fp::ui
