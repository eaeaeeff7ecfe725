#include "core/media/MediaInfo.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fp::media {

namespace {

QJsonObject rationalJson(const Rational &r)
{
    return QJsonObject{
        {QStringLiteral("num"), r.num}, {QStringLiteral("den"), r.den}, {QStringLiteral("value"), r.toDouble()}};
}

} // namespace

QJsonObject AudioStreamInfo::toJson() const
{
    return QJsonObject{{QStringLiteral("stream_index"), streamIndex},
                       {QStringLiteral("codec"), codec},
                       {QStringLiteral("sample_rate"), sampleRate},
                       {QStringLiteral("channels"), channels},
                       {QStringLiteral("channel_layout"), channelLayout},
                       {QStringLiteral("bit_rate"), bitRate},
                       {QStringLiteral("language"), language}};
}

QJsonObject MediaInfo::toJson() const
{
    QJsonArray audio;
    for (const AudioStreamInfo &stream : audioStreams)
        audio.append(stream.toJson());
    QJsonObject tagObject;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        tagObject.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("path"), path},
        {QStringLiteral("file_size"), fileSizeBytes},
        {QStringLiteral("container"), container},
        {QStringLiteral("container_long_name"), containerLongName},
        {QStringLiteral("video_stream_index"), videoStreamIndex},
        {QStringLiteral("codec"), videoCodec},
        {QStringLiteral("codec_long_name"), videoCodecLongName},
        {QStringLiteral("profile"), profile},
        {QStringLiteral("pixel_format"), pixelFormat},
        {QStringLiteral("coded_width"), codedWidth},
        {QStringLiteral("coded_height"), codedHeight},
        {QStringLiteral("width"), width},
        {QStringLiteral("height"), height},
        {QStringLiteral("sample_aspect_ratio"), rationalJson(sampleAspect)},
        {QStringLiteral("rotation"), rotationDegrees},
        {QStringLiteral("time_base"), rationalJson(timeBase)},
        {QStringLiteral("avg_frame_rate"), rationalJson(avgFrameRate)},
        {QStringLiteral("real_frame_rate"), rationalJson(realFrameRate)},
        {QStringLiteral("fps"), fps},
        {QStringLiteral("variable_frame_rate"), variableFrameRate},
        {QStringLiteral("min_frame_duration_ms"), minFrameDurationMs},
        {QStringLiteral("max_frame_duration_ms"), maxFrameDurationMs},
        {QStringLiteral("duration_ms"), durationMs},
        {QStringLiteral("frame_count"), frameCount},
        {QStringLiteral("keyframe_count"), keyframeCount},
        {QStringLiteral("declared_frame_count"), declaredFrameCount},
        {QStringLiteral("bit_rate"), bitRate},
        {QStringLiteral("audio_streams"), audio},
        {QStringLiteral("tags"), tagObject},
    };
}

QString MediaInfo::summary() const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("fp::media::MediaInfo", text); };
    QString text;
    text += tr("File:       %1 (%2 bytes)\n").arg(path).arg(fileSizeBytes);
    text += tr("Container:  %1\n").arg(containerLongName.isEmpty() ? container : containerLongName);
    text += tr("Video:      %1%2, %3, %4x%5 (coded %6x%7, SAR %8, rotation %9)\n")
                .arg(videoCodec, profile.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(profile), pixelFormat)
                .arg(width)
                .arg(height)
                .arg(codedWidth)
                .arg(codedHeight)
                .arg(QStringLiteral("%1:%2").arg(sampleAspect.num).arg(sampleAspect.den))
                .arg(rotationDegrees);
    text += tr("Frames:     %1 (%2 keyframes), %3 fps (avg %4, real %5)%6\n")
                .arg(frameCount)
                .arg(keyframeCount)
                .arg(fps, 0, 'f', 3)
                .arg(avgFrameRate.toString(), realFrameRate.toString(),
                     variableFrameRate ? tr(", variable frame rate") : QString());
    text += tr("Duration:   %1 ms, bit rate %2 bit/s\n").arg(durationMs).arg(bitRate);
    for (const AudioStreamInfo &audio : audioStreams)
        text += tr("Audio #%1:   %2, %3 Hz, %4\n")
                    .arg(audio.streamIndex)
                    .arg(audio.codec)
                    .arg(audio.sampleRate)
                    .arg(audio.channelLayout);
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        text += QStringLiteral("Tag:        %1 = %2\n").arg(it.key(), it.value());
    return text;
}

} // namespace fp::media
