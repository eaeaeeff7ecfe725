#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>

namespace fp {

struct FileDigests {
    QString sha256; // lower-case hex
    QString md5;    // lower-case hex, only filled when asked for
    qint64 sizeBytes = 0;
};

// Streams a file (opened read-only) through SHA-256, and MD5 when withMd5 is set. progress(done, total)
// is called from the calling thread; cancel is polled between blocks. Safe to call from any thread.
Result<FileDigests> hashFile(const QString &path, bool withMd5 = false,
                             const std::function<void(qint64, qint64)> &progress = {},
                             const std::atomic_bool *cancel = nullptr);

QString sha256Hex(const QByteArray &data);

} // namespace fp
