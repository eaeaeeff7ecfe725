#include "ui/player/VideoView.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <algorithm>

#include <cmath>

namespace fp::ui {

namespace {

constexpr double kMinZoom = 0.05;
constexpr double kMaxZoom = 32.0;

} // namespace

VideoView::VideoView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("videoView"));
    setMinimumSize(320, 180);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void VideoView::setImage(const QImage &image)
{
    const bool sizeChanged = image.size() != m_image.size();
    m_image = image;
    if (sizeChanged && !m_fit)
        clampOffset();
    update();
}

void VideoView::setOverlays(const QVector<FaceOverlay> &overlays)
{
    m_overlays = overlays;
    update();
}

void VideoView::setShowBoxes(bool show)
{
    m_showBoxes = show;
    update();
}

void VideoView::setShowLandmarks(bool show)
{
    m_showLandmarks = show;
    update();
}

void VideoView::setHeatmapOpacity(double opacity)
{
    m_heatmapOpacity = qBound(0.0, opacity, 1.0);
    update();
}

void VideoView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    update();
}

double VideoView::zoom() const
{
    if (!m_fit || m_image.isNull())
        return m_zoom;
    return qMin(double(width()) / m_image.width(), double(height()) / m_image.height());
}

void VideoView::setZoom(double zoom, const QPointF &anchor)
{
    if (m_image.isNull())
        return;
    const QPointF a = anchor.x() < 0 ? QPointF(width() / 2.0, height() / 2.0) : anchor;
    const QPointF framePoint = toFrame(a);
    m_fit = false;
    m_zoom = qBound(kMinZoom, zoom, kMaxZoom);
    m_offset = a - framePoint * m_zoom;
    clampOffset();
    update();
    Q_EMIT zoomChanged(m_zoom);
}

void VideoView::fitToWindow()
{
    m_fit = true;
    update();
    Q_EMIT zoomChanged(zoom());
}

void VideoView::zoomOneToOne()
{
    setZoom(1.0);
}

QRectF VideoView::imageRect() const
{
    if (m_image.isNull())
        return {};
    const double z = zoom();
    const QSizeF size(m_image.width() * z, m_image.height() * z);
    if (m_fit)
        return QRectF(QPointF((width() - size.width()) / 2.0, (height() - size.height()) / 2.0), size);
    return QRectF(m_offset, size);
}

QPointF VideoView::toFrame(const QPointF &widgetPos) const
{
    const QRectF r = imageRect();
    if (r.isEmpty())
        return {};
    const double z = zoom();
    return (widgetPos - r.topLeft()) / z;
}

void VideoView::clampOffset()
{
    if (m_image.isNull())
        return;
    const QSizeF size(m_image.width() * m_zoom, m_image.height() * m_zoom);
    // Keep at least a quarter of the view covered by the frame, centre it when it is smaller than the view.
    auto clampAxis = [](double offset, double extent, double view) {
        if (extent <= view)
            return (view - extent) / 2.0;
        return qBound(view - extent, offset, 0.0);
    };
    // Whole display pixels keep 1:1 and integer zooms free of resampling.
    m_offset.setX(std::round(clampAxis(m_offset.x(), size.width(), width())));
    m_offset.setY(std::round(clampAxis(m_offset.y(), size.height(), height())));
}

void VideoView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0x12, 0x13, 0x15));
    if (m_image.isNull()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    const QRectF target = imageRect();
    const double z = zoom();
    // Downscaled frames are filtered for legibility; at 1:1 and closer every frame pixel is drawn as a block.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, z < 1.0);
    painter.drawImage(target, m_image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const FaceOverlay &overlay : m_overlays)
        paintOverlay(painter, overlay, target);
    paintCaptions(painter);
}

void VideoView::paintOverlay(QPainter &painter, const FaceOverlay &overlay, const QRectF &target) const
{
    const double z = zoom();
    auto map = [&](const QPointF &p) { return target.topLeft() + p * z; };
    if (!overlay.heatmap.isNull() && m_heatmapOpacity > 0) {
        painter.save();
        painter.setOpacity(m_heatmapOpacity);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
        const QRectF r(map(overlay.heatmapRect.topLeft()), QSizeF(overlay.heatmapRect.size()) * z);
        painter.drawImage(r, overlay.heatmap);
        painter.restore();
    }
    if (!m_showBoxes)
        return;
    const QRectF box(map(overlay.box.topLeft()), overlay.box.size() * z);
    QPen pen(overlay.color, overlay.selected ? 3.0 : 1.8);
    if (overlay.predicted)
        pen.setStyle(Qt::DashLine);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box);
    if (m_showLandmarks && !overlay.landmarks.isEmpty()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xff, 0xff, 0xff, 220));
        for (const QPointF &p : overlay.landmarks)
            painter.drawEllipse(map(p), 1.8, 1.8);
    }
}

