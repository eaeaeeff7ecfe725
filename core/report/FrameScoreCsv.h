#pragma once

#include "core/common/Result.h"
#include "core/report/ReportData.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace fp::report {

// The per-frame scores of one analysis as CSV (RFC 4180, UTF-8, "\n" line ends, '.' decimal point):
//   analysis_id,track,frame_index,p_fake,energy,p_<class key>...
// one row per scored face per frame, sorted by track then frame; energy is empty when the model has no
// attribution head. Numbers use the shortest text that reads back to the same value. Thread-safe.
class FrameScoreCsv {
    Q_DECLARE_TR_FUNCTIONS(FrameScoreCsv)

public:
    struct Table {
        qint64 analysisId = -1;
        QStringList classKeys;
        QVector<cases::FrameScoreRecord> rows;
    };

    static QByteArray toCsv(const ReportData &data);
    static Status write(const ReportData &data, const QString &path);

    static Result<Table> parse(const QByteArray &csv, const QString &sourceName);
    static Result<Table> read(const QString &path);
};

} // namespace fp::report
