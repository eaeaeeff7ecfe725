#include "core/lab/synth/CropManifest.h"

#include "core/lab/synth/ManipulationClass.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTextStream>

namespace fp::lab {

QString cropManifestHeader()
{
    return QStringLiteral("path,class_id,class_key,dataset,split,identity,source_identity,seed,quality");
}

Result<int> appendToManifest(const QString &outDir, const std::vector<ManifestEntry> &entries)
{
    auto tr = [](const char *s) { return QCoreApplication::translate("lab", s); };
    const QString path = QDir(outDir).filePath(QStringLiteral("manifest.csv"));
    QSet<QString> existing;
    QFile manifest(path);
    const bool hadManifest = manifest.exists();
    if (hadManifest) {
        if (!manifest.open(QIODevice::ReadOnly | QIODevice::Text))
            return Error::make(Error::Code::IoError, tr("cannot read %1").arg(path));
        QTextStream in(&manifest);
        const QString header = in.readLine();
        if (header != cropManifestHeader())
            return Error::make(Error::Code::CorruptData,
                               tr("%1 has header '%2', expected '%3'").arg(path, header, cropManifestHeader()));
        while (!in.atEnd())
            existing.insert(in.readLine().section(QLatin1Char(','), 0, 0));
        manifest.close();
    }
    if (!manifest.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return Error::make(Error::Code::IoError, tr("cannot write %1").arg(path));
    QTextStream csv(&manifest);
    if (!hadManifest)
        csv << cropManifestHeader() << '\n';
    int appended = 0;
    for (const ManifestEntry &e : entries) {
        if (existing.contains(e.path))
            continue;
        existing.insert(e.path);
        const auto &info = classInfo(static_cast<ManipulationClass>(e.classId));
        csv << e.path << ',' << e.classId << ',' << info.key << ',' << e.dataset << ',' << e.split << ',' << e.identity
            << ',' << e.sourceIdentity << ',' << e.seed << ',' << e.quality << '\n';
        ++appended;
    }
    csv.flush();
    if (manifest.error() != QFile::NoError)
        return Error::make(Error::Code::IoError, tr("writing %1 failed: %2").arg(path, manifest.errorString()));
    return appended;
}

} // namespace fp::lab
