// `fakeprint --screenshot` end to end: a real process on the offscreen platform renders the fixture analysis.
#include "UiFixture.h"

#include "tests/testsupport/Fixtures.h"

#include "tests/testsupport/TestEnv.h"

#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace fp;

class TestScreenshot : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::UiFixture m_fixture;
    QString m_keepDir;

    static QProcessEnvironment offscreen()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!test::haveFfmpeg())
            QSKIP("ffmpeg is needed to generate the fixture clip");
        // FAKEPRINT_SCREENSHOT_DIR keeps the fixture case and the screenshots there, for people to look at.
        m_keepDir = qEnvironmentVariable("FAKEPRINT_SCREENSHOT_DIR");
        const QString dir = m_keepDir.isEmpty() ? m_dir.path() : m_keepDir;
        QDir().mkpath(dir);
        m_fixture = test::UiFixture::build(dir);
        QVERIFY2(m_fixture.error.isEmpty(), qPrintable(m_fixture.error));
    }

    void rendersAnalysisAtFrame_data()
    {
        QTest::addColumn<QString>("size");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("1366x768") << QStringLiteral("1366x768") << QSize(1366, 768);
        QTest::newRow("1920x1080") << QStringLiteral("1920x1080") << QSize(1920, 1080);
    }

    void rendersAnalysisAtFrame()
    {
        QFETCH(QString, size);
        QFETCH(QSize, expected);
        const QString out = QDir(m_fixture.dir).filePath(QStringLiteral("shot-%1.png").arg(size));
        const auto r =
            test::runProcess(test::guiPath(),
                             {QStringLiteral("--screenshot"), out, QStringLiteral("--db"), m_fixture.dbPath,
                              QStringLiteral("--analysis"), QString::number(m_fixture.analysisId),
                              QStringLiteral("--frame"), QStringLiteral("10"), QStringLiteral("--size"), size},
                             120000, offscreen());
        QVERIFY2(r.exitCode == 0 && !r.crashed, r.err.constData());
        const QImage image(out);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), expected);
    }

    void failsClearly()
    {
        const auto missing = test::runProcess(test::guiPath(),
                                              {QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("x.png")),
                                               QStringLiteral("--db"), m_fixture.dbPath, QStringLiteral("--analysis"),
                                               QStringLiteral("424242")},
                                              20000, offscreen());
        QVERIFY2(!missing.crashed && missing.exitCode == 1, missing.err.constData()); // exits, is not killed
        QVERIFY(missing.err.contains("424242"));
        const auto badSize = test::runProcess(test::guiPath(),
                                              {QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("y.png")),
                                               QStringLiteral("--size"), QStringLiteral("big")},
                                              60000, offscreen());
        QCOMPARE(badSize.exitCode, 2);
        QVERIFY(badSize.err.contains("--size"));
    }
};

QTEST_MAIN(TestScreenshot)
#include "TestScreenshot.moc"
