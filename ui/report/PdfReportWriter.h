#pragma once

#include "core/common/Result.h"
#include "core/report/ReportData.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPageSize>

namespace fp::report {

struct PdfReportOptions {
    QString outputPath;
    QPageSize::PageSizeId paper = QPageSize::A4;             // A4 or Letter
    QLocale locale{QLocale::English, QLocale::UnitedStates}; // dates and numbers, in the report's language (fp::i18n)
    QString analyst;                                         // empty: the case's analyst
    QDateTime reportTime;                                    // null: now
    bool decodeFrames = true; // thumbnails and key frames from the evidence file (only when its hash matches)
};

struct PdfReportResult {
    int pageCount = 0;
    QString reportId;           // a fresh UUID per report
    QString contentSha256;      // JsonExporter::contentSha256 of the data
    QStringList layoutProblems; // text out of its box or overlapping; empty for a good report
    QStringList warnings;       // e.g. frames that could not be decoded, no font
};

// Writes the PDF case report of one analysis with Qt's PDF writer (QPdfWriter + QCPPainter; DejaVu Sans embedded,
// plots as vectors). Lays the report out twice: once to count pages, once to paint with "Page X of Y".
// Needs a QApplication (QCustomPlot is a widget; the offscreen platform is enough). Main thread only.
class PdfReportWriter {
    Q_DECLARE_TR_FUNCTIONS(PdfReportWriter)

public:
    static Result<PdfReportResult> write(const ReportData &data, const PdfReportOptions &options);
    // Registers DejaVu Sans (regular and bold) with the application; returns the family or an empty string.
    static QString registerFont(QStringList *warnings);
};

} // namespace fp::report
