#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace fp::report {

// The language of a report, chosen at export. Installs Fakeprint's translation (translations/fakeprint_<lang>.qm
// under the data dirs) and Qt's own (qtbase_<lang>.qm) on the running application when they exist, and returns
// the QLocale that dates and numbers are formatted with. Call on the main thread before composing.
class ReportLanguage {
    Q_DECLARE_TR_FUNCTIONS(ReportLanguage)

public:
    // language: a BCP 47 / POSIX name such as "de", "pt_BR"; empty means English ("en"). Sets *warnings when
    // the language has no translation (the text then stays English, dates and numbers still follow the locale).
    static QLocale apply(const QString &language, QStringList *warnings);
};

} // namespace fp::report
