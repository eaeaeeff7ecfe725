// The per-track part of the report: facts, thumbnails, timeline, class chart, key frames with Grad-CAM.
#include "ui/report/ReportComposer.h"

#include "core/inference/Heatmap.h"
#include "ui/report/ReportPlots.h"

#include <qcustomplot.h>

#include <QJsonArray>
#include <QPainter>

#include <algorithm>

namespace fp::report {

namespace {

// The stored PNG holds the 0..1 map as 8-bit grey levels (value * 255) at the crop's map resolution.
inference::Heatmap decodeHeatmap(const cases::HeatmapRecord &record)
{
    inference::Heatmap map;
    QImage image = QImage::fromData(record.png, "PNG");
    if (image.isNull())
        return map;
    image = image.convertToFormat(QImage::Format_Grayscale8);
    map.width = image.width();
    map.height = image.height();
    map.classIndex = record.classIndex;
    map.kind = record.kind == QLatin1String("gradcam++") ? inference::GradCamKind::GradCamPlusPlus
                                                         : inference::GradCamKind::GradCam;
    map.values.resize(size_t(map.width) * size_t(map.height));
    for (int y = 0; y < map.height; ++y) {
        const uchar *row = image.constScanLine(y);
        for (int x = 0; x < map.width; ++x)
            map.values[size_t(y) * size_t(map.width) + size_t(x)] = row[x] / 255.f;
    }
    map.rawMax = 1.f;
    return map;
}

} // namespace

QRect ReportComposer::faceRectAt(const TrackData &track, qint64 frameIndex, const QSize &frameSize) const
{
    QRectF box = track.record.medianBox;
    for (const cases::DetectionRecord &d : track.detections) {
        if (d.frameIndex == frameIndex) {
            box = d.box;
            break;
        }
    }
    const double side = std::max(box.width(), box.height()) * 1.3;
    const QPointF centre = box.center();
    const QRect square = QRectF(centre.x() - side / 2, centre.y() - side / 2, side, side).toAlignedRect();
    return square.intersected(QRect(QPoint(0, 0), frameSize));
}

void ReportComposer::trackSection(const TrackData &track)
{
    PdfLayout &l = *m_layout;
    const cases::TrackRecord &r = track.record;
    l.newPage();
    l.heading(tr("Track %1").arg(integer(r.trackNumber)), 1);
    syntheticBanner();
    QStringList driving;
    for (const QJsonValue &v : r.drivingFrames)
        driving << integer(v.toInteger());
    l.keyValues({
        {tr("Verdict"), verdictName(r.verdict)},
        {tr("Method label"), r.label.isEmpty() ? tr("-") : r.label},
        {tr("Confidence"), confidenceText(r)},
        {tr("P(fake)"), pFakeText(r)},
        {tr("Frames"),
         tr("%1 to %2 (%3 scored)").arg(integer(r.firstFrame), integer(r.lastFrame), integer(track.scores.size()))},
        {tr("Median face box"), tr("x %1, y %2, %3 x %4 pixels")
                                    .arg(number(r.medianBox.x(), 0), number(r.medianBox.y(), 0),
                                         number(r.medianBox.width(), 0), number(r.medianBox.height(), 0))},
        {tr("Aggregation"), r.aggregation.isEmpty() ? tr("-") : r.aggregation},
        {tr("Frames that drove the verdict"), driving.isEmpty() ? tr("-") : driving.join(QStringLiteral(", "))},
        {tr("Database id"), integer(track.id)},
    });
    modelStatement();
    trackThumbnails(track);

    const double dpi = l.dpi();
    // A figure starts a new page together with its heading rather than leaving the heading behind. The plot is
    // built only when painting (the counting pass needs its size only).
    const double headingSpace = l.mm(14);
    if (!track.scores.isEmpty())
        l.ensureSpace(headingSpace + l.mm(62));
    l.heading(tr("Scores over time"), 2);
    if (track.scores.isEmpty()) {
        l.paragraph(tr("No frame of this track was scored."), l.font(9));
    } else {
        l.block(
            l.mm(62),
            [&](QCPPainter *painter, const QRectF &box) {
                if (!painter)
                    return;
                QCustomPlot plot;
                ReportPlots::buildTimeline(plot, m_data, track);
                ReportPlots::render(plot, painter, box, dpi);
            },
            true);
        l.paragraph(
            tr("Black: P(fake) per scored frame. Coloured: probability of each manipulation class. Dashed line: "
               "the decision threshold of the model card; shaded band: the inconclusive range. Single frames "
               "vary; the verdict rests on the whole track."),
            l.font(7.5), QColor(0x40, 0x40, 0x40));
        l.skip(l.mm(2));
    }
    if (!m_data.classLabels().isEmpty() && !r.classProbabilities.isEmpty()) {
        l.ensureSpace(headingSpace + l.mm(52));
        l.heading(tr("Class probabilities"), 2);
        l.block(
            l.mm(52),
            [&](QCPPainter *painter, const QRectF &box) {
                if (!painter)
                    return;
                QCustomPlot plot;
                ReportPlots::buildClassBars(plot, m_data, track);
                ReportPlots::render(plot, painter, box, dpi);
            },
            true);
        l.paragraph(tr("Mean probability of each class over the track's frames; whiskers show 95% intervals where "
                       "they were stored."),
                    l.font(7.5), QColor(0x40, 0x40, 0x40));
        l.skip(l.mm(2));
    }
    trackKeyFrames(track);
}

void ReportComposer::trackThumbnails(const TrackData &track)
{
    PdfLayout &l = *m_layout;
    QVector<qint64> frames;
    for (const QJsonValue &v : track.record.drivingFrames) {
        if (frames.size() < 5)
            frames << v.toInteger();
    }
    if (frames.isEmpty())
        return;
    l.heading(tr("Faces at the frames that drove the verdict"), 2);
    if (!m_ctx.framesNote.isEmpty()) {
        l.paragraph(m_ctx.framesNote, l.font(8.5), QColor(0x80, 0x30, 0x00));
        return;
    }
    const int n = int(frames.size());
    const double gap = l.mm(3);
    const double cell = std::min((l.contentWidth() - gap * 4) / 5, l.mm(32));
    const QFont captionFont = l.font(7);
    const double captionHeight = 3 * l.lineHeight(captionFont);
    l.block(cell + captionHeight + l.mm(1), [&](QCPPainter *, const QRectF &box) {
        for (int i = 0; i < n; ++i) {
            const qint64 index = frames.at(i);
            const QRectF cellBox(box.left() + i * (cell + gap), box.top(), cell, cell);
            const QImage frame = m_ctx.frames.value(index);
            QString caption = tr("frame %1").arg(integer(index));
            for (const cases::FrameScoreRecord &s : track.scores) {
                if (s.frameIndex == index)
                    caption = tr("frame %1, P(fake) %2").arg(integer(index), percent(s.pFake));
            }
            if (frame.isNull()) {
                caption = tr("frame %1 could not be decoded").arg(integer(index));
            } else {
                const QRect face = faceRectAt(track, index, frame.size());
                l.imageIn(cellBox, frame.copy(face).scaled(360, 360, Qt::KeepAspectRatio, Qt::SmoothTransformation));
            }
            l.textIn(QRectF(cellBox.left(), cellBox.bottom() + l.mm(1), cell, captionHeight), caption, captionFont);
        }
    });
    l.skip(l.mm(2));
}

void ReportComposer::trackKeyFrames(const TrackData &track)
{
    PdfLayout &l = *m_layout;
    const QStringList labels = m_data.classLabels();
    struct Item {
        qint64 frame;
        cases::HeatmapRecord record;
    };
    QVector<Item> items;
    for (const KeyFrameHeatmaps &kf : m_data.keyFrames) {
        for (const cases::HeatmapRecord &h : kf.heatmaps) {
            if (h.trackNumber == track.record.trackNumber && items.size() < 4)
                items << Item{kf.frameIndex, h};
        }
    }
    if (items.isEmpty())
        return;
    l.heading(tr("Key frames with Grad-CAM heatmaps"), 2);
    l.paragraph(tr("A Grad-CAM heatmap shows where in the face crop the model found the evidence for one class: warm "
                   "colours mark the regions that raised the model's score most. It shows where the model looked. It "
                   "is NOT a map of fake or manipulated pixels, it does not localise a manipulation, and a strong "
                   "heatmap on a real face is possible."),
                l.font(8.5));
    l.skip(l.mm(1));
    if (!m_ctx.framesNote.isEmpty()) {
        l.paragraph(m_ctx.framesNote, l.font(8.5), QColor(0x80, 0x30, 0x00));
        return;
    }
    const double gap = l.mm(4);
    const double image = std::min((l.contentWidth() - gap) / 2, l.mm(55));
    const QFont captionFont = l.font(7.5);
    for (const Item &item : items) {
        const QImage frame = m_ctx.frames.value(item.frame);
        const QString className = item.record.classIndex >= 0 && item.record.classIndex < labels.size()
                                      ? labels.at(item.record.classIndex)
                                      : tr("P(fake)");
        QString caption = tr("Frame %1. Left: the face crop as decoded. Right: %2 heatmap for \"%3\" over the same "
                             "crop (where the model looked for this class, not where the image is fake).")
                              .arg(integer(item.frame), item.record.kind, className);
        const double captionHeight = l.textHeight(caption, captionFont, l.contentWidth());
        l.block(image + l.mm(1.5) + captionHeight + l.mm(3), [&](QCPPainter *, const QRectF &box) {
            const QRectF left(box.left(), box.top(), image, image);
            const QRectF right(box.left() + image + gap, box.top(), image, image);
            if (frame.isNull()) {
                l.textIn(left, tr("Frame %1 could not be decoded.").arg(integer(item.frame)), captionFont);
            } else {
                const inference::Heatmap map = decodeHeatmap(item.record);
                const QRect crop = item.record.crop.intersected(QRect(QPoint(0, 0), frame.size()));
                const QImage overlay =
                    map.isEmpty() ? QImage() : inference::overlayHeatmap(frame, map, item.record.crop);
                l.imageIn(left, frame.copy(crop).scaled(480, 480, Qt::KeepAspectRatio, Qt::SmoothTransformation));
                if (overlay.isNull())
                    l.textIn(right, tr("The stored heatmap could not be decoded."), captionFont);
                else
                    l.imageIn(right,
                              overlay.copy(crop).scaled(480, 480, Qt::KeepAspectRatio, Qt::SmoothTransformation));
            }
            l.textIn(QRectF(box.left(), box.top() + image + l.mm(1.5), box.width(), captionHeight), caption,
                     captionFont, QColor(0x30, 0x30, 0x30));
        });
    }
}

} // namespace fp::report
