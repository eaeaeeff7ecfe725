#pragma once

#include "core/cases/BundleFormat.h"
#include "core/cases/CaseDatabase.h"
#include "core/common/Result.h"

namespace fp::cases {

struct BundleExport {
    QString bundlePath;
    QString bundleSha256;
    qint64 sizeBytes = 0;
    QString caseName;
    QString auditHead; // head hash of the source chain at export time
};

struct BundleImportOptions {
    BundleLimits limits;
    QString renameTo; // import as a new case with this name (and a new uuid) instead of refusing a clash
};

struct BundleImport {
    qint64 caseId = -1;
    QString caseName;
    QString bundleSha256;
    int evidenceCount = 0;
    int analysisCount = 0;
};

// Export of one case into a bundle (parts "case.sqlite": a VACUUM INTO snapshot pruned to that case, heatmap
// PNGs inside; "audit.json": the source audit entries of that case and the source chain head) and import of such a
// bundle into another database with new ids. Export refuses a database whose audit chain is broken; import
// verifies every digest, checks the snapshot (integrity_check, foreign_key_check, exactly one case) and never
// replaces an existing case: a case with the same uuid or name is refused unless renameTo is given. Both are
// audited in the database they change. Run on the CaseDatabase's thread.
class CaseBundle {
public:
    static Result<BundleExport> exportCase(CaseDatabase &db, qint64 caseId, const QString &bundlePath);
    static Result<BundleImport> importBundle(CaseDatabase &db, const QString &bundlePath,
                                             const BundleImportOptions &options = {});
};

} // namespace fp::cases
