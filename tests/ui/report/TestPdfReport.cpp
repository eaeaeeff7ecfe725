// The PDF case report, read back with poppler-utils: hashes, verdicts, page structure, fonts, paper sizes, that no
// word box overlaps another, the language option, and the CLI commands report and export-data.
#include "core/cases/CaseDatabase.h"
#include "core/report/JsonImporter.h"
#include "core/report/ReportDataLoader.h"
#include "tests/core/report/ReportFixture.h"
#include "tests/testsupport/Fixtures.h"
#include "tests/testsupport/TestEnv.h"
#include "ui/report/PdfReportWriter.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace fp;

namespace {

struct Word {
    int page = 0;
    QRectF box;
    QString text;
};

struct Page {
    QSizeF size;
    QVector<Word> words;
};

// Pages and word boxes from `pdftotext -bbox` (XHTML).
QVector<Page> readBoxes(const QString &pdf)
{
    const test::ProcessResult r =
        test::runProcess(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    QVector<Page> pages;
    QXmlStreamReader xml(r.out);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto a = xml.attributes();
        if (xml.name() == QLatin1String("page")) {
            pages.append(Page{
                QSizeF(a.value(QStringLiteral("width")).toDouble(), a.value(QStringLiteral("height")).toDouble()), {}});
        } else if (xml.name() == QLatin1String("word") && !pages.isEmpty()) {
            const double x0 = a.value(QStringLiteral("xMin")).toDouble(),
                         y0 = a.value(QStringLiteral("yMin")).toDouble();
            const double x1 = a.value(QStringLiteral("xMax")).toDouble(),
                         y1 = a.value(QStringLiteral("yMax")).toDouble();
            pages.last().words.append(
                Word{int(pages.size()), QRectF(QPointF(x0, y0), QPointF(x1, y1)), xml.readElementText()});
        }
    }
    return pages;
}

QString pdfText(const QString &pdf)
{
    const test::ProcessResult r =
        test::runProcess(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    return QString::fromUtf8(r.out);
}

} // namespace

class TestPdfReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesReport_data();
    void writesReport();
    void languageLocalisesDates();
    void cliReportAndExport();
    void cliReportsBadAnalysis();

private:
    report::ReportData load();

    QTemporaryDir m_dir;
    test::ReportFixture m_fixture;
};

void TestPdfReport::initTestCase()
{
    if (!test::haveFfmpeg())
        QSKIP("the ffmpeg command-line tool is needed to generate the fixture video");
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is needed to read the report back");
    QVERIFY(m_dir.isValid());
    m_fixture = test::makeReportFixture(
        m_dir.path(), QStringLiteral("Harbour interview, second upload with a rather long case name to wrap"));
    QVERIFY2(m_fixture.error.isEmpty(), qPrintable(m_fixture.error));
}

report::ReportData TestPdfReport::load()
{
    auto db = cases::CaseDatabase::open(m_fixture.dbPath, test::existingDatabase());
    if (!db)
        qFatal("%s", qPrintable(db.error().message));
    auto data = report::ReportDataLoader::load(**db, m_fixture.analysisId);
    if (!data)
        qFatal("%s", qPrintable(data.error().message));
    return *data;
}

void TestPdfReport::writesReport_data()
{
    QTest::addColumn<int>("paper");
    QTest::addColumn<QSizeF>("points");
    QTest::newRow("A4") << int(QPageSize::A4) << QSizeF(595.3, 841.9);
    QTest::newRow("Letter") << int(QPageSize::Letter) << QSizeF(612, 792);
}

