#pragma once

#include "ui/player/FaceOverlay.h"

#include <QImage>
#include <QPointF>
#include <QVector>
#include <QWidget>

#include <vector>

namespace fp::ui {

// Shows one decoded frame at its native pixels: fit to the widget or a fixed zoom (1:1 and closer zooms draw
// without interpolation, so pixels stay pixels), wheel to zoom around the cursor, drag to pan. Face boxes,
// landmarks and Grad-CAM maps are drawn over the frame. Paints only what it is given; decoding is elsewhere.
class VideoView : public QWidget {
    Q_OBJECT

public:
    explicit VideoView(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    const QImage &image() const { return m_image; }
    void setOverlays(const QVector<FaceOverlay> &overlays);
    const QVector<FaceOverlay> &overlays() const { return m_overlays; }
    void setShowBoxes(bool show);
    void setShowLandmarks(bool show);
    void setHeatmapOpacity(double opacity); // 0..1
    void setPlaceholderText(const QString &text);

    bool fitMode() const { return m_fit; }
    double zoom() const; // display pixels per frame pixel
    void setZoom(double zoom, const QPointF &anchor = QPointF(-1, -1));
    void fitToWindow();
    void zoomOneToOne();
    // Widget position -> frame pixel (may lie outside the frame).
    QPointF toFrame(const QPointF &widgetPos) const;

    // Where each face's caption is drawn (widget coordinates): inside the view, none on top of another while
    // there is room; the selected face's caption first. Empty while boxes are hidden.
    struct Caption {
        const FaceOverlay *overlay = nullptr;
        QRectF rect;
    };
    std::vector<Caption> captionLayout() const;

Q_SIGNALS:
    void zoomChanged(double zoom);
    void trackClicked(int trackNumber);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QRectF imageRect() const; // where the frame lands, widget coordinates
    void clampOffset();
    void paintOverlay(QPainter &painter, const FaceOverlay &overlay, const QRectF &target) const;
    QFont captionFont(bool selected) const;
    void paintCaptions(QPainter &painter) const;

    QImage m_image;
    QVector<FaceOverlay> m_overlays;
    QString m_placeholder;
    bool m_fit = true;
    double m_zoom = 1.0;
    QPointF m_offset; // top-left of the frame in widget coordinates when not fitting
    bool m_showBoxes = true;
    bool m_showLandmarks = false;
    double m_heatmapOpacity = 0.6;
    bool m_dragging = false;
    bool m_dragMoved = false;
    QPointF m_dragStart;
    QPointF m_offsetAtDragStart;
};

} // namespace fp::ui
