#pragma once

// Internal to core/media.

#include "core/media/FfmpegSupport.h"
#include "core/media/FrameIndex.h"
#include "core/media/MediaInfo.h"

namespace fp::media::detail {

// Fills MediaInfo from an opened container, its chosen video stream and the frame index of the packet scan.
MediaInfo describeMedia(const QString &path, qint64 fileSizeBytes, const AVFormatContext *format, const AVStream *video,
                        const FrameIndex &index);

} // namespace fp::media::detail