void TestPdfReport::writesReport()
{
    QFETCH(int, paper);
    QFETCH(QSizeF, points);
    const report::ReportData data = load();
    report::PdfReportOptions options;
    options.outputPath = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(paper));
    options.paper = QPageSize::PageSizeId(paper);
    options.analyst = QStringLiteral("Dana Examiner");
    auto result = report::PdfReportWriter::write(data, options);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    QVERIFY2(result->layoutProblems.isEmpty(), qPrintable(result->layoutProblems.join(QStringLiteral(" | "))));
    QVERIFY2(result->warnings.isEmpty(), qPrintable(result->warnings.join(QLatin1Char('\n'))));
    const int pages = result->pageCount;
    QVERIFY(pages >= 8); // cover, evidence, method, summary, 2 tracks, notes+log, audit

    // For looking at the pages: FAKEPRINT_KEEP_REPORTS=DIR keeps a copy of each report.
    if (const QString keep = qEnvironmentVariable("FAKEPRINT_KEEP_REPORTS"); !keep.isEmpty())
        QFile::copy(options.outputPath, QDir(keep).filePath(QFileInfo(options.outputPath).fileName()));
    const QString text = pdfText(options.outputPath);
    QVERIFY(text.contains(m_fixture.evidenceSha256));
    QVERIFY(text.contains(m_fixture.modelSha256));
    QVERIFY2(!text.contains(QChar(0xFB00)) && !text.contains(QChar(0xFB01)), "no ligature glyphs in the text");
    QVERIFY(text.contains(data.evidence.md5));
    QVERIFY(text.contains(result->reportId));
    QVERIFY(text.contains(result->contentSha256));
    QVERIFY(text.contains(data.auditCheck.headHash));
    QVERIFY(text.contains(QStringLiteral("Dana Examiner")));
    QVERIFY(text.contains(QStringLiteral("MATCH")));
    QVERIFY(text.contains(QStringLiteral("VERIFIED")));
    QVERIFY(text.contains(QStringLiteral("manipulated")));
    QVERIFY(text.contains(QStringLiteral("FaceSwap")));
    QVERIFY(text.contains(QStringLiteral("95% interval 79.0% to 93.0%")));
    QVERIFY(text.contains(QStringLiteral("synthetic manipulations")));
    QVERIFY(text.contains(QStringLiteral("NOT a map of fake")));
    QVERIFY(text.contains(QStringLiteral("Blending seam visible")));
    // Page structure: every page numbered "Page X of N", in order.
    const QStringList pageTexts = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QCOMPARE(pageTexts.size(), pages);
    for (int i = 0; i < pages; ++i) {
        QVERIFY2(pageTexts[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages)),
                 qPrintable(pageTexts[i].right(300)));
        QVERIFY(pageTexts[i].contains(m_fixture.evidenceSha256)); // footer
    }
    // Section order: cover, evidence, method, summary, one part per track, notes and log, audit trail last.
    const auto pageOf = [&](const QString &heading) {
        for (int i = 0; i < pageTexts.size(); ++i) {
            if (pageTexts[i].contains(heading))
                return i;
        }
        return -1;
    };
    QCOMPARE(pageOf(QStringLiteral("1. Evidence")), 1);
    QVERIFY(pageOf(QStringLiteral("2. Method")) == 2);
    QVERIFY(pageOf(QStringLiteral("3. Summary of face tracks")) > 2);
    QVERIFY(pageOf(QStringLiteral("Frames that drove")) > pageOf(QStringLiteral("3. Summary of face tracks")));
    QVERIFY(pageOf(QStringLiteral("4. Notes and bookmarks")) > pageOf(QStringLiteral("Frames that drove")));
    QCOMPARE(pageOf(QStringLiteral("6. Audit trail")), pages - 1);

    // Paper size, and the font embedded.
    const QVector<Page> boxes = readBoxes(options.outputPath);
    QCOMPARE(boxes.size(), pages);
    QVERIFY(qAbs(boxes[0].size.width() - points.width()) < 1.5 && qAbs(boxes[0].size.height() - points.height()) < 1.5);
    const QString fonts = QString::fromUtf8(test::runProcess(QStringLiteral("pdffonts"), {options.outputPath}).out);
    QVERIFY2(fonts.contains(QStringLiteral("DejaVuSans")), qPrintable(fonts));
    for (const QString &line : fonts.split(QLatin1Char('\n'))) {
        if (line.contains(QStringLiteral("DejaVu")))
            QVERIFY2(line.contains(QRegularExpression(QStringLiteral("Identity-H\\s+yes\\b"))),
                     qPrintable(line)); // emb sub
    }

    // No word box overlaps another by more than a sliver, and none leaves the page.
    for (const Page &page : boxes) {
        for (int i = 0; i < page.words.size(); ++i) {
            const Word &a = page.words[i];
            QVERIFY2(a.box.left() >= 0 && a.box.right() <= page.size.width() && a.box.bottom() <= page.size.height(),
                     qPrintable(QStringLiteral("page %1: \"%2\" off the page").arg(a.page).arg(a.text)));
            for (int j = i + 1; j < page.words.size(); ++j) {
                const QRectF overlap = a.box.intersected(page.words[j].box);
                const double smaller =
                    std::min(a.box.width() * a.box.height(), page.words[j].box.width() * page.words[j].box.height());
                QVERIFY2(
                    overlap.isEmpty() || overlap.width() * overlap.height() < 0.1 * smaller,
                    qPrintable(
                        QStringLiteral("page %1: \"%2\" overlaps \"%3\"").arg(a.page).arg(a.text, page.words[j].text)));
            }
        }
    }
}

