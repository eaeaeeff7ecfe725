// MainWindow, second part: the open case database, analyses, evidence and notes.
#include "ui/mainwindow/MainWindow.h"

#include "core/cases/AnalysisReader.h"
#include "core/cases/CaseDatabase.h"
#include "core/cases/CaseStore.h"
#include "core/cases/NoteStore.h"
#include "ui/cases/CaseBrowser.h"
#include "ui/cases/CaseJobs.h"
#include "ui/common/AnalysisView.h"
#include "ui/common/Timecode.h"
#include "ui/common/VerdictStyle.h"
#include "ui/dialogs/AnalysisDialog.h"
#include "ui/dialogs/NoteDialog.h"
#include "ui/evidence/EvidencePanel.h"
#include "ui/notes/NotesPanel.h"
#include "ui/player/PlaybackController.h"
#include "ui/player/PlayerWidget.h"
#include "ui/timeline/TimelineWidget.h"
#include "ui/tracks/TrackPanel.h"

#include <QLabel>
#include <QSettings>
#include <QStatusBar>

#include <algorithm>

namespace fp::ui {

QString MainWindow::openDatabase(const QString &path)
{
    closeAnalysis();
    m_player->closeMedia();
    m_cases->clearAll();
    m_evidence->clear();
    m_db.reset();
    m_caseId = -1;
    m_evidenceId = -1;
    auto db = cases::CaseDatabase::open(path);
    if (!db) {
        m_statusDb->setText(tr("No case database open"));
        updateActions();
        updateTitle();
        return db.error().message;
    }
    m_db = std::move(db.value());
    m_statusDb->setText(tr("Case database: %1").arg(path));
    QSettings().setValue(QStringLiteral("cases/lastDatabase"), path);
    reloadCases();
    if (m_cases->topLevelItemCount() > 0)
        m_cases->setCurrentItem(m_cases->topLevelItem(0));
    updateActions();
    updateTitle();
    return {};
}

void MainWindow::reloadCases()
{
    if (!m_db)
        return;
    if (const QString error = m_cases->reload(*m_db); !error.isEmpty())
        reportError(error);
}

QString MainWindow::createCase(const QString &name)
{
    if (!m_db)
        return tr("Open or create a case database first.");
    cases::CaseStore store(*m_db);
    auto created = store.createCase(name, cases::CaseDatabase::defaultActor());
    if (!created)
        return created.error().message;
    reloadCases();
    if (QTreeWidgetItem *item = m_cases->findItem(CaseBrowser::CaseItem, created->id))
        m_cases->setCurrentItem(item);
    return {};
}

void MainWindow::addEvidenceFiles(qint64 caseId, const QStringList &paths)
{
    if (!m_db || caseId < 0 || paths.isEmpty())
        return;
    statusBar()->showMessage(tr("Hashing and registering %n file(s)…", nullptr, int(paths.size())));
    CaseJobs::addEvidence(m_db->path(), caseId, paths, this, [this](const CaseJobs::AddOutcome &outcome) {
        reloadCases();
        if (!outcome.errors.isEmpty())
            reportError(outcome.errors.join(QLatin1Char('\n')));
        else
            statusBar()->showMessage(tr("%n evidence file(s) added.", nullptr, int(outcome.added.size())), 8000);
        if (!outcome.added.isEmpty()) {
            if (QTreeWidgetItem *item = m_cases->findItem(CaseBrowser::EvidenceItem, outcome.added.last().id))
                m_cases->setCurrentItem(item);
        }
        updateActions();
        Q_EMIT evidenceAdded(int(outcome.added.size()), int(outcome.errors.size()));
    });
}

void MainWindow::closeAnalysis()
{
    m_analysis.reset();
    m_selectedTrack = -1;
    m_timeline->setAnalysis(nullptr);
    m_tracks->setAnalysis(nullptr);
    m_statusAnalysis->clear();
}

void MainWindow::showEvidence(qint64 evidenceId)
{
    cases::CaseStore store(*m_db);
    auto evidence = store.evidenceById(evidenceId);
    if (evidence)
        m_evidence->setEvidence(*evidence);
}

QString MainWindow::openEvidence(qint64 caseId, qint64 evidenceId)
{
    if (!m_db)
        return tr("Open a case database first.");
    cases::CaseStore store(*m_db);
    auto evidence = store.evidenceById(evidenceId);
    if (!evidence)
        return evidence.error().message;
    closeAnalysis();
    m_caseId = caseId;
    m_evidenceId = evidenceId;
    m_evidence->setEvidence(*evidence);
    m_player->openMedia(evidence->path, nullptr, {}, 0);
    m_statusAnalysis->setText(tr("%1 · not analysed in this view").arg(evidence->fileName));
    reloadNotes();
    updateActions();
    updateTitle();
    return {};
}

QString MainWindow::openAnalysis(qint64 analysisId, qint64 firstFrame)
{
    if (!m_db)
        return tr("Open a case database first.");
    auto loaded = AnalysisView::load(*m_db, analysisId);
    if (!loaded)
        return loaded.error().message;
    auto view = std::make_shared<const AnalysisView>(std::move(loaded.value()));
    closeAnalysis();
    m_analysis = view;
    m_caseId = view->analysis.caseId;
    m_evidenceId = view->analysis.evidenceId;
    m_evidence->setEvidence(view->evidence);
    m_timeline->setAnalysis(view);
    m_tracks->setAnalysis(view);
    // Heatmaps are read on demand for the frame on screen, only on frames known to have some.
    PlayerWidget::HeatmapSource heatmaps = [this, view](qint64 frame) -> QVector<cases::HeatmapRecord> {
        if (!m_db || !std::binary_search(view->heatmapFrames.begin(), view->heatmapFrames.end(), frame))
            return {};
        auto records = cases::AnalysisReader(*m_db).heatmapsAt(view->analysis.id, frame);
        return records ? *records : QVector<cases::HeatmapRecord>{};
    };
    m_player->openMedia(view->evidence.path, view, heatmaps, firstFrame);
    const QSignalBlocker blocker(m_cases);
    m_cases->selectAnalysis(analysisId);
    int manipulated = 0;
    for (const TrackView &t : view->tracks)
        manipulated +=
            t.record.verdict == QStringLiteral("manipulated") || t.record.verdict == QStringLiteral("unknown_method");
    m_statusAnalysis->setText(tr("Analysis %1 · %2 · model %3 %4 · %5 track(s), %6 flagged · %7")
                                  .arg(view->analysis.id)
                                  .arg(view->evidence.fileName, view->analysis.model.name, view->analysis.model.version)
                                  .arg(view->tracks.size())
                                  .arg(manipulated)
                                  .arg(cases::analysisStatusLabel(view->analysis.status)));
    reloadNotes();
    updateActions();
    updateTitle();
    return {};
}

AnalysisDialog *MainWindow::showAnalysisDialog()
{
    if (!m_db || m_caseId < 0 || m_evidenceId < 0)
        return nullptr;
    cases::CaseStore store(*m_db);
    auto caseInfo = store.caseById(m_caseId);
    auto evidence = store.evidenceById(m_evidenceId);
    if (!caseInfo || !evidence) {
        reportError(!caseInfo ? caseInfo.error().message : evidence.error().message);
        return nullptr;
    }
    auto *dialog = new AnalysisDialog(evidence->path, m_db->path(), caseInfo->name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AnalysisDialog::finishedAnalysis, this, [this](qint64 analysisId) {
        reloadCases();
        if (const QString error = openAnalysis(analysisId); !error.isEmpty())
            reportError(error);
    });
    connect(dialog, &AnalysisDialog::failed, this, [this] { reloadCases(); });
    dialog->show();
    return dialog;
}

void MainWindow::selectTrack(int trackNumber)
{
    if (m_selectedTrack == trackNumber)
        return;
    m_selectedTrack = trackNumber;
    m_player->setSelectedTrack(trackNumber);
    m_timeline->setSelectedTrack(trackNumber);
    m_tracks->setSelectedTrack(trackNumber);
}

void MainWindow::seek(qint64 frameIndex)
{
    m_player->controller()->pause();
    m_player->controller()->seek(frameIndex);
}

void MainWindow::reloadNotes()
{
    if (!m_db || m_caseId < 0) {
        m_notes->setNotes({}, {});
        return;
    }
    cases::NoteStore store(*m_db);
    auto notes = store.list(m_caseId);
    if (!notes) {
        reportError(notes.error().message);
        return;
    }
    QHash<qint64, int> trackNumbers;
    if (m_analysis) {
        for (const TrackView &t : m_analysis->tracks)
            trackNumbers.insert(t.id, t.record.trackNumber);
    }
    m_notes->setNotes(*notes, trackNumbers);
    Q_EMIT notesChanged();
}

QString MainWindow::addBookmark()
{
    if (!m_db || m_caseId < 0 || m_evidenceId < 0)
        return tr("Open an evidence file or an analysis to bookmark a frame.");
    const qint64 frame = m_player->currentFrame();
    if (frame < 0)
        return tr("No frame is shown yet.");
    cases::NoteRecord note;
    note.caseId = m_caseId;
    note.evidenceId = m_evidenceId;
    note.kind = cases::NoteKind::Bookmark;
    note.frameIndex = frame;
    note.status = cases::NoteStatus::ToCheck;
    QString context = tr("frame %1 of %2").arg(frame).arg(m_analysis ? m_analysis->evidence.fileName : QString());
    if (m_analysis) {
        note.analysisId = m_analysis->analysis.id;
        if (const TrackView *t = m_analysis->track(m_selectedTrack)) {
            note.trackId = t->id;
            context += tr(", track %1 (%2)")
                           .arg(t->record.trackNumber)
                           .arg(VerdictStyle::describe(t->record.verdict, t->record.label));
        }
        context += tr(", analysis %1").arg(m_analysis->analysis.id);
    }
    note.text = tr("Frame %1 (%2)")
                    .arg(frame)
                    .arg(Timecode::fromSeconds(m_analysis ? m_analysis->secondsAt(frame)
                                                          : frame / qMax(1.0, m_player->controller()->info().fps)));
    auto edited = NoteDialog::ask(this, note, context);
    if (!edited)
        return {};
    auto stored = cases::NoteStore(*m_db).add(*edited);
    if (!stored)
        return stored.error().message;
    reloadNotes();
    m_notes->selectNote(stored->id);
    return {};
}

QString MainWindow::addNote()
{
    if (!m_db || m_caseId < 0)
        return tr("Select a case to add a note.");
    cases::NoteRecord note;
    note.caseId = m_caseId;
    note.evidenceId = m_evidenceId;
    note.kind = cases::NoteKind::Note;
    QString context = tr("the case");
    if (m_analysis) {
        note.analysisId = m_analysis->analysis.id;
        context = tr("analysis %1 of %2").arg(m_analysis->analysis.id).arg(m_analysis->evidence.fileName);
    }
    auto edited = NoteDialog::ask(this, note, context);
    if (!edited)
        return {};
    auto stored = cases::NoteStore(*m_db).add(*edited);
    if (!stored)
        return stored.error().message;
    reloadNotes();
    m_notes->selectNote(stored->id);
    return {};
}

void MainWindow::editNote(qint64 noteId)
{
    if (!m_db)
        return;
    cases::NoteStore store(*m_db);
    auto note = store.get(noteId);
    if (!note)
        return reportError(note.error().message);
    const QString context = note->frameIndex >= 0 ? tr("frame %1").arg(note->frameIndex) : tr("the case");
    auto edited = NoteDialog::ask(this, *note, context);
    if (!edited)
        return;
    if (auto updated = store.update(noteId, edited->text, edited->status); !updated)
        return reportError(updated.error().message);
    reloadNotes();
}

void MainWindow::removeNote(qint64 noteId)
{
    if (!m_db)
        return;
    if (auto removed = cases::NoteStore(*m_db).remove(noteId); !removed)
        return reportError(removed.error().message);
    reloadNotes();
}

} // namespace fp::ui
