#pragma once

#include "core/faces/FaceCrop.h"
#include "core/faces/FaceTypes.h"
#include "core/inference/CropScores.h"

#include <QPointF>
#include <QSize>
#include <QVector>

#include <vector>

namespace fp::analysis {

// One face of one analysed frame on its way through the pipeline.
struct FaceWork {
    faces::TrackedFace face;
    faces::FaceCrop crop;       // null image for faces that are too small to score
    QVector<QPointF> landmarks; // 68 points on detection frames when the landmark model is there
    bool tooSmall = false;
};

// One analysed frame: filled by the face stage, scored by the inference stage, persisted by the writer.
struct FrameWork {
    qint64 index = -1;
    qint64 pts = -1;
    QSize frameSize;
    bool detectionRan = false;
    std::vector<FaceWork> faces;
    std::vector<inference::CropScores> scores; // one per face with a crop, in order
    int rawDetections = 0;                     // detector boxes on this frame (before the tracker confirms them)
};

} // namespace fp::analysis
