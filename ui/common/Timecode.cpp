#include "ui/common/Timecode.h"

#include <QStringList>

#include <cmath>

namespace fp::ui {

QString Timecode::fromSeconds(double seconds)
{
    if (!(seconds >= 0))
        seconds = 0;
    const qint64 totalMs = qint64(std::llround(seconds * 1000.0));
    const qint64 h = totalMs / 3600000;
    const qint64 m = (totalMs / 60000) % 60;
    const qint64 s = (totalMs / 1000) % 60;
    const qint64 ms = totalMs % 1000;
    return QStringLiteral("%1:%2:%3.%4")
        .arg(h, 2, 10, QLatin1Char('0'))
        .arg(m, 2, 10, QLatin1Char('0'))
        .arg(s, 2, 10, QLatin1Char('0'))
        .arg(ms, 3, 10, QLatin1Char('0'));
}

qint64 Timecode::parse(const QString &text, double fps)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return -1;
    bool ok = false;
    const qint64 frame = t.toLongLong(&ok);
    if (ok)
        return frame >= 0 ? frame : -1;
    if (fps <= 0)
        return -1;
    const QStringList parts = t.split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 4)
        return -1;
    double seconds = 0;
    double extraFrames = 0;
    int count = int(parts.size());
    if (count == 4) {
        extraFrames = parts.last().toDouble(&ok);
        if (!ok || extraFrames < 0)
            return -1;
        --count;
    }
    for (int i = 0; i < count; ++i) {
        const double v = parts.at(i).toDouble(&ok);
        if (!ok || v < 0)
            return -1;
        seconds = seconds * 60.0 + v;
    }
    return qint64(std::llround(seconds * fps + extraFrames));
}

} // namespace fp::ui
