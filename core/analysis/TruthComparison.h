#pragma once

#include "core/cases/CaseTypes.h"
#include "core/common/Result.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace fp::analysis {

// One ground-truth track of a generated clip (fakeprint-synth-truth/1, written by fakeprint-lab synth) next to
// the analysed track that covers it best.
struct TruthRow {
    int truthTrack = -1;
    QString truthLabel;      // class label, e.g. "Real", "FaceSwap"
    QString expectedVerdict; // "real" or "manipulated"
    int matchedTrack = -1;   // analysed track number, -1 when none overlaps it
    double overlap = 0;      // share of the truth track's visible frames the matched track covers (IoU >= 0.3)
    QString verdict;         // of the matched track
    QString label;
    double confidence = 0;
    bool agrees = false; // verdict (and for manipulated, the method) equals the truth
};

struct TruthComparison {
    QVector<TruthRow> rows;
    int agreeing = 0;
    int extraTracks = 0; // analysed tracks that matched no truth track (false detections or fragments)
    bool allAgree() const { return !rows.isEmpty() && agreeing == rows.size(); }
    QString table() const; // plain-text table for terminals and logs
};

// Matches truth tracks to analysed tracks by per-frame box overlap and compares their classes. Pure function.
Result<TruthComparison> compareWithTruth(const QJsonObject &truth, const QVector<cases::TrackRecord> &tracks,
                                         const QVector<cases::DetectionRecord> &detections);

} // namespace fp::analysis
