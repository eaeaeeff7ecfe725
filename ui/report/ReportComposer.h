#pragma once

#include "core/report/ReportData.h"
#include "ui/report/PdfLayout.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QLocale>

namespace fp::report {

// What the composer needs besides the data: who, when, in which language, and the frames it shows.
struct ComposerContext {
    QString analyst;
    QDateTime reportTime;
    QLocale locale;
    QString reportId;             // UUID
    QString contentSha256;        // of the JSON export of the same data
    QHash<qint64, QImage> frames; // decoded evidence frames by index (thumbnails, key frames); may be empty
    QString framesNote;           // why frames are missing, empty when they were decoded
    QStringList decodeWarnings;
};

// Lays out the sections of the case report onto a PdfLayout: cover, evidence, method, summary, one part per
// track, notes and bookmarks, processing log, audit trail. The same calls run for the counting pass and the
// painting pass, so both produce the same pages. GUI thread only (fonts, QCustomPlot).
class ReportComposer {
    Q_DECLARE_TR_FUNCTIONS(ReportComposer)

public:
    ReportComposer(const ReportData &data, const ComposerContext &context);
    ~ReportComposer();

    void compose(PdfLayout &layout);

    // Translated names of the stable verdict keys.
    static QString verdictName(const QString &verdict);

private:
    void cover();
    void evidenceSection();
    void methodSection();
    void summarySection();
    void trackSection(const TrackData &track);
    void trackThumbnails(const TrackData &track);
    void trackKeyFrames(const TrackData &track);
    void notesSection();
    void processingLog();
    void auditSection();
    void syntheticBanner();
    void modelStatement();

    QString percent(double probability) const; // "87.5%" in the report's locale
    QString number(double value, int decimals) const;
    QString integer(qint64 value) const;
    QString dateTime(const QString &isoUtc) const;
    QString confidenceText(const cases::TrackRecord &track) const;
    QString pFakeText(const cases::TrackRecord &track) const;
    QString shortHash(const QString &sha256) const;
    QVector<QPair<QString, QString>> flatten(const QJsonObject &object, const QString &prefix = {}) const;
    void metricsTables(const QJsonObject &metrics);
    QRect faceRectAt(const TrackData &track, qint64 frameIndex, const QSize &frameSize) const;

    const ReportData &m_data;
    const ComposerContext &m_ctx;
    PdfLayout *m_layout = nullptr;
};

} // namespace fp::report
