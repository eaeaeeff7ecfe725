// Drives the analyst's window on a fixture case: open, seek, overlays, tracks, timeline, bookmarks, evidence.
#include "UiFixture.h"

#include "tests/testsupport/Fixtures.h"

#include "core/cases/AuditLog.h"
#include "core/cases/CaseDatabase.h"
#include "ui/cases/CaseBrowser.h"
#include "ui/common/AnalysisView.h"
#include "ui/dialogs/AnalysisDialog.h"
#include "ui/dialogs/NoteDialog.h"
#include "ui/evidence/EvidencePanel.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/notes/NotesPanel.h"
#include "ui/player/PlaybackController.h"
#include "ui/player/PlayerWidget.h"
#include "ui/player/VideoView.h"
#include "ui/timeline/TimelineWidget.h"
#include "ui/tracks/ProbabilityBars.h"
#include "ui/tracks/TrackPanel.h"

#include <QAction>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <qcustomplot.h>

using namespace fp;

class TestAnalysisWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::UiFixture m_fixture;

    // Seeks and waits until the player shows that frame.
    static bool seekAndWait(ui::MainWindow &window, qint64 frame)
    {
        QSignalSpy spy(window.player(), &ui::PlayerWidget::frameChanged);
        window.seek(frame);
        return QTest::qWaitFor([&] { return window.player()->currentFrame() == frame; }, 20000);
    }

    static bool openAndWait(ui::MainWindow &window, const test::UiFixture &f, qint64 frame)
    {
        if (!window.openDatabase(f.dbPath).isEmpty())
            return false;
        if (!window.openAnalysis(f.analysisId, frame).isEmpty())
            return false;
        return QTest::qWaitFor([&] { return window.player()->currentFrame() == frame; }, 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("FakeprintTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_analysis_window"));
        QSettings().clear();
        if (!test::haveFfmpeg())
            QSKIP("ffmpeg is needed to generate the fixture clip");
        QVERIFY(m_dir.isValid());
        m_fixture = test::UiFixture::build(m_dir.path());
        QVERIFY2(m_fixture.error.isEmpty(), qPrintable(m_fixture.error));
    }

    void opensCaseAndAnalysis()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_fixture, 5));
        QCOMPARE(window.caseBrowser()->topLevelItemCount(), 1);
        QVERIFY(window.caseBrowser()->findItem(ui::CaseBrowser::AnalysisItem, m_fixture.analysisId));
        QCOMPARE(window.trackPanel()->trackCount(), 2);
        QCOMPARE(window.timeline()->plot()->graphCount(), 2);
        QVERIFY(window.windowTitle().contains(QStringLiteral("clip.mp4")));
        QCOMPARE(window.player()->view()->image().size(), QSize(320, 240));
        // Frame 5 has one face (track 1), drawn in the manipulated colour.
        QCOMPARE(int(window.player()->view()->overlays().size()), 1);
        QCOMPARE(window.player()->view()->overlays().first().trackNumber, 1);
        QCOMPARE(window.timeline()->currentFrame(), qint64(5));
        QCOMPARE(window.evidencePanel()->evidenceId(), m_fixture.evidenceId);
    }

    void seeksAndNavigates()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_fixture, 0));
        QVERIFY(seekAndWait(window, 40));
        QCOMPARE(int(window.player()->view()->overlays().size()), 1);
        QCOMPARE(window.player()->view()->overlays().first().trackNumber, 2);
        QVERIFY(seekAndWait(window, 31));
        QVERIFY(window.player()->view()->overlays().isEmpty()); // frames 30..33: no face

        // Next suspicious segment from frame 0 starts at 12 (track 1's P(fake) reaches 0.5 there).
        QVERIFY(seekAndWait(window, 0));
        const auto actions = window.player()->transportActions();
        QAction *next = nullptr;
        for (QAction *a : actions)
            if (a->text() == QStringLiteral("Next suspicious segment"))
                next = a;
        QVERIFY(next);
        next->trigger();
        QVERIFY(QTest::qWaitFor([&] { return window.player()->currentFrame() == 12; }, 20000));

        // Step and go-to by timecode (24 fps: one second is frame 24).
        window.player()->controller()->step(1);
        QVERIFY(QTest::qWaitFor([&] { return window.player()->currentFrame() == 13; }, 20000));
        QVERIFY(window.player()->goTo(QStringLiteral("00:00:01.000")));
        QVERIFY(QTest::qWaitFor([&] { return window.player()->currentFrame() == 24; }, 20000));
        QVERIFY(!window.player()->goTo(QStringLiteral("not a time")));

        // A click on the timeline seeks to the frame under the mouse.
        QCustomPlot *plot = window.timeline()->plot();
        QCPAxis *x = plot->axisRect(0)->axis(QCPAxis::atBottom);
        const QPoint at(int(x->coordToPixel(30)), plot->axisRect(0)->rect().center().y());
        QTest::mouseClick(plot, Qt::LeftButton, {}, at);
        QVERIFY(QTest::qWaitFor([&] { return qAbs(window.player()->currentFrame() - 30) <= 1; }, 20000));
    }

    void togglesOverlays()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_fixture, test::UiFixture::kHeatmapFrame));
        auto overlays = window.player()->view()->overlays();
        QCOMPARE(int(overlays.size()), 1);
        QVERIFY(!overlays.first().heatmap.isNull()); // stored Grad-CAM for the attributed class (FaceSwap)
        QCOMPARE(overlays.first().heatmapRect, QRect(30, 30, 100, 100));
        window.player()->heatmapAction()->setChecked(false);
        QVERIFY(window.player()->view()->overlays().first().heatmap.isNull());
        window.player()->heatmapAction()->setChecked(true);
        window.player()->setHeatmapClass(2); // Reenactment: no stored map for that class
        QVERIFY(window.player()->view()->overlays().first().heatmap.isNull());
        // The fixture's model is not installed, so nothing can be computed on demand, and the window says so.
        auto *gradcamStatus = window.player()->findChild<QLabel *>(QStringLiteral("gradcamStatus"));
        QVERIFY(gradcamStatus);
        QCOMPARE(gradcamStatus->text(), QStringLiteral("Grad-CAM: stored only"));
        QVERIFY(gradcamStatus->toolTip().contains(QStringLiteral("fixture-model")));
        window.player()->setHeatmapClass(1);
        QVERIFY(!window.player()->view()->overlays().first().heatmap.isNull());
        const QImage withBoxes = window.player()->view()->grab().toImage();
        window.player()->boxesAction()->setChecked(false);
        const QImage withoutBoxes = window.player()->view()->grab().toImage();
        QVERIFY(withBoxes != withoutBoxes);
        window.player()->view()->zoomOneToOne();
        QCOMPARE(window.player()->view()->zoom(), 1.0);
        QVERIFY(!window.player()->view()->fitMode());
        window.player()->view()->fitToWindow();
        QVERIFY(window.player()->view()->fitMode());
    }

    void captionsNeverCoverEachOther()
    {
        // Three faces side by side with long captions (wider than their boxes) and one at the right edge: every
        // caption stays inside the view and none lies on another; the selected face's caption sits right above it.
        ui::VideoView view;
        view.resize(640, 360);
        QImage frame(1280, 720, QImage::Format_RGB888);
        frame.fill(Qt::darkGray);
        view.setImage(frame);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVector<ui::FaceOverlay> overlays;
        for (int i = 0; i < 4; ++i) {
            ui::FaceOverlay o;
            o.trackNumber = i + 1;
            o.box = i < 3 ? QRectF(300 + 160 * i, 300 + 20 * i, 140, 140) : QRectF(1150, 100, 120, 120);
            o.color = Qt::red;
            o.caption = QStringLiteral("T%1 Manipulated, method unknown 97% · frame P(fake) 0.99").arg(i + 1);
            o.selected = i == 1;
            overlays << o;
        }
        view.setOverlays(overlays);
        const auto captions = view.captionLayout();
        QCOMPARE(int(captions.size()), 4);
        QCOMPARE(captions.front().overlay->trackNumber, 2);
        // Fitted 1280x720 into 640x360: the selected box (460, 320) lands at (230, 160); its caption ends there.
        QVERIFY(view.fitMode());
        QCOMPARE(view.zoom(), 0.5);
        QCOMPARE(captions.front().rect.bottom(), 160.0);
        for (size_t i = 0; i < captions.size(); ++i) {
            QVERIFY2(QRectF(view.rect()).contains(captions[i].rect), qPrintable(QString::number(i)));
            for (size_t j = i + 1; j < captions.size(); ++j)
                QVERIFY2(!captions[i].rect.intersects(captions[j].rect),
                         qPrintable(QStringLiteral("captions %1 and %2 overlap").arg(i).arg(j)));
        }
        // Hidden boxes: no captions.
        view.setShowBoxes(false);
        QVERIFY(view.captionLayout().empty());
    }

    void selectsTracks()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_fixture, 40));
        QSignalSpy thumbs(window.trackPanel(), &ui::TrackPanel::thumbnailsLoaded);
        window.trackPanel()->setSelectedTrack(2);
        QCOMPARE(window.player()->selectedTrack(), 2);
        QVERIFY(window.player()->view()->overlays().first().selected);
        QVERIFY(thumbs.wait(20000));
        QVERIFY(window.trackPanel()->thumbnailCount() > 0);
        // Clicking a face in the view selects its track.
        window.selectTrack(-1);
        const QRectF box = window.player()->view()->overlays().first().box;
        ui::VideoView *view = window.player()->view();
        const double z = view->zoom();
        const QPointF origin = QPointF(view->width() - 320 * z, view->height() - 240 * z) / 2.0;
        QTest::mouseClick(view, Qt::LeftButton, {}, (origin + box.center() * z).toPoint());
        QCOMPARE(window.player()->selectedTrack(), 2);
        QCOMPARE(window.trackPanel()->selectedTrack(), 2);
    }

    // Track cards show the class probabilities by the card's labels, in the model's class order (they are stored by
    // class key).
    void trackCardsNameClassesByLabel()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_fixture, 5));
        const auto bars = window.trackPanel()->findChildren<ui::ProbabilityBars *>();
        QVERIFY(!bars.isEmpty());
        for (const ui::ProbabilityBars *b : bars) {
            QCOMPARE(b->labels(),
                     QStringList({QStringLiteral("Real"), QStringLiteral("FaceSwap"), QStringLiteral("Reenactment")}));
            QCOMPARE(b->values().size(), 3);
        }
        // Track 1's card: FaceSwap 0.8.
        QVERIFY(std::any_of(bars.begin(), bars.end(),
                            [](const ui::ProbabilityBars *b) { return b->values().at(1) == 0.8; }));
    }

    void bookmarksFrameIntoCaseAndAudit()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_fixture, 15));
        window.selectTrack(1);
        ui::NoteDialog::setNextAnswer({true, QStringLiteral("Blending seam at the jaw"), cases::NoteStatus::Warning});
        QCOMPARE(window.addBookmark(), QString());
        QCOMPARE(window.notesPanel()->noteCount(), 1);
        ui::NoteDialog::setNextAnswer({false, {}, cases::NoteStatus::Ok});
        QCOMPARE(window.addBookmark(), QString()); // cancelled: nothing stored
        QCOMPARE(window.notesPanel()->noteCount(), 1);

        auto db = cases::CaseDatabase::open(m_fixture.dbPath);
        QVERIFY(db);
        auto entries = cases::AuditLog::entries((*db)->connection(), m_fixture.dbPath);
        QVERIFY(entries);
        bool found = false;
        for (const auto &e : *entries)
            found = found || e.action.startsWith(QStringLiteral("note."));
        QVERIFY2(found, "adding a bookmark must write an audit entry");
        auto verification = cases::AuditLog::verify((*db)->connection(), m_fixture.dbPath);
        QVERIFY(verification && verification->ok);
    }

    void verifiesEvidence()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_fixture, 0));
        QSignalSpy notes(&window, &ui::MainWindow::notesChanged);
        Q_EMIT window.evidencePanel()->verifyRequested(m_fixture.evidenceId);
        QVERIFY(notes.wait(20000));
        QVERIFY2(window.evidencePanel()->integrityText().contains(QStringLiteral("Intact")),
                 qPrintable(window.evidencePanel()->integrityText()));
    }

    void addsDroppedEvidence()
    {
        QTemporaryDir dir;
        test::VideoSpec spec;
        spec.frames = 12;
        spec.source = QStringLiteral("smptebars");
        QString error;
        const QString second = test::makeVideo(dir.path(), QStringLiteral("second"), spec, &error);
        QVERIFY2(!second.isEmpty(), qPrintable(error));
        const QString notVideo = test::makeFile(dir.path(), QStringLiteral("notes.txt"), "plain text");
        ui::MainWindow window;
        window.show();
        QCOMPARE(window.openDatabase(m_fixture.dbPath), QString());
        QSignalSpy added(&window, &ui::MainWindow::evidenceAdded);
        window.addEvidenceFiles(m_fixture.caseId, {second, notVideo});
        QVERIFY(added.wait(20000));
        QCOMPARE(added.first().at(0).toInt(), 1); // the video
        QCOMPARE(added.first().at(1).toInt(), 1); // the text file is refused
        QVERIFY(window.caseBrowser()->topLevelItem(0)->childCount() >= 2);
    }

    void analysisDialogReportsFailureWithoutBlocking()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_fixture, 0));
        ui::AnalysisDialog *dialog = window.showAnalysisDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->isModal());
        analysis::AnalysisParams params = dialog->formParams();
        QCOMPARE(params.evidencePath, m_fixture.videoPath);
        QCOMPARE(params.databasePath, m_fixture.dbPath);
        QCOMPARE(params.caseName, QStringLiteral("Fixture case"));
        params.model = m_dir.filePath(QStringLiteral("no-such-model.json"));
        ui::AnalysisDialog::setNextAnswer(params);
        QSignalSpy failed(dialog, &ui::AnalysisDialog::failed);
        dialog->start();
        QVERIFY(dialog->isRunning() || failed.count() == 1);
        QVERIFY(failed.count() == 1 || failed.wait(60000));
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("no-such-model")),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(!dialog->isRunning());
    }

    void rejectsMissingAnalysis()
    {
        ui::MainWindow window;
        QCOMPARE(window.openDatabase(m_fixture.dbPath), QString());
        QVERIFY(!window.openAnalysis(99999).isEmpty());
        QVERIFY(!window.openDatabase(m_fixture.videoPath).isEmpty()); // a video is no case database
    }
};

QTEST_MAIN(TestAnalysisWindow)
#include "TestAnalysisWindow.moc"
