// Bad evidence files: each gives a specific error, or a partial result with warnings naming frames.
#include "core/media/VideoReader.h"

#include "tests/core/media/MediaFixtures.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace fp;
using namespace fp::media;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString errorText(const Result<std::unique_ptr<VideoReader>> &result)
{
    return result.ok() ? QStringLiteral("opened") : result.error().message;
}

// Reads to the end; returns the number of frames produced, or -1 on a hard error.
qint64 readToEnd(VideoReader &reader)
{
    qint64 frames = 0;
    while (true) {
        auto frame = reader.readNext();
        if (!frame.ok())
            return -1;
        if (!frame->isValid())
            return frames;
        ++frames;
    }
}

} // namespace

class TestMediaBadInput : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_video;     // H.264, moov at the end (ffmpeg's default)
    QString m_faststart; // the same with the moov first

private Q_SLOTS:
    void initTestCase()
    {
        if (!fp::test::haveFfmpeg())
            QSKIP("the ffmpeg tool is needed to generate fixtures");
        fp::test::VideoSpec spec;
        spec.width = 176;
        spec.height = 144;
        spec.frames = 96;
        spec.extraArgs = {QStringLiteral("-g"), QStringLiteral("12"), QStringLiteral("-bf"), QStringLiteral("2")};
        QString error;
        m_video = fp::test::makeVideo(m_dir.path(), QStringLiteral("good"), spec, &error);
        QVERIFY2(!m_video.isEmpty(), qPrintable(error));
        m_faststart = m_dir.filePath(QStringLiteral("faststart.mp4"));
        QVERIFY2(
            fp::test::media::runFfmpeg({QStringLiteral("-i"), m_video, QStringLiteral("-c"), QStringLiteral("copy"),
                                        QStringLiteral("-movflags"), QStringLiteral("+faststart"), m_faststart},
                                       &error),
            qPrintable(error));
    }

    void missingFile()
    {
        auto reader = VideoReader::open(m_dir.filePath(QStringLiteral("nope.mp4")));
        QVERIFY(!reader.ok());
        QCOMPARE(reader.error().code, Error::Code::NotFound);
        QVERIFY(reader.error().message.contains(QStringLiteral("nope.mp4")));
    }

    void directoryIsNotAFile()
    {
        auto reader = VideoReader::open(m_dir.path());
        QVERIFY(!reader.ok());
        QCOMPARE(reader.error().code, Error::Code::InvalidArgument);
    }

    void zeroByteFile()
    {
        const QString path = fp::test::makeFile(m_dir.path(), QStringLiteral("empty.mp4"), QByteArray());
        auto reader = VideoReader::open(path);
        QVERIFY(!reader.ok());
        QCOMPARE(reader.error().code, Error::Code::NotAVideo);
        QVERIFY(reader.error().message.contains(QStringLiteral("empty")));
    }

    void textFileNamedMp4()
    {
        QByteArray text;
        for (int i = 0; i < 200; ++i)
            text += "Minutes of the meeting, item " + QByteArray::number(i) + ": nothing to report.\n";
        const QString path = fp::test::makeFile(m_dir.path(), QStringLiteral("notes.mp4"), text);
        auto reader = VideoReader::open(path);
        QVERIFY2(!reader.ok(), qPrintable(errorText(reader)));
        QCOMPARE(reader.error().code, Error::Code::NotAVideo);
        QVERIFY(reader.error().message.contains(QStringLiteral("notes.mp4")));
    }

    void truncatedWithoutHeader()
    {
        // The moov atom is at the end, so half the file has no header at all.
        const QByteArray data = readAll(m_video);
        const QString path = fp::test::makeFile(m_dir.path(), QStringLiteral("half.mp4"), data.left(data.size() / 2));
        auto reader = VideoReader::open(path);
        QVERIFY2(!reader.ok(), qPrintable(errorText(reader)));
        QCOMPARE(reader.error().code, Error::Code::CorruptData);
        QVERIFY2(reader.error().message.contains(QStringLiteral("truncated")), qPrintable(reader.error().message));
    }

    void truncatedAfterHeaderGivesPartialResult()
    {
        const QByteArray data = readAll(m_faststart);
        const QString path =
            fp::test::makeFile(m_dir.path(), QStringLiteral("half_faststart.mp4"), data.left(data.size() / 2));
        auto reader = VideoReader::open(path);
        QVERIFY2(reader.ok(), qPrintable(errorText(reader)));
        const MediaInfo &info = (*reader)->info();
        QCOMPARE(info.declaredFrameCount, qint64(96));
        QVERIFY(info.frameCount > 10);
        QVERIFY(info.frameCount < 96);
        bool namesTruncation = false;
        for (const DecodeWarning &warning : (*reader)->warnings())
            namesTruncation = namesTruncation || warning.message.contains(QStringLiteral("truncated"));
        QVERIFY(namesTruncation);
        const qint64 frames = readToEnd(**reader);
        QVERIFY(frames > 0);
        QVERIFY(frames <= info.frameCount);
    }

    void corruptedPacketsAreCountedWithFrameNumbers()
    {
        QByteArray data = readAll(m_video);
        // Overwrite a stretch in the middle of the media data (the moov is at the end, well after it).
        QRandomGenerator random(7);
        const qsizetype start = data.size() * 2 / 5;
        for (qsizetype i = start; i < start + 3000; ++i)
            data[i] = char(random.bounded(256));
        const QString path = fp::test::makeFile(m_dir.path(), QStringLiteral("corrupt.mp4"), data);
        auto reader = VideoReader::open(path);
        QVERIFY2(reader.ok(), qPrintable(errorText(reader)));
        QCOMPARE((*reader)->info().frameCount, qint64(96)); // packets are intact in the container
        const qint64 frames = readToEnd(**reader);
        QVERIFY(frames > 48); // decoding went on after the damage
        QVERIFY((*reader)->decodeErrorCount() > 0);
        const QList<DecodeWarning> warnings = (*reader)->warnings();
        QVERIFY(!warnings.isEmpty());
        bool hasFrame = false;
        for (const DecodeWarning &warning : warnings) {
            if (warning.frameIndex >= 0) {
                hasFrame = true;
                QVERIFY(warning.frameIndex < 96);
                QVERIFY(warning.message.contains(QString::number(warning.frameIndex)));
            }
        }
        QVERIFY(hasFrame);
        // Random access still works on the undamaged start.
        auto first = (*reader)->frameAt(0);
        QVERIFY(first.ok());
        QCOMPARE(first->index, qint64(0));
    }

    void audioOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("voice.m4a"));
        QString error;
        QVERIFY2(fp::test::media::runFfmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                             QStringLiteral("sine=frequency=300:duration=1"), QStringLiteral("-c:a"),
                                             QStringLiteral("aac"), path},
                                            &error),
                 qPrintable(error));
        auto reader = VideoReader::open(path);
        QVERIFY(!reader.ok());
        QCOMPARE(reader.error().code, Error::Code::NotAVideo);
        QVERIFY2(reader.error().message.contains(QStringLiteral("audio only")), qPrintable(reader.error().message));
    }

    void unknownCodec()
    {
        // An AVI whose video fourcc names no codec FFmpeg knows.
        fp::test::VideoSpec spec;
        spec.codec = QStringLiteral("mpeg4");
        spec.container = QStringLiteral("avi");
        spec.frames = 10;
        spec.extraArgs = {QStringLiteral("-vtag"), QStringLiteral("FMP4")};
        QString error;
        const QString source = fp::test::makeVideo(m_dir.path(), QStringLiteral("fourcc"), spec, &error);
        QVERIFY2(!source.isEmpty(), qPrintable(error));
        QByteArray data = readAll(source);
        QVERIFY(data.count("FMP4") >= 2);
        data.replace("FMP4", "QZX9");
        const QString path = fp::test::makeFile(m_dir.path(), QStringLiteral("unknown.avi"), data);
        auto reader = VideoReader::open(path);
        QVERIFY(!reader.ok());
        QCOMPARE(reader.error().code, Error::Code::UnsupportedCodec);
    }

    void absurdDimensions()
    {
        // A YUV4MPEG2 header is plain text, so its picture size is easy to forge.
        QByteArray data("YUV4MPEG2 W20000 H4000 F25:1 Ip A1:1 C420jpeg\nFRAME\n");
        data.append(QByteArray(4096, '\x10'));
        const QString path = fp::test::makeFile(m_dir.path(), QStringLiteral("huge.y4m"), data);
        auto reader = VideoReader::open(path);
        QVERIFY(!reader.ok());
        QCOMPARE(reader.error().code, Error::Code::CorruptData);
        QVERIFY2(reader.error().message.contains(QStringLiteral("20000x4000")), qPrintable(reader.error().message));
    }

    void interruptStopsReading()
    {
        auto reader = VideoReader::open(m_video);
        QVERIFY(reader.ok());
        QVERIFY((*reader)->readNext().ok());
        (*reader)->interrupt();
        Result<Frame> frame = Frame{};
        for (int i = 0; i < 96; ++i) {
            frame = (*reader)->readNext();
            if (!frame.ok())
                break;
        }
        QVERIFY(!frame.ok());
        QCOMPARE(frame.error().code, Error::Code::Timeout);
    }
};

QTEST_GUILESS_MAIN(TestMediaBadInput)
#include "TestMediaBadInput.moc"
