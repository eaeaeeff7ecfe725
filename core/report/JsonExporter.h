#pragma once

#include "core/common/Result.h"
#include "core/report/ReportData.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace fp::report {

// Writes the machine-readable export of one analysis: the JSON document of docs/export-schema.md
// ("fakeprint-analysis-export", schema_version 1). Pure functions of the data; thread-safe.
class JsonExporter {
    Q_DECLARE_TR_FUNCTIONS(JsonExporter)

public:
    static constexpr const char *kFormat = "fakeprint-analysis-export";
    static constexpr int kSchemaVersion = 1;

    // The document without "exported_at", so that the same data always gives the same bytes.
    static QJsonObject toJson(const ReportData &data);
    // SHA-256 (hex) of the compact serialisation of toJson(): the content part of a report id.
    static QString contentSha256(const ReportData &data);
    // toJson() plus "exported_at" (now, UTC), indented, written atomically (QSaveFile).
    static Status write(const ReportData &data, const QString &path);

    static QJsonObject trackToJson(const ReportData &data, const TrackData &track);
};

} // namespace fp::report
