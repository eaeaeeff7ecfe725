#include "ui/mainwindow/MainWindow.h"

#include "core/cases/CaseDatabase.h"
#include "core/common/Version.h"
#include "core/inference/ModelRegistry.h"
#include "ui/cases/CaseBrowser.h"
#include "ui/cases/CaseJobs.h"
#include "ui/common/AnalysisView.h"
#include "ui/dialogs/ModelManagerDialog.h"
#include "ui/dialogs/ReportExportDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/evidence/EvidencePanel.h"
#include "ui/notes/NotesPanel.h"
#include "ui/player/PlaybackController.h"
#include "ui/player/PlayerWidget.h"
#include "ui/timeline/TimelineWidget.h"
#include "ui/tracks/TrackPanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace fp::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Fakeprint"));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks);
    m_player = new PlayerWidget(this);
    setCentralWidget(m_player);
    createDocks();
    createMenus();
    connectPanels();
    m_statusDb = new QLabel(this);
    m_statusAnalysis = new QLabel(this);
    statusBar()->addWidget(m_statusAnalysis, 1);
    statusBar()->addPermanentWidget(m_statusDb);
    m_statusDb->setText(tr("No case database open"));
    resize(1366, 768);
    m_defaultState = saveState();
    restoreWindowState();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The player's frame server and the panels' workers go before the database connection.
    m_player->closeMedia();
}

QDockWidget *MainWindow::addDock(QWidget *panel, const QString &title, const QString &objectName,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(panel);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                      QDockWidget::DockWidgetClosable);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createDocks()
{
    m_cases = new CaseBrowser(this);
    m_evidence = new EvidencePanel(this);
    m_tracks = new TrackPanel(this);
    m_notes = new NotesPanel(this);
    m_timeline = new TimelineWidget(this);
    QDockWidget *cases = addDock(m_cases, tr("Cases"), QStringLiteral("casesDock"), Qt::LeftDockWidgetArea);
    QDockWidget *evidence = addDock(m_evidence, tr("Evidence"), QStringLiteral("evidenceDock"), Qt::LeftDockWidgetArea);
    QDockWidget *tracks = addDock(m_tracks, tr("Face tracks"), QStringLiteral("tracksDock"), Qt::RightDockWidgetArea);
    QDockWidget *notes =
        addDock(m_notes, tr("Notes and bookmarks"), QStringLiteral("notesDock"), Qt::RightDockWidgetArea);
    addDock(m_timeline, tr("Timeline"), QStringLiteral("timelineDock"), Qt::BottomDockWidgetArea);
    splitDockWidget(cases, evidence, Qt::Vertical);
    splitDockWidget(tracks, notes, Qt::Vertical);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    m_cases->setMinimumWidth(220);
    m_evidence->setMinimumWidth(220);
    m_tracks->setMinimumWidth(260);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDb = file->addAction(tr("&New case database…"));
    connect(newDb, &QAction::triggered, this, [this] { chooseDatabase(true); });
    QAction *openDb = file->addAction(tr("&Open case database…"));
    openDb->setShortcut(QKeySequence::Open);
    connect(openDb, &QAction::triggered, this, [this] { chooseDatabase(false); });
    file->addSeparator();
    m_newCaseAction = file->addAction(tr("New &case…"));
    m_newCaseAction->setShortcut(QKeySequence::New);
    connect(m_newCaseAction, &QAction::triggered, this, &MainWindow::askNewCase);
    m_addEvidenceAction = file->addAction(tr("Add &evidence…"));
    m_addEvidenceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_addEvidenceAction, &QAction::triggered, this, &MainWindow::chooseEvidence);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_player->viewActions());
    view->addSeparator();
    const auto docks = findChildren<QDockWidget *>();
    for (QDockWidget *dock : docks)
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    QAction *reset = view->addAction(tr("&Reset layout"));
    connect(reset, &QAction::triggered, this, [this] {
        restoreState(m_defaultState);
        const auto all = findChildren<QDockWidget *>();
        for (QDockWidget *dock : all)
            dock->show();
        applyDefaultDockSizes();
    });

    QMenu *playback = menuBar()->addMenu(tr("&Playback"));
    playback->addActions(m_player->transportActions());

    QMenu *annotate = menuBar()->addMenu(tr("&Annotate"));
    m_bookmarkAction = annotate->addAction(tr("&Bookmark current frame…"));
    m_bookmarkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(m_bookmarkAction, &QAction::triggered, this, [this] {
        if (const QString error = addBookmark(); !error.isEmpty())
            reportError(error);
    });
    m_noteAction = annotate->addAction(tr("Add &note…"));
    m_noteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_noteAction, &QAction::triggered, this, [this] {
        if (const QString error = addNote(); !error.isEmpty())
            reportError(error);
    });

    QMenu *analyse = menuBar()->addMenu(tr("A&nalysis"));
    m_analyseAction = analyse->addAction(tr("&Analyse evidence…"));
    m_analyseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_analyseAction, &QAction::triggered, this, [this] { showAnalysisDialog(); });
    QAction *exportReport = analyse->addAction(tr("Export &report…"));
    connect(exportReport, &QAction::triggered, this, [this] {
        if (!m_db || !m_analysis)
            return reportError(tr("Open an analysis first: a report describes one analysis."));
        const qint64 analysisId = m_analysis->analysis.id;
        const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                      .filePath(QStringLiteral("fakeprint-analysis-%1.pdf").arg(analysisId));
        const auto values = ReportExportDialog::ask(this, suggested);
        if (!values)
            return;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const ReportExportDialog::Outcome outcome = ReportExportDialog::write(*m_db, analysisId, *values);
        QApplication::restoreOverrideCursor();
        if (!outcome.error.isEmpty())
            return reportError(tr("The report could not be written: %1").arg(outcome.error));
        statusBar()->showMessage(
            tr("Wrote %1 (%n page(s)).", nullptr, outcome.pageCount).arg(QDir::toNativeSeparators(values->outputPath)),
            8000);
        if (!outcome.warnings.isEmpty())
            QMessageBox::warning(this, tr("Report written with warnings"), outcome.warnings.join(QLatin1Char('\n')));
    });

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *models = tools->addAction(tr("&Models…"));
    connect(models, &QAction::triggered, this, [this] {
        const inference::ModelRegistry registry = inference::ModelRegistry::fromAppPaths();
        ModelManagerDialog dialog(registry, this);
        dialog.exec();
    });
    QAction *settings = tools->addAction(tr("&Settings…"));
    settings->setShortcut(QKeySequence::Preferences);
    connect(settings, &QAction::triggered, this, [this] { SettingsDialog::ask(this); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Fakeprint"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Fakeprint"),
                           tr("Fakeprint %1\nOffline deepfake detection and attribution for video.\n\n"
                              "Grad-CAM maps show where a model looked, not which pixels were manipulated.")
                               .arg(QString::fromLatin1(kVersion)));
    });
}

