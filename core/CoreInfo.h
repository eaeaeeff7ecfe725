#pragma once

#include <QString>

namespace fp {

// Versions of the libraries the core was built against, for --version and reports.
struct CoreInfo {
    static QString libraryVersions();
};

} // namespace fp
