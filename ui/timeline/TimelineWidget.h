#pragma once

#include "ui/plots/TrackPlot.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QCustomPlot;
class QCPItemStraightLine;
class QMouseEvent;

namespace fp::ui {

class AnalysisView;

// The timeline dock: TrackPlot (P(fake) or class probabilities, presence bars, frames without faces) with a
// cursor that follows the video. Click or drag to seek; wheel zooms and right-drag pans the frame axis.
class TimelineWidget : public QWidget {
    Q_OBJECT

public:
    explicit TimelineWidget(QWidget *parent = nullptr);

    void setAnalysis(std::shared_ptr<const AnalysisView> analysis);
    void setCurrentFrame(qint64 frameIndex);
    void setSelectedTrack(int trackNumber);
    void setSeries(TrackPlotOptions::Series series);
    qint64 currentFrame() const { return m_current; }
    QCustomPlot *plot() const { return m_plot; }
    // The frame under a widget x coordinate of the plot, -1 outside the data.
    qint64 frameAtPlotX(double x) const;

Q_SIGNALS:
    void seekRequested(qint64 frameIndex);

private:
    void rebuild();
    void placeCursor();
    void onPress(QMouseEvent *event);
    void onMove(QMouseEvent *event);
    void onRelease(QMouseEvent *event);

    QCustomPlot *m_plot = nullptr;
    QComboBox *m_series = nullptr;
    QCPItemStraightLine *m_cursor = nullptr;
    QCPItemStraightLine *m_presenceCursor = nullptr;
    std::shared_ptr<const AnalysisView> m_analysis;
    TrackPlotOptions m_options;
    qint64 m_current = -1;
    bool m_seeking = false;
};

} // namespace fp::ui
