#pragma once

#include "core/cases/CaseTypes.h"

#include <QHash>
#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace fp::ui {

// The notes dock: notes and bookmarks of the open case (the open analysis' first), with status, frame and
// track. Double-click seeks to the frame; the buttons ask the window to add, edit or remove (the window owns
// the database and the audit trail).
class NotesPanel : public QWidget {
    Q_OBJECT

public:
    explicit NotesPanel(QWidget *parent = nullptr);

    void setNotes(const QVector<cases::NoteRecord> &notes, const QHash<qint64, int> &trackNumbers);
    void setCanAdd(bool canAddNote, bool canAddBookmark);
    int noteCount() const;
    qint64 currentNoteId() const;
    bool selectNote(qint64 noteId);

Q_SIGNALS:
    void addNoteRequested();
    void addBookmarkRequested();
    void editRequested(qint64 noteId);
    void removeRequested(qint64 noteId);
    void seekRequested(qint64 frameIndex);

private:
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_addNote = nullptr;
    QPushButton *m_addBookmark = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace fp::ui
