#include "core/inference/Heatmap.h"

#include <QBuffer>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace fp::inference {

namespace {

// Bilinear sample at continuous map coordinates (pixel centres at i + 0.5), clamped at the borders.
float sample(const Heatmap &map, double x, double y)
{
    const double fx = std::clamp(x - 0.5, 0.0, double(map.width - 1));
    const double fy = std::clamp(y - 0.5, 0.0, double(map.height - 1));
    const int x0 = int(std::floor(fx));
    const int y0 = int(std::floor(fy));
    const int x1 = std::min(x0 + 1, map.width - 1);
    const int y1 = std::min(y0 + 1, map.height - 1);
    const double ax = fx - x0;
    const double ay = fy - y0;
    const double top = map.at(x0, y0) * (1 - ax) + map.at(x1, y0) * ax;
    const double bottom = map.at(x0, y1) * (1 - ax) + map.at(x1, y1) * ax;
    return float(top * (1 - ay) + bottom * ay);
}

QRgb colourFor(float value, int maxAlpha)
{
    const float v = std::clamp(value, 0.f, 1.f);
    // Piecewise-linear blue (0) -> cyan -> green -> yellow -> red (1).
    static const float stops[5][3] = {{0, 0, 255}, {0, 255, 255}, {0, 255, 0}, {255, 255, 0}, {255, 0, 0}};
    const float pos = v * 4.f;
    const int i = std::min(int(pos), 3);
    const float t = pos - float(i);
    const int alpha = int(std::lround(maxAlpha * v));
    int rgb[3];
    for (int c = 0; c < 3; ++c)
        rgb[c] = int(std::lround((stops[i][c] * (1 - t) + stops[i + 1][c] * t) * alpha / 255.f));
    return qRgba(rgb[0], rgb[1], rgb[2], alpha);
}

} // namespace

Heatmap heatmapToFrame(const Heatmap &map, const QRect &cropRect, const QSize &frameSize)
{
    Heatmap out;
    out.width = frameSize.width();
    out.height = frameSize.height();
    out.rawMax = map.rawMax;
    out.classIndex = map.classIndex;
    out.kind = map.kind;
    out.values.assign(size_t(std::max(0, out.width)) * size_t(std::max(0, out.height)), 0.f);
    if (map.isEmpty() || cropRect.isEmpty())
        return out;
    const QRect inside = cropRect.intersected(QRect(QPoint(0, 0), frameSize));
    const double sx = double(map.width) / cropRect.width();
    const double sy = double(map.height) / cropRect.height();
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x) {
            const double mx = (x + 0.5 - cropRect.left()) * sx;
            const double my = (y + 0.5 - cropRect.top()) * sy;
            out.values[size_t(y) * size_t(out.width) + size_t(x)] = sample(map, mx, my);
        }
    }
    return out;
}

QImage heatmapToImage(const Heatmap &map, int maxAlpha)
{
    if (map.isEmpty())
        return {};
    QImage image(map.width, map.height, QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < map.height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < map.width; ++x)
            line[x] = colourFor(map.at(x, y), maxAlpha);
    }
    return image;
}

QImage overlayHeatmap(const QImage &frame, const Heatmap &map, const QRect &cropRect, double opacity)
{
    QImage out = frame.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    if (map.isEmpty() || cropRect.isEmpty())
        return out;
    QPainter painter(&out);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setOpacity(std::clamp(opacity, 0.0, 1.0));
    painter.drawImage(cropRect, heatmapToImage(map));
    painter.end();
    return out;
}

QByteArray heatmapToPng(const Heatmap &map)
{
    if (map.isEmpty())
        return {};
    QImage gray(map.width, map.height, QImage::Format_Grayscale8);
    for (int y = 0; y < map.height; ++y) {
        uchar *line = gray.scanLine(y);
        for (int x = 0; x < map.width; ++x)
            line[x] = uchar(std::clamp(int(std::lround(map.at(x, y) * 255.f)), 0, 255));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    gray.save(&buffer, "PNG");
    return png;
}

Heatmap heatmapFromPng(const QByteArray &png)
{
    const QImage image = QImage::fromData(png, "PNG");
    if (image.isNull())
        return {};
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    Heatmap map;
    map.width = gray.width();
    map.height = gray.height();
    map.values.resize(size_t(map.width) * size_t(map.height));
    for (int y = 0; y < map.height; ++y) {
        const uchar *line = gray.constScanLine(y);
        for (int x = 0; x < map.width; ++x)
            map.values[size_t(y) * size_t(map.width) + size_t(x)] = float(line[x]) / 255.f;
    }
    return map;
}

} // namespace fp::inference
