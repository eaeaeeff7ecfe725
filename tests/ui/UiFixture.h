#pragma once

#include <QString>

namespace fp::test {

// TEST FIXTURE DATA ONLY: a case database with a generated clip and an analysis whose tracks, detections, scores
// and heatmap are written by hand through the core/cases write API (AnalysisWriter), so that GUI tests have
// something to show before and independently of the real pipeline. The numbers mean nothing about the clip.
struct UiFixture {
    QString dir;
    QString videoPath;
    QString dbPath;
    qint64 caseId = -1;
    qint64 evidenceId = -1;
    qint64 analysisId = -1;
    QString error; // set when building failed

    static constexpr int kFrames = 48;
    static constexpr int kHeatmapFrame = 10;
    // Track 1: frames 0..29, verdict manipulated (FaceSwap), P(fake) 0.9 from frame 12 on, 0.2 before.
    // Track 2: frames 34..47, verdict real, P(fake) 0.1. Frames 30..33 have no face. Heatmap: track 1, frame 10,
    // class 1 (FaceSwap).
    static UiFixture build(const QString &dir);
};

} // namespace fp::test
