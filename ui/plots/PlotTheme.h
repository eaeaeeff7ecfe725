#pragma once

#include <QColor>
#include <QFont>

class QCustomPlot;

namespace fp::ui {

// Colours and fonts of a plot: dark for the window, light for printed reports.
struct PlotTheme {
    QColor background;
    QColor axisRectBackground;
    QColor foreground; // axes, tick labels, titles
    QColor grid;
    QColor noFace; // shading of frames where no face was seen
    QColor threshold;
    QFont font;

    static PlotTheme dark();
    static PlotTheme light();
    void applyTo(QCustomPlot *plot) const;
};

} // namespace fp::ui
