#include "core/cases/BundleFormat.h"

#include "core/common/Sha256.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QtEndian>

namespace fp::cases {

namespace {

constexpr qint64 kBlockBytes = 1 << 20;
constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53

Error corrupt(const QString &label, const QString &what)
{
    return makeError(Error::Code::CorruptData,
                     QCoreApplication::translate("fp::cases", "Case bundle %1 is malformed: %2").arg(label, what));
}

bool isLowerHex64(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(text).hasMatch();
}

} // namespace

const BundlePart *BundleIndex::part(const QString &name) const
{
    for (const BundlePart &p : parts)
        if (p.name == name)
            return &p;
    return nullptr;
}

QByteArray BundleFormat::magic()
{
    return QByteArrayLiteral("FPBUNDLE");
}

bool BundleFormat::isSafePartName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}$"));
    return re.match(name).hasMatch() && !name.contains(QLatin1String(".."));
}

QByteArray BundleFormat::encodeHeader(const QByteArray &manifest, int formatVersion)
{
    QByteArray header = magic();
    char word[4];
    qToLittleEndian(quint32(formatVersion), word);
    header.append(word, 4);
    qToLittleEndian(quint32(manifest.size()), word);
    header.append(word, 4);
    header.append(QCryptographicHash::hash(manifest, QCryptographicHash::Sha256));
    return header;
}

