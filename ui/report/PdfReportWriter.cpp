#include "ui/report/PdfReportWriter.h"

#include "core/common/AppPaths.h"
#include "core/common/Version.h"
#include "core/media/VideoReader.h"
#include "core/report/JsonExporter.h"
#include "ui/report/PdfLayout.h"
#include "ui/report/ReportComposer.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QFileInfo>
#include <QFontDatabase>
#include <QJsonArray>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <set>

namespace fp::report {

namespace {

constexpr int kResolution = 300;

QString findFontFile(const QString &name)
{
    const QString bundled = AppPaths::findData(QStringLiteral("fonts/") + name);
    if (!bundled.isEmpty())
        return bundled;
    const QString system =
        QStandardPaths::locate(QStandardPaths::GenericDataLocation, QStringLiteral("fonts/truetype/dejavu/") + name);
    if (!system.isEmpty())
        return system;
    const QString debian = QStringLiteral("/usr/share/fonts/truetype/dejavu/") + name;
    return QFileInfo::exists(debian) ? debian : QString();
}

// Decodes the frames the report shows: driving frames (thumbnails) and key frames (heatmaps), in index order.
void decodeFrames(const ReportData &data, ComposerContext &ctx)
{
    if (data.evidenceCheck && data.evidenceCheck->check != cases::EvidenceCheck::Match) {
        ctx.framesNote = PdfReportWriter::tr("Face images are not shown: the evidence file at %1 does not match its "
                                             "recorded SHA-256 (see the integrity check).")
                             .arg(data.evidence.path);
        return;
    }
    std::set<qint64> wanted;
    for (const TrackData &t : data.tracks) {
        for (int i = 0; i < t.record.drivingFrames.size() && i < 5; ++i)
            wanted.insert(t.record.drivingFrames.at(i).toInteger());
    }
    for (const KeyFrameHeatmaps &kf : data.keyFrames)
        wanted.insert(kf.frameIndex);
    if (wanted.empty())
        return;
    auto reader = media::VideoReader::open(data.evidence.path);
    if (!reader) {
        ctx.framesNote = PdfReportWriter::tr("Face images are not shown: %1").arg(reader.error().message);
        return;
    }
    for (qint64 index : wanted) {
        auto frame = (*reader)->frameAt(index);
        if (frame)
            ctx.frames.insert(index, frame->image);
        else
            ctx.decodeWarnings
                << PdfReportWriter::tr("Frame %1 could not be decoded: %2").arg(index).arg(frame.error().message);
    }
    for (const media::DecodeWarning &w : (*reader)->warnings())
        ctx.decodeWarnings << PdfReportWriter::tr("Decoder, frame %1: %2").arg(w.frameIndex).arg(w.message);
}

} // namespace

QString PdfReportWriter::registerFont(QStringList *warnings)
{
    QString family;
    for (const char *name : {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"}) {
        const QString file = findFontFile(QLatin1String(name));
        const int id = file.isEmpty() ? -1 : QFontDatabase::addApplicationFont(file);
        if (id < 0) {
            warnings->append(tr("Font %1 was not found (install fonts-dejavu-core); the report uses the default font.")
                                 .arg(QLatin1String(name)));
            continue;
        }
        if (family.isEmpty())
            family = QFontDatabase::applicationFontFamilies(id).value(0);
    }
    return family;
}

Result<PdfReportResult> PdfReportWriter::write(const ReportData &data, const PdfReportOptions &options)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return makeError(Error::Code::Internal,
                         tr("The PDF report needs a QApplication (QCustomPlot draws the plots)"));
    if (options.paper != QPageSize::A4 && options.paper != QPageSize::Letter)
        return makeError(Error::Code::InvalidArgument, tr("Paper size must be A4 or Letter"));
    PdfReportResult result;
    QString family = registerFont(&result.warnings);
    if (family.isEmpty())
        family = QApplication::font().family();

    ComposerContext ctx;
    ctx.analyst = options.analyst;
    ctx.reportTime = options.reportTime.isValid() ? options.reportTime : QDateTime::currentDateTimeUtc();
    ctx.locale = options.locale;
    ctx.reportId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ctx.contentSha256 = JsonExporter::contentSha256(data);
    if (options.decodeFrames)
        decodeFrames(data, ctx);
    result.reportId = ctx.reportId;
    result.contentSha256 = ctx.contentSha256;
    result.warnings += ctx.decodeWarnings;

    QSaveFile file(options.outputPath);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Code::IoError,
                         tr("Cannot write the report %1: %2").arg(options.outputPath, file.errorString()));
    QPdfWriter writer(&file);
    writer.setResolution(kResolution);
    writer.setPageSize(QPageSize(options.paper));
    writer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
    writer.setTitle(tr("Fakeprint case report: %1, analysis %2").arg(data.caseInfo.name).arg(data.analysis.id));
    writer.setCreator(QStringLiteral("%1 %2").arg(QLatin1String(kApplicationName), QLatin1String(kVersion)));

    PdfLayout::Footer footer;
    footer.left =
        tr("Case %1 (id %2) \u00b7 analysis %3 \u00b7 report %4")
            .arg(data.caseInfo.name.size() > 60 ? data.caseInfo.name.left(59) + QStringLiteral("\u2026")
                                                : data.caseInfo.name,
                 options.locale.toString(data.caseInfo.id), options.locale.toString(data.analysis.id), ctx.reportId);
    footer.line2 = tr("Evidence SHA-256: %1").arg(data.evidence.sha256);
    footer.pageFormat = tr("Page %1 of %2");
    footer.number = [&](int n) { return options.locale.toString(n); };

    ReportComposer composer(data, ctx);
    // Pass 1 measures only and counts the pages.
    PdfLayout counting(writer, nullptr, 0, footer, family);
    counting.setRightToLeft(options.locale.textDirection() == Qt::RightToLeft);
    composer.compose(counting);
    const int total = counting.pageCount();

    QCPPainter painter;
    if (!painter.begin(&writer))
        return makeError(Error::Code::IoError, tr("Cannot start painting the PDF %1").arg(options.outputPath));
    painter.setMode(QCPPainter::pmVectorized);
    PdfLayout layout(writer, &painter, total, footer, family);
    layout.setRightToLeft(options.locale.textDirection() == Qt::RightToLeft);
    composer.compose(layout);
    painter.end();
    if (layout.pageCount() != total)
        result.layoutProblems
            << QStringLiteral("page count changed between passes: %1 then %2").arg(total).arg(layout.pageCount());
    result.layoutProblems += layout.check();
    result.pageCount = layout.pageCount();
    if (!file.commit())
        return makeError(Error::Code::IoError,
                         tr("Cannot write the report %1: %2").arg(options.outputPath, file.errorString()));
    return result;
}

} // namespace fp::report
