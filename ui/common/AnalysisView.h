#pragma once

#include "core/cases/AnalysisReader.h"
#include "core/cases/CaseTypes.h"
#include "core/common/Result.h"

#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace fp::cases {
class CaseDatabase;
}

namespace fp::ui {

struct FrameInterval {
    qint64 first = 0;
    qint64 last = 0; // inclusive
};

// One face track with its per-frame data, sorted by frame.
struct TrackView {
    qint64 id = -1; // database id (notes refer to it)
    cases::TrackRecord record;
    QVector<cases::DetectionRecord> detections;
    QVector<cases::FrameScoreRecord> scores;

    const cases::DetectionRecord *detectionAt(qint64 frameIndex) const;
    const cases::FrameScoreRecord *scoreAt(qint64 frameIndex) const;
    // Runs of frames where the track has a box; gaps up to maxGap frames are bridged.
    QVector<FrameInterval> presence(qint64 maxGap) const;
};

// Everything the window, the plots and the report show about one analysis, read once from the case database.
// A plain value: built on the thread owning the connection, then copied or shared freely.
class AnalysisView {
public:
    static Result<AnalysisView> load(cases::CaseDatabase &db, qint64 analysisId);

    cases::AnalysisInfo analysis;
    cases::EvidenceInfo evidence;
    QVector<TrackView> tracks;
    QStringList classLabels;    // attribution classes of the model card, in output order
    QStringList classKeys;      // their keys ("faceswap"), same order and size; probabilities are stored by key
    int realClassIndex = -1;    // class with key "real", -1 when none
    double fakeThreshold = 0.5; // the card's decision threshold on P(fake)
    QJsonObject coverage;
    QVector<qint64> heatmapFrames;
    qint64 frameCount = 0;
    double fps = 0.0;
    int frameStride = 1;

    bool isValid() const { return analysis.id >= 0; }
    const TrackView *track(int trackNumber) const;
    // The last frame whose results are in the database.
    qint64 lastAnalysedFrame() const;
    // Analysed frames where no track has a box, merged into intervals.
    QVector<FrameInterval> framesWithoutFaces() const;
    // Frames where some track's P(fake) reaches the threshold, merged into intervals.
    QVector<FrameInterval> suspiciousSegments() const;
    // First frame of the next (previous) suspicious segment after (before) frameIndex, -1 when none.
    qint64 nextSuspicious(qint64 frameIndex) const;
    qint64 previousSuspicious(qint64 frameIndex) const;
    double secondsAt(qint64 frameIndex) const;
};

} // namespace fp::ui
