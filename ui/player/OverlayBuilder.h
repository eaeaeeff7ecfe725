#pragma once

#include "core/cases/CaseTypes.h"
#include "ui/player/FaceOverlay.h"

#include <QVector>

namespace fp::ui {

class AnalysisView;
struct TrackView;

struct OverlayOptions {
    int selectedTrack = -1;
    // Heatmap class to show: -2 = the class each track was attributed to (its label), -1 = the binary fake score,
    // >= 0 = that attribution class.
    int heatmapClass = -2;
    bool showHeatmaps = true;
};

// Turns an analysis and the stored heatmaps of one frame into what the video view draws. No I/O.
class OverlayBuilder {
public:
    static QVector<FaceOverlay> build(const AnalysisView &view, qint64 frameIndex,
                                      const QVector<cases::HeatmapRecord> &heatmaps, const OverlayOptions &options);
    // The stored PNG as a coloured, see-through image: grey maps are coloured like core/inference's heatmaps.
    static QImage heatmapImage(const cases::HeatmapRecord &record);
    static QString caption(const AnalysisView &view, int trackNumber, qint64 frameIndex);
    // The heatmap class the options ask for on this track (-2 resolved to the track's attributed class).
    static int heatmapClassFor(const AnalysisView &view, const TrackView &track, const OverlayOptions &options);
};

} // namespace fp::ui