void MainWindow::connectPanels()
{
    connect(m_cases, &CaseBrowser::caseSelected, this, [this](qint64 caseId) {
        m_caseId = caseId;
        reloadNotes();
        updateActions();
    });
    connect(m_cases, &CaseBrowser::evidenceSelected, this, [this](qint64 caseId, qint64 evidenceId) {
        if (const QString error = openEvidence(caseId, evidenceId); !error.isEmpty())
            reportError(error);
    });
    connect(m_cases, &CaseBrowser::analysisSelected, this, [this](qint64, qint64 analysisId) {
        if (!m_analysis || m_analysis->analysis.id != analysisId) {
            if (const QString error = openAnalysis(analysisId); !error.isEmpty())
                reportError(error);
        }
    });
    connect(m_cases, &CaseBrowser::filesDropped, this, &MainWindow::addEvidenceFiles);
    connect(m_player, &PlayerWidget::frameChanged, m_timeline, &TimelineWidget::setCurrentFrame);
    connect(m_player, &PlayerWidget::frameChanged, this, [this] { updateActions(); });
    connect(m_player, &PlayerWidget::trackClicked, this, &MainWindow::selectTrack);
    connect(m_player, &PlayerWidget::mediaFailed, this, &MainWindow::reportError);
    connect(m_timeline, &TimelineWidget::seekRequested, this, &MainWindow::seek);
    connect(m_tracks, &TrackPanel::trackSelected, this, &MainWindow::selectTrack);
    connect(m_tracks, &TrackPanel::seekRequested, this, &MainWindow::seek);
    connect(m_evidence, &EvidencePanel::verifyRequested, this, [this](qint64 evidenceId) {
        if (!m_db)
            return;
        m_evidence->setVerifying();
        CaseJobs::verifyEvidence(m_db->path(), evidenceId, this, [this](const CaseJobs::VerifyOutcome &outcome) {
            if (!outcome.error.isEmpty())
                m_evidence->setVerificationError(outcome.error);
            else
                m_evidence->setVerification(outcome.verification);
            reloadNotes();
        });
    });
    connect(m_notes, &NotesPanel::addBookmarkRequested, m_bookmarkAction, &QAction::trigger);
    connect(m_notes, &NotesPanel::addNoteRequested, m_noteAction, &QAction::trigger);
    connect(m_notes, &NotesPanel::editRequested, this, &MainWindow::editNote);
    connect(m_notes, &NotesPanel::removeRequested, this, &MainWindow::removeNote);
    connect(m_notes, &NotesPanel::seekRequested, this, &MainWindow::seek);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_defaultSizesPending = !restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::applyDefaultDockSizes()
{
    // Proportions of the window: the video gets what the panels leave, the timeline about a third of the height.
    auto dock = [this](const char *name) { return findChild<QDockWidget *>(QLatin1String(name)); };
    const int w = width();
    const int h = height();
    resizeDocks({dock("casesDock"), dock("tracksDock")}, {qBound(240, w / 5, 380), qBound(300, w / 4, 440)},
                Qt::Horizontal);
    resizeDocks({dock("casesDock"), dock("evidenceDock")}, {h / 2, h / 2}, Qt::Vertical);
    resizeDocks({dock("tracksDock"), dock("notesDock")}, {h * 3 / 5, h * 2 / 5}, Qt::Vertical);
    resizeDocks({dock("timelineDock")}, {qBound(200, h * 3 / 10, 340)}, Qt::Vertical);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_defaultSizesPending) {
        m_defaultSizesPending = false;
        applyDefaultDockSizes();
    }
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (m_db)
        settings.setValue(QStringLiteral("cases/lastDatabase"), m_db->path());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    event->accept();
}

