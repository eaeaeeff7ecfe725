#pragma once

#include "core/faces/FaceDetectorConfig.h"
#include "core/inference/Classifier.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace fp::analysis {

// Everything one analysis is asked to do. Recorded in the case database with the analysis.
struct AnalysisParams {
    QString evidencePath;
    QString databasePath;
    QString caseName; // the case the evidence is added to; created when it does not exist
    QString model;    // model name or card path; empty: the bundled default model
    inference::DeviceChoice device = inference::DeviceChoice::Auto;
    int threads = 0;           // LibTorch intra-op threads on CPU; 0 = all cores
    int frameStride = 1;       // analyse every n-th frame
    int detectionInterval = 3; // run the detector on every k-th analysed frame, track in between
    int minFaceSize = 40;      // faces whose longer side is smaller (pixels) are counted, not scored
    int batchSize = 32;        // crops per forward pass
    int keyFramesPerTrack = 3; // Grad-CAM maps stored per track (the frames that drove its verdict)
    bool landmarks = true;     // 68-point landmarks on detection frames (when dlib's model is installed)
    // Consecutive frames: the small-face tile pass on every 4th detection (and every one while it finds faces the
    // full-frame pass misses; docs/faces.md).
    faces::FaceDetectorConfig detector = [] {
        faces::FaceDetectorConfig c;
        c.tileEvery = 4;
        return c;
    }();
    qint64 resumeAnalysisId = -1; // continue this interrupted analysis instead of starting a new one

    QJsonObject toJson() const;
};

// Progress of a running analysis, emitted about twice a second.
struct AnalysisProgress {
    qint64 framesDone = 0;  // frames whose results are committed
    qint64 frameCount = 0;  // frames in the video
    double fps = 0;         // frames per second over the last few seconds
    double etaSeconds = -1; // -1 while unknown
    int tracks = 0;
    QString stage; // human, translated
};

} // namespace fp::analysis

Q_DECLARE_METATYPE(fp::analysis::AnalysisProgress)
