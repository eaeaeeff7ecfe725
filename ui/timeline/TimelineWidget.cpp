#include "ui/timeline/TimelineWidget.h"

#include "ui/common/AnalysisView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace fp::ui {

TimelineWidget::TimelineWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("timeline"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 0, 4, 0);
    bar->addWidget(new QLabel(tr("Show:"), this));
    m_series = new QComboBox(this);
    m_series->setObjectName(QStringLiteral("timelineSeries"));
    m_series->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_series->setMinimumContentsLength(18);
    m_series->addItem(tr("P(fake) per track"), int(TrackPlotOptions::Series::FakeProbability));
    m_series->addItem(tr("Class probabilities of the selected track"),
                      int(TrackPlotOptions::Series::ClassProbabilities));
    bar->addWidget(m_series);
    auto *reset = new QToolButton(this);
    reset->setText(tr("Whole video"));
    reset->setToolTip(tr("Show the whole frame range (wheel zooms, Shift-drag pans)"));
    bar->addWidget(reset);
    auto *legend = new QLabel(tr("Grey: no face seen · dashed: threshold"), this);
    legend->setObjectName(QStringLiteral("sectionTitle"));
    // The key may be cut short in a narrow window; it must not widen the window.
    legend->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    legend->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    legend->setToolTip(legend->text());
    bar->addWidget(legend, 1);
    layout->addLayout(bar);

    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("timelinePlot"));
    m_plot->setMinimumHeight(150);
    m_plot->setNoAntialiasingOnDrag(true);
    layout->addWidget(m_plot, 1);

    connect(m_series, &QComboBox::currentIndexChanged, this, [this](int) {
        m_options.series = TrackPlotOptions::Series(m_series->currentData().toInt());
        rebuild();
    });
    connect(reset, &QToolButton::clicked, this, [this] {
        if (m_analysis) {
            TrackPlot::resetRange(m_plot, *m_analysis);
            m_plot->replot();
        }
    });
    connect(m_plot, &QCustomPlot::mousePress, this, &TimelineWidget::onPress);
    connect(m_plot, &QCustomPlot::mouseMove, this, &TimelineWidget::onMove);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &TimelineWidget::onRelease);
    rebuild();
}

void TimelineWidget::setAnalysis(std::shared_ptr<const AnalysisView> analysis)
{
    m_analysis = std::move(analysis);
    m_options.selectedTrack = -1;
    rebuild();
}

void TimelineWidget::setSeries(TrackPlotOptions::Series series)
{
    m_series->setCurrentIndex(m_series->findData(int(series)));
}

void TimelineWidget::setSelectedTrack(int trackNumber)
{
    if (m_options.selectedTrack == trackNumber)
        return;
    m_options.selectedTrack = trackNumber;
    const QCPRange range = m_analysis && TrackPlot::probabilityRect(m_plot)
                               ? TrackPlot::probabilityRect(m_plot)->axis(QCPAxis::atBottom)->range()
                               : QCPRange();
    rebuild();
    if (range.size() > 0 && TrackPlot::probabilityRect(m_plot)) {
        TrackPlot::probabilityRect(m_plot)->axis(QCPAxis::atBottom)->setRange(range);
        m_plot->replot();
    }
}

void TimelineWidget::setCurrentFrame(qint64 frameIndex)
{
    m_current = frameIndex;
    placeCursor();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineWidget::rebuild()
{
    m_cursor = nullptr;
    m_presenceCursor = nullptr;
    if (!m_analysis) {
        m_plot->clearPlottables();
        m_plot->clearItems();
        m_plot->replot();
        return;
    }
    TrackPlot::populate(m_plot, *m_analysis, m_options);
    const QPen cursorPen(QColor(0xff, 0xd5, 0x4f), 1.5);
    auto makeCursor = [&](QCPAxisRect *rect) {
        auto *line = new QCPItemStraightLine(m_plot);
        line->setLayer(QStringLiteral("overlay"));
        line->setClipAxisRect(rect);
        for (QCPItemPosition *pos : {line->point1, line->point2})
            pos->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        line->setPen(cursorPen);
        line->setSelectable(false);
        return line;
    };
    for (QCPAxisRect *rect : m_plot->axisRects()) {
        rect->setRangeDrag(Qt::Horizontal);
        rect->setRangeZoom(Qt::Horizontal);
    }
    m_plot->setInteractions(QCP::iRangeZoom);
    m_cursor = makeCursor(TrackPlot::probabilityRect(m_plot));
    if (QCPAxisRect *presence = TrackPlot::presenceRect(m_plot))
        m_presenceCursor = makeCursor(presence);
    placeCursor();
    m_plot->replot();
}

void TimelineWidget::placeCursor()
{
    for (QCPItemStraightLine *line : {m_cursor, m_presenceCursor}) {
        if (!line)
            continue;
        line->setVisible(m_current >= 0);
        line->point1->setCoords(double(m_current), 0);
        line->point2->setCoords(double(m_current), 1);
    }
}

qint64 TimelineWidget::frameAtPlotX(double x) const
{
    QCPAxisRect *rect = TrackPlot::probabilityRect(m_plot);
    if (!m_analysis || !rect)
        return -1;
    const qint64 last = qMax<qint64>(m_analysis->frameCount, m_analysis->lastAnalysedFrame() + 1) - 1;
    const qint64 frame = qRound64(rect->axis(QCPAxis::atBottom)->pixelToCoord(x));
    return qBound<qint64>(0, frame, qMax<qint64>(0, last));
}

void TimelineWidget::onPress(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier)) {
        // Shift-drag pans (QCustomPlot reads the interactions after this signal); a plain click seeks.
        m_plot->setInteractions(QCP::iRangeZoom | QCP::iRangeDrag);
        return;
    }
    m_plot->setInteractions(QCP::iRangeZoom);
    if (event->button() != Qt::LeftButton || !m_analysis)
        return;
    m_seeking = true;
    const qint64 frame = frameAtPlotX(event->position().x());
    if (frame >= 0)
        Q_EMIT seekRequested(frame);
}

void TimelineWidget::onMove(QMouseEvent *event)
{
    if (!m_seeking)
        return;
    const qint64 frame = frameAtPlotX(event->position().x());
    if (frame >= 0)
        Q_EMIT seekRequested(frame);
}

void TimelineWidget::onRelease(QMouseEvent *)
{
    m_seeking = false;
}

} // namespace fp::ui
