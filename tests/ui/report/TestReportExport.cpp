// The GUI's report export (ui/dialogs/ReportExportDialog): the answer and remembered choices, a report in another
// language than the interface (its dates follow the report's language) and the interface language restored after.
#include "core/cases/CaseDatabase.h"
#include "core/i18n/Translations.h"
#include "tests/core/report/ReportFixture.h"
#include "tests/testsupport/Fixtures.h"
#include "tests/testsupport/TestEnv.h"
#include "ui/dialogs/ReportExportDialog.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace fp;

namespace {

// The page width and the box of the first word equal to `word` on page 1, from `pdftotext -bbox` (points).
QRectF firstWordBox(const QString &pdf, const QString &word, double *pageWidth)
{
    const test::ProcessResult r = test::runProcess(
        QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-f"), QStringLiteral("1"),
                                      QStringLiteral("-l"), QStringLiteral("1"), pdf, QStringLiteral("-")});
    QXmlStreamReader xml(r.out);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto a = xml.attributes();
        if (xml.name() == QLatin1String("page")) {
            *pageWidth = a.value(QStringLiteral("width")).toDouble();
        } else if (xml.name() == QLatin1String("word")) {
            const QRectF box(
                QPointF(a.value(QStringLiteral("xMin")).toDouble(), a.value(QStringLiteral("yMin")).toDouble()),
                QPointF(a.value(QStringLiteral("xMax")).toDouble(), a.value(QStringLiteral("yMax")).toDouble()));
            if (xml.readElementText() == word)
                return box;
        }
    }
    return {};
}

QString pdfText(const QString &pdf)
{
    const test::ProcessResult r =
        test::runProcess(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    return QString::fromUtf8(r.out);
}

} // namespace

class TestReportExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void askReturnsAndRemembersTheAnswer();
    void reportLanguageIsIndependentOfTheInterface();
    void unknownLanguageIsAnError();
    void arabicReportIsMirrored();

private:
    QTemporaryDir m_dir;
    test::ReportFixture m_fixture;
};

void TestReportExport::initTestCase()
{
    if (!test::haveFfmpeg())
        QSKIP("the ffmpeg command-line tool is needed to generate the fixture video");
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is needed to read the report back");
    QVERIFY(m_dir.isValid());
    m_fixture = test::makeReportFixture(m_dir.path());
    QVERIFY2(m_fixture.error.isEmpty(), qPrintable(m_fixture.error));
}

void TestReportExport::askReturnsAndRemembersTheAnswer()
{
    ui::ReportExportDialog::Values answer;
    answer.language = QStringLiteral("el");
    answer.paper = QStringLiteral("letter");
    answer.analyst = QStringLiteral("A. Analyst");
    answer.outputPath = m_dir.filePath(QStringLiteral("asked.pdf"));
    ui::ReportExportDialog::setNextAnswer(answer);
    const auto values = ui::ReportExportDialog::ask(nullptr, QStringLiteral("suggested.pdf"));
    QVERIFY(values.has_value());
    QCOMPARE(values->language, QStringLiteral("el"));
    QCOMPARE(values->outputPath, answer.outputPath);
    QCOMPARE(QSettings().value(QStringLiteral("report/language")).toString(), QStringLiteral("el"));
    QCOMPARE(QSettings().value(QStringLiteral("report/paper")).toString(), QStringLiteral("letter"));

    ui::ReportExportDialog::setNextAnswer(std::nullopt);
    QVERIFY(!ui::ReportExportDialog::ask(nullptr, QStringLiteral("suggested.pdf")).has_value());

    // The dialog itself offers every language and starts from the given values.
    ui::ReportExportDialog dialog(answer);
    QCOMPARE(dialog.values().language, QStringLiteral("el"));
    QCOMPARE(dialog.values().paper, QStringLiteral("letter"));
    QCOMPARE(dialog.values().analyst, QStringLiteral("A. Analyst"));
}

