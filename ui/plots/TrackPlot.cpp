#include "ui/plots/TrackPlot.h"

#include "ui/common/AnalysisView.h"
#include "ui/common/VerdictStyle.h"

#include <QCoreApplication>

#include <qcustomplot.h>

#include <cmath>
#include <limits>

namespace fp::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fp::ui::TrackPlot", text);
}

const char kPresenceRectName[] = "fp_presence";

void addShade(QCPAxisRect *rect, double x0, double x1, double y0, double y1, const QBrush &brush)
{
    auto *item = new QCPItemRect(rect->parentPlot());
    item->setClipAxisRect(rect);
    item->setClipToAxisRect(true);
    for (QCPItemPosition *pos : {item->topLeft, item->bottomRight})
        pos->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    item->topLeft->setCoords(x0, y1);
    item->bottomRight->setCoords(x1, y0);
    item->setPen(Qt::NoPen);
    item->setBrush(brush);
    item->setSelectable(false);
}

QCPGraph *addSeries(QCustomPlot *plot, QCPAxisRect *rect, const QString &name, const QPen &pen)
{
    QCPGraph *graph = plot->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    graph->setName(name);
    graph->setPen(pen);
    graph->setAdaptiveSampling(true);
    return graph;
}

// Adds (frame, value) points and a NaN between samples further apart than maxGap, so that the line breaks where
// the track was not scored.
void appendPoint(QVector<double> &keys, QVector<double> &values, double frame, double value, double maxGap)
{
    if (!keys.isEmpty() && frame - keys.last() > maxGap) {
        keys.append((frame + keys.last()) / 2.0);
        values.append(std::numeric_limits<double>::quiet_NaN());
    }
    keys.append(frame);
    values.append(value);
}

const TrackView *chosenTrack(const AnalysisView &view, int trackNumber)
{
    if (const TrackView *t = view.track(trackNumber))
        return t;
    return view.tracks.isEmpty() ? nullptr : &view.tracks.first();
}

} // namespace

QCPAxisRect *TrackPlot::probabilityRect(QCustomPlot *plot)
{
    return plot->axisRectCount() > 0 ? plot->axisRect(0) : nullptr;
}

QCPAxisRect *TrackPlot::presenceRect(QCustomPlot *plot)
{
    const auto rects = plot->axisRects();
    for (QCPAxisRect *rect : rects) {
        if (rect->objectName() == QLatin1String(kPresenceRectName))
            return rect;
    }
    return nullptr;
}

void TrackPlot::resetRange(QCustomPlot *plot, const AnalysisView &view)
{
    const double last = double(qMax<qint64>(1, qMax(view.frameCount, view.lastAnalysedFrame() + 1)));
    if (QCPAxisRect *rect = probabilityRect(plot))
        rect->axis(QCPAxis::atBottom)->setRange(-0.5, last - 0.5);
    if (QCPAxisRect *rect = presenceRect(plot))
        rect->axis(QCPAxis::atBottom)->setRange(-0.5, last - 0.5);
}

