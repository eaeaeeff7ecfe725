#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointF>
#include <QRect>
#include <QRectF>
#include <QString>
#include <QVector>

// Plain records read from and written to the case database. Ids are the database's stable row ids.
namespace fp::cases {

struct CaseInfo {
    qint64 id = -1;
    QString uuid;
    QString name;
    QString description;
    QString analyst;
    QString createdAtUtc;
    int evidenceCount = 0;
    int analysisCount = 0;
};

struct EvidenceInfo {
    qint64 id = -1;
    QString sha256;
    QString md5;
    QString path; // where the file was registered; never written to
    QString fileName;
    qint64 sizeBytes = 0;
    QString mtimeUtc;
    QJsonObject mediaInfo;
    QString addedAtUtc;
};

enum class EvidenceCheck { Match, Mismatch, Missing };

struct EvidenceVerification {
    qint64 evidenceId = -1;
    EvidenceCheck check = EvidenceCheck::Missing;
    QString path;
    QString expectedSha256;
    QString actualSha256; // empty when the file is missing or unreadable
    qint64 expectedSize = 0;
    qint64 actualSize = -1;
    QString detail; // human sentence
};

enum class AnalysisStatus { Running, Completed, Interrupted, Failed, Cancelled };
QString analysisStatusName(AnalysisStatus status);  // "running", ...
QString analysisStatusLabel(AnalysisStatus status); // translated, for people: "Running", ...
bool parseAnalysisStatus(const QString &name, AnalysisStatus *status);

struct ModelIdentity {
    QString name;
    QString version;
    QString sha256;
    QJsonObject card;
};

struct AnalysisSettings {
    int frameStride = 1;
    int detectionInterval = 3;
    int minFaceSize = 40;
    QString device = QStringLiteral("cpu");
    int threads = 2;
    QJsonObject extra; // anything else the pipeline wants recorded (merged into the settings JSON)
    QJsonObject toJson() const;
};

struct AnalysisInfo {
    qint64 id = -1;
    qint64 caseId = -1;
    qint64 evidenceId = -1;
    QString appVersion;
    ModelIdentity model;
    QString detector;
    QJsonObject settings;
    AnalysisStatus status = AnalysisStatus::Running;
    qint64 progressFrame = -1; // last frame whose results are committed
    qint64 frameCount = -1;    // -1 when unknown
    QString startedAtUtc;
    QString finishedAtUtc;
    QJsonObject timings;
    QString error;
};

struct TrackRecord {
    int trackNumber = 0; // the tracker's id, unique within one analysis
    qint64 firstFrame = 0;
    qint64 lastFrame = 0;
    QRectF medianBox;                            // frame pixels
    QString verdict = QStringLiteral("pending"); // pending, real, manipulated, unknown_method, inconclusive
    QString label;
    double confidence = -1; // < 0: not yet known (stored as NULL)
    double pFake = -1;      // < 0: not yet known
    QJsonObject classProbabilities;
    QJsonArray intervals;
    QJsonArray drivingFrames;
    QString aggregation;
};

struct DetectionRecord {
    int trackNumber = 0;
    qint64 frameIndex = 0;
    qint64 pts = -1; // stream time base; < 0: unknown
    QRectF box;
    double score = 0;
    bool predicted = false;     // true when the tracker predicted the box on a frame without detection
    QVector<QPointF> landmarks; // 68 points or none
    QVector<QPointF> keypoints; // detector keypoints (6 for BlazeFace) or none
};

struct FrameScoreRecord {
    int trackNumber = 0;
    qint64 frameIndex = 0;
    double pFake = 0;
    QVector<float> classProbabilities;
    double energy = 0;
    bool hasEnergy = false;
};

struct HeatmapRecord {
    int trackNumber = 0;
    qint64 frameIndex = 0;
    int classIndex = 0;
    QString kind = QStringLiteral("gradcam"); // gradcam or gradcam++
    int width = 0;
    int height = 0;
    QByteArray png;
    QRect crop; // the face crop in frame pixels the heatmap covers
};

enum class NoteKind { Note, Bookmark };
enum class NoteStatus { Ok, ToCheck, Warning };
QString noteStatusName(NoteStatus status); // "ok", "to_check", "warning"
bool parseNoteStatus(const QString &name, NoteStatus *status);

struct NoteRecord {
    qint64 id = -1;
    qint64 caseId = -1;
    qint64 evidenceId = -1; // -1: none
    qint64 analysisId = -1;
    qint64 trackId = -1;
    qint64 frameIndex = -1;
    NoteKind kind = NoteKind::Note;
    QString text;
    NoteStatus status = NoteStatus::Ok;
    QString author;
    QString createdAtUtc;
    QString updatedAtUtc;
};

} // namespace fp::cases
