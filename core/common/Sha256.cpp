#include "core/common/Sha256.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace fp {

Result<FileDigests> hashFile(const QString &path, bool withMd5, const std::function<void(qint64, qint64)> &progress,
                             const std::atomic_bool *cancel)
{
    QFile file(path);
    if (!QFileInfo::exists(path))
        return makeError(Error::Code::NotFound, QCoreApplication::translate("fp", "File not found: %1").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            Error::Code::PermissionDenied,
            QCoreApplication::translate("fp", "Cannot open %1 for reading: %2").arg(path, file.errorString()));
    QCryptographicHash sha(QCryptographicHash::Sha256);
    QCryptographicHash md5(QCryptographicHash::Md5);
    const qint64 total = file.size();
    qint64 done = 0;
    QByteArray block;
    block.resize(1 << 20);
    while (true) {
        if (cancel && cancel->load())
            return makeError(Error::Code::Cancelled,
                             QCoreApplication::translate("fp", "Hashing of %1 cancelled").arg(path));
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0)
            return makeError(Error::Code::IoError, QCoreApplication::translate("fp", "Read error in %1 at byte %2: %3")
                                                       .arg(path)
                                                       .arg(done)
                                                       .arg(file.errorString()));
        if (n == 0)
            break;
        sha.addData(QByteArrayView(block.constData(), n));
        if (withMd5)
            md5.addData(QByteArrayView(block.constData(), n));
        done += n;
        if (progress)
            progress(done, total);
    }
    FileDigests digests;
    digests.sha256 = QString::fromLatin1(sha.result().toHex());
    if (withMd5)
        digests.md5 = QString::fromLatin1(md5.result().toHex());
    digests.sizeBytes = done;
    return digests;
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace fp
