#include "core/common/Error.h"

namespace fp {

QString Error::codeName() const
{
    switch (code) {
    case Code::InvalidArgument: return QStringLiteral("invalid-argument");
    case Code::NotFound: return QStringLiteral("not-found");
    case Code::PermissionDenied: return QStringLiteral("permission-denied");
    case Code::IoError: return QStringLiteral("io-error");
    case Code::DiskFull: return QStringLiteral("disk-full");
    case Code::NotAVideo: return QStringLiteral("not-a-video");
    case Code::UnsupportedCodec: return QStringLiteral("unsupported-codec");
    case Code::CorruptData: return QStringLiteral("corrupt-data");
    case Code::Timeout: return QStringLiteral("timeout");
    case Code::ModelInvalid: return QStringLiteral("model-invalid");
    case Code::ChecksumMismatch: return QStringLiteral("checksum-mismatch");
    case Code::Database: return QStringLiteral("database");
    case Code::Cancelled: return QStringLiteral("cancelled");
    case Code::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace fp
