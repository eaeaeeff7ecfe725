// fakeprint-cli info and frame: JSON fields, exact pixels, exit codes, the evidence file left alone.
#include "core/common/Sha256.h"

#include "tests/testsupport/Fixtures.h"
#include "tests/testsupport/TestEnv.h"

#include <QCryptographicHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fp;

class TestCliMedia : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_video;

    QJsonObject runJson(const QStringList &args)
    {
        const auto result = test::runProcess(test::cliPath(), args);
        if (result.exitCode != 0)
            qWarning() << result.err;
        return QJsonDocument::fromJson(result.out).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!test::haveFfmpeg())
            QSKIP("the ffmpeg tool is needed to generate fixtures");
        test::VideoSpec spec;
        spec.width = 160;
        spec.height = 120;
        spec.frames = 36;
        spec.rate = QStringLiteral("25");
        spec.extraArgs = {QStringLiteral("-bf"), QStringLiteral("3"), QStringLiteral("-g"), QStringLiteral("12")};
        QString error;
        m_video = test::makeVideo(m_dir.path(), QStringLiteral("clip"), spec, &error);
        QVERIFY2(!m_video.isEmpty(), qPrintable(error));
    }

    void infoJsonHasTheContractFields()
    {
        const QJsonObject json =
            runJson({QStringLiteral("info"), m_video, QStringLiteral("--json"), QStringLiteral("--md5")});
        QCOMPARE(json.value(QStringLiteral("frame_count")).toInt(), 36);
        QCOMPARE(json.value(QStringLiteral("width")).toInt(), 160);
        QCOMPARE(json.value(QStringLiteral("height")).toInt(), 120);
        QCOMPARE(json.value(QStringLiteral("fps")).toDouble(), 25.0);
        QCOMPARE(json.value(QStringLiteral("duration_ms")).toInt(), 1440);
        QCOMPARE(json.value(QStringLiteral("codec")).toString(), QStringLiteral("h264"));
        auto digests = hashFile(m_video, true);
        QVERIFY(digests.ok());
        QCOMPARE(json.value(QStringLiteral("sha256")).toString(), digests->sha256);
        QCOMPARE(json.value(QStringLiteral("md5")).toString(), digests->md5);
        QCOMPARE(json.value(QStringLiteral("variable_frame_rate")).toBool(), false);
        QCOMPARE(json.value(QStringLiteral("rotation")).toInt(), 0);
        QVERIFY(json.value(QStringLiteral("keyframe_count")).toInt() >= 3);
        QVERIFY(json.contains(QStringLiteral("audio_streams")));
        QVERIFY(json.contains(QStringLiteral("tags")));
        QVERIFY(!json.contains(QStringLiteral("frame_hashes")));
    }

    void infoFrameHashesMatchTheFrameCommand()
    {
        const QJsonObject json =
            runJson({QStringLiteral("info"), m_video, QStringLiteral("--json"), QStringLiteral("--frame-hashes")});
        const QJsonArray hashes = json.value(QStringLiteral("frame_hashes")).toArray();
        QCOMPARE(hashes.size(), 36);
        const QString out = m_dir.filePath(QStringLiteral("f17.png"));
        const auto result = test::runProcess(
            test::cliPath(), {QStringLiteral("frame"), m_video, QStringLiteral("17"), QStringLiteral("-o"), out});
        QCOMPARE(result.exitCode, 0);
        QImage image(out);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(160, 120));
        image = image.convertToFormat(QImage::Format_RGB888);
        QCryptographicHash md5(QCryptographicHash::Md5);
        for (int y = 0; y < image.height(); ++y)
            md5.addData(QByteArrayView(reinterpret_cast<const char *>(image.constScanLine(y)), image.width() * 3));
        QCOMPARE(QString::fromLatin1(md5.result().toHex()),
                 hashes.at(17).toObject().value(QStringLiteral("md5")).toString());
    }

    void infoHumanSummaryGoesToStdout()
    {
        const auto result = test::runProcess(test::cliPath(), {QStringLiteral("info"), m_video});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("h264"));
        QVERIFY(result.out.contains("SHA-256"));
    }

    void badVideoIsExitCode3()
    {
        const QString text = test::makeFile(m_dir.path(), QStringLiteral("letter.mp4"), QByteArray(2000, 'a'));
        for (const QString &command : {QStringLiteral("info"), QStringLiteral("frame")}) {
            QStringList args{command, text};
            if (command == QLatin1String("frame"))
                args << QStringLiteral("0") << QStringLiteral("-o") << m_dir.filePath(QStringLiteral("x.png"));
            const auto result = test::runProcess(test::cliPath(), args);
            QCOMPARE(result.exitCode, 3);
            QVERIFY(result.out.isEmpty());
            QVERIFY(result.err.contains("letter.mp4"));
        }
        const auto missing =
            test::runProcess(test::cliPath(), {QStringLiteral("info"), QStringLiteral("/nonexistent/x.mp4")});
        QCOMPARE(missing.exitCode, 3);
    }

    void frameUsageErrors()
    {
        const QByteArray before = hashFile(m_video)->sha256.toLatin1();
        auto result = test::runProcess(
            test::cliPath(), {QStringLiteral("frame"), m_video, QStringLiteral("3"), QStringLiteral("-o"), m_video});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("evidence"));
        QCOMPARE(hashFile(m_video)->sha256.toLatin1(), before);
        result = test::runProcess(test::cliPath(), {QStringLiteral("frame"), m_video, QStringLiteral("36"),
                                                    QStringLiteral("-o"), m_dir.filePath(QStringLiteral("y.png"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("36 frames"));
        result = test::runProcess(test::cliPath(), {QStringLiteral("frame"), m_video, QStringLiteral("abc"),
                                                    QStringLiteral("-o"), m_dir.filePath(QStringLiteral("y.png"))});
        QCOMPARE(result.exitCode, 2);
        result = test::runProcess(test::cliPath(), {QStringLiteral("frame"), m_video, QStringLiteral("1")});
        QCOMPARE(result.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliMedia)
#include "TestCliMedia.moc"
