#pragma once

#include "core/cases/CaseDatabase.h"
#include "core/common/Result.h"
#include "core/report/ReportData.h"

#include <QCoreApplication>
#include <QStringList>

namespace fp::report {

struct ReportLoadOptions {
    // Re-hash the evidence file (read-only) and record the result; the check itself is audited by CaseStore.
    bool verifyEvidence = true;
    // Load the stored Grad-CAM PNGs of the key frames (the PDF needs them, the exports do not).
    bool loadHeatmaps = true;
};

// Reads one analysis and everything around it (case, evidence, tracks, per-frame scores and detections,
// key-frame heatmaps, notes, audit trail and its verification) into a ReportData. Runs on the thread of the
// CaseDatabase it is given. verifyEvidence writes one audit entry, so the database must then be writable.
class ReportDataLoader {
    Q_DECLARE_TR_FUNCTIONS(ReportDataLoader)

public:
    static Result<ReportData> load(cases::CaseDatabase &db, qint64 analysisId, const ReportLoadOptions &options = {});
};

} // namespace fp::report
