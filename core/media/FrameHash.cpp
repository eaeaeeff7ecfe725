#include "core/media/FrameHash.h"

#include <QCryptographicHash>

namespace fp::media {

QString frameMd5Hex(const QImage &rgb888)
{
    if (rgb888.isNull() || rgb888.format() != QImage::Format_RGB888)
        return {};
    QCryptographicHash md5(QCryptographicHash::Md5);
    const qsizetype rowBytes = qsizetype(rgb888.width()) * 3;
    for (int y = 0; y < rgb888.height(); ++y)
        md5.addData(QByteArrayView(reinterpret_cast<const char *>(rgb888.constScanLine(y)), rowBytes));
    return QString::fromLatin1(md5.result().toHex());
}

} // namespace fp::media
