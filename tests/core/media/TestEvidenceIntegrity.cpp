// The evidence file is never modified: size, mtime and SHA-256 stay the same after every media operation.
#include "core/common/Sha256.h"
#include "core/media/FrameHash.h"
#include "core/media/FrameServer.h"
#include "core/media/VideoReader.h"

#include "tests/core/media/MediaFixtures.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fp;
using namespace fp::media;

namespace {

struct Fingerprint {
    qint64 size = -1;
    QDateTime modified;
    QString sha256;
    QString md5;
};

Fingerprint fingerprint(const QString &path)
{
    Fingerprint print;
    const QFileInfo info(path);
    print.size = info.size();
    print.modified = info.lastModified();
    auto digests = hashFile(path, true);
    if (digests.ok()) {
        print.sha256 = digests->sha256;
        print.md5 = digests->md5;
    }
    return print;
}

} // namespace

class TestEvidenceIntegrity : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    Fingerprint m_before;

    void verifyUnchanged(const char *after)
    {
        const Fingerprint now = fingerprint(m_path);
        QVERIFY2(now.size == m_before.size, after);
        QVERIFY2(now.modified == m_before.modified, after);
        QVERIFY2(now.sha256 == m_before.sha256, after);
        QVERIFY2(now.md5 == m_before.md5, after);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!fp::test::haveFfmpeg())
            QSKIP("the ffmpeg tool is needed to generate fixtures");
        QString error;
        m_path = fp::test::media::makeFixture(m_dir.path(), QStringLiteral("h264_bframes"), &error);
        QVERIFY2(!m_path.isEmpty(), qPrintable(error));
        // Evidence is typically write-protected; reading must not need write access.
        QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        m_before = fingerprint(m_path);
        QCOMPARE(m_before.sha256.size(), 64);
        QCOMPARE(m_before.md5.size(), 32);
    }

    void openScanDecodeSeekLeaveTheFileUnchanged()
    {
        auto reader = VideoReader::open(m_path);
        QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.error().message));
        verifyUnchanged("open and packet scan");
        QStringList md5s;
        while (true) {
            auto frame = (*reader)->readNext();
            QVERIFY(frame.ok());
            if (!frame->isValid())
                break;
            md5s.append(frameMd5Hex(frame->image));
        }
        QCOMPARE(qint64(md5s.size()), (*reader)->info().frameCount);
        verifyUnchanged("sequential decode");
        for (qint64 index : {qint64(50), qint64(3), qint64(37), qint64(0), qint64(59)}) {
            auto frame = (*reader)->frameAt(index);
            QVERIFY(frame.ok());
            QCOMPARE(frameMd5Hex(frame->image), md5s.at(index));
        }
        verifyUnchanged("random access");
        reader->reset();
        verifyUnchanged("close");
    }

    void scrubbingLeavesTheFileUnchanged()
    {
        auto reader = VideoReader::open(m_path);
        QVERIFY(reader.ok());
        {
            FrameServer server(std::move(reader.value()));
            QSignalSpy ready(&server, &FrameServer::frameReady);
            server.request(40);
            QVERIFY(ready.wait(20000));
            server.step(-1);
            QVERIFY(ready.wait(20000));
        }
        verifyUnchanged("frame server");
    }

    void frameHashesAreStableAcrossReaders()
    {
        auto first = VideoReader::open(m_path);
        auto second = VideoReader::open(m_path);
        QVERIFY(first.ok() && second.ok());
        for (qint64 index : {qint64(7), qint64(30)}) {
            auto a = (*first)->frameAt(index);
            auto b = (*second)->frameAt(index);
            QVERIFY(a.ok() && b.ok());
            QCOMPARE(frameMd5Hex(a->image), frameMd5Hex(b->image));
            QCOMPARE(frameMd5Hex(a->image).size(), 32);
        }
        QVERIFY(frameMd5Hex(QImage()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEvidenceIntegrity)
#include "TestEvidenceIntegrity.moc"
