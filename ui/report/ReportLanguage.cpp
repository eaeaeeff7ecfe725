#include "ui/report/ReportLanguage.h"

#include "core/common/AppPaths.h"

#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace fp::report {

QLocale ReportLanguage::apply(const QString &language, QStringList *warnings)
{
    const QLocale locale = language.isEmpty() ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale(language);
    if (!language.isEmpty() && locale.language() == QLocale::C) {
        warnings->append(tr("Unknown language \"%1\"; the report is written in English.").arg(language));
        return QLocale(QLocale::English, QLocale::UnitedStates);
    }
    if (locale.language() == QLocale::English)
        return locale;
    auto *app = QCoreApplication::instance();
    bool found = false;
    QStringList dirs;
    for (const QString &dir : AppPaths::dataDirs())
        dirs << QDir(dir).filePath(QStringLiteral("translations"));
    for (const QString &dir : dirs) {
        auto *translator = new QTranslator(app);
        if (translator->load(locale, QStringLiteral("fakeprint"), QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(translator);
            found = true;
            break;
        }
        delete translator;
    }
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    if (!found)
        warnings->append(tr("No Fakeprint translation for \"%1\" was found (looked in %2); the report text stays "
                            "English, dates and numbers follow %3.")
                             .arg(language, dirs.join(QStringLiteral(", ")), locale.name()));
    return locale;
}

} // namespace fp::report
