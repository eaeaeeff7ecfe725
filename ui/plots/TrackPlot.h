#pragma once

#include "ui/plots/PlotTheme.h"

class QCustomPlot;
class QCPAxisRect;

namespace fp::ui {

class AnalysisView;

struct TrackPlotOptions {
    enum class Series { FakeProbability, ClassProbabilities };
    Series series = Series::FakeProbability;
    // Track number to highlight (others are drawn thinner); for ClassProbabilities the track whose classes are
    // shown (-1: the first track).
    int selectedTrack = -1;
    bool showPresence = true;  // one bar row per track below the curves
    bool showNoFace = true;    // shade analysed frames where no face was seen
    bool showThreshold = true; // the model's P(fake) decision threshold
    bool showLegend = true;
    PlotTheme theme = PlotTheme::dark();
};

// Builds the timeline plots of an analysis on a QCustomPlot: P(fake) per track (or the class probabilities of
// one track) over frames, with the frames without faces shaded, and the presence bars of every track. Used by the
// window's timeline and, rendered as vector graphics, by the PDF report. Replaces everything on the plot (layout,
// graphs, items); GUI thread only, like every QCustomPlot call.
class TrackPlot {
public:
    static void populate(QCustomPlot *plot, const AnalysisView &view, const TrackPlotOptions &options = {});
    // The axis rect of the probabilities (row 0) and of the presence bars (row 1, nullptr when not shown).
    static QCPAxisRect *probabilityRect(QCustomPlot *plot);
    static QCPAxisRect *presenceRect(QCustomPlot *plot);
    // Frame axis range of the whole analysis.
    static void resetRange(QCustomPlot *plot, const AnalysisView &view);
};

} // namespace fp::ui
