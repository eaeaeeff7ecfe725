#pragma once

#include <QString>

namespace fp {

// A typed failure with a message a user can act on. Core functions return Result<T> holding either a
// value or one of these; exceptions from FFmpeg, OpenCV or LibTorch are caught at the module edge.
struct Error {
    enum class Code {
        InvalidArgument,
        NotFound,
        PermissionDenied,
        IoError,
        DiskFull,
        NotAVideo,
        UnsupportedCodec,
        CorruptData,
        Timeout,
        ModelInvalid,
        ChecksumMismatch,
        Database,
        Cancelled,
        Internal,
    };

    Code code = Code::Internal;
    QString message;

    static Error make(Code code, QString message) { return Error{code, std::move(message)}; }
    QString codeName() const;
};

} // namespace fp
