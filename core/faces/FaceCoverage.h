#pragma once

#include "core/faces/FaceTypes.h"

#include <QImage>
#include <QString>

#include <vector>

namespace fp::faces {

// Why a face (or a frame) may not be scored reliably. Reported, never silently dropped.
enum class FaceIssue : int { TooSmall = 1, LowScore = 2, Blurred = 4, Profile = 8 };

struct FaceIssueRecord {
    qint64 frameIndex = 0;
    QRectF box;
    int issues = 0; // OR of FaceIssue
    float score = 0.0f;
    double sharpness = 0.0; // variance of the Laplacian on the face resized to 64 px
};

struct FrameRange {
    qint64 first = 0;
    qint64 last = 0; // inclusive
};

// What the face stage saw over a video.
struct FaceCoverage {
    qint64 framesExamined = 0;
    qint64 framesWithFaces = 0;
    std::vector<FrameRange> framesWithoutFace; // runs of examined frames with no face
    int facesSeen = 0;
    int tooSmall = 0;
    int lowScore = 0;
    int blurred = 0;
    int profile = 0;
    std::vector<FaceIssueRecord> issues; // every face with at least one issue

    QString summary() const; // one translated sentence for the UI and the report
};

struct FaceCoverageConfig {
    double minFaceSide = 40.0;  // px; smaller faces are TooSmall
    float minScore = 0.75f;     // detection score below it is LowScore
    double minSharpness = 40.0; // variance of the Laplacian (64 px face) below it is Blurred
    double maxYawRatio = 0.45;  // |nose offset from the eye midpoint| / eye distance above it is Profile
};

// Accumulates FaceCoverage frame by frame. Frames must be added in increasing order. Not thread-safe.
class FaceCoverageCollector {
public:
    explicit FaceCoverageCollector(const FaceCoverageConfig &config = {});
    // frame (RGB888) is needed for the blur measure; a null image skips it.
    void addFrame(qint64 frameIndex, const std::vector<FaceDetection> &faces, const QImage &frame);
    const FaceCoverage &coverage() const { return m_coverage; }

    static double sharpness(const QImage &frame, const QRectF &box); // variance of the Laplacian, 64 px face

private:
    FaceCoverageConfig m_config;
    FaceCoverage m_coverage;
};

} // namespace fp::faces
