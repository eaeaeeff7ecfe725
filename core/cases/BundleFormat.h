#pragma once

#include "core/common/Result.h"

#include <QIODevice>
#include <QJsonObject>
#include <QPair>
#include <QString>
#include <QVector>

namespace fp::cases {

// The case bundle container: one file, no compression, no directories.
//
//   offset 0   8 bytes   magic "FPBUNDLE"
//          8   u32 LE    format version (1)
//         12   u32 LE    manifest length M
//         16   32 bytes  SHA-256 of the manifest bytes
//         48   M bytes   manifest: UTF-8 JSON object, "parts": [{"name", "size", "sha256"}, ...]
//       48+M   ...       the parts' bytes, back to back in manifest order; the file ends with the last part
//
// The parser trusts nothing: sizes are bounded before anything is allocated, names are plain file names, the
// parts must cover the file exactly, and every digest is checked. Stateless; safe on any thread.
struct BundlePart {
    QString name;
    qint64 offset = 0; // in the bundle file
    qint64 size = 0;
    QString sha256;
};

struct BundleLimits {
    qint64 maxBundleBytes = qint64(8) << 30; // 8 GiB
    qint64 maxManifestBytes = 1 << 20;
    int maxParts = 16;
};

struct BundleIndex {
    int formatVersion = 0;
    QJsonObject manifest;
    QVector<BundlePart> parts;
    qint64 totalBytes = 0;
    const BundlePart *part(const QString &name) const;
};

class BundleFormat {
public:
    static constexpr int kFormatVersion = 1;
    static constexpr qint64 kHeaderBytes = 48;
    static QByteArray magic(); // "FPBUNDLE"

    // Plain file name: 1-64 characters of [A-Za-z0-9._-], not starting with '.', no "..".
    static bool isSafePartName(const QString &name);

    // Reads and validates header and manifest (not the part digests). label names the bundle in messages.
    static Result<BundleIndex> readIndex(QIODevice &device, const BundleLimits &limits, const QString &label);

    // Streams one part, checking its SHA-256; writes it to destinationPath unless that is empty.
    static Status extractPart(QIODevice &device, const BundlePart &part, const QString &destinationPath,
                              const QString &label);

    // Header bytes for a manifest (used by write(); tests build malformed bundles with it).
    static QByteArray encodeHeader(const QByteArray &manifest, int formatVersion = kFormatVersion);

    // Writes a bundle: the manifest gets "parts" filled from the files (name, file path). Refuses to overwrite
    // an existing file; writes to a temporary name and renames at the end.
    static Status write(const QString &bundlePath, QJsonObject manifest, const QVector<QPair<QString, QString>> &parts);
};

} // namespace fp::cases
