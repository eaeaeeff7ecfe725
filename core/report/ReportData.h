#pragma once

#include "core/cases/AuditLog.h"
#include "core/cases/CaseTypes.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

#include <QStringList>

namespace fp::report {

// One track of an analysis with everything a report or an export shows about it.
struct TrackData {
    qint64 id = -1; // database id of the track (what notes refer to)
    cases::TrackRecord record;
    QVector<cases::FrameScoreRecord> scores;    // sorted by frame index
    QVector<cases::DetectionRecord> detections; // sorted by frame index
};

// A key frame with its stored Grad-CAM maps (PNG included), for the PDF.
struct KeyFrameHeatmaps {
    qint64 frameIndex = -1;
    QVector<cases::HeatmapRecord> heatmaps;
};

// Everything about one analysis that the PDF report and the JSON/CSV exports contain, read from the case
// database in one go (ReportDataLoader). A plain value: copy it to any thread.
struct ConfidenceInterval {
    QString name; // "p_fake" or a class key
    double low = 0;
    double high = 0;
};

struct ReportData {
    cases::CaseInfo caseInfo;
    cases::EvidenceInfo evidence;
    // Re-hash of the evidence file at report time; empty when the loader was told not to check.
    std::optional<cases::EvidenceVerification> evidenceCheck;
    cases::AnalysisInfo analysis;
    QJsonObject coverage;
    QVector<TrackData> tracks; // sorted by track number
    QVector<KeyFrameHeatmaps> keyFrames;
    QVector<cases::NoteRecord> notes; // notes and bookmarks of the case that concern this analysis or no analysis
    QVector<cases::AuditEntry> audit; // entries of this case, in seq order
    cases::AuditVerification auditCheck;
    QString databasePath;
    // Whether this model's name and SHA-256 match a model bundled with Fakeprint (filled by the caller, who
    // knows the model registry; anything else is reported as unverified).
    bool modelBundled = false;

    const TrackData *trackByNumber(int trackNumber) const;
    // The 95% intervals stored with a track. Accepted forms: objects {"name"|"key"|"class", "low", "high"}, or
    // [low, high] pairs in the order P(fake), then the classes of the card.
    QVector<ConfidenceInterval> intervalsOf(const cases::TrackRecord &track) const;
    // The interval named "p_fake" of a track, if stored.
    std::optional<ConfidenceInterval> pFakeInterval(const cases::TrackRecord &track) const;
    // Class labels in the model's class order (from the card), "class N" when the card has none.
    QStringList classLabels() const;
    QStringList classKeys() const;
    // True when the model card marks its training data as synthetic (training.synthetic).
    bool modelTrainedOnSynthetic() const;
    // Scored frames / frames with a face box over all tracks (a frame counts once however many faces it has).
    qint64 framesWithScores() const;
};

} // namespace fp::report
