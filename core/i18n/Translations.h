#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

class QTranslator;

namespace fp::i18n {

// The language of Fakeprint's text: the GUI, fakeprint-cli's messages and the PDF report. Fakeprint's compiled
// translations (fakeprint_<lang>.qm, built from translations/*.ts) are embedded under :/i18n; Qt's own strings
// come from qtbase_<lang>.qm in Qt's translations folder when that is installed. English is the source language.
// Every function runs on the main thread (translators are application-wide).
class Translations {
    Q_DECLARE_TR_FUNCTIONS(Translations)

public:
    // The QSettings key holding the chosen language ("" or absent = the system language), shared by the GUI's
    // settings dialog and fakeprint-cli.
    static QString settingsKey();
    static QString savedLanguage();

    // "en" and every language with an embedded translation, sorted ("ar", "de", "el", "en", "es", "fr").
    static QStringList availableLanguages();
    // The language's own name, e.g. "Deutsch" for "de".
    static QString nativeName(const QString &language);

    // The language to use for `requested` (a code such as "de", "de_AT", "pt-BR"; "" = the system language):
    // the available language it names, else an InvalidArgument error listing the available ones. An empty request
    // whose system language is not available resolves to "en".
    static Result<QString> resolve(const QString &requested);

    // Makes `language` (resolved as above) the language of the running application: replaces the translators a
    // previous call installed and, on a QGuiApplication, sets the layout direction the translation asks for
    // (right to left for Arabic). Returns the locale for dates and numbers.
    static Result<QLocale> install(const QString &language);

    // The language the last install() made current ("en" before any).
    static QString currentLanguage();

    // True when the installed translation asks for a right-to-left layout (its QT_LAYOUT_DIRECTION is "RTL").
    static bool rightToLeft();
};

// Installs the translation of one language on top of the application's for the lifetime of the object and removes
// it afterwards, e.g. to write a report in another language than the GUI's. The layout direction is not touched.
class ScopedTranslation {
public:
    ScopedTranslation() = default;
    ~ScopedTranslation();
    ScopedTranslation(const ScopedTranslation &) = delete;
    ScopedTranslation &operator=(const ScopedTranslation &) = delete;

    // Installs `language` (resolved as in Translations::resolve); returns its locale.
    Result<QLocale> install(const QString &language);

private:
    QList<QTranslator *> m_translators;
};

} // namespace fp::i18n
