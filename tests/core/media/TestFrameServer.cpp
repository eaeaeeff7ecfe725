// FrameServer: newest request wins, exact pixels, cached stepping, errors delivered as signals.
#include "core/media/FrameHash.h"
#include "core/media/FrameServer.h"
#include "core/media/VideoReader.h"

#include "tests/core/media/MediaFixtures.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fp;
using namespace fp::media;

class TestFrameServer : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    std::unique_ptr<VideoReader> openReader()
    {
        auto reader = VideoReader::open(m_path);
        return reader.ok() ? std::move(reader.value()) : nullptr;
    }

    QString md5Of(qint64 index)
    {
        auto reader = openReader();
        auto frame = reader->frameAt(index);
        return frame.ok() ? frameMd5Hex(frame->image) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!fp::test::haveFfmpeg())
            QSKIP("the ffmpeg tool is needed to generate fixtures");
        QString error;
        m_path = fp::test::media::makeFixture(m_dir.path(), QStringLiteral("h264_longgop"), &error);
        QVERIFY2(!m_path.isEmpty(), qPrintable(error));
    }

    void newestRequestWins()
    {
        FrameServer server(openReader());
        QList<Frame> received;
        connect(&server, &FrameServer::frameReady, this, [&received](const Frame &frame) { received.append(frame); });
        // Three requests before the event loop runs: only the last may be delivered.
        server.request(10);
        server.request(280);
        server.request(150);
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 20000);
        QCOMPARE(received.first().index, qint64(150));
        QCOMPARE(frameMd5Hex(received.first().image), md5Of(150));
        // Nothing stale trickles in afterwards (the worker prefetches only into the cache).
        QTRY_VERIFY_WITH_TIMEOUT(server.cache().contains(158), 20000);
        QCOMPARE(received.size(), 1);
        QCOMPARE(server.lastRequested(), qint64(150));
    }

    void stepForwardIsServedFromCache()
    {
        FrameServer server(openReader());
        QSignalSpy ready(&server, &FrameServer::frameReady);
        server.request(100);
        QVERIFY(ready.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(server.cache().contains(101), 20000);
        server.step(1);
        QVERIFY(ready.wait(20000));
        const auto frame = ready.last().first().value<Frame>();
        QCOMPARE(frame.index, qint64(101));
        QCOMPARE(frameMd5Hex(frame.image), md5Of(101));
        // Stepping back to a cached frame does not need the decoder either.
        server.step(-1);
        QVERIFY(ready.wait(20000));
        QCOMPARE(ready.last().first().value<Frame>().index, qint64(100));
        QVERIFY(server.cachedFrame(100).has_value());
    }

    void stepIsClampedToTheVideo()
    {
        FrameServer server(openReader());
        QSignalSpy ready(&server, &FrameServer::frameReady);
        server.step(-5);
        QVERIFY(ready.wait(20000));
        QCOMPARE(ready.last().first().value<Frame>().index, qint64(0));
        server.step(100000);
        QVERIFY(ready.wait(20000));
        QCOMPARE(ready.last().first().value<Frame>().index, server.frameCount() - 1);
    }

    void outOfRangeRequestFails()
    {
        FrameServer server(openReader());
        QSignalSpy failed(&server, &FrameServer::requestFailed);
        QSignalSpy ready(&server, &FrameServer::frameReady);
        server.request(server.frameCount());
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().toLongLong(), server.frameCount());
        QVERIFY(failed.first().at(1).toString().contains(m_path));
        QCOMPARE(ready.size(), 0);
    }

    void destroyWhileDecoding()
    {
        auto server = std::make_unique<FrameServer>(openReader());
        server->request(290);
        server.reset(); // must join the worker without hanging or crashing
        QVERIFY(!server);
    }
};

QTEST_GUILESS_MAIN(TestFrameServer)
#include "TestFrameServer.moc"
