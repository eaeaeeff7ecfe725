#include "core/i18n/Translations.h"

#include <QDir>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcI18n, "fakeprint.i18n", QtWarningMsg)

namespace fp::i18n {

namespace {

// Strings that Qt itself shows in Fakeprint's windows and help texts. They are listed here so that lupdate puts them
// into Fakeprint's .ts files: Qt's own translations (qtbase_<lang>.qm) do not cover every shipped language (Greek), and
// QGuiApplication takes the layout direction of the whole GUI from QT_LAYOUT_DIRECTION.
[[maybe_unused]] const char *const kQtStrings[] = {
    //: Write RTL when the language is written from right to left (Arabic), LTR otherwise. Qt lays out every window
    //: in this direction.
    QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Usage: %1"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "[options]"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Options:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
};

const QString kResourceDir = QStringLiteral(":/i18n");

// Translators installed application-wide by Translations::install, searched after any ScopedTranslation's.
QList<QTranslator *> &applicationTranslators()
{
    static QList<QTranslator *> translators;
    return translators;
}

QString &currentLanguageName()
{
    static QString language = QStringLiteral("en");
    return language;
}

QString normalised(const QString &code)
{
    QString name = code.trimmed();
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    return name;
}

// The translators of `language` (already resolved), Fakeprint's last so that it is searched first.
Result<QList<QTranslator *>> loadTranslators(const QString &language)
{
    QList<QTranslator *> translators;
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        translators << qt.release();
    else if (language != QLatin1String("en"))
        qCDebug(lcI18n) << "no qtbase translation for" << language << "in"
                        << QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto own = std::make_unique<QTranslator>();
    const QString file = kResourceDir + QStringLiteral("/fakeprint_%1.qm").arg(language);
    if (!own->load(file)) {
        qDeleteAll(translators);
        return makeError(Error::Code::Internal,
                         Translations::tr("The translation %1 is missing from this build of Fakeprint.").arg(file));
    }
    translators << own.release();
    return translators;
}

void installAll(const QList<QTranslator *> &translators)
{
    for (QTranslator *t : translators)
        QCoreApplication::installTranslator(t);
}

void removeAll(const QList<QTranslator *> &translators)
{
    for (QTranslator *t : translators)
        QCoreApplication::removeTranslator(t);
}

} // namespace

QString Translations::settingsKey()
{
    return QStringLiteral("ui/language");
}

QString Translations::savedLanguage()
{
    return QSettings().value(settingsKey()).toString();
}

QStringList Translations::availableLanguages()
{
    QStringList languages{QStringLiteral("en")};
    const QStringList files = QDir(kResourceDir).entryList({QStringLiteral("fakeprint_*.qm")}, QDir::Files);
    for (const QString &file : files) {
        const QString language = file.mid(10, file.size() - 13); // fakeprint_<lang>.qm
        if (!languages.contains(language))
            languages << language;
    }
    languages.sort();
    return languages;
}

QString Translations::nativeName(const QString &language)
{
    const QLocale locale(language);
    if (locale.language() == QLocale::English)
        return QStringLiteral("English");
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? language : name.at(0).toUpper() + name.mid(1);
}

Result<QString> Translations::resolve(const QString &requested)
{
    const QStringList available = availableLanguages();
    const QString name = normalised(requested);
    if (name.isEmpty()) {
        for (const QString &ui : QLocale::system().uiLanguages()) {
            const QString candidate = normalised(ui);
            if (available.contains(candidate))
                return candidate;
            const QString base = candidate.section(QLatin1Char('_'), 0, 0);
            if (available.contains(base))
                return base;
        }
        return QStringLiteral("en");
    }
    if (available.contains(name))
        return name;
    const QString base = name.section(QLatin1Char('_'), 0, 0).toLower();
    if (available.contains(base))
        return base;
    return makeError(Error::Code::InvalidArgument,
                     tr("There is no translation for the language \"%1\"; available languages: %2.")
                         .arg(requested, available.join(QStringLiteral(", "))));
}

Result<QLocale> Translations::install(const QString &language)
{
    auto resolved = resolve(language);
    if (!resolved)
        return resolved.error();
    auto translators = loadTranslators(*resolved);
    if (!translators)
        return translators.error();
    QList<QTranslator *> &installed = applicationTranslators();
    removeAll(installed);
    qDeleteAll(installed);
    installed = *translators;
    installAll(installed);
    currentLanguageName() = *resolved;
    const QLocale locale(*resolved);
    QLocale::setDefault(locale);
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setLayoutDirection(rightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    qCDebug(lcI18n) << "language" << *resolved << "locale" << locale.name() << "rtl" << rightToLeft();
    return locale;
}

QString Translations::currentLanguage()
{
    return currentLanguageName();
}

bool Translations::rightToLeft()
{
    return QCoreApplication::translate("QGuiApplication", "QT_LAYOUT_DIRECTION") == QLatin1String("RTL");
}

ScopedTranslation::~ScopedTranslation()
{
    if (m_translators.isEmpty())
        return;
    removeAll(m_translators);
    qDeleteAll(m_translators);
    installAll(applicationTranslators());
}

Result<QLocale> ScopedTranslation::install(const QString &language)
{
    auto resolved = Translations::resolve(language);
    if (!resolved)
        return resolved.error();
    auto translators = loadTranslators(*resolved);
    if (!translators)
        return translators.error();
    if (!m_translators.isEmpty()) {
        removeAll(m_translators);
        qDeleteAll(m_translators);
    } else {
        // The application's translation would answer every string this one leaves to the source text (English).
        removeAll(applicationTranslators());
    }
    m_translators = *translators;
    installAll(m_translators);
    return QLocale(*resolved);
}

} // namespace fp::i18n
