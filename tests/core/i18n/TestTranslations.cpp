// fp::i18n: the embedded translations, language resolution, installing and scoping a language (layout direction,
// locale), the consistency of whatever is translated so far in translations/*.ts, and fakeprint-cli's --lang.
#include "core/i18n/Translations.h"

#include "tests/testsupport/TestEnv.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace fp;

namespace {

struct TsMessage {
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one, or one per plural form
};

QList<TsMessage> readTs(const QString &path, QString *language, QString *error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = TsMessage();
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            current.unfinished = !type.isEmpty();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations << xml.readElementText();
            } else {
                current.translations << xml.readElementText();
            }
            messages << current;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

// Accelerators: '&' before a letter; "&&" is a literal ampersand.
int accelerators(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (text.at(i + 1).isLetterOrNumber())
            ++count;
    }
    return count;
}

int pluralForms(const QString &language)
{
    return language == QLatin1String("ar") ? 6 : 2;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void availableLanguagesAreEmbedded();
    void resolveNamesRegionsAndErrors();
    void installSetsLocaleAndDirection();
    void scopedTranslationRestoresTheApplicationLanguage();
    void englishPluralForms();
    void translationFilesAreConsistent();
    void cliLanguageOption();
};

void TestTranslations::availableLanguagesAreEmbedded()
{
    const QStringList expected{QStringLiteral("ar"), QStringLiteral("de"), QStringLiteral("el"),
                               QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr")};
    QCOMPARE(i18n::Translations::availableLanguages(), expected);
    for (const QString &lang : expected) {
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral(":/i18n/fakeprint_%1.qm").arg(lang)), qPrintable(lang));
        QCOMPARE(translator.language(), lang);
    }
    QCOMPARE(i18n::Translations::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    QCOMPARE(i18n::Translations::nativeName(QStringLiteral("en")), QStringLiteral("English"));
    QCOMPARE(i18n::Translations::nativeName(QStringLiteral("el")), QStringLiteral("Ελληνικά"));
}

void TestTranslations::resolveNamesRegionsAndErrors()
{
    QCOMPARE(*i18n::Translations::resolve(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(*i18n::Translations::resolve(QStringLiteral("de_AT")), QStringLiteral("de"));
    QCOMPARE(*i18n::Translations::resolve(QStringLiteral("fr-CA")), QStringLiteral("fr"));
    QCOMPARE(*i18n::Translations::resolve(QStringLiteral(" AR ")), QStringLiteral("ar"));
    const auto system = i18n::Translations::resolve(QString());
    QVERIFY(system.ok());
    QVERIFY(i18n::Translations::availableLanguages().contains(*system));
    const auto missing = i18n::Translations::resolve(QStringLiteral("pt_BR"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, Error::Code::InvalidArgument);
    QVERIFY2(missing.error().message.contains(QStringLiteral("pt_BR")) &&
                 missing.error().message.contains(QStringLiteral("ar, de, el, en, es, fr")),
             qPrintable(missing.error().message));
}

void TestTranslations::installSetsLocaleAndDirection()
{
    auto arabic = i18n::Translations::install(QStringLiteral("ar"));
    QVERIFY2(arabic.ok(), arabic.ok() ? "" : qPrintable(arabic.error().message));
    QCOMPARE(arabic->language(), QLocale::Arabic);
    QCOMPARE(QLocale().language(), QLocale::Arabic);
    QCOMPARE(i18n::Translations::currentLanguage(), QStringLiteral("ar"));
    QVERIFY(i18n::Translations::rightToLeft());
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);

    auto german = i18n::Translations::install(QStringLiteral("de_DE"));
    QVERIFY(german.ok());
    QCOMPARE(german->language(), QLocale::German);
    QCOMPARE(QLocale().toString(1.5, 'f', 1), QStringLiteral("1,5"));
    QVERIFY(!i18n::Translations::rightToLeft());
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);

    QVERIFY(!i18n::Translations::install(QStringLiteral("xx")).ok());
    QCOMPARE(i18n::Translations::currentLanguage(), QStringLiteral("de")); // a failed install changes nothing
}

void TestTranslations::scopedTranslationRestoresTheApplicationLanguage()
{
    QVERIFY(i18n::Translations::install(QStringLiteral("ar")).ok());
    {
        i18n::ScopedTranslation scoped;
        auto english = scoped.install(QStringLiteral("en"));
        QVERIFY(english.ok());
        QCOMPARE(english->language(), QLocale::English);
        QVERIFY2(!i18n::Translations::rightToLeft(), "the application's Arabic must not answer for the report");
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft); // the GUI keeps its direction
        QVERIFY(!scoped.install(QStringLiteral("xx")).ok());
    }
    QVERIFY(i18n::Translations::rightToLeft());
    QCOMPARE(i18n::Translations::currentLanguage(), QStringLiteral("ar"));
}