void TrackPlot::populate(QCustomPlot *plot, const AnalysisView &view, const TrackPlotOptions &options)
{
    const PlotTheme &theme = options.theme;
    plot->clearPlottables();
    plot->clearItems();
    plot->plotLayout()->clear(); // deletes the old axis rects and the legend with them
    plot->plotLayout()->setRowSpacing(0);

    auto *probRect = new QCPAxisRect(plot);
    plot->plotLayout()->addElement(0, 0, probRect);
    QCPAxis *x = probRect->axis(QCPAxis::atBottom);
    QCPAxis *y = probRect->axis(QCPAxis::atLeft);
    y->setRange(-0.02, 1.02);
    y->setLabel(options.series == TrackPlotOptions::Series::FakeProbability ? tr("P(fake)") : tr("Class probability"));
    QSharedPointer<QCPAxisTickerFixed> yTicker(new QCPAxisTickerFixed);
    yTicker->setTickStep(0.25);
    y->setTicker(yTicker);
    probRect->setupFullAxesBox(false);
    probRect->axis(QCPAxis::atTop)->setVisible(false);
    probRect->axis(QCPAxis::atRight)->setVisible(false);

    QCPAxisRect *presRect = nullptr;
    auto *margins = new QCPMarginGroup(plot);
    probRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    if (options.showPresence && !view.tracks.isEmpty()) {
        presRect = new QCPAxisRect(plot);
        presRect->setObjectName(QLatin1String(kPresenceRectName));
        plot->plotLayout()->addElement(1, 0, presRect);
        presRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
        const int rows = int(view.tracks.size());
        const int height = 13 * rows + 32;
        presRect->setMinimumSize(0, height);
        presRect->setMaximumSize(QWIDGETSIZE_MAX, height);
        presRect->setAutoMargins(QCP::msLeft | QCP::msRight | QCP::msBottom);
        presRect->setMargins(QMargins(0, 2, 0, 0));
        probRect->setAutoMargins(QCP::msLeft | QCP::msRight | QCP::msTop);
        probRect->setMargins(QMargins(0, 0, 0, 4));
        x->setTickLabels(false);
        QCPAxis *px = presRect->axis(QCPAxis::atBottom);
        QCPAxis *py = presRect->axis(QCPAxis::atLeft);
        px->setLabel(tr("Frame"));
        py->setRange(rows - 0.5, -0.5);
        QSharedPointer<QCPAxisTickerText> rowTicker(new QCPAxisTickerText);
        for (int i = 0; i < rows; ++i)
            rowTicker->addTick(i, tr("T%1").arg(view.tracks.at(i).record.trackNumber));
        py->setTicker(rowTicker);
        py->grid()->setVisible(false);
        QObject::connect(x, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), px,
                         qOverload<const QCPRange &>(&QCPAxis::setRange));
        QObject::connect(px, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), x,
                         qOverload<const QCPRange &>(&QCPAxis::setRange));
    } else {
        x->setLabel(tr("Frame"));
    }

    if (options.showNoFace) {
        for (const FrameInterval &gap : view.framesWithoutFaces()) {
            addShade(probRect, gap.first - 0.5, gap.last + 0.5, -1, 2, theme.noFace);
            if (presRect)
                addShade(presRect, gap.first - 0.5, gap.last + 0.5, -1, double(view.tracks.size()), theme.noFace);
        }
    }

    const double maxGap = 2.0 * view.frameStride + 1.0;
    const bool anySelected = view.track(options.selectedTrack) != nullptr;
    if (options.series == TrackPlotOptions::Series::FakeProbability) {
        for (const TrackView &t : view.tracks) {
            const bool selected = t.record.trackNumber == options.selectedTrack;
            QColor color = VerdictStyle::color(t.record.verdict);
            if (anySelected && !selected)
                color.setAlpha(110);
            QPen pen(color, selected ? 2.4 : 1.4);
            QCPGraph *graph = addSeries(plot, probRect, tr("T%1 P(fake)").arg(t.record.trackNumber), pen);
            QVector<double> keys, values;
            for (const auto &s : t.scores)
                appendPoint(keys, values, double(s.frameIndex), s.pFake, maxGap);
            graph->setData(keys, values, true);
        }
    } else if (const TrackView *t = chosenTrack(view, options.selectedTrack)) {
        int classes = int(view.classLabels.size());
        for (const auto &s : t->scores)
            classes = qMax(classes, int(s.classProbabilities.size()));
        for (int c = 0; c < classes; ++c) {
            const QString label = c < view.classLabels.size() ? view.classLabels.at(c) : tr("class %1").arg(c);
            QPen pen(VerdictStyle::classColor(c), 1.6);
            if (c == view.realClassIndex)
                pen.setStyle(Qt::DashLine);
            QCPGraph *graph = addSeries(plot, probRect, tr("T%1 %2").arg(t->record.trackNumber).arg(label), pen);
            QVector<double> keys, values;
            for (const auto &s : t->scores) {
                if (c < s.classProbabilities.size())
                    appendPoint(keys, values, double(s.frameIndex), s.classProbabilities.at(c), maxGap);
            }
            graph->setData(keys, values, true);
        }
    }

    if (options.showThreshold && options.series == TrackPlotOptions::Series::FakeProbability) {
        auto *line = new QCPItemStraightLine(plot);
        line->setClipAxisRect(probRect);
        for (QCPItemPosition *pos : {line->point1, line->point2})
            pos->setAxes(x, y);
        line->point1->setCoords(0, view.fakeThreshold);
        line->point2->setCoords(1, view.fakeThreshold);
        line->setPen(QPen(theme.threshold, 1, Qt::DashLine));
        line->setSelectable(false);
    }

    if (presRect) {
        for (int row = 0; row < view.tracks.size(); ++row) {
            const TrackView &t = view.tracks.at(row);
            const bool selected = t.record.trackNumber == options.selectedTrack;
            QColor color = VerdictStyle::color(t.record.verdict);
            color.setAlpha(anySelected && !selected ? 110 : 230);
            for (const FrameInterval &run : t.presence(view.frameStride)) {
                auto *bar = new QCPItemRect(plot);
                bar->setClipAxisRect(presRect);
                for (QCPItemPosition *pos : {bar->topLeft, bar->bottomRight})
                    pos->setAxes(presRect->axis(QCPAxis::atBottom), presRect->axis(QCPAxis::atLeft));
                bar->topLeft->setCoords(run.first - 0.5, row - 0.32);
                bar->bottomRight->setCoords(run.last + 0.5, row + 0.32);
                bar->setBrush(color);
                bar->setPen(selected ? QPen(theme.foreground, 1.2) : QPen(Qt::NoPen));
                bar->setSelectable(false);
            }
        }
    }

    if (options.showLegend && plot->graphCount() > 0) {
        auto *legend = new QCPLegend;
        probRect->insetLayout()->addElement(legend, Qt::AlignTop | Qt::AlignRight);
        legend->setLayer(QStringLiteral("legend"));
        legend->setIconSize(14, 8);
        legend->setRowSpacing(-2);
        plot->legend = legend;
        for (int i = 0; i < plot->graphCount(); ++i)
            plot->graph(i)->addToLegend(legend);
        legend->setVisible(true);
    }

    theme.applyTo(plot);
    if (presRect) {
        presRect->axis(QCPAxis::atLeft)->setTickLabelFont(theme.font);
        presRect->axis(QCPAxis::atLeft)->setSubTicks(false);
    }
    resetRange(plot, view);
}

} // namespace fp::ui
