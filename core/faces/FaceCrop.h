#pragma once

#include <QImage>
#include <QRectF>

namespace fp::faces {

// A square face crop and where it came from. rectInFrame may extend past the frame (padded with black) only
// when the square is larger than the frame; map a heatmap of the crop back by scaling it to rectInFrame.
struct FaceCrop {
    QImage image;       // outputSize x outputSize, Format_RGB888
    QRectF rectInFrame; // the square in frame pixels that image shows
};

// The crop convention of the research code: a square of side max(w, h) * scale around the box centre, resized to
// outputSize. When the square crosses the frame edge it is shifted inside the frame (the face then sits off-centre
// but every pixel is real: black padding is a cue a classifier would learn); only a square larger than the frame's
// shorter side is padded with black on that axis. Returns a null image for an empty frame, box or size.
// Thread-safe.
FaceCrop cropFace(const QImage &frame, const QRectF &box, double scale = 1.3, int outputSize = 224);

// The square cropFace would take, without the pixels.
QRectF faceCropRect(const QSize &frameSize, const QRectF &box, double scale = 1.3);

} // namespace fp::faces
