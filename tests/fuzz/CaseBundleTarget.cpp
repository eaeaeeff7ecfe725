#include "core/cases/BundleFormat.h"
#include "core/cases/CaseBundle.h"
#include "core/cases/CaseDatabase.h"
#include "tests/fuzz/FuzzSupport.h"
#include "tests/fuzz/FuzzTargets.h"

#include <QFile>
#include <QJsonObject>

#include <cstring>

namespace fp::fuzz {

namespace {

// Writes a bundle around the given database and audit bytes, with correct digests and a manifest naming the case
// the seed databases hold (tests/fuzz/corpus/case_bundle/README.md).
QString validBundle(const QByteArray &database, const QByteArray &audit)
{
    const QString bundle = scratchDir() + QStringLiteral("/made.fpbundle");
    QFile::remove(bundle);
    const QString dbPath = writeScratch(QStringLiteral("case.sqlite"), database);
    const QString auditPath = writeScratch(QStringLiteral("audit.json"), audit);
    const QJsonObject manifest{
        {QStringLiteral("app_version"), QStringLiteral("0.1.0")},
        {QStringLiteral("schema_version"), 1},
        {QStringLiteral("case"),
         QJsonObject{{QStringLiteral("uuid"), QStringLiteral("00000000-0000-4000-8000-00000000f022")},
                     {QStringLiteral("name"), QStringLiteral("Fuzz")},
                     {QStringLiteral("source_id"), 1}}},
    };
    if (!cases::BundleFormat::write(
            bundle, manifest, {{QStringLiteral("case.sqlite"), dbPath}, {QStringLiteral("audit.json"), auditPath}}))
        return {};
    return bundle;
}

} // namespace

int caseBundle(const uint8_t *data, size_t size)
{
    ensureApplication();
    if (size < 1)
        return 0;
    QString bundle;
    if ((data[0] & 1) == 0) {
        bundle = writeScratch(QStringLiteral("input.fpbundle"), data + 1, size - 1);
    } else {
        if (size < 5)
            return 0;
        quint32 split = 0;
        std::memcpy(&split, data + 1, 4);
        const QByteArray rest(reinterpret_cast<const char *>(data + 5), qsizetype(size - 5));
        const qsizetype at = qMin(qsizetype(split), rest.size());
        bundle = validBundle(rest.left(at), rest.mid(at));
        if (bundle.isEmpty())
            return 0;
    }
    // A fresh case database each time, so that one input cannot change how the next one behaves.
    const QString dbPath = scratchDir() + QStringLiteral("/target.db");
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(dbPath + QLatin1String(suffix));
    auto db = cases::CaseDatabase::open(dbPath);
    if (!db)
        return 0;
    cases::BundleImportOptions options;
    options.limits.maxBundleBytes = 64 << 20;
    (void)cases::CaseBundle::importBundle(**db, bundle, options);
    return 0;
}

} // namespace fp::fuzz
