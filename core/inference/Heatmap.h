#pragma once

#include <QByteArray>
#include <QImage>
#include <QRect>
#include <QSize>

#include <vector>

namespace fp::inference {

enum class GradCamKind { GradCam, GradCamPlusPlus };

// A Grad-CAM map: where the model's evidence for one class came from in the crop it saw. It says where the
// model looked, not which pixels are fake. values are row-major, 0..1 (divided by the map's maximum; all zero
// when no region supported the class), at the crop's resolution.
struct Heatmap {
    int width = 0;
    int height = 0;
    std::vector<float> values;
    float rawMax = 0.f;  // maximum before normalisation (ReLU of the weighted feature sum), for comparisons
    int classIndex = -1; // the attribution class explained, -1 for the binary fake score
    GradCamKind kind = GradCamKind::GradCam;

    bool isEmpty() const { return width <= 0 || height <= 0; }
    float at(int x, int y) const { return values[size_t(y) * size_t(width) + size_t(x)]; }
};

// Resamples the heatmap (bilinear) onto a frame of frameSize where the crop covered cropRect (frame pixels; the
// rect may reach outside the frame). Frame pixels outside the crop get 0. Thread-safe.
Heatmap heatmapToFrame(const Heatmap &map, const QRect &cropRect, const QSize &frameSize);

// A colour image of the heatmap (blue -> green -> yellow -> red), alpha rising with the value so that low values
// stay see-through; ARGB32 premultiplied, map-sized.
QImage heatmapToImage(const Heatmap &map, int maxAlpha = 200);

// The map as an 8-bit greyscale PNG (value 0..1 -> 0..255), the form case databases store, and back. Decoding
// gives an empty map for bytes that are not such a PNG.
QByteArray heatmapToPng(const Heatmap &map);
Heatmap heatmapFromPng(const QByteArray &png);

// The frame with the coloured heatmap drawn over cropRect (scaled to it), opacity 0..1.
QImage overlayHeatmap(const QImage &frame, const Heatmap &map, const QRect &cropRect, double opacity = 0.6);

} // namespace fp::inference