void TestPdfReport::languageLocalisesDates()
{
    const report::ReportData data = load();
    report::PdfReportOptions options;
    options.outputPath = m_dir.filePath(QStringLiteral("report-de.pdf"));
    options.locale = QLocale(QLocale::German, QLocale::Germany);
    options.reportTime = QDateTime(QDate(2024, 3, 5), QTime(14, 30), Qt::UTC);
    auto result = report::PdfReportWriter::write(data, options);
    QVERIFY(result.ok());
    QVERIFY2(result->layoutProblems.isEmpty(), qPrintable(result->layoutProblems.join(QStringLiteral(" | "))));
    const QString text = pdfText(options.outputPath);
    QVERIFY2(text.contains(QStringLiteral("März")), "the German month name of the report date");
    QVERIFY(text.contains(QStringLiteral("87,3%"))); // decimal comma
}

void TestPdfReport::cliReportAndExport()
{
    const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    const test::ProcessResult r =
        test::runProcess(test::cliPath(),
                         {QStringLiteral("report"), QStringLiteral("--db"), m_fixture.dbPath,
                          QStringLiteral("--analysis"), QString::number(m_fixture.analysisId), QStringLiteral("-o"),
                          pdf, QStringLiteral("--paper"), QStringLiteral("letter"), QStringLiteral("--json")},
                         120000, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject out = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(out.value(QStringLiteral("evidence_sha256")).toString(), m_fixture.evidenceSha256);
    QCOMPARE(out.value(QStringLiteral("layout_problems")).toInt(-1), 0);
    QVERIFY(pdfText(pdf).contains(QStringLiteral("Page 1 of %1").arg(out.value(QStringLiteral("pages")).toInt())));

    const QString json = m_dir.filePath(QStringLiteral("cli.json"));
    const QString csv = m_dir.filePath(QStringLiteral("cli.csv"));
    const test::ProcessResult e =
        test::runProcess(test::cliPath(), {QStringLiteral("export-data"), QStringLiteral("--db"), m_fixture.dbPath,
                                           QStringLiteral("--analysis"), QString::number(m_fixture.analysisId),
                                           QStringLiteral("--json"), json, QStringLiteral("--csv"), csv});
    QVERIFY2(e.exitCode == 0, e.err.constData());
    auto imported = report::JsonImporter::read(json);
    QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
    QCOMPARE(imported->tracks.size(), 2);
    QCOMPARE(imported->evidence.sha256, m_fixture.evidenceSha256);
    QVERIFY(QFileInfo(csv).size() > 0);
}

void TestPdfReport::cliReportsBadAnalysis()
{
    const test::ProcessResult r =
        test::runProcess(test::cliPath(), {QStringLiteral("report"), QStringLiteral("--db"), m_fixture.dbPath,
                                           QStringLiteral("--analysis"), QStringLiteral("999"), QStringLiteral("-o"),
                                           m_dir.filePath(QStringLiteral("none.pdf"))});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("999"), r.err.constData());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("none.pdf"))));
    const test::ProcessResult usage =
        test::runProcess(test::cliPath(), {QStringLiteral("export-data"), QStringLiteral("--db"), m_fixture.dbPath,
                                           QStringLiteral("--analysis"), QStringLiteral("1")});
    QCOMPARE(usage.exitCode, 2);
}

QTEST_MAIN(TestPdfReport)
#include "TestPdfReport.moc"
