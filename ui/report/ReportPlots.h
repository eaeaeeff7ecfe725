#pragma once

#include "core/report/ReportData.h"

#include <QCoreApplication>
#include <QRectF>

class QCustomPlot;
class QCPPainter;

namespace fp::report {

// QCustomPlot figures of a track for the PDF: the P(fake)/class-probability timeline and the class probability
// bar chart. Plots are laid out in "plot pixels" (pixel-sized fonts) and drawn as vectors through
// QCustomPlot::toPainter, scaled onto the target box. GUI thread only (QCustomPlot is a QWidget).
class ReportPlots {
    Q_DECLARE_TR_FUNCTIONS(ReportPlots)

public:
    static constexpr double kPlotPixelsPerInch = 96.0;

    // P(fake) per scored frame, the fake-class probabilities, the decision threshold and the inconclusive band.
    static void buildTimeline(QCustomPlot &plot, const ReportData &data, const TrackData &track);
    // Mean class probabilities of the track (card order) with their 95% intervals when stored.
    static void buildClassBars(QCustomPlot &plot, const ReportData &data, const TrackData &track);
    // Draws the plot as vectors into box (device units of a device of deviceDpi).
    static void render(QCustomPlot &plot, QCPPainter *painter, const QRectF &box, double deviceDpi);
};

} // namespace fp::report
