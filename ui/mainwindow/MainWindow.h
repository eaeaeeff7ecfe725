#pragma once

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;

namespace fp::cases {
class CaseDatabase;
}

namespace fp::ui {

class AnalysisDialog;
class AnalysisView;
class CaseBrowser;
class EvidencePanel;
class NotesPanel;
class PlayerWidget;
class TimelineWidget;
class TrackPanel;

// The analyst's window: wires the panels (each its own widget) to one open case database and the analysis or
// evidence file being examined, and keeps the dock layout between runs. The database connection belongs to the
// GUI thread; long work (hashing, probing, decoding) runs on workers with their own connections.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Each returns an empty string on success, else the message also shown to the user.
    QString openDatabase(const QString &path);
    QString createCase(const QString &name);
    QString openAnalysis(qint64 analysisId, qint64 firstFrame = 0);
    QString openEvidence(qint64 caseId, qint64 evidenceId);
    void addEvidenceFiles(qint64 caseId, const QStringList &paths);
    QString addBookmark();
    QString addNote();
    // Opens the analysis dialog for the evidence file shown (nullptr when none); the dialog stays non-modal.
    AnalysisDialog *showAnalysisDialog();
    void selectTrack(int trackNumber);
    void seek(qint64 frameIndex);

    cases::CaseDatabase *database() const { return m_db.get(); }
    std::shared_ptr<const AnalysisView> analysis() const { return m_analysis; }
    CaseBrowser *caseBrowser() const { return m_cases; }
    PlayerWidget *player() const { return m_player; }
    TimelineWidget *timeline() const { return m_timeline; }
    TrackPanel *trackPanel() const { return m_tracks; }
    EvidencePanel *evidencePanel() const { return m_evidence; }
    NotesPanel *notesPanel() const { return m_notes; }

Q_SIGNALS:
    void evidenceAdded(int added, int failed);
    void notesChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QDockWidget *addDock(QWidget *panel, const QString &title, const QString &objectName, Qt::DockWidgetArea area);
    void createDocks();
    void createMenus();
    void connectPanels();
    void restoreWindowState();
    void applyDefaultDockSizes();
    void saveWindowState();
    void reloadCases();
    void reloadNotes();
    void closeAnalysis();
    void showEvidence(qint64 evidenceId);
    void editNote(qint64 noteId);
    void removeNote(qint64 noteId);
    void updateActions();
    void updateTitle();
    void reportError(const QString &message);
    void chooseDatabase(bool create);
    void chooseEvidence();
    void askNewCase();

    std::unique_ptr<cases::CaseDatabase> m_db;
    std::shared_ptr<const AnalysisView> m_analysis;
    qint64 m_caseId = -1;
    qint64 m_evidenceId = -1;
    int m_selectedTrack = -1;

    CaseBrowser *m_cases = nullptr;
    PlayerWidget *m_player = nullptr;
    TimelineWidget *m_timeline = nullptr;
    TrackPanel *m_tracks = nullptr;
    EvidencePanel *m_evidence = nullptr;
    NotesPanel *m_notes = nullptr;
    QLabel *m_statusDb = nullptr;
    QLabel *m_statusAnalysis = nullptr;
    QAction *m_newCaseAction = nullptr;
    QAction *m_addEvidenceAction = nullptr;
    QAction *m_bookmarkAction = nullptr;
    QAction *m_noteAction = nullptr;
    QAction *m_analyseAction = nullptr;
    QByteArray m_defaultState;
    bool m_defaultSizesPending = true; // no saved layout: size the docks when first shown
};

} // namespace fp::ui
