#pragma once

// Small helpers shared by the case database tests (header-only, each test links fakeprint_cases).
#include "core/cases/AnalysisWriter.h"
#include "core/cases/CaseDatabase.h"
#include "core/cases/CaseStore.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace fp::test {

inline QString writeBytes(const QString &dir, const QString &name, const QByteArray &content)
{
    QFile file(QDir(dir).filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return file.fileName();
}

inline std::unique_ptr<cases::CaseDatabase> openOrFail(const QString &path)
{
    auto db = cases::CaseDatabase::open(path);
    if (!db) {
        qWarning("%s", qPrintable(db.error().message));
        return nullptr;
    }
    return std::move(*db);
}

// Runs raw SQL (a test "attacker" or an inspection); returns the first column of the first row.
inline QVariant scalar(const cases::CaseDatabase &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {};
    }
    return q.next() ? q.value(0) : QVariant(QStringLiteral("<no row>"));
}

inline bool rawExec(const cases::CaseDatabase &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

} // namespace fp::test

namespace fp::test {

inline cases::TrackRecord track(int number, qint64 first, qint64 last)
{
    cases::TrackRecord t;
    t.trackNumber = number;
    t.firstFrame = first;
    t.lastFrame = last;
    t.medianBox = QRectF(10 * number, 20, 64, 64);
    return t;
}

inline cases::DetectionRecord detection(int trackNumber, qint64 frame, double score = 0.9)
{
    cases::DetectionRecord d;
    d.trackNumber = trackNumber;
    d.frameIndex = frame;
    d.pts = frame * 512;
    d.box = QRectF(10 * trackNumber, 20, 64, 64);
    d.score = score;
    return d;
}

inline cases::FrameScoreRecord score(int trackNumber, qint64 frame, double pFake)
{
    cases::FrameScoreRecord s;
    s.trackNumber = trackNumber;
    s.frameIndex = frame;
    s.pFake = pFake;
    s.classProbabilities = {float(1 - pFake), float(pFake)};
    return s;
}

inline cases::AnalysisStart analysisStart(qint64 caseId, qint64 evidenceId)
{
    cases::AnalysisStart start;
    start.caseId = caseId;
    start.evidenceId = evidenceId;
    start.model.name = QStringLiteral("test-model");
    start.model.version = QStringLiteral("1.0");
    start.model.sha256 = QString(64, QLatin1Char('b'));
    start.detector = QStringLiteral("blazeface-256");
    return start;
}

inline cases::CaseDatabase::Options readOnlyOptions()
{
    cases::CaseDatabase::Options options;
    options.readOnly = true;
    return options;
}

} // namespace fp::test
