#pragma once

#include <QString>

namespace fp::ui {

// Frame index <-> text. Frames are the truth; times are shown from the frame's seconds.
class Timecode {
public:
    // "00:01:02.345"
    static QString fromSeconds(double seconds);
    // Parses "123" (a frame index), "1:02.5", "00:01:02.345" or "00:01:02:12" (frames after the last colon when
    // there are three colons). Returns -1 when the text is not a frame or time, else the frame index.
    static qint64 parse(const QString &text, double fps);
};

} // namespace fp::ui
