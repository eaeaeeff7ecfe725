#pragma once

#include <QDialog>

#include <optional>

class QComboBox;
class QLineEdit;

namespace fp::cases {
class CaseDatabase;
}

namespace fp::ui {

// Exports the PDF case report of one analysis: asks for the report's language (independent of the interface
// language; dates and numbers follow it), the paper size, the analyst named on the cover and the output file, then
// writes the report on the GUI thread (QCustomPlot draws the plots). Tests set the next answer with setNextAnswer()
// so that no modal loop runs.
class ReportExportDialog : public QDialog {
    Q_OBJECT

public:
    struct Values {
        QString language;                     // a code from i18n::Translations::availableLanguages()
        QString paper = QStringLiteral("a4"); // "a4" or "letter"
        QString analyst;                      // empty: the case's analyst
        QString outputPath;
    };
    struct Outcome {
        QString error; // empty on success
        int pageCount = 0;
        QStringList warnings;
    };

    // Asks for the values (the last language and paper used are remembered); nothing when cancelled.
    static std::optional<Values> ask(QWidget *parent, const QString &suggestedPath);
    static void setNextAnswer(const std::optional<Values> &answer);
    // Writes the report of analysisId with `values`; the report's language is installed only while it is composed.
    static Outcome write(cases::CaseDatabase &db, qint64 analysisId, const Values &values);

    ReportExportDialog(const Values &initial, QWidget *parent = nullptr);
    Values values() const;

private:
    void browse();

    QComboBox *m_language = nullptr;
    QComboBox *m_paper = nullptr;
    QLineEdit *m_analyst = nullptr;
    QLineEdit *m_path = nullptr;
};

} // namespace fp::ui
