#include "tests/core/media/MediaFixtures.h"

#include "tests/testsupport/TestEnv.h"

#include <QFile>

namespace fp::test::media {

QStringList fixtureKinds()
{
    return {QStringLiteral("h264_bframes"), QStringLiteral("h264_longgop"), QStringLiteral("h264_vfr"),
            QStringLiteral("h264_rotated"), QStringLiteral("vp8_webm"),     QStringLiteral("vp9_mkv"),
            QStringLiteral("mpeg4_avi"),    QStringLiteral("mjpeg_avi"),    QStringLiteral("hevc_mp4")};
}

bool runFfmpeg(const QStringList &args, QString *error)
{
    QStringList all{QStringLiteral("-nostdin"), QStringLiteral("-y"), QStringLiteral("-loglevel"),
                    QStringLiteral("error")};
    all << args;
    const ProcessResult result = runProcess(QStringLiteral("ffmpeg"), all);
    if (result.exitCode != 0 || result.crashed) {
        if (error)
            *error = QString::fromUtf8(result.err);
        return false;
    }
    return true;
}

QString makeFixture(const QString &dir, const QString &kind, QString *error)
{
    VideoSpec spec;
    spec.width = 176;
    spec.height = 144;
    spec.frames = 60;
    if (kind == QLatin1String("h264_bframes")) {
        spec.extraArgs = {QStringLiteral("-bf"), QStringLiteral("3"), QStringLiteral("-g"), QStringLiteral("24")};
    } else if (kind == QLatin1String("h264_longgop")) {
        spec.frames = 300;
        spec.extraArgs = {QStringLiteral("-bf"),
                          QStringLiteral("3"),
                          QStringLiteral("-g"),
                          QStringLiteral("250"),
                          QStringLiteral("-keyint_min"),
                          QStringLiteral("250"),
                          QStringLiteral("-sc_threshold"),
                          QStringLiteral("0")};
    } else if (kind == QLatin1String("h264_vfr")) {
        // Steps of 1, 1.5 and 2 frame periods in turn: a variable rate no rounding explains.
        spec.extraArgs = {
            QStringLiteral("-vf"),       QStringLiteral("settb=1/1000,setpts=(N+0.5*mod(N\\,3)*N/3)/24/TB"),
            QStringLiteral("-fps_mode"), QStringLiteral("vfr"),
            QStringLiteral("-bf"),       QStringLiteral("2")};
    } else if (kind == QLatin1String("h264_rotated")) {
        spec.width = 160;
        spec.height = 96;
        spec.extraArgs = {QStringLiteral("-bf"), QStringLiteral("2"), QStringLiteral("-g"), QStringLiteral("20")};
        const QString plain = makeVideo(dir, QStringLiteral("rotated_src"), spec, error);
        if (plain.isEmpty())
            return {};
        // ffmpeg 5.1 has no -display_rotation; a stream copy with the rotate tag writes the display matrix.
        const QString out = dir + QStringLiteral("/h264_rotated.mp4");
        const bool ok = runFfmpeg({QStringLiteral("-i"), plain, QStringLiteral("-c"), QStringLiteral("copy"),
                                   QStringLiteral("-metadata:s:v:0"), QStringLiteral("rotate=90"), out},
                                  error);
        return ok ? out : QString();
    } else if (kind == QLatin1String("vp8_webm")) {
        spec.codec = QStringLiteral("libvpx");
        spec.container = QStringLiteral("webm");
        // libvpx with several threads is slow for tiny pictures on a busy machine.
        spec.extraArgs = {QStringLiteral("-g"),   QStringLiteral("30"),       QStringLiteral("-b:v"),
                          QStringLiteral("300k"), QStringLiteral("-threads"), QStringLiteral("1")};
    } else if (kind == QLatin1String("vp9_mkv")) {
        spec.codec = QStringLiteral("libvpx-vp9");
        spec.container = QStringLiteral("mkv");
        spec.extraArgs = {QStringLiteral("-g"),       QStringLiteral("30"),        QStringLiteral("-deadline"),
                          QStringLiteral("realtime"), QStringLiteral("-cpu-used"), QStringLiteral("8")};
    } else if (kind == QLatin1String("mpeg4_avi")) {
        spec.codec = QStringLiteral("mpeg4");
        spec.container = QStringLiteral("avi");
        spec.extraArgs = {QStringLiteral("-g"), QStringLiteral("12"), QStringLiteral("-q:v"), QStringLiteral("5")};
    } else if (kind == QLatin1String("mjpeg_avi")) {
        spec.codec = QStringLiteral("mjpeg");
        spec.container = QStringLiteral("avi");
        spec.frames = 30;
        spec.extraArgs = {QStringLiteral("-pix_fmt"), QStringLiteral("yuvj420p"), QStringLiteral("-q:v"),
                          QStringLiteral("4")};
    } else if (kind == QLatin1String("hevc_mp4")) {
        spec.codec = QStringLiteral("libx265");
        spec.extraArgs = {QStringLiteral("-x265-params"), QStringLiteral("log-level=none:keyint=20:bframes=3"),
                          QStringLiteral("-tag:v"), QStringLiteral("hvc1")};
    } else if (kind == QLatin1String("h264_audio")) {
        const QString plain = makeVideo(dir, QStringLiteral("audio_src"), spec, error);
        if (plain.isEmpty())
            return {};
        const QString out = dir + QStringLiteral("/h264_audio.mp4");
        const bool ok = runFfmpeg({QStringLiteral("-i"),
                                   plain,
                                   QStringLiteral("-f"),
                                   QStringLiteral("lavfi"),
                                   QStringLiteral("-i"),
                                   QStringLiteral("sine=frequency=440:sample_rate=44100:duration=3"),
                                   QStringLiteral("-map"),
                                   QStringLiteral("0:v"),
                                   QStringLiteral("-map"),
                                   QStringLiteral("1:a"),
                                   QStringLiteral("-c:v"),
                                   QStringLiteral("copy"),
                                   QStringLiteral("-c:a"),
                                   QStringLiteral("aac"),
                                   QStringLiteral("-shortest"),
                                   QStringLiteral("-metadata"),
                                   QStringLiteral("make=FakeprintCam"),
                                   QStringLiteral("-metadata"),
                                   QStringLiteral("model=Test 1"),
                                   QStringLiteral("-movflags"),
                                   QStringLiteral("use_metadata_tags"),
                                   out},
                                  error);
        return ok ? out : QString();
    } else {
        if (error)
            *error = QStringLiteral("unknown fixture kind %1").arg(kind);
        return {};
    }
    return makeVideo(dir, kind, spec, error);
}

qint64 ffprobeFrameCount(const QString &path)
{
    const ProcessResult result =
        runProcess(QStringLiteral("ffprobe"),
                   {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-select_streams"),
                    QStringLiteral("v:0"), QStringLiteral("-count_frames"), QStringLiteral("-show_entries"),
                    QStringLiteral("stream=nb_read_frames"), QStringLiteral("-of"), QStringLiteral("csv=p=0"), path});
    bool ok = false;
    // Streams with side data (a display matrix) print extra csv fields after the count.
    const qint64 count = QString::fromUtf8(result.out).trimmed().section(QLatin1Char(','), 0, 0).toLongLong(&ok);
    return result.exitCode == 0 && ok ? count : -1;
}

QStringList ffmpegFrameMd5s(const QString &path)
{
    const ProcessResult result = runProcess(
        QStringLiteral("ffmpeg"),
        {QStringLiteral("-nostdin"), QStringLiteral("-loglevel"), QStringLiteral("error"),
         QStringLiteral("-noautorotate"), QStringLiteral("-i"), path, QStringLiteral("-map"), QStringLiteral("0:v:0"),
         QStringLiteral("-fps_mode"), QStringLiteral("passthrough"), QStringLiteral("-pix_fmt"),
         QStringLiteral("rgb24"), QStringLiteral("-f"), QStringLiteral("framemd5"), QStringLiteral("-")});
    if (result.exitCode != 0)
        return {};
    QStringList md5s;
    for (const QByteArray &line : result.out.split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        md5s.append(QString::fromLatin1(line.split(',').last().trimmed()));
    }
    return md5s;
}

} // namespace fp::test::media
