#pragma once

#include "core/common/Result.h"

#include <QString>

#include <vector>

namespace fp::lab {

// One row of OUT/manifest.csv, the contract with the trainer (docs/lab.md).
struct ManifestEntry {
    QString path; // relative to OUT
    int classId = 0;
    QString dataset;
    QString split;
    QString identity;
    QString sourceIdentity; // empty for Real
    quint32 seed = 0;
    QString quality; // key=value pairs separated by ';' (no commas)
};

// The manifest header, exactly: path,class_id,class_key,dataset,split,identity,source_identity,seed,quality.
QString cropManifestHeader();

// Appends entries to OUT/manifest.csv (created with its header when absent; an existing header is checked). Rows
// whose path is already listed are not repeated. Returns the number of rows appended. Not thread-safe: one writer
// per folder at a time.
Result<int> appendToManifest(const QString &outDir, const std::vector<ManifestEntry> &entries);

} // namespace fp::lab
