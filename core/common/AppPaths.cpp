#include "core/common/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace fp {

namespace {

void appendUnique(QStringList &list, const QString &dir)
{
    if (dir.isEmpty())
        return;
    const QString clean = QDir::cleanPath(dir);
    if (!list.contains(clean))
        list << clean;
}

QString ensureDir(const QString &path)
{
    QDir().mkpath(path);
    return path;
}

} // namespace

QStringList AppPaths::dataDirs()
{
    QStringList dirs;
    appendUnique(dirs, qEnvironmentVariable("FAKEPRINT_DATA_DIR"));
    if (QCoreApplication::instance())
        appendUnique(dirs, QCoreApplication::applicationDirPath() + QStringLiteral("/../share/fakeprint"));
    appendUnique(dirs, QStringLiteral(FAKEPRINT_BUILD_DATA_DIR));
    appendUnique(dirs, QStringLiteral(FAKEPRINT_INSTALL_DATA_DIR));
    appendUnique(dirs, QStringLiteral("/usr/local/share/fakeprint"));
    appendUnique(dirs, QStringLiteral("/usr/share/fakeprint"));
    return dirs;
}

QString AppPaths::findData(const QString &relativePath)
{
    for (const QString &dir : dataDirs()) {
        const QString candidate = dir + QLatin1Char('/') + relativePath;
        if (QFileInfo::exists(candidate))
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

QStringList AppPaths::modelDirs()
{
    QStringList dirs;
    for (const QString &dir : dataDirs()) {
        if (QFileInfo(dir + QStringLiteral("/models")).isDir())
            appendUnique(dirs, dir + QStringLiteral("/models"));
    }
    appendUnique(dirs, userModelsDir());
    return dirs;
}

QString AppPaths::userDataDir()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share/fakeprint");
    return ensureDir(base);
}

QString AppPaths::userModelsDir()
{
    return ensureDir(userDataDir() + QStringLiteral("/models"));
}

QString AppPaths::defaultCaseDatabase()
{
    return userDataDir() + QStringLiteral("/cases.fpcase.db");
}

QString AppPaths::blazeFaceFileName()
{
    return QStringLiteral("detectors/face_detection_back_256x256_barracuda.onnx");
}

QString AppPaths::blazeFaceSha256()
{
    return QStringLiteral("427cbbe0fc41448d09e1dc9cfabe2423d997cf2faaeab91fadd09a510b63b8e2");
}

QString AppPaths::dlibLandmarksPath()
{
    const QString bundled = findData(QStringLiteral("landmarks/shape_predictor_68_face_landmarks.dat"));
    if (!bundled.isEmpty())
        return bundled;
    const QString debian = QStringLiteral("/usr/share/dlib/shape_predictor_68_face_landmarks.dat");
    return QFileInfo::exists(debian) ? debian : QString();
}

QString AppPaths::opencvCascadeDir()
{
    for (const QString &dir : {QStringLiteral("/usr/share/opencv4"), QStringLiteral("/usr/local/share/opencv4")}) {
        if (QFileInfo(dir + QStringLiteral("/haarcascades")).isDir())
            return dir;
    }
    return {};
}

} // namespace fp
