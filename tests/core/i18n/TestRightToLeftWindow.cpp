// Arabic lays the GUI out from right to left: the layout direction comes from the translation's QT_LAYOUT_DIRECTION
// (fp::i18n::Translations::install), and Qt mirrors menus and form layouts by it.
#include "core/i18n/Translations.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/mainwindow/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QMenuBar>
#include <QTest>

using namespace fp;

class TestRightToLeftWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void arabicMirrorsTheMainWindow();
    void arabicMirrorsForms();
    void germanStaysLeftToRight();
};

void TestRightToLeftWindow::arabicMirrorsTheMainWindow()
{
    QVERIFY(i18n::Translations::install(QStringLiteral("ar")).ok());
    ui::MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(menus.size() >= 2);
    const QRect first = window.menuBar()->actionGeometry(menus.first()); // File
    const QRect last = window.menuBar()->actionGeometry(menus.last());   // Help
    QVERIFY2(first.left() > last.left(), "the first menu must be at the right end of the menu bar");
    QVERIFY(first.right() > window.width() / 2);
}

void TestRightToLeftWindow::arabicMirrorsForms()
{
    QVERIFY(i18n::Translations::install(QStringLiteral("ar")).ok());
    ui::SettingsDialog dialog(ui::SettingsDialog::Values::load());
    dialog.resize(600, 300);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *form = qobject_cast<QFormLayout *>(dialog.layout());
    QVERIFY(form);
    QWidget *label = form->itemAt(0, QFormLayout::LabelRole)->widget();
    QWidget *field = form->itemAt(0, QFormLayout::FieldRole)->widget();
    QVERIFY(label && field);
    QVERIFY2(label->geometry().left() > field->geometry().left(), "labels stand right of their fields");
    // The language list offers every shipped language by its own name.
    auto *languages = qobject_cast<QComboBox *>(field);
    QVERIFY(languages);
    QCOMPARE(languages->count(), 1 + i18n::Translations::availableLanguages().size());
    QVERIFY(languages->findData(QStringLiteral("ar")) > 0);
    QCOMPARE(languages->itemText(languages->findData(QStringLiteral("ar"))), QStringLiteral("العربية"));
}

void TestRightToLeftWindow::germanStaysLeftToRight()
{
    QVERIFY(i18n::Translations::install(QStringLiteral("de")).ok());
    ui::MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.layoutDirection(), Qt::LeftToRight);
    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(window.menuBar()->actionGeometry(menus.first()).left() <
            window.menuBar()->actionGeometry(menus.last()).left());
}

QTEST_MAIN(TestRightToLeftWindow)
#include "TestRightToLeftWindow.moc"