void MainWindow::chooseDatabase(bool create)
{
    QSettings settings;
    const QString start = settings.value(QStringLiteral("cases/lastDatabase")).toString();
    const QString filter = tr("Fakeprint case databases (*.db *.fpcase.db);;All files (*)");
    const QString path = create ? QFileDialog::getSaveFileName(this, tr("New case database"), start, filter)
                                : QFileDialog::getOpenFileName(this, tr("Open case database"), start, filter);
    if (path.isEmpty())
        return;
    if (const QString error = openDatabase(path); !error.isEmpty())
        reportError(error);
}

void MainWindow::chooseEvidence()
{
    const qint64 caseId = m_cases->currentCaseId();
    if (caseId < 0)
        return;
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add evidence"), QString(),
        tr("Videos (*.mp4 *.mov *.mkv *.avi *.webm *.m4v *.mpg *.mpeg *.ts *.3gp);;All files (*)"));
    if (!paths.isEmpty())
        addEvidenceFiles(caseId, paths);
}

void MainWindow::askNewCase()
{
    if (!m_db)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New case"), tr("Case name:"), QLineEdit::Normal, {}, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    if (const QString error = createCase(name.trimmed()); !error.isEmpty())
        reportError(error);
}

void MainWindow::reportError(const QString &message)
{
    statusBar()->showMessage(message, 15000);
    if (isVisible() && QApplication::platformName() != QLatin1String("offscreen"))
        QMessageBox::warning(this, tr("Fakeprint"), message);
}

void MainWindow::updateActions()
{
    const bool haveDb = m_db != nullptr;
    m_newCaseAction->setEnabled(haveDb);
    m_addEvidenceAction->setEnabled(haveDb && m_cases->currentCaseId() >= 0);
    const bool haveCase = haveDb && m_caseId >= 0;
    m_noteAction->setEnabled(haveCase);
    m_bookmarkAction->setEnabled(haveCase && m_evidenceId >= 0 && m_player->currentFrame() >= 0);
    m_analyseAction->setEnabled(haveCase && m_evidenceId >= 0);
    m_notes->setCanAdd(m_noteAction->isEnabled(), m_bookmarkAction->isEnabled());
}

void MainWindow::updateTitle()
{
    QString title = tr("Fakeprint");
    if (m_db)
        title = tr("%1 — Fakeprint").arg(QFileInfo(m_db->path()).fileName());
    if (m_analysis)
        title = tr("%1 · analysis %2 — %3").arg(m_analysis->evidence.fileName).arg(m_analysis->analysis.id).arg(title);
    setWindowTitle(title);
}

} // namespace fp::ui
