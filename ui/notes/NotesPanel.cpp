#include "ui/notes/NotesPanel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fp::ui {

namespace {

QColor statusColor(cases::NoteStatus status)
{
    switch (status) {
    case cases::NoteStatus::Ok: return QColor(0x3f, 0xb9, 0x50);
    case cases::NoteStatus::ToCheck: return QColor(0xf0, 0x8c, 0x2e);
    case cases::NoteStatus::Warning: return QColor(0xe5, 0x48, 0x4d);
    }
    return {};
}

QString statusText(cases::NoteStatus status)
{
    switch (status) {
    case cases::NoteStatus::Ok: return NotesPanel::tr("OK");
    case cases::NoteStatus::ToCheck: return NotesPanel::tr("To check");
    case cases::NoteStatus::Warning: return NotesPanel::tr("Warning");
    }
    return {};
}

} // namespace

NotesPanel::NotesPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("notesPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("notesList"));
    m_tree->setHeaderLabels({tr("Status"), tr("Frame"), tr("Track"), tr("Text"), tr("Author")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    layout->addWidget(m_tree, 1);
    // Two rows of two: the right dock stays narrow enough for a 1280-pixel screen in every language.
    auto *buttons = new QGridLayout;
    m_addBookmark = new QPushButton(tr("Bookmark frame"), this);
    m_addBookmark->setObjectName(QStringLiteral("addBookmark"));
    m_addBookmark->setToolTip(tr("Bookmark the current frame (and the selected track) (Ctrl+B)"));
    m_addNote = new QPushButton(tr("Add note"), this);
    m_addNote->setObjectName(QStringLiteral("addNote"));
    m_edit = new QPushButton(tr("Edit"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    buttons->addWidget(m_addBookmark, 0, 0);
    buttons->addWidget(m_addNote, 0, 1);
    buttons->addWidget(m_edit, 1, 0);
    buttons->addWidget(m_remove, 1, 1);
    buttons->setColumnStretch(2, 1);
    layout->addLayout(buttons);
    connect(m_addNote, &QPushButton::clicked, this, &NotesPanel::addNoteRequested);
    connect(m_addBookmark, &QPushButton::clicked, this, &NotesPanel::addBookmarkRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (currentNoteId() >= 0)
            Q_EMIT editRequested(currentNoteId());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (currentNoteId() >= 0)
            Q_EMIT removeRequested(currentNoteId());
    });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item, int) {
        const qint64 frame = item->data(1, Qt::UserRole).toLongLong();
        if (frame >= 0)
            Q_EMIT seekRequested(frame);
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        m_edit->setEnabled(currentNoteId() >= 0);
        m_remove->setEnabled(currentNoteId() >= 0);
    });
    setCanAdd(false, false);
    m_edit->setEnabled(false);
    m_remove->setEnabled(false);
}

void NotesPanel::setNotes(const QVector<cases::NoteRecord> &notes, const QHash<qint64, int> &trackNumbers)
{
    const qint64 keep = currentNoteId();
    m_tree->clear();
    for (const cases::NoteRecord &n : notes) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(0, Qt::UserRole, n.id);
        item->setText(0, (n.kind == cases::NoteKind::Bookmark ? QStringLiteral("⚑ ") : QStringLiteral("✎ ")) +
                             statusText(n.status));
        item->setForeground(0, statusColor(n.status));
        item->setText(1, n.frameIndex >= 0 ? QString::number(n.frameIndex) : QStringLiteral("–"));
        item->setData(1, Qt::UserRole, n.frameIndex);
        item->setText(2, n.trackId >= 0 && trackNumbers.contains(n.trackId)
                             ? tr("T%1").arg(trackNumbers.value(n.trackId))
                             : QStringLiteral("–"));
        item->setText(3, n.text.section(QLatin1Char('\n'), 0, 0));
        item->setToolTip(3, n.text);
        item->setText(4, n.author);
        item->setToolTip(4, tr("Created %1, updated %2").arg(n.createdAtUtc, n.updatedAtUtc));
    }
    selectNote(keep);
}

void NotesPanel::setCanAdd(bool canAddNote, bool canAddBookmark)
{
    m_addNote->setEnabled(canAddNote);
    m_addBookmark->setEnabled(canAddBookmark);
}

int NotesPanel::noteCount() const
{
    return m_tree->topLevelItemCount();
}

qint64 NotesPanel::currentNoteId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : -1;
}

bool NotesPanel::selectNote(qint64 noteId)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == noteId) {
            m_tree->setCurrentItem(m_tree->topLevelItem(i));
            return true;
        }
    }
    return false;
}

} // namespace fp::ui
