#include "ui/mainwindow/MainWindow.h"

#include <QMenuBar>
#include <QSettings>
#include <QTest>

using namespace fp;

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("FakeprintTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_mainwindow"));
        QSettings().clear();
    }

    void opensEmptyWindowWithMenus()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Fakeprint"));
        // Fits a 1280x720 screen (a common laptop) with every dock shown.
        QVERIFY2(window.minimumSizeHint().width() <= 1280 && window.minimumSizeHint().height() <= 720,
                 qPrintable(QStringLiteral("minimum size %1x%2")
                                .arg(window.minimumSizeHint().width())
                                .arg(window.minimumSizeHint().height())));
        QVERIFY(window.menuBar()->actions().size() >= 2);
    }

    void remembersGeometryBetweenRuns()
    {
        QSize size;
        {
            ui::MainWindow window;
            // A size the window's minimum does not override, whatever the fonts.
            size = QSize(1300, 740).expandedTo(window.minimumSizeHint() + QSize(24, 24));
            window.resize(size);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.close();
        }
        ui::MainWindow again;
        QCOMPARE(again.size(), size);
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