std::vector<VideoView::Caption> VideoView::captionLayout() const
{
    // Captions go above their box (below when there is no room), never on top of another caption: the selected
    // face's caption is placed first, the others take the nearest free place above or below their box.
    std::vector<Caption> captions;
    if (m_image.isNull() || !m_showBoxes)
        return captions;
    const QRectF target = imageRect();
    const double z = zoom();
    std::vector<const FaceOverlay *> order;
    for (const FaceOverlay &overlay : m_overlays) {
        if (!overlay.caption.isEmpty())
            order.push_back(&overlay);
    }
    std::stable_sort(order.begin(), order.end(),
                     [](const FaceOverlay *a, const FaceOverlay *b) { return a->selected && !b->selected; });
    for (const FaceOverlay *overlay : order) {
        const QRectF box(target.topLeft() + overlay->box.topLeft() * z, overlay->box.size() * z);
        const QFontMetricsF fm(captionFont(overlay->selected));
        const QSizeF textSize(fm.horizontalAdvance(overlay->caption) + 10, fm.height() + 4);
        // Keep the whole caption on the widget: a face at the right edge gets its label shifted left.
        const double x = std::clamp(box.left(), 0.0, std::max(0.0, width() - textSize.width()));
        auto free = [&](const QRectF &r) {
            return r.top() >= 0 && r.bottom() <= height() &&
                   std::none_of(captions.begin(), captions.end(),
                                [&r](const Caption &c) { return c.rect.intersects(r); });
        };
        QRectF label(QPointF(x, box.top() - textSize.height()), textSize);
        for (int step = 0; step < 8 && !free(label); ++step) {
            const double up = box.top() - textSize.height() * (1 + (step + 2) / 2);
            const double down = box.bottom() + textSize.height() * (step / 2);
            label.moveTop(step % 2 == 0 ? down : up);
        }
        if (!free(label))
            label.moveTopLeft(
                QPointF(x, box.top() >= textSize.height() ? box.top() - textSize.height() : box.bottom()));
        captions.push_back({overlay, label});
    }
    return captions;
}

QFont VideoView::captionFont(bool selected) const
{
    QFont font = this->font();
    font.setPointSizeF(9);
    font.setBold(selected);
    return font;
}

void VideoView::paintCaptions(QPainter &painter) const
{
    for (const Caption &caption : captionLayout()) {
        painter.setFont(captionFont(caption.overlay->selected));
        QColor fill = caption.overlay->color;
        fill.setAlpha(215);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawRect(caption.rect);
        painter.setPen(fill.lightness() > 150 ? Qt::black : Qt::white);
        painter.drawText(caption.rect, Qt::AlignCenter, caption.overlay->caption);
    }
}

void VideoView::wheelEvent(QWheelEvent *event)
{
    if (m_image.isNull())
        return;
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    setZoom(zoom() * std::pow(1.25, steps), event->position());
    event->accept();
}

void VideoView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_dragging = true;
    m_dragMoved = false;
    m_dragStart = event->position();
    m_offsetAtDragStart = imageRect().topLeft();
    setCursor(Qt::ClosedHandCursor);
}

void VideoView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return QWidget::mouseMoveEvent(event);
    const QPointF delta = event->position() - m_dragStart;
    if (!m_dragMoved && delta.manhattanLength() < 4)
        return;
    m_dragMoved = true;
    if (m_fit) {
        m_zoom = zoom();
        m_fit = false;
    }
    m_offset = m_offsetAtDragStart + delta;
    clampOffset();
    update();
}

void VideoView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_dragging)
        return QWidget::mouseReleaseEvent(event);
    m_dragging = false;
    unsetCursor();
    if (m_dragMoved)
        return;
    const QPointF p = toFrame(event->position());
    for (const FaceOverlay &overlay : m_overlays) {
        if (overlay.box.contains(p)) {
            Q_EMIT trackClicked(overlay.trackNumber);
            return;
        }
    }
}

void VideoView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_fit)
        clampOffset();
}

} // namespace fp::ui
