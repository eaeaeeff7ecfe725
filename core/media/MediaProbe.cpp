#include "core/media/MediaProbe.h"

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/dict.h>
#include <libavutil/pixdesc.h>
}

#include <cmath>

namespace fp::media::detail {

namespace {

Rational toRational(AVRational r)
{
    return Rational{r.num, r.den};
}

void copyTags(const AVDictionary *dict, const QString &prefix, QMap<QString, QString> &tags)
{
    const AVDictionaryEntry *entry = nullptr;
    while ((entry = av_dict_get(dict, "", entry, AV_DICT_IGNORE_SUFFIX)))
        tags.insert(prefix + QString::fromUtf8(entry->key), QString::fromUtf8(entry->value));
}

AudioStreamInfo describeAudio(const AVStream *stream)
{
    const AVCodecParameters *par = stream->codecpar;
    AudioStreamInfo audio;
    audio.streamIndex = stream->index;
    audio.codec = QString::fromLatin1(avcodec_get_name(par->codec_id));
    audio.sampleRate = par->sample_rate;
    audio.channels = par->ch_layout.nb_channels;
    char layout[128] = {};
    if (av_channel_layout_describe(&par->ch_layout, layout, sizeof layout) > 0)
        audio.channelLayout = QString::fromUtf8(layout);
    audio.bitRate = par->bit_rate;
    if (const AVDictionaryEntry *lang = av_dict_get(stream->metadata, "language", nullptr, 0))
        audio.language = QString::fromUtf8(lang->value);
    return audio;
}

} // namespace

MediaInfo describeMedia(const QString &path, qint64 fileSizeBytes, const AVFormatContext *format, const AVStream *video,
                        const FrameIndex &index)
{
    const AVCodecParameters *par = video->codecpar;
    MediaInfo info;
    info.path = path;
    info.fileSizeBytes = fileSizeBytes;
    info.container = QString::fromLatin1(format->iformat->name);
    info.containerLongName = QString::fromUtf8(format->iformat->long_name ? format->iformat->long_name : "");
    info.videoStreamIndex = video->index;
    info.videoCodec = QString::fromLatin1(avcodec_get_name(par->codec_id));
    if (const AVCodecDescriptor *desc = avcodec_descriptor_get(par->codec_id))
        info.videoCodecLongName = QString::fromUtf8(desc->long_name ? desc->long_name : "");
    if (const char *profile = avcodec_profile_name(par->codec_id, par->profile))
        info.profile = QString::fromUtf8(profile);
    if (const char *pix = av_get_pix_fmt_name(AVPixelFormat(par->format)))
        info.pixelFormat = QString::fromLatin1(pix);
    info.codedWidth = par->width;
    info.codedHeight = par->height;
    info.rotationDegrees = displayRotationDegrees(video);
    const bool swap = info.rotationDegrees == 90 || info.rotationDegrees == 270;
    info.width = swap ? par->height : par->width;
    info.height = swap ? par->width : par->height;
    const AVRational sar = video->sample_aspect_ratio.num ? video->sample_aspect_ratio : par->sample_aspect_ratio;
    info.sampleAspect = sar.num > 0 && sar.den > 0 ? toRational(sar) : Rational{1, 1};
    info.timeBase = toRational(video->time_base);
    info.avgFrameRate = toRational(video->avg_frame_rate);
    info.realFrameRate = toRational(video->r_frame_rate);

    info.frameCount = index.size();
    info.keyframeCount = index.keyframeCount();
    info.declaredFrameCount = video->nb_frames;
    const double timelineMs = index.timelineDurationMs();
    if (info.frameCount > 0 && timelineMs > 0.0)
        info.fps = double(info.frameCount) * 1000.0 / timelineMs;
    else if (info.avgFrameRate.isValid())
        info.fps = info.avgFrameRate.toDouble();
    info.variableFrameRate = index.isVariableFrameRate();
    info.minFrameDurationMs = index.minFrameDurationMs();
    info.maxFrameDurationMs = index.maxFrameDurationMs();
    if (format->duration != AV_NOPTS_VALUE && format->duration > 0)
        info.durationMs = format->duration / (AV_TIME_BASE / 1000);
    else
        info.durationMs = qint64(std::llround(timelineMs));
    info.bitRate = format->bit_rate;

    for (unsigned i = 0; i < format->nb_streams; ++i) {
        if (format->streams[i]->codecpar->codec_type == AVMEDIA_TYPE_AUDIO)
            info.audioStreams.append(describeAudio(format->streams[i]));
    }
    copyTags(format->metadata, QString(), info.tags);
    copyTags(video->metadata, QStringLiteral("video:"), info.tags);
    return info;
}

} // namespace fp::media::detail
