#include "core/common/Version.h"

#include "tests/testsupport/TestEnv.h"

#include <QTest>

using namespace fp;

class TestCliBasics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void versionComesFromProject()
    {
        const auto result = test::runProcess(test::cliPath(), {QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(QString::fromUtf8(result.out).trimmed(),
                 QStringLiteral("fakeprint-cli %1").arg(QString::fromLatin1(kVersion)));
    }

    void helpListsCommandsAndExitCodes()
    {
        const auto result = test::runProcess(test::cliPath(), {QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        const QString text = QString::fromUtf8(result.out);
        QVERIFY(text.contains(QStringLiteral("Usage: fakeprint-cli [--lang LANG] <command>")));
        QVERIFY(text.contains(QStringLiteral("version")));
        QVERIFY(text.contains(QStringLiteral("Exit codes")));
    }

    void unknownCommandIsAUsageError()
    {
        const auto result = test::runProcess(test::cliPath(), {QStringLiteral("frobnicate")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY(result.err.contains("unknown command 'frobnicate'"));
    }

    void noArgumentsPrintsUsageToStderr()
    {
        const auto result = test::runProcess(test::cliPath(), {});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("Usage: fakeprint-cli"));
    }

    void guiPrintsVersion()
    {
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const auto result = test::runProcess(test::guiPath(), {QStringLiteral("--version")}, 60000, env);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(QString::fromUtf8(result.out).contains(QString::fromLatin1(kVersion)));
    }

    // --version and --help only print text: they must work on a machine with no display (ssh, CI), where a
    // QApplication would abort for want of a platform plugin.
    void guiPrintsVersionAndHelpWithoutADisplay()
    {
        auto env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QString::fromLatin1(name));
        const auto version = test::runProcess(test::guiPath(), {QStringLiteral("--version")}, 60000, env);
        QCOMPARE(version.exitCode, 0);
        QVERIFY(QString::fromUtf8(version.out).contains(QString::fromLatin1(kVersion)));
        const auto help = test::runProcess(test::guiPath(), {QStringLiteral("--help")}, 60000, env);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains("--screenshot") && help.out.contains("--lang"), help.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliBasics)
#include "TestCliBasics.moc"
