#include "core/cases/CaseTypes.h"

#include <QCoreApplication>

namespace fp::cases {

QString analysisStatusName(AnalysisStatus status)
{
    switch (status) {
    case AnalysisStatus::Running: return QStringLiteral("running");
    case AnalysisStatus::Completed: return QStringLiteral("completed");
    case AnalysisStatus::Interrupted: return QStringLiteral("interrupted");
    case AnalysisStatus::Failed: return QStringLiteral("failed");
    case AnalysisStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("failed");
}

QString analysisStatusLabel(AnalysisStatus status)
{
    switch (status) {
    case AnalysisStatus::Running: return QCoreApplication::translate("fp::cases", "Running");
    case AnalysisStatus::Completed: return QCoreApplication::translate("fp::cases", "Completed");
    case AnalysisStatus::Interrupted: return QCoreApplication::translate("fp::cases", "Interrupted");
    case AnalysisStatus::Failed: return QCoreApplication::translate("fp::cases", "Failed");
    case AnalysisStatus::Cancelled: return QCoreApplication::translate("fp::cases", "Cancelled");
    }
    return QCoreApplication::translate("fp::cases", "Failed");
}

bool parseAnalysisStatus(const QString &name, AnalysisStatus *status)
{
    for (auto candidate : {AnalysisStatus::Running, AnalysisStatus::Completed, AnalysisStatus::Interrupted,
                           AnalysisStatus::Failed, AnalysisStatus::Cancelled}) {
        if (analysisStatusName(candidate) == name) {
            *status = candidate;
            return true;
        }
    }
    return false;
}

QString noteStatusName(NoteStatus status)
{
    switch (status) {
    case NoteStatus::Ok: return QStringLiteral("ok");
    case NoteStatus::ToCheck: return QStringLiteral("to_check");
    case NoteStatus::Warning: return QStringLiteral("warning");
    }
    return QStringLiteral("ok");
}

bool parseNoteStatus(const QString &name, NoteStatus *status)
{
    for (auto candidate : {NoteStatus::Ok, NoteStatus::ToCheck, NoteStatus::Warning}) {
        if (noteStatusName(candidate) == name) {
            *status = candidate;
            return true;
        }
    }
    return false;
}

QJsonObject AnalysisSettings::toJson() const
{
    QJsonObject json = extra;
    json.insert(QStringLiteral("frame_stride"), frameStride);
    json.insert(QStringLiteral("detection_interval"), detectionInterval);
    json.insert(QStringLiteral("min_face_size"), minFaceSize);
    json.insert(QStringLiteral("device"), device);
    json.insert(QStringLiteral("threads"), threads);
    return json;
}

} // namespace fp::cases
