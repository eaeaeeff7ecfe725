#include "ui/common/Icons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace fp::ui {

namespace {

QPixmap draw(Icons::Kind kind, const QColor &color)
{
    const int side = 32;
    QPixmap pixmap(side, side);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    auto triangle = [&](double x0, double x1, bool right) {
        QPainterPath path;
        if (right) {
            path.moveTo(x0, 7);
            path.lineTo(x1, 16);
            path.lineTo(x0, 25);
        } else {
            path.moveTo(x1, 7);
            path.lineTo(x0, 16);
            path.lineTo(x1, 25);
        }
        path.closeSubpath();
        p.drawPath(path);
    };
    switch (kind) {
    case Icons::Kind::Play: triangle(10, 25, true); break;
    case Icons::Kind::Pause:
        p.drawRect(QRectF(9, 7, 5, 18));
        p.drawRect(QRectF(18, 7, 5, 18));
        break;
    case Icons::Kind::StepForward:
        triangle(8, 20, true);
        p.drawRect(QRectF(21, 7, 3, 18));
        break;
    case Icons::Kind::StepBack:
        p.drawRect(QRectF(8, 7, 3, 18));
        triangle(12, 24, false);
        break;
    case Icons::Kind::SkipForward:
        triangle(5, 15, true);
        triangle(15, 25, true);
        p.drawRect(QRectF(25, 7, 3, 18));
        break;
    case Icons::Kind::SkipBack:
        p.drawRect(QRectF(4, 7, 3, 18));
        triangle(7, 17, false);
        triangle(17, 27, false);
        break;
    }
    return pixmap;
}

} // namespace

QIcon Icons::transport(Kind kind)
{
    QIcon icon;
    icon.addPixmap(draw(kind, QColor(0xdf, 0xe1, 0xe5)), QIcon::Normal);
    icon.addPixmap(draw(kind, QColor(0x5c, 0x60, 0x66)), QIcon::Disabled);
    return icon;
}

} // namespace fp::ui
