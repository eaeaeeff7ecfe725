#pragma once

#include "core/common/Result.h"
#include "core/report/ReportData.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace fp::report {

// Reads a JSON export (docs/export-schema.md) back into a ReportData: case, evidence and its integrity check,
// analysis, model identity, tracks with per-frame scores and detections, notes and the audit summary. Key frames
// and the audit entries themselves are not part of the export. Errors name the file and the field. Thread-safe.
class JsonImporter {
    Q_DECLARE_TR_FUNCTIONS(JsonImporter)

public:
    static Result<ReportData> fromJson(const QJsonObject &document, const QString &sourceName);
    static Result<ReportData> read(const QString &path);
};

} // namespace fp::report
