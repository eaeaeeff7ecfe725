#include "core/common/AppPaths.h"
#include "core/common/Result.h"
#include "core/common/Sha256.h"

#include "tests/testsupport/Fixtures.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fp;

class TestCommon : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void resultHoldsValueOrError()
    {
        Result<int> good(42);
        QVERIFY(good.ok());
        QCOMPARE(good.value(), 42);
        Result<int> bad(makeError(Error::Code::NotFound, QStringLiteral("missing.mp4")));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, Error::Code::NotFound);
        QCOMPARE(bad.error().codeName(), QStringLiteral("not-found"));
    }

    void hashFileMatchesKnownDigests()
    {
        QTemporaryDir dir;
        const QString path = test::makeFile(dir.path(), QStringLiteral("abc.bin"), QByteArray("abc"));
        int calls = 0;
        auto digests = hashFile(path, true, [&calls](qint64 done, qint64 total) {
            ++calls;
            QCOMPARE(done, total);
        });
        QVERIFY(digests.ok());
        // FIPS 180-2 and RFC 1321 test vectors for "abc".
        QCOMPARE(digests->sha256, QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(digests->md5, QStringLiteral("900150983cd24fb0d6963f7d28e17f72"));
        QCOMPARE(digests->sizeBytes, qint64(3));
        QCOMPARE(calls, 1);
    }

    void hashFileReportsMissingFile()
    {
        auto digests = hashFile(QStringLiteral("/nonexistent/evidence.mp4"));
        QVERIFY(!digests.ok());
        QCOMPARE(digests.error().code, Error::Code::NotFound);
        QVERIFY(digests.error().message.contains(QStringLiteral("/nonexistent/evidence.mp4")));
    }

    void hashFileHonoursCancel()
    {
        QTemporaryDir dir;
        const QString path = test::makeFile(dir.path(), QStringLiteral("big.bin"), QByteArray(3 << 20, 'x'));
        std::atomic_bool cancel{true};
        auto digests = hashFile(path, false, {}, &cancel);
        QVERIFY(!digests.ok());
        QCOMPARE(digests.error().code, Error::Code::Cancelled);
    }

    void dataDirsHonourEnvironment()
    {
        QTemporaryDir dir;
        qputenv("FAKEPRINT_DATA_DIR", dir.path().toUtf8());
        QVERIFY(!AppPaths::dataDirs().isEmpty());
        QCOMPARE(AppPaths::dataDirs().first(), QDir::cleanPath(dir.path()));
        test::makeFile(dir.path(), QStringLiteral("probe.txt"), QByteArray("x"));
        QCOMPARE(AppPaths::findData(QStringLiteral("probe.txt")),
                 QFileInfo(dir.path() + QStringLiteral("/probe.txt")).canonicalFilePath());
        QVERIFY(AppPaths::findData(QStringLiteral("absent.txt")).isEmpty());
        qunsetenv("FAKEPRINT_DATA_DIR");
    }

    void userDataIsNeverNextToTheBinary()
    {
        // ctest points XDG_DATA_HOME at a per-test directory; user data must follow it (QStandardPaths).
        const QString xdgData = qEnvironmentVariable("XDG_DATA_HOME");
        QVERIFY(!xdgData.isEmpty());
        const QString dataDir = AppPaths::userDataDir();
        QVERIFY2(dataDir.startsWith(xdgData), qPrintable(dataDir));
        QVERIFY(QFileInfo(dataDir).isDir());
        QVERIFY(AppPaths::defaultCaseDatabase().startsWith(dataDir));
    }
};

QTEST_GUILESS_MAIN(TestCommon)
#include "TestCommon.moc"