void TestReportExport::reportLanguageIsIndependentOfTheInterface()
{
    QVERIFY(i18n::Translations::install(QStringLiteral("ar")).ok());
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    auto db = cases::CaseDatabase::open(m_fixture.dbPath, test::existingDatabase());
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));

    ui::ReportExportDialog::Values values;
    values.language = QStringLiteral("de");
    values.outputPath = m_dir.filePath(QStringLiteral("report-de.pdf"));
    const auto outcome = ui::ReportExportDialog::write(**db, m_fixture.analysisId, values);
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QVERIFY(outcome.pageCount >= 2);
    const QString text = pdfText(values.outputPath);
    QVERIFY2(text.contains(m_fixture.evidenceSha256), "the evidence hash");
    // The report date in German's long format names the weekday in German; the Arabic interface uses other digits.
    const QStringList weekdays{QStringLiteral("Montag"),     QStringLiteral("Dienstag"), QStringLiteral("Mittwoch"),
                               QStringLiteral("Donnerstag"), QStringLiteral("Freitag"),  QStringLiteral("Samstag"),
                               QStringLiteral("Sonntag")};
    bool german = false;
    for (const QString &day : weekdays)
        german = german || text.contains(day);
    QVERIFY2(german, "a German weekday in the report date");

    // The interface keeps its language and direction.
    QCOMPARE(i18n::Translations::currentLanguage(), QStringLiteral("ar"));
    QVERIFY(i18n::Translations::rightToLeft());
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QCOMPARE(QLocale().language(), QLocale::Arabic);
}

void TestReportExport::unknownLanguageIsAnError()
{
    auto db = cases::CaseDatabase::open(m_fixture.dbPath, test::existingDatabase());
    QVERIFY(db.ok());
    ui::ReportExportDialog::Values values;
    values.language = QStringLiteral("tlh");
    values.outputPath = m_dir.filePath(QStringLiteral("report-tlh.pdf"));
    const auto outcome = ui::ReportExportDialog::write(**db, m_fixture.analysisId, values);
    QVERIFY(outcome.error.contains(QStringLiteral("\"tlh\"")));
    QVERIFY(!QFileInfo::exists(values.outputPath));
}

// An Arabic report is laid out from the right: the evidence digest, the value of a label/value row, stands left of
// its label, its line ending where the English one starts, mirrored across the page.
void TestReportExport::arabicReportIsMirrored()
{
    auto db = cases::CaseDatabase::open(m_fixture.dbPath, test::existingDatabase());
    QVERIFY(db.ok());
    QRectF boxes[2];
    double width = 0;
    const QString languages[2] = {QStringLiteral("en"), QStringLiteral("ar")};
    for (int i = 0; i < 2; ++i) {
        ui::ReportExportDialog::Values values;
        values.language = languages[i];
        values.outputPath = m_dir.filePath(QStringLiteral("mirror-%1.pdf").arg(languages[i]));
        const auto outcome = ui::ReportExportDialog::write(**db, m_fixture.analysisId, values);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QVERIFY2(outcome.warnings.filter(QStringLiteral("overlap")).isEmpty(),
                 qPrintable(outcome.warnings.join(QLatin1Char('\n'))));
        boxes[i] = firstWordBox(values.outputPath, m_fixture.evidenceSha256, &width);
        QVERIFY2(!boxes[i].isNull(), qPrintable(languages[i]));
    }
    QVERIFY(width > 0);
    QVERIFY2(boxes[0].left() > width * 0.2, "English: the value column starts right of the labels");
    QVERIFY2(qAbs(boxes[1].right() - (width - boxes[0].left())) < 2.0,
             qPrintable(QStringLiteral("Arabic digest ends at %1, expected %2")
                            .arg(boxes[1].right())
                            .arg(width - boxes[0].left())));
}

QTEST_MAIN(TestReportExport)
#include "TestReportExport.moc"
