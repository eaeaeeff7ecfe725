#pragma once

#include "core/common/Result.h"
#include "core/faces/FaceTypes.h"

#include <QImage>

#include <memory>
#include <vector>

namespace fp::faces {

// Tracker settings. Misses count detection runs (not frames), so they mean the same whatever detectEvery is.
struct FaceTrackerConfig {
    int minHits = 2;               // detections before a track is born (gets an id and is output)
    int maxMisses = 8;             // detection runs without a match before a track dies
    double minIoU = 0.2;           // IoU gate for a match with the Kalman-predicted box
    double appearanceWeight = 0.4; // share of the appearance cue in the match score (rest: IoU)
    double minAppearance = 0.6;    // similarity (0..1) needed to re-attach a lost track without IoU
    double reattachDistance = 2.0; // ... whose prediction lies within this many box sides of the detection
    int coastMisses = 0;           // confirmed tracks still output (as predicted) this many runs after a miss
};

// Multi-face tracker in the manner of SORT: each track runs a constant-velocity Kalman filter on
// (cx, cy, area, aspect) with velocities for cx, cy, area; detections are assigned to predicted boxes with the
// Hungarian method on a score mixing IoU and an appearance cue (hue-saturation histogram of the face's centre),
// which keeps identities through crossings and lets a track lost for a few runs re-attach. Detection may run
// every k frames: frames without detections are filled with predictions. Ids are 1, 2, ... in birth order and
// never reused. Not thread-safe: one tracker per video, fed frames in increasing order.
class FaceTracker {
public:
    explicit FaceTracker(const FaceTrackerConfig &config = {});
    ~FaceTracker();
    FaceTracker(const FaceTracker &) = delete;
    FaceTracker &operator=(const FaceTracker &) = delete;

    // Advances to frameIndex (strictly increasing). detections null: no detector ran on this frame, predict
    // only; non-null (possibly empty): match them. frame (RGB888) feeds the appearance cue; it may be null on
    // prediction-only frames. Returns the confirmed tracks visible on this frame.
    Result<std::vector<TrackedFace>> update(qint64 frameIndex, const std::vector<FaceDetection> *detections,
                                            const QImage &frame);

    void reset();
    int liveTrackCount() const; // tentative and confirmed
    const FaceTrackerConfig &config() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace fp::faces
