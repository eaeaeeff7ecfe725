#pragma once

// Helpers shared by the reliability tests: checks that a case database survived whatever was done to it, and
// fingerprints of evidence files.
#include "tests/testsupport/TestEnv.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace fp::test::reliability {

// fakeprint-cli with args; timeoutMs guards against a hang (a process still running then is killed and reported
// as crashed).
ProcessResult cli(const QStringList &args, int timeoutMs = 180000);

// The result of `PRAGMA integrity_check` on dbPath ("ok" when the file is sound), or why it could not run.
QString integrityCheck(const QString &dbPath);

// Empty when `fakeprint-cli audit verify --db dbPath` exits 0, else its exit code and stderr.
QString auditProblem(const QString &dbPath);

// A one-line description of how a process ended, for failure messages.
QString describe(const ProcessResult &result);

struct FileFingerprint {
    qint64 size = -1;
    QDateTime modified;
    QString sha256;
    bool operator==(const FileFingerprint &other) const = default;
    QString toString() const;
};
FileFingerprint fingerprint(const QString &path);

} // namespace fp::test::reliability
