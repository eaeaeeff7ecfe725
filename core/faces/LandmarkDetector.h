#pragma once

#include "core/common/Result.h"

#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QTransform>

#include <array>
#include <memory>

namespace fp::faces {

using Landmarks68 =
    std::array<QPointF, 68>; // iBUG 300-W order: jaw 0-16, brows 17-26, nose 27-35, eyes 36-47, mouth 48-67

// dlib's 68-point shape predictor (shape_predictor_68_face_landmarks.dat from Debian's libdlib-data) run on a face
// box. Loading takes ~1 s and ~100 MB; load once and share: detect() is const and may be called from several threads
// at once. When the file is absent the detector is unavailable (isAvailable() false, notice() says why) and detect()
// returns an error: callers carry on without landmarks.
class LandmarkDetector {
public:
    // modelPath empty: AppPaths::dlibLandmarksPath().
    explicit LandmarkDetector(const QString &modelPath = {});
    ~LandmarkDetector();
    LandmarkDetector(const LandmarkDetector &) = delete;
    LandmarkDetector &operator=(const LandmarkDetector &) = delete;

    bool isAvailable() const;
    QString notice() const; // translated; empty when available
    QString modelPath() const;

    // Landmarks in frame pixels for the face in box (any detector's box; a tight box from forehead to chin is
    // best). image should be Format_RGB888 (read in place, no copy); other formats are converted.
    Result<Landmarks68> detect(const QImage &image, const QRectF &box) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// Alignment helpers (no model needed).
struct EyeCentres {
    QPointF right; // subject's right eye (image left for a frontal face): mean of points 36-41
    QPointF left;  // points 42-47
};
EyeCentres eyeCentres(const Landmarks68 &points);

// Right eye, left eye, nose tip, right and left mouth corners.
std::array<QPointF, 5> fivePoints(const Landmarks68 &points);

// The widely used 5-point template (the ArcFace layout, defined on 112x112) scaled to a square of side size.
std::array<QPointF, 5> fivePointTemplate(int size);

// Least-squares similarity (rotation, uniform scale, translation) mapping from onto to.
QTransform similarityTransform(const std::array<QPointF, 5> &from, const std::array<QPointF, 5> &to);

// The face warped so its five points land on fivePointTemplate(outputSize). Thread-safe.
QImage alignFace(const QImage &image, const std::array<QPointF, 5> &points, int outputSize);

} // namespace fp::faces
