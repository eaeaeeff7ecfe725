#pragma once

#include "core/common/Error.h"

#include <utility>
#include <variant>

namespace fp {

// Value or Error. Cheap to move; check ok() before value().
template<typename T> class Result {
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_data); }
    const T &value() const & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For operations that return nothing on success.
struct Ok {};
using Status = Result<Ok>;

inline Error makeError(Error::Code code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace fp