Result<BundleIndex> BundleFormat::readIndex(QIODevice &device, const BundleLimits &limits, const QString &label)
{
    BundleIndex index;
    index.totalBytes = device.size();
    if (index.totalBytes > limits.maxBundleBytes)
        return makeError(Error::Code::InvalidArgument,
                         QCoreApplication::translate(
                             "fp::cases", "Case bundle %1 is %2 bytes, larger than the import limit of %3 bytes")
                             .arg(label)
                             .arg(index.totalBytes)
                             .arg(limits.maxBundleBytes));
    if (!device.seek(0))
        return makeError(Error::Code::IoError,
                         QCoreApplication::translate("fp::cases", "Cannot read case bundle %1").arg(label));
    const QByteArray header = device.read(kHeaderBytes);
    const QByteArray expectedMagic = magic();
    if (!expectedMagic.startsWith(header.left(expectedMagic.size())) || header.isEmpty())
        return corrupt(
            label, QCoreApplication::translate("fp::cases", "it does not start with the Fakeprint bundle signature"));
    if (header.size() < kHeaderBytes)
        return corrupt(label, QCoreApplication::translate("fp::cases", "truncated: %1 bytes, the header alone needs %2")
                                  .arg(header.size())
                                  .arg(kHeaderBytes));
    index.formatVersion = int(qFromLittleEndian<quint32>(header.constData() + 8));
    if (index.formatVersion != kFormatVersion)
        return corrupt(label, QCoreApplication::translate(
                                  "fp::cases", "format version %1 is not supported (this Fakeprint reads version %2)")
                                  .arg(index.formatVersion)
                                  .arg(kFormatVersion));
    const qint64 manifestBytes = qFromLittleEndian<quint32>(header.constData() + 12);
    if (manifestBytes == 0 || manifestBytes > limits.maxManifestBytes)
        return corrupt(label, QCoreApplication::translate("fp::cases", "the manifest size %1 is outside 1..%2 bytes")
                                  .arg(manifestBytes)
                                  .arg(limits.maxManifestBytes));
    if (kHeaderBytes + manifestBytes > index.totalBytes)
        return corrupt(
            label, QCoreApplication::translate("fp::cases", "truncated: the manifest needs %1 bytes, the file has %2")
                       .arg(kHeaderBytes + manifestBytes)
                       .arg(index.totalBytes));
    const QByteArray manifest = device.read(manifestBytes);
    if (manifest.size() != manifestBytes)
        return makeError(
            Error::Code::IoError,
            QCoreApplication::translate("fp::cases", "Cannot read the manifest of case bundle %1").arg(label));
    if (QCryptographicHash::hash(manifest, QCryptographicHash::Sha256) != header.mid(16, 32))
        return makeError(
            Error::Code::ChecksumMismatch,
            QCoreApplication::translate("fp::cases",
                                        "Case bundle %1: the manifest does not match its SHA-256 (damaged or altered)")
                .arg(label));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(manifest, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return corrupt(label, QCoreApplication::translate("fp::cases", "the manifest is not a JSON object: %1")
                                  .arg(parseError.errorString()));
    index.manifest = doc.object();
    if (index.manifest.value(QStringLiteral("format")).toString() != QLatin1String("fakeprint-case-bundle"))
        return corrupt(
            label, QCoreApplication::translate("fp::cases", "the manifest's format is not \"fakeprint-case-bundle\""));
    const QJsonValue partsValue = index.manifest.value(QStringLiteral("parts"));
    if (!partsValue.isArray() || partsValue.toArray().isEmpty() || partsValue.toArray().size() > limits.maxParts)
        return corrupt(
            label,
            QCoreApplication::translate("fp::cases", "the manifest must list 1 to %1 parts").arg(limits.maxParts));
    qint64 offset = kHeaderBytes + manifestBytes;
    for (const QJsonValue &value : partsValue.toArray()) {
        const QJsonObject object = value.toObject();
        BundlePart part;
        part.name = object.value(QStringLiteral("name")).toString();
        part.sha256 = object.value(QStringLiteral("sha256")).toString();
        const QJsonValue sizeValue = object.value(QStringLiteral("size"));
        if (!value.isObject() || part.name.isEmpty())
            return corrupt(label, QCoreApplication::translate("fp::cases", "a part entry has no name"));
        if (!isSafePartName(part.name))
            return makeError(Error::Code::InvalidArgument,
                             QCoreApplication::translate(
                                 "fp::cases",
                                 "Case bundle %1 names a part '%2': not a plain file name (path traversal or special "
                                 "characters); refused")
                                 .arg(label, part.name));
        if (index.part(part.name))
            return corrupt(label,
                           QCoreApplication::translate("fp::cases", "the part '%1' is listed twice").arg(part.name));
        const double size = sizeValue.toDouble(-1);
        if (!sizeValue.isDouble() || size < 0 || size > kMaxExactInteger || size != double(qint64(size)))
            return corrupt(label,
                           QCoreApplication::translate("fp::cases", "the part '%1' has no valid size").arg(part.name));
        if (!isLowerHex64(part.sha256))
            return corrupt(
                label, QCoreApplication::translate("fp::cases", "the part '%1' has no valid SHA-256").arg(part.name));
        part.size = qint64(size);
        part.offset = offset;
        if (part.size > index.totalBytes - offset)
            return corrupt(label,
                           QCoreApplication::translate(
                               "fp::cases", "truncated: part '%1' needs %2 bytes from offset %3, the file has %4")
                               .arg(part.name)
                               .arg(part.size)
                               .arg(offset)
                               .arg(index.totalBytes));
        offset += part.size;
        index.parts.append(part);
    }
    if (offset != index.totalBytes)
        return corrupt(label, QCoreApplication::translate("fp::cases", "%1 unexpected bytes after the last part")
                                  .arg(index.totalBytes - offset));
    return index;
}

Status BundleFormat::extractPart(QIODevice &device, const BundlePart &part, const QString &destinationPath,
                                 const QString &label)
{
    if (!device.seek(part.offset))
        return makeError(Error::Code::IoError,
                         QCoreApplication::translate("fp::cases", "Cannot seek in case bundle %1").arg(label));
    QFile out(destinationPath);
    if (!destinationPath.isEmpty() && !out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return makeError(
            Error::Code::IoError,
            QCoreApplication::translate("fp::cases", "Cannot create %1: %2").arg(destinationPath, out.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 left = part.size;
    while (left > 0) {
        const QByteArray block = device.read(qMin(left, kBlockBytes));
        if (block.isEmpty())
            return corrupt(label,
                           QCoreApplication::translate("fp::cases", "truncated inside part '%1'").arg(part.name));
        hash.addData(block);
        if (!destinationPath.isEmpty() && out.write(block) != block.size())
            return makeError(out.error() == QFileDevice::ResourceError ? Error::Code::DiskFull : Error::Code::IoError,
                             QCoreApplication::translate("fp::cases", "Cannot write %1: %2")
                                 .arg(destinationPath, out.errorString()));
        left -= block.size();
    }
    const QString actual = QString::fromLatin1(hash.result().toHex());
    if (actual != part.sha256)
        return makeError(Error::Code::ChecksumMismatch,
                         QCoreApplication::translate(
                             "fp::cases",
                             "Case bundle %1: part '%2' does not match its SHA-256 (expected %3, found %4); the bundle "
                             "is damaged or was altered")
                             .arg(label, part.name, part.sha256, actual));
    return Ok{};
}

Status BundleFormat::write(const QString &bundlePath, QJsonObject manifest,
                           const QVector<QPair<QString, QString>> &parts)
{
    if (QFile::exists(bundlePath))
        return makeError(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("fp::cases", "%1 already exists; choose another name for the bundle")
                .arg(bundlePath));
    QJsonArray list;
    for (const auto &[name, path] : parts) {
        if (!isSafePartName(name))
            return makeError(Error::Code::InvalidArgument,
                             QCoreApplication::translate("fp::cases", "Invalid bundle part name '%1'").arg(name));
        auto digests = hashFile(path);
        if (!digests)
            return digests.error();
        list.append(QJsonObject{{QStringLiteral("name"), name},
                                {QStringLiteral("size"), digests->sizeBytes},
                                {QStringLiteral("sha256"), digests->sha256}});
    }
    manifest.insert(QStringLiteral("format"), QStringLiteral("fakeprint-case-bundle"));
    manifest.insert(QStringLiteral("format_version"), kFormatVersion);
    manifest.insert(QStringLiteral("parts"), list);
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    QSaveFile out(bundlePath);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(
            Error::Code::IoError,
            QCoreApplication::translate("fp::cases", "Cannot create %1: %2").arg(bundlePath, out.errorString()));
    auto writeFailed = [&out, &bundlePath]() {
        return makeError(out.error() == QFileDevice::ResourceError ? Error::Code::DiskFull : Error::Code::IoError,
                         QCoreApplication::translate("fp::cases", "Cannot write the case bundle %1: %2")
                             .arg(bundlePath, out.errorString()));
    };
    const QByteArray header = encodeHeader(manifestBytes);
    if (out.write(header) != header.size() || out.write(manifestBytes) != manifestBytes.size())
        return writeFailed();
    for (const auto &[name, path] : parts) {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return makeError(
                Error::Code::IoError,
                QCoreApplication::translate("fp::cases", "Cannot read %1: %2").arg(path, in.errorString()));
        while (!in.atEnd()) {
            const QByteArray block = in.read(kBlockBytes);
            if (block.isEmpty() && in.error() != QFileDevice::NoError)
                return makeError(
                    Error::Code::IoError,
                    QCoreApplication::translate("fp::cases", "Cannot read %1: %2").arg(path, in.errorString()));
            if (out.write(block) != block.size())
                return writeFailed();
        }
    }
    if (!out.commit())
        return writeFailed();
    return Ok{};
}

} // namespace fp::cases
