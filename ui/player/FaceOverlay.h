#pragma once

#include <QColor>
#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QVector>

namespace fp::ui {

// What the video view draws over one face on the current frame.
struct FaceOverlay {
    int trackNumber = 0;
    QRectF box; // frame pixels
    QColor color;
    QString caption; // "T3 Manipulated (FaceSwap) 87%"
    bool predicted = false;
    bool selected = false;
    QVector<QPointF> landmarks; // frame pixels, may be empty
    QImage heatmap;             // coloured map with alpha (ARGB32), drawn over heatmapRect; null: none
    QRect heatmapRect;          // frame pixels
};

} // namespace fp::ui
