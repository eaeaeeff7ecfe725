#include "app/cli/CliCommand.h"

namespace fp::cli {

int CliContext::fail(int code, const QString &reason) const
{
    err << "fakeprint-cli: " << reason << Qt::endl;
    return code;
}

int exitCodeFor(const Error &error)
{
    switch (error.code) {
    case Error::Code::InvalidArgument: return ExitUsage;
    case Error::Code::NotFound:
    case Error::Code::PermissionDenied:
    case Error::Code::IoError:
    case Error::Code::NotAVideo:
    case Error::Code::UnsupportedCodec:
    case Error::Code::CorruptData:
    case Error::Code::Timeout: return ExitBadInput;
    case Error::Code::ModelInvalid: return ExitModel;
    case Error::Code::ChecksumMismatch: return ExitIntegrity;
    case Error::Code::Database:
    case Error::Code::DiskFull: return ExitDatabase;
    case Error::Code::Cancelled: return ExitCancelled;
    case Error::Code::Internal: return ExitFailure;
    }
    return ExitFailure;
}

void CliContext::printJson(const QJsonDocument &doc) const
{
    out << doc.toJson(QJsonDocument::Indented);
    out.flush();
}

} // namespace fp::cli
