// VideoReader on every fixture kind: exact frame counts, pixels equal to ffmpeg's, frame-accurate seeking.
#include "core/media/FrameHash.h"
#include "core/media/VideoReader.h"

#include "tests/core/media/MediaFixtures.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include "tests/testsupport/TestEnv.h"

using namespace fp;
using namespace fp::media;

namespace {

QStringList sequentialMd5s(const QString &path)
{
    auto reader = VideoReader::open(path);
    if (!reader.ok())
        return {};
    QStringList md5s;
    while (true) {
        auto frame = (*reader)->readNext();
        if (!frame.ok() || !frame->isValid())
            break;
        if (frame->index != md5s.size())
            return {}; // frames must come out in index order
        md5s.append(frameMd5Hex(frame->image));
    }
    return md5s;
}

double meanAbsDiff(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return 1e9;
    qint64 sum = 0;
    for (int y = 0; y < a.height(); ++y) {
        const uchar *pa = a.constScanLine(y);
        const uchar *pb = b.constScanLine(y);
        for (int x = 0; x < a.width() * 3; ++x)
            sum += std::abs(int(pa[x]) - int(pb[x]));
    }
    return double(sum) / (double(a.width()) * a.height() * 3);
}

} // namespace

class TestVideoReader : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QHash<QString, QString> m_paths;
    QHash<QString, QStringList> m_sequential;

    void addKindColumns()
    {
        QTest::addColumn<QString>("kind");
        for (const QString &kind : fp::test::media::fixtureKinds())
            QTest::newRow(qPrintable(kind)) << kind;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!fp::test::haveFfmpeg())
            QSKIP("the ffmpeg tool is needed to generate fixtures");
        QVERIFY(m_dir.isValid());
        QStringList kinds = fp::test::media::fixtureKinds();
        kinds << QStringLiteral("h264_audio");
        for (const QString &kind : kinds) {
            QString error;
            const QString path = fp::test::media::makeFixture(m_dir.path(), kind, &error);
            QVERIFY2(!path.isEmpty(), qPrintable(kind + QStringLiteral(": ") + error));
            m_paths.insert(kind, path);
        }
    }

    void frameCountMatchesFfprobe_data() { addKindColumns(); }
    void frameCountMatchesFfprobe()
    {
        QFETCH(QString, kind);
        const QString path = m_paths.value(kind);
        auto reader = VideoReader::open(path);
        QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.error().message));
        const MediaInfo &info = (*reader)->info();
        QCOMPARE(info.frameCount, fp::test::media::ffprobeFrameCount(path));
        QCOMPARE(info.frameCount, (*reader)->frameIndex().size());
        QVERIFY(info.fps > 1.0);
        QVERIFY(info.durationMs > 0);
        QVERIFY(!info.videoCodec.isEmpty());
        QVERIFY((*reader)->frameIndex().at(0).keyframe);
        for (qint64 i = 1; i < (*reader)->frameIndex().size(); ++i)
            QVERIFY((*reader)->frameIndex().at(i).pts > (*reader)->frameIndex().at(i - 1).pts);
        QCOMPARE(sequentialMd5s(path).size(), info.frameCount);
    }

    void pixelsMatchFfmpegFramemd5_data() { addKindColumns(); }
    void pixelsMatchFfmpegFramemd5()
    {
        QFETCH(QString, kind);
        if (kind == QLatin1String("h264_rotated"))
            QSKIP("framemd5 hashes unrotated pictures; rotation is checked in rotatedFramesAreDisplayOriented");
        const QString path = m_paths.value(kind);
        const QStringList ours = sequentialMd5s(path);
        const QStringList theirs = fp::test::media::ffmpegFrameMd5s(path);
        QVERIFY(!theirs.isEmpty());
        QCOMPARE(ours.size(), theirs.size());
        for (int i = 0; i < ours.size(); ++i)
            QVERIFY2(ours.at(i) == theirs.at(i), qPrintable(QStringLiteral("%1 frame %2 differs").arg(kind).arg(i)));
        m_sequential.insert(kind, ours);
    }

    void seekEqualsSequentialDecode_data() { addKindColumns(); }
    void seekEqualsSequentialDecode()
    {
        QFETCH(QString, kind);
        const QString path = m_paths.value(kind);
        const QStringList expected = m_sequential.contains(kind) ? m_sequential.value(kind) : sequentialMd5s(path);
        QVERIFY(!expected.isEmpty());
        auto reader = VideoReader::open(path);
        QVERIFY(reader.ok());
        const qint64 count = expected.size();
        QList<qint64> targets{count - 1, 0, count / 2, count / 2 + 1, count / 2 - 1, 1, count - 2, 0};
        QRandomGenerator random(20240601);
        for (int i = 0; i < 40; ++i)
            targets.append(random.bounded(count));
        for (qint64 target : targets) {
            auto frame = (*reader)->frameAt(target);
            QVERIFY2(frame.ok(), qPrintable(frame.ok() ? QString() : frame.error().message));
            QCOMPARE(frame->index, target);
            QCOMPARE(frame->pts, (*reader)->frameIndex().at(target).pts);
            QVERIFY2(
                frameMd5Hex(frame->image) == expected.at(target),
                qPrintable(
                    QStringLiteral("%1: frame %2 after seek differs from sequential decode").arg(kind).arg(target)));
        }
        // Sequential reading resumes right after a random access.
        auto seeked = (*reader)->frameAt(count / 3);
        QVERIFY(seeked.ok());
        auto next = (*reader)->readNext();
        QVERIFY(next.ok());
        QCOMPARE(next->index, count / 3 + 1);
        QCOMPARE(frameMd5Hex(next->image), expected.at(count / 3 + 1));
        QCOMPARE((*reader)->decodeErrorCount(), qint64(0));
    }

    void outOfRangeIndexIsRefused()
    {
        auto reader = VideoReader::open(m_paths.value(QStringLiteral("h264_bframes")));
        QVERIFY(reader.ok());
        auto frame = (*reader)->frameAt((*reader)->info().frameCount);
        QVERIFY(!frame.ok());
        QCOMPARE(frame.error().code, Error::Code::InvalidArgument);
        QVERIFY(!(*reader)->frameAt(-1).ok());
    }

    void rotatedFramesAreDisplayOriented()
    {
        const QString path = m_paths.value(QStringLiteral("h264_rotated"));
        auto reader = VideoReader::open(path);
        QVERIFY(reader.ok());
        const MediaInfo &info = (*reader)->info();
        QVERIFY(info.rotationDegrees == 90 || info.rotationDegrees == 270);
        QCOMPARE(info.codedWidth, 160);
        QCOMPARE(info.codedHeight, 96);
        QCOMPARE(info.width, 96);
        QCOMPARE(info.height, 160);
        auto frame = (*reader)->frameAt(5);
        QVERIFY(frame.ok());
        QCOMPARE(frame->image.size(), QSize(96, 160));
        QCOMPARE(frame->image.format(), QImage::Format_RGB888);
        // ffmpeg's own autorotation of the same frame (rotation before colour conversion, so allow rounding).
        const auto result = fp::test::runProcess(
            QStringLiteral("ffmpeg"),
            {QStringLiteral("-nostdin"), QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-i"),
             path, QStringLiteral("-vf"), QStringLiteral("select=eq(n\\,5)"), QStringLiteral("-frames:v"),
             QStringLiteral("1"), QStringLiteral("-pix_fmt"), QStringLiteral("rgb24"), QStringLiteral("-f"),
             QStringLiteral("rawvideo"), QStringLiteral("-")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.size(), 96 * 160 * 3);
        const QImage theirs(reinterpret_cast<const uchar *>(result.out.constData()), 96, 160, 96 * 3,
                            QImage::Format_RGB888);
        const double same = meanAbsDiff(frame->image, theirs);
        const double flipped = meanAbsDiff(frame->image.mirrored(true, true), theirs);
        QVERIFY2(same < 3.0, qPrintable(QString::number(same)));
        QVERIFY2(flipped > 10.0 * (same + 0.1), qPrintable(QString::number(flipped)));
    }

    void variableFrameRateIsDetected()
    {
        auto vfr = VideoReader::open(m_paths.value(QStringLiteral("h264_vfr")));
        QVERIFY(vfr.ok());
        QVERIFY((*vfr)->info().variableFrameRate);
        QVERIFY((*vfr)->info().maxFrameDurationMs > 1.5 * (*vfr)->info().minFrameDurationMs);
        for (const char *kind : {"h264_bframes", "vp8_webm", "vp9_mkv", "mpeg4_avi"}) {
            auto cfr = VideoReader::open(m_paths.value(QString::fromLatin1(kind)));
            QVERIFY(cfr.ok());
            QVERIFY2(!(*cfr)->info().variableFrameRate, kind);
            QVERIFY2(std::abs((*cfr)->info().fps - 24.0) < 0.1, qPrintable(QString::number((*cfr)->info().fps)));
        }
    }

    void mediaInfoDescribesAudioAndTags()
    {
        auto reader = VideoReader::open(m_paths.value(QStringLiteral("h264_audio")));
        QVERIFY(reader.ok());
        const MediaInfo &info = (*reader)->info();
        QCOMPARE(info.videoCodec, QStringLiteral("h264"));
        QCOMPARE(info.width, 176);
        QCOMPARE(info.height, 144);
        QCOMPARE(info.avgFrameRate.num, 24);
        QCOMPARE(info.avgFrameRate.den, 1);
        QVERIFY(info.container.contains(QStringLiteral("mp4")));
        QCOMPARE(info.audioStreams.size(), 1);
        QCOMPARE(info.audioStreams.first().codec, QStringLiteral("aac"));
        QCOMPARE(info.audioStreams.first().sampleRate, 44100);
        QCOMPARE(info.audioStreams.first().channels, 1);
        QCOMPARE(info.tags.value(QStringLiteral("make")), QStringLiteral("FakeprintCam"));
        QCOMPARE(info.tags.value(QStringLiteral("model")), QStringLiteral("Test 1"));
        QVERIFY(info.tags.value(QStringLiteral("encoder")).startsWith(QStringLiteral("Lavf")));
        QVERIFY(info.bitRate > 0);
        const QJsonObject json = info.toJson();
        QCOMPARE(json.value(QStringLiteral("frame_count")).toInteger(), info.frameCount);
        QCOMPARE(json.value(QStringLiteral("codec")).toString(), QStringLiteral("h264"));
        QCOMPARE(json.value(QStringLiteral("width")).toInt(), 176);
        QCOMPARE(json.value(QStringLiteral("audio_streams")).toArray().size(), 1);
        QCOMPARE(json.value(QStringLiteral("tags")).toObject().value(QStringLiteral("make")).toString(),
                 QStringLiteral("FakeprintCam"));
        QVERIFY(json.value(QStringLiteral("fps")).toDouble() > 23.9);
        QVERIFY(!info.summary().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVideoReader)
#include "TestVideoReader.moc"
