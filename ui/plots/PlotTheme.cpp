#include "ui/plots/PlotTheme.h"

#include <qcustomplot.h>

namespace fp::ui {

PlotTheme PlotTheme::dark()
{
    PlotTheme t;
    t.background = QColor(0x1e, 0x1f, 0x22);
    t.axisRectBackground = QColor(0x23, 0x25, 0x28);
    t.foreground = QColor(0xc8, 0xcb, 0xd0);
    t.grid = QColor(0x3a, 0x3d, 0x42);
    t.noFace = QColor(0x80, 0x80, 0x80, 60);
    t.threshold = QColor(0xe5, 0x48, 0x4d, 170);
    t.font = QFont();
    t.font.setPointSizeF(8.5);
    return t;
}

PlotTheme PlotTheme::light()
{
    PlotTheme t;
    t.background = Qt::white;
    t.axisRectBackground = Qt::white;
    t.foreground = QColor(0x20, 0x20, 0x20);
    t.grid = QColor(0xdd, 0xdd, 0xdd);
    t.noFace = QColor(0x90, 0x90, 0x90, 55);
    t.threshold = QColor(0xc0, 0x30, 0x30, 200);
    t.font = QFont(QStringLiteral("DejaVu Sans"));
    t.font.setPointSizeF(8);
    return t;
}

void PlotTheme::applyTo(QCustomPlot *plot) const
{
    plot->setBackground(background);
    const auto rects = plot->axisRects();
    for (QCPAxisRect *rect : rects) {
        rect->setBackground(axisRectBackground);
        const auto axes = rect->axes();
        for (QCPAxis *axis : axes) {
            axis->setBasePen(QPen(foreground, 1));
            axis->setTickPen(QPen(foreground, 1));
            axis->setSubTickPen(QPen(foreground, 1));
            axis->setTickLabelColor(foreground);
            axis->setLabelColor(foreground);
            axis->setTickLabelFont(font);
            axis->setLabelFont(font);
            axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
            axis->grid()->setZeroLinePen(Qt::NoPen);
        }
    }
    if (plot->legend) {
        plot->legend->setBrush(QColor(background.red(), background.green(), background.blue(), 200));
        plot->legend->setBorderPen(QPen(grid));
        plot->legend->setTextColor(foreground);
        plot->legend->setFont(font);
    }
}

} // namespace fp::ui
