#pragma once

#include <QString>
#include <QStringList>

namespace fp {

// Where Fakeprint finds bundled data (models, detector weights) and keeps user data. Read-only data is
// searched in order: $FAKEPRINT_DATA_DIR, <exe>/../share/fakeprint (build tree and relocated installs), the
// build tree's share dir, the install prefix's share dir, /usr/local/share/fakeprint (where
// packaging/setup-debian.sh puts the face detector), /usr/share/fakeprint. User data (case databases, user models)
// lives under QStandardPaths::AppDataLocation, never next to the binary. Thread-safe (no state).
class AppPaths {
public:
    static QStringList dataDirs();
    // First existing file named relativePath under dataDirs(), or an empty string.
    static QString findData(const QString &relativePath);

    static QStringList modelDirs();       // bundled model dirs, then the user models dir
    static QString userModelsDir();       // created on demand
    static QString userDataDir();         // created on demand
    static QString defaultCaseDatabase(); // <userDataDir>/cases.fpcase.db

    // The default face detector (BlazeFace ONNX) fetched by the set-up script, and its pinned digest.
    static QString blazeFaceFileName();
    static QString blazeFaceSha256();
    static QString dlibLandmarksPath(); // empty when libdlib-data is not installed
    static QString opencvCascadeDir();  // empty when opencv-data is not installed
};

} // namespace fp
