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
        QVERIFY(window.menuBar()->actions().size() >= 2);
    }

    void remembersGeometryBetweenRuns()
    {
        {
            ui::MainWindow window;
            window.resize(1300, 740);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.close();
        }
        ui::MainWindow again;
        QCOMPARE(again.size(), QSize(1300, 740));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
