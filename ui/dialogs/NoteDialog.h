#pragma once

#include "core/cases/CaseTypes.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QPlainTextEdit;

namespace fp::ui {

// Edits the text and status of a note or bookmark. ask() returns the edited record, or nothing when cancelled.
// Tests set the next answer with setNextAnswer() so that no modal loop runs.
class NoteDialog : public QDialog {
    Q_OBJECT

public:
    struct Answer {
        bool accepted = false;
        QString text;
        cases::NoteStatus status = cases::NoteStatus::Ok;
    };
    static std::optional<cases::NoteRecord> ask(QWidget *parent, const cases::NoteRecord &note, const QString &context);
    static void setNextAnswer(const Answer &answer);

    NoteDialog(const cases::NoteRecord &note, const QString &context, QWidget *parent = nullptr);
    cases::NoteRecord note() const;

private:
    cases::NoteRecord m_note;
    QPlainTextEdit *m_text = nullptr;
    QComboBox *m_status = nullptr;
};

} // namespace fp::ui
