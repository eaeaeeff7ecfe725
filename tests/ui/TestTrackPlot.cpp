// TrackPlot on the fixture analysis: series, presence rows, shading of frames without faces, themes.
#include "UiFixture.h"

#include "tests/testsupport/Fixtures.h"

#include "core/cases/CaseDatabase.h"
#include "ui/common/AnalysisView.h"
#include "ui/plots/TrackPlot.h"

#include <QTemporaryDir>
#include <QTest>

#include <qcustomplot.h>

using namespace fp;

class TestTrackPlot : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::UiFixture m_fixture;
    ui::AnalysisView m_view;

private Q_SLOTS:
    void initTestCase()
    {
        if (!test::haveFfmpeg())
            QSKIP("ffmpeg is needed to generate the fixture clip");
        m_fixture = test::UiFixture::build(m_dir.path());
        QVERIFY2(m_fixture.error.isEmpty(), qPrintable(m_fixture.error));
        auto db = cases::CaseDatabase::open(m_fixture.dbPath);
        QVERIFY(db);
        auto view = ui::AnalysisView::load(**db, m_fixture.analysisId);
        QVERIFY2(view, view ? "" : qPrintable(view.error().message));
        m_view = *view;
    }

    void analysisViewReadsEverything()
    {
        QCOMPARE(int(m_view.tracks.size()), 2);
        QCOMPARE(m_view.classLabels,
                 QStringList({QStringLiteral("Real"), QStringLiteral("FaceSwap"), QStringLiteral("Reenactment")}));
        QCOMPARE(m_view.realClassIndex, 0);
        QCOMPARE(m_view.frameCount, qint64(test::UiFixture::kFrames));
        const ui::TrackView *t1 = m_view.track(1);
        QVERIFY(t1);
        QCOMPARE(int(t1->detections.size()), 30);
        QCOMPARE(t1->record.verdict, QStringLiteral("manipulated"));
        QVERIFY(t1->detectionAt(29));
        QVERIFY(!t1->detectionAt(30));
        QCOMPARE(t1->scoreAt(12)->pFake, 0.9);
        QCOMPARE(m_view.heatmapFrames, QVector<qint64>({test::UiFixture::kHeatmapFrame}));
        const auto gaps = m_view.framesWithoutFaces();
        QCOMPARE(int(gaps.size()), 1);
        QCOMPARE(gaps.first().first, qint64(30));
        QCOMPARE(gaps.first().last, qint64(33));
        const auto suspicious = m_view.suspiciousSegments();
        QCOMPARE(int(suspicious.size()), 1);
        QCOMPARE(suspicious.first().first, qint64(12));
        QCOMPARE(suspicious.first().last, qint64(29));
        QCOMPARE(m_view.nextSuspicious(0), qint64(12));
        QCOMPARE(m_view.nextSuspicious(12), qint64(-1));
        QCOMPARE(m_view.previousSuspicious(40), qint64(12));
    }

    void fakeProbabilityPerTrack()
    {
        QCustomPlot plot;
        plot.resize(800, 300);
        ui::TrackPlotOptions options;
        options.selectedTrack = 1;
        ui::TrackPlot::populate(&plot, m_view, options);
        QCOMPARE(plot.graphCount(), 2);
        QCOMPARE(plot.graph(0)->dataCount(), 30);
        QVERIFY(ui::TrackPlot::presenceRect(&plot));
        QVERIFY(plot.legend);
        // Two shades (probabilities and presence rows), one threshold line, one presence bar per track.
        QCOMPARE(plot.itemCount(), 2 + 1 + 2);
        const QCPRange range = ui::TrackPlot::probabilityRect(&plot)->axis(QCPAxis::atBottom)->range();
        QCOMPARE(range.lower, -0.5);
        QCOMPARE(range.upper, test::UiFixture::kFrames - 0.5);
        // The axes of both rows move together.
        ui::TrackPlot::probabilityRect(&plot)->axis(QCPAxis::atBottom)->setRange(10, 20);
        QCOMPARE(ui::TrackPlot::presenceRect(&plot)->axis(QCPAxis::atBottom)->range().lower, 10.0);
    }

    void classProbabilitiesOfOneTrack()
    {
        QCustomPlot plot;
        ui::TrackPlotOptions options;
        options.series = ui::TrackPlotOptions::Series::ClassProbabilities;
        options.selectedTrack = 2;
        options.showPresence = false;
        options.theme = ui::PlotTheme::light();
        ui::TrackPlot::populate(&plot, m_view, options);
        QCOMPARE(plot.graphCount(), 3);
        QCOMPARE(plot.graph(0)->dataCount(), 14);
        QVERIFY(!ui::TrackPlot::presenceRect(&plot));
        QCOMPARE(ui::TrackPlot::probabilityRect(&plot)->axis(QCPAxis::atLeft)->tickLabelColor(),
                 ui::PlotTheme::light().foreground);
        // Rendering as vector graphics (what the report does) works without a window.
        QPicture picture;
        QCPPainter painter(&picture);
        plot.toPainter(&painter, 600, 250);
        painter.end();
        QVERIFY(picture.size() > 0);
    }

    void repopulatingReplacesEverything()
    {
        QCustomPlot plot;
        ui::TrackPlot::populate(&plot, m_view);
        ui::TrackPlot::populate(&plot, m_view);
        QCOMPARE(plot.graphCount(), 2);
        QCOMPARE(plot.axisRectCount(), 2);
        ui::AnalysisView empty;
        ui::TrackPlot::populate(&plot, empty);
        QCOMPARE(plot.graphCount(), 0);
        QCOMPARE(plot.axisRectCount(), 1);
    }
};

QTEST_MAIN(TestTrackPlot)
#include "TestTrackPlot.moc"