void TestTranslations::englishPluralForms()
{
    QVERIFY(i18n::Translations::install(QStringLiteral("en")).ok());
    QCOMPARE(QCoreApplication::translate("fp::ui::CaseBrowser", "%n file(s)", nullptr, 1), QStringLiteral("1 file"));
    QCOMPARE(QCoreApplication::translate("fp::ui::CaseBrowser", "%n file(s)", nullptr, 3), QStringLiteral("3 files"));
}

// Whatever is translated so far keeps the placeholders, accelerators and plural forms of its source.
void TestTranslations::translationFilesAreConsistent()
{
    // FAKEPRINT_TS_DIR checks other copies of the files (e.g. a translator's work before it is committed).
    const QDir dir(qEnvironmentVariable("FAKEPRINT_TS_DIR", test::sourceDir() + QStringLiteral("/translations")));
    const QStringList files = dir.entryList({QStringLiteral("fakeprint_*.ts")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 6);
    QStringList problems;
    for (const QString &file : files) {
        QString language;
        QString error;
        const QList<TsMessage> messages = readTs(dir.filePath(file), &language, &error);
        QVERIFY2(error.isEmpty(), qPrintable(file + QStringLiteral(": ") + error));
        QCOMPARE(file, QStringLiteral("fakeprint_%1.ts").arg(language));
        QVERIFY2(!messages.isEmpty(), qPrintable(file));
        bool sawDirection = false;
        for (const TsMessage &m : messages) {
            const QString where = QStringLiteral("%1 [%2] \"%3\"").arg(file, m.context, m.source);
            if (m.source == QLatin1String("QT_LAYOUT_DIRECTION")) {
                sawDirection = true;
                const QString expected =
                    language == QLatin1String("ar") ? QStringLiteral("RTL") : QStringLiteral("LTR");
                if (m.unfinished || m.translations.value(0) != expected)
                    problems << where + QStringLiteral(": must be ") + expected;
                continue;
            }
            if (m.unfinished)
                continue;
            if (m.numerus && m.translations.size() != pluralForms(language))
                problems << where + QStringLiteral(": %1 plural forms, expected %2")
                                        .arg(m.translations.size())
                                        .arg(pluralForms(language));
            QSet<QString> wanted = placeholders(m.source);
            wanted.remove(QStringLiteral("%n")); // a plural form may spell the number out ("one file")
            for (const QString &t : m.translations) {
                QSet<QString> got = placeholders(t);
                got.remove(QStringLiteral("%n"));
                if (t.trimmed().isEmpty())
                    problems << where + QStringLiteral(": empty translation");
                else if (got != wanted)
                    problems << where + QStringLiteral(": placeholders differ in \"%1\"").arg(t);
                if (accelerators(m.source) == 1 && accelerators(t) != 1)
                    problems << where + QStringLiteral(": needs one & accelerator, got \"%1\"").arg(t);
            }
        }
        if (language != QLatin1String("en") && !sawDirection)
            problems << file + QStringLiteral(": QT_LAYOUT_DIRECTION is missing");
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::cliLanguageOption()
{
    const test::ProcessResult bad =
        test::runProcess(test::cliPath(), {QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("--help")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("\"xx\"") && bad.err.contains("ar, de, el, en, es, fr"), bad.err.constData());

    // The help comes out in the chosen language: whatever the German translation says for the usage line.
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/fakeprint_de.qm")));
    const char *usage = "Usage: fakeprint-cli [--lang LANG] <command> [options]";
    QString expected = german.translate("cli", usage);
    if (expected.isEmpty())
        expected = QString::fromLatin1(usage);
    const test::ProcessResult help =
        test::runProcess(test::cliPath(), {QStringLiteral("--lang=de"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(QString::fromUtf8(help.out).contains(expected), help.out.constData());
    QVERIFY(help.out.contains("--lang LANG"));

    const test::ProcessResult version = test::runProcess(
        test::cliPath(), {QStringLiteral("--lang"), QStringLiteral("ar"), QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("fakeprint-cli "));

    // report --lang is checked before the database is opened.
    const test::ProcessResult report = test::runProcess(
        test::cliPath(), {QStringLiteral("report"), QStringLiteral("--db"), QStringLiteral("/nonexistent/x.db"),
                          QStringLiteral("--analysis"), QStringLiteral("1"), QStringLiteral("-o"),
                          QStringLiteral("/nonexistent/x.pdf"), QStringLiteral("--lang"), QStringLiteral("tlh")});
    QCOMPARE(report.exitCode, 2);
    QVERIFY2(report.err.contains("\"tlh\""), report.err.constData());
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
