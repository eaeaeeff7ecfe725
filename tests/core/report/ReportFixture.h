#pragma once

#include "core/cases/CaseDatabase.h"

#include <QString>

namespace fp::test {

// A case database with one finished analysis of a generated video, written through the core/cases API: two face
// tracks (one manipulated "FaceSwap", one real), detections and per-frame scores on every frame of the tracks, one
// Grad-CAM key frame, coverage and timings, a note and a bookmark. Fixture data only, for the report tests.
struct ReportFixture {
    QString dbPath;
    QString videoPath;
    qint64 caseId = -1;
    qint64 evidenceId = -1;
    qint64 analysisId = -1;
    QString evidenceSha256;
    QString modelSha256;
    QString error; // non-empty when the fixture could not be built
};

// Options to open the fixture's existing database, and to write to it as "tester".
inline cases::CaseDatabase::Options existingDatabase()
{
    cases::CaseDatabase::Options options;
    options.create = false;
    return options;
}

inline cases::CaseDatabase::Options testerDatabase()
{
    cases::CaseDatabase::Options options;
    options.actor = QStringLiteral("tester");
    return options;
}

// caseName may carry long text to exercise wrapping.
ReportFixture makeReportFixture(const QString &dir, const QString &caseName = QStringLiteral("Harbour interview"));

} // namespace fp::test
