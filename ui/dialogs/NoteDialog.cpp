#include "ui/dialogs/NoteDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace fp::ui {

namespace {
std::optional<NoteDialog::Answer> s_nextAnswer;
}

void NoteDialog::setNextAnswer(const Answer &answer)
{
    s_nextAnswer = answer;
}

std::optional<cases::NoteRecord> NoteDialog::ask(QWidget *parent, const cases::NoteRecord &note, const QString &context)
{
    if (s_nextAnswer) {
        const Answer answer = *s_nextAnswer;
        s_nextAnswer.reset();
        if (!answer.accepted)
            return std::nullopt;
        cases::NoteRecord out = note;
        out.text = answer.text;
        out.status = answer.status;
        return out;
    }
    NoteDialog dialog(note, context, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.note();
}

NoteDialog::NoteDialog(const cases::NoteRecord &note, const QString &context, QWidget *parent)
    : QDialog(parent), m_note(note)
{
    setWindowTitle(note.kind == cases::NoteKind::Bookmark ? tr("Bookmark") : tr("Note"));
    auto *form = new QFormLayout(this);
    auto *where = new QLabel(context, this);
    where->setWordWrap(true);
    form->addRow(tr("On:"), where);
    m_status = new QComboBox(this);
    m_status->addItem(tr("OK"), int(cases::NoteStatus::Ok));
    m_status->addItem(tr("To check"), int(cases::NoteStatus::ToCheck));
    m_status->addItem(tr("Warning"), int(cases::NoteStatus::Warning));
    m_status->setCurrentIndex(m_status->findData(int(note.status)));
    form->addRow(tr("Status:"), m_status);
    m_text = new QPlainTextEdit(note.text, this);
    m_text->setPlaceholderText(tr("What you observed, and why it matters"));
    m_text->setMinimumSize(380, 120);
    form->addRow(tr("Text:"), m_text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    auto updateSave = [this, buttons] {
        buttons->button(QDialogButtonBox::Save)->setEnabled(!m_text->toPlainText().trimmed().isEmpty());
    };
    connect(m_text, &QPlainTextEdit::textChanged, this, updateSave);
    updateSave();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

cases::NoteRecord NoteDialog::note() const
{
    cases::NoteRecord out = m_note;
    out.text = m_text->toPlainText().trimmed();
    out.status = cases::NoteStatus(m_status->currentData().toInt());
    return out;
}

} // namespace fp::ui
