#pragma once

#include <QImage>
#include <QMetaType>
#include <QtGlobal>

namespace fp::media {

// One decoded picture. `image` is QImage::Format_RGB888 in display orientation (the stream's display matrix is
// already applied). QImage is implicitly shared and never modified after decoding, so a Frame is cheap to copy
// and may be handed to any thread.
struct Frame {
    qint64 index = -1; // 0-based position in presentation order (see FrameIndex)
    qint64 pts = 0;    // presentation timestamp in the stream time base (MediaInfo::timeBase)

    bool isValid() const { return index >= 0 && !image.isNull(); }
    QImage image;
};

} // namespace fp::media

Q_DECLARE_METATYPE(fp::media::Frame)
