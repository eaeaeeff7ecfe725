#pragma once

#include "core/cases/CaseTypes.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace fp::ui {

// Work on a case database that may take long (hashing gigabytes, probing videos) runs on a worker thread with
// its own connection to the same file; the callback runs on the context object's thread, and not at all when
// the context is gone.
class CaseJobs {
public:
    struct AddOutcome {
        QVector<cases::EvidenceInfo> added;
        QStringList errors; // one sentence per file that could not be added
    };
    static void addEvidence(const QString &dbPath, qint64 caseId, const QStringList &paths, QObject *context,
                            std::function<void(const AddOutcome &)> done);

    struct VerifyOutcome {
        cases::EvidenceVerification verification;
        QString error; // database failure; empty when verification holds a result
    };
    static void verifyEvidence(const QString &dbPath, qint64 evidenceId, QObject *context,
                               std::function<void(const VerifyOutcome &)> done);
};

} // namespace fp::ui
