#include "core/cases/CaseBundle.h"

#include "core/cases/AuditLog.h"
#include "core/cases/CaseStore.h"
#include "core/cases/Schema.h"
#include "core/cases/SqlSupport.h"
#include "core/common/Sha256.h"
#include "core/common/Version.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUuid>

#include <atomic>

namespace fp::cases {

namespace {

const QString kDatabasePart = QStringLiteral("case.sqlite");
const QString kAuditPart = QStringLiteral("audit.json");

std::atomic<quint64> g_snapshotCounter{0};

// A plain connection to a temporary snapshot file; removed with this object.
class SnapshotConnection {
public:
    explicit SnapshotConnection(const QString &path)
        : m_name(QStringLiteral("fakeprint-bundle-%1").arg(++g_snapshotCounter)), m_path(path)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
    }
    ~SnapshotConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Status open()
    {
        if (!m_db.open())
            return sqlError(m_db.lastError(), m_path,
                            QCoreApplication::translate("fp::cases", "opening the case snapshot"));
        return execRaw(m_db, m_path, QStringLiteral("PRAGMA foreign_keys = ON"),
                       QCoreApplication::translate("fp::cases", "opening the case snapshot"));
    }
    const QSqlDatabase &db() const { return m_db; }

private:
    QString m_name;
    QString m_path;
    QSqlDatabase m_db;
};

QJsonObject entryJson(const AuditEntry &e)
{
    return QJsonObject{{QStringLiteral("seq"), e.seq},
                       {QStringLiteral("ts"), e.timestampUtc},
                       {QStringLiteral("actor"), e.actor},
                       {QStringLiteral("action"), e.action},
                       {QStringLiteral("entity"), e.entity},
                       {QStringLiteral("details"), e.details},
                       {QStringLiteral("prev_hash"), e.prevHash},
                       {QStringLiteral("hash"), e.hash}};
}

Result<qint64> maxId(const QSqlDatabase &db, const QString &path, const QString &table, const QString &column)
{
    auto q = run(db, path, QStringLiteral("SELECT coalesce(max(%1), 0) FROM main.%2").arg(column, table),
                 QCoreApplication::translate("fp::cases", "importing a case bundle"));
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

} // namespace

Result<BundleExport> CaseBundle::exportCase(CaseDatabase &db, qint64 caseId, const QString &bundlePath)
{
    if (auto st = db.checkWritable(); !st)
        return st.error();
    CaseStore store(db);
    auto caseInfo = store.caseById(caseId);
    if (!caseInfo)
        return caseInfo.error();
    if (QFile::exists(bundlePath))
        return makeError(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("fp::cases", "%1 already exists; choose another name for the bundle")
                .arg(bundlePath));
    auto audit = AuditLog::verify(db.connection(), db.path());
    if (!audit)
        return audit.error();
    if (!audit->ok)
        return makeError(Error::Code::ChecksumMismatch,
                         QCoreApplication::translate(
                             "fp::cases", "Export of case '%1' refused: the audit log of %2 is broken at entry %3: %4")
                             .arg(caseInfo->name, db.path())
                             .arg(audit->firstBadSeq)
                             .arg(audit->problem));
    QTemporaryDir work;
    if (!work.isValid())
        return makeError(Error::Code::IoError,
                         QCoreApplication::translate("fp::cases", "Cannot create a temporary folder for the bundle"));
    const QString snapshot = work.filePath(kDatabasePart);
    if (auto q = run(db.connection(), db.path(), QStringLiteral("VACUUM INTO ?"),
                     QCoreApplication::translate("fp::cases", "taking a snapshot for export"), {snapshot});
        !q)
        return q.error();
    {
        SnapshotConnection snap(snapshot);
        if (auto st = snap.open(); !st)
            return st.error();
        const QString what =
            QCoreApplication::translate("fp::cases", "pruning the export snapshot to case '%1'").arg(caseInfo->name);
        // Only this case leaves the database: other cases, evidence only they use and the whole audit log (it
        // mentions other cases; this case's entries travel in audit.json) are removed, then VACUUM drops the
        // freed pages so that nothing deleted stays readable in the file.
        const QStringList statements{
            QStringLiteral("PRAGMA journal_mode = DELETE"),
            QStringLiteral("DELETE FROM cases WHERE id <> %1").arg(caseId),
            QStringLiteral("DELETE FROM evidence WHERE id NOT IN (SELECT evidence_id FROM case_evidence)"),
            QStringLiteral("DELETE FROM audit_log"),
            QStringLiteral("DELETE FROM audit_head"),
            QStringLiteral("VACUUM"),
        };
        for (const QString &sql : statements)
            if (auto st = execRaw(snap.db(), snapshot, sql, what); !st)
                return st.error();
    }
    auto entries = AuditLog::entries(db.connection(), db.path(), caseId);
    if (!entries)
        return entries.error();
    QJsonArray entryList;
    for (const AuditEntry &e : *entries)
        entryList.append(entryJson(e));
    const QJsonObject auditDoc{{QStringLiteral("source_audit_head"), audit->headHash},
                               {QStringLiteral("source_audit_entries"), audit->entryCount},
                               {QStringLiteral("case_entries"), entryList}};
    const QString auditPath = work.filePath(kAuditPart);
    {
        QFile out(auditPath);
        const QByteArray bytes = QJsonDocument(auditDoc).toJson(QJsonDocument::Indented);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return makeError(
                Error::Code::IoError,
                QCoreApplication::translate("fp::cases", "Cannot write %1: %2").arg(auditPath, out.errorString()));
    }
    const QJsonObject manifest{
        {QStringLiteral("created_at"), nowUtc()},
        {QStringLiteral("app_version"), QString::fromLatin1(kVersion)},
        {QStringLiteral("schema_version"), db.schemaVersion()},
        {QStringLiteral("exported_by"), db.actor()},
        {QStringLiteral("case"), QJsonObject{{QStringLiteral("uuid"), caseInfo->uuid},
                                             {QStringLiteral("name"), caseInfo->name},
                                             {QStringLiteral("source_id"), caseId}}},
        {QStringLiteral("source"), QJsonObject{{QStringLiteral("database"), QFileInfo(db.path()).fileName()},
                                               {QStringLiteral("audit_head"), audit->headHash},
                                               {QStringLiteral("audit_entries"), audit->entryCount}}},
    };
    if (auto st = BundleFormat::write(bundlePath, manifest, {{kDatabasePart, snapshot}, {kAuditPart, auditPath}}); !st)
        return st.error();
    auto digests = hashFile(bundlePath);
    if (!digests)
        return digests.error();
    WriteTransaction transaction(db.connection(), db.path());
    if (auto st = transaction.begin(); !st)
        return st.error();
    auto entry = AuditLog::append(db.connection(), db.path(), db.actor(), QStringLiteral("case.exported"),
                                  QStringLiteral("case:%1").arg(caseId),
                                  QJsonObject{{QStringLiteral("case_id"), caseId},
                                              {QStringLiteral("bundle"), QFileInfo(bundlePath).absoluteFilePath()},
                                              {QStringLiteral("bundle_sha256"), digests->sha256},
                                              {QStringLiteral("size_bytes"), digests->sizeBytes}});
    if (!entry)
        return entry.error();
    if (auto st = transaction.commit(); !st)
        return st.error();
    return BundleExport{QFileInfo(bundlePath).absoluteFilePath(), digests->sha256, digests->sizeBytes, caseInfo->name,
                        audit->headHash};
}

Result<BundleImport> CaseBundle::importBundle(CaseDatabase &db, const QString &bundlePath,
                                              const BundleImportOptions &options)
{
    if (auto st = db.checkWritable(); !st)
        return st.error();
    QFile file(bundlePath);
    if (!file.exists())
        return makeError(Error::Code::NotFound,
                         QCoreApplication::translate("fp::cases", "Case bundle %1 does not exist").arg(bundlePath));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::PermissionDenied,
                         QCoreApplication::translate("fp::cases", "Cannot open case bundle %1: %2")
                             .arg(bundlePath, file.errorString()));
    auto index = BundleFormat::readIndex(file, options.limits, bundlePath);
    if (!index)
        return index.error();
    for (const BundlePart &part : index->parts)
        if (part.name != kDatabasePart && part.name != kAuditPart)
            return makeError(Error::Code::CorruptData,
                             QCoreApplication::translate("fp::cases", "Case bundle %1 has an unexpected part '%2'")
                                 .arg(bundlePath, part.name));
    const BundlePart *dbPart = index->part(kDatabasePart);
    const BundlePart *auditPart = index->part(kAuditPart);
    if (!dbPart || !auditPart)
        return makeError(Error::Code::CorruptData,
                         QCoreApplication::translate("fp::cases", "Case bundle %1 lacks the part '%2'")
                             .arg(bundlePath, dbPart ? kAuditPart : kDatabasePart));
    QTemporaryDir work;
    if (!work.isValid())
        return makeError(
            Error::Code::IoError,
            QCoreApplication::translate("fp::cases", "Cannot create a temporary folder to import %1").arg(bundlePath));
    const QString snapshot = work.filePath(kDatabasePart);
    if (auto st = BundleFormat::extractPart(file, *dbPart, snapshot, bundlePath); !st)
        return st.error();
    if (auditPart->size > options.limits.maxManifestBytes * 64)
        return makeError(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("fp::cases", "Case bundle %1: the audit part is %2 bytes, more than the limit")
                .arg(bundlePath)
                .arg(auditPart->size));
    const QString auditPath = work.filePath(kAuditPart);
    if (auto st = BundleFormat::extractPart(file, *auditPart, auditPath, bundlePath); !st)
        return st.error();
    QFile auditFile(auditPath);
    if (!auditFile.open(QIODevice::ReadOnly))
        return makeError(Error::Code::IoError,
                         QCoreApplication::translate("fp::cases", "Cannot read %1").arg(auditPath));
    const QJsonDocument auditDoc = QJsonDocument::fromJson(auditFile.readAll());
    if (!auditDoc.isObject())
        return makeError(Error::Code::CorruptData,
                         QCoreApplication::translate("fp::cases", "Case bundle %1: audit.json is not a JSON object")
                             .arg(bundlePath));
    auto bundleDigest = hashFile(bundlePath);
    if (!bundleDigest)
        return bundleDigest.error();

    QString sourceUuid, sourceName;
    {
        SnapshotConnection snap(snapshot);
        if (auto st = snap.open(); !st)
            return st.error();
        const QString what =
            QCoreApplication::translate("fp::cases", "checking the database inside case bundle %1").arg(bundlePath);
        auto check = run(snap.db(), snapshot, QStringLiteral("PRAGMA integrity_check"), what);
        if (!check)
            return makeError(Error::Code::CorruptData,
                             QCoreApplication::translate("fp::cases", "Case bundle %1 holds no valid database: %2")
                                 .arg(bundlePath, check.error().message));
        if (!check->next() || check->value(0).toString() != QLatin1String("ok"))
            return makeError(
                Error::Code::CorruptData,
                QCoreApplication::translate("fp::cases", "The database inside case bundle %1 fails its integrity check")
                    .arg(bundlePath));
        check->finish();
        auto version = Schema::readVersion(snap.db(), snapshot);
        if (!version)
            return version.error();
        if (*version < 1 || *version > Schema::kCurrentVersion)
            return makeError(
                Error::Code::CorruptData,
                QCoreApplication::translate(
                    "fp::cases",
                    "The database inside case bundle %1 has schema version %2; this Fakeprint reads 1 to %3")
                    .arg(bundlePath)
                    .arg(*version)
                    .arg(Schema::kCurrentVersion));
        if (*version < Schema::kCurrentVersion)
            if (auto st = Schema::migrate(snap.db(), snapshot, *version, db.actor()); !st)
                return st.error();
        auto fk = run(snap.db(), snapshot, QStringLiteral("PRAGMA foreign_key_check"), what);
        if (!fk)
            return fk.error();
        if (fk->next())
            return makeError(Error::Code::CorruptData,
                             QCoreApplication::translate(
                                 "fp::cases", "The database inside case bundle %1 has dangling references (table %2)")
                                 .arg(bundlePath, fk->value(0).toString()));
        fk->finish();
        auto cases = run(snap.db(), snapshot,
                         QStringLiteral("SELECT uuid, name, (SELECT count(*) FROM cases) FROM cases"), what);
        if (!cases)
            return cases.error();
        if (!cases->next() || cases->value(2).toInt() != 1)
            return makeError(
                Error::Code::CorruptData,
                QCoreApplication::translate("fp::cases", "Case bundle %1 must hold exactly one case").arg(bundlePath));
        sourceUuid = cases->value(0).toString();
        sourceName = cases->value(1).toString();
    }
    const QString manifestUuid =
        index->manifest.value(QStringLiteral("case")).toObject().value(QStringLiteral("uuid")).toString();
    if (manifestUuid != sourceUuid)
        return makeError(Error::Code::CorruptData,
                         QCoreApplication::translate(
                             "fp::cases", "Case bundle %1: the manifest names case %2 but the database holds %3")
                             .arg(bundlePath, manifestUuid, sourceUuid));

    const QSqlDatabase conn = db.connection();
    const QString &path = db.path();
    const QString what = QCoreApplication::translate("fp::cases", "importing case bundle %1").arg(bundlePath);
    const QString newName = options.renameTo.trimmed().isEmpty() ? sourceName : options.renameTo.trimmed();
    const QString newUuid =
        options.renameTo.trimmed().isEmpty() ? sourceUuid : QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto clash = run(conn, path, QStringLiteral("SELECT id, name FROM cases WHERE uuid = ? OR name = ?"), what,
                     {newUuid, newName});
    if (!clash)
        return clash.error();
    if (clash->next())
        return makeError(Error::Code::InvalidArgument,
                         QCoreApplication::translate(
                             "fp::cases",
                             "Case '%1' (id %2) already exists in %3; import refused so that nothing is overwritten "
                             "(import it under another name to keep both)")
                             .arg(clash->value(1).toString())
                             .arg(clash->value(0).toLongLong())
                             .arg(path));
    clash->finish();

    // ATTACH cannot run inside a transaction; the copy itself is one transaction.
    if (auto q = run(conn, path, QStringLiteral("ATTACH DATABASE ? AS bundle"), what, {snapshot}); !q)
        return q.error();
    struct Detach {
        QSqlDatabase db;
        ~Detach() { QSqlQuery(db).exec(QStringLiteral("DETACH DATABASE bundle")); }
    } detach{conn};

    BundleImport result;
    result.caseName = newName;
    result.bundleSha256 = bundleDigest->sha256;
    {
        WriteTransaction transaction(conn, path);
        if (auto st = transaction.begin(); !st)
            return st.error();
        qint64 off[8];
        const char *const tables[][2] = {{"cases", "id"},    {"evidence", "id"},   {"analyses", "id"},
                                         {"tracks", "id"},   {"detections", "id"}, {"frame_scores", "id"},
                                         {"heatmaps", "id"}, {"notes", "id"}};
        for (int i = 0; i < 8; ++i) {
            auto m = maxId(conn, path, QString::fromLatin1(tables[i][0]), QString::fromLatin1(tables[i][1]));
            if (!m)
                return m.error();
            off[i] = *m;
        }
        const qint64 cOff = off[0], eOff = off[1], aOff = off[2], tOff = off[3], dOff = off[4], sOff = off[5],
                     hOff = off[6], nOff = off[7];
        const QString ev = QStringLiteral("(SELECT new_id FROM temp.fp_evmap WHERE old_id = %1)");
        struct Step {
            QString sql;
            QVariantList params;
        };
        const Step steps[] = {
            {QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS fp_evmap(old_id INTEGER PRIMARY KEY, new_id INTEGER)"),
             {}},
            {QStringLiteral("DELETE FROM temp.fp_evmap"), {}},
            {QStringLiteral(
                 "INSERT INTO main.evidence(id, sha256, md5, path, file_name, size_bytes, mtime, media_info, "
                 "added_at) SELECT id + ?, sha256, md5, path, file_name, size_bytes, mtime, media_info, "
                 "added_at FROM bundle.evidence WHERE sha256 NOT IN (SELECT sha256 FROM main.evidence)"),
             {eOff}},
            {QStringLiteral("INSERT INTO temp.fp_evmap SELECT b.id, m.id FROM bundle.evidence b "
                            "JOIN main.evidence m ON m.sha256 = b.sha256"),
             {}},
            {QStringLiteral("INSERT INTO main.cases(id, uuid, name, description, analyst, created_at) "
                            "SELECT id + ?, ?, ?, description, analyst, created_at FROM bundle.cases"),
             {cOff, newUuid, newName}},
            {QStringLiteral("INSERT INTO main.case_evidence(case_id, evidence_id, added_at, added_by) "
                            "SELECT case_id + ?, %1, added_at, added_by FROM bundle.case_evidence")
                 .arg(ev.arg(QStringLiteral("evidence_id"))),
             {cOff}},
            {QStringLiteral(
                 "INSERT INTO main.analyses(id, case_id, evidence_id, app_version, model_name, model_version, "
                 "model_sha256, model_card, detector, settings, status, progress_frame, frame_count, "
                 "started_at, finished_at, timings, error) SELECT id + ?, case_id + ?, %1, app_version, "
                 "model_name, model_version, model_sha256, model_card, detector, settings, "
                 "CASE status WHEN 'running' THEN 'interrupted' ELSE status END, progress_frame, frame_count, "
                 "started_at, finished_at, timings, error FROM bundle.analyses")
                 .arg(ev.arg(QStringLiteral("evidence_id"))),
             {aOff, cOff}},
            {QStringLiteral("INSERT INTO main.tracks(id, analysis_id, track_number, first_frame, last_frame, box_x, "
                            "box_y, box_w, box_h, verdict, label, confidence, p_fake, class_probabilities, intervals, "
                            "driving_frames, aggregation) SELECT id + ?, analysis_id + ?, track_number, first_frame, "
                            "last_frame, box_x, box_y, box_w, box_h, verdict, label, confidence, p_fake, "
                            "class_probabilities, intervals, driving_frames, aggregation FROM bundle.tracks"),
             {tOff, aOff}},
            {QStringLiteral("INSERT INTO main.detections(id, track_id, frame_index, pts, x, y, w, h, score, predicted, "
                            "landmarks, keypoints) SELECT id + ?, track_id + ?, frame_index, pts, x, y, w, h, score, "
                            "predicted, landmarks, keypoints FROM bundle.detections"),
             {dOff, tOff}},
            {QStringLiteral("INSERT INTO main.frame_scores(id, track_id, frame_index, detection_id, p_fake, "
                            "class_probabilities, energy) SELECT id + ?, track_id + ?, frame_index, detection_id + ?, "
                            "p_fake, class_probabilities, energy FROM bundle.frame_scores"),
             {sOff, tOff, dOff}},
            {QStringLiteral(
                 "INSERT INTO main.heatmaps(id, track_id, frame_index, class_index, kind, width, height, png, "
                 "crop_x, crop_y, crop_w, crop_h) SELECT id + ?, track_id + ?, frame_index, class_index, "
                 "kind, width, height, png, crop_x, crop_y, crop_w, crop_h FROM bundle.heatmaps"),
             {hOff, tOff}},
            {QStringLiteral("INSERT INTO main.coverage(analysis_id, data) SELECT analysis_id + ?, data "
                            "FROM bundle.coverage"),
             {aOff}},
            {QStringLiteral(
                 "INSERT INTO main.notes(id, case_id, evidence_id, analysis_id, track_id, frame_index, kind, "
                 "text, status, author, created_at, updated_at) SELECT id + ?, case_id + ?, %1, "
                 "analysis_id + ?, track_id + ?, frame_index, kind, text, status, author, created_at, "
                 "updated_at FROM bundle.notes")
                 .arg(ev.arg(QStringLiteral("evidence_id"))),
             {nOff, cOff, aOff, tOff}},
        };
        for (const Step &step : steps) {
            auto q = prepare(conn, path, step.sql, what);
            if (!q)
                return q.error();
            for (const QVariant &value : step.params)
                q->addBindValue(value);
            if (auto st = exec(*q, path, what); !st)
                return st.error();
        }
        auto ids =
            run(conn, path,
                QStringLiteral("SELECT c.id, (SELECT count(*) FROM case_evidence WHERE case_id = c.id), "
                               "(SELECT count(*) FROM analyses WHERE case_id = c.id) FROM cases c WHERE uuid = ?"),
                what, {newUuid});
        if (!ids)
            return ids.error();
        ids->next();
        result.caseId = ids->value(0).toLongLong();
        result.evidenceCount = ids->value(1).toInt();
        result.analysisCount = ids->value(2).toInt();
        ids->finish();
        const QString manifestText = QString::fromUtf8(QJsonDocument(index->manifest).toJson(QJsonDocument::Compact));
        const QString auditText = QString::fromUtf8(auditDoc.toJson(QJsonDocument::Compact));
        if (auto q = run(
                conn, path,
                QStringLiteral("INSERT INTO bundle_imports(case_id, bundle_sha256, source_case_uuid, manifest, "
                               "source_audit, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                what, {result.caseId, bundleDigest->sha256, sourceUuid, manifestText, auditText, nowUtc(), db.actor()});
            !q)
            return q.error();
        const QJsonObject source = index->manifest.value(QStringLiteral("source")).toObject();
        QJsonObject details{{QStringLiteral("case_id"), result.caseId},
                            {QStringLiteral("bundle"), QFileInfo(bundlePath).absoluteFilePath()},
                            {QStringLiteral("bundle_sha256"), bundleDigest->sha256},
                            {QStringLiteral("source_case_uuid"), sourceUuid},
                            {QStringLiteral("source_audit_head"), source.value(QStringLiteral("audit_head"))},
                            {QStringLiteral("source_audit_sha256"), auditPart->sha256},
                            {QStringLiteral("evidence"), result.evidenceCount},
                            {QStringLiteral("analyses"), result.analysisCount}};
        if (newName != sourceName)
            details.insert(QStringLiteral("renamed_from"), sourceName);
        auto entry = AuditLog::append(conn, path, db.actor(), QStringLiteral("bundle.imported"),
                                      QStringLiteral("case:%1").arg(result.caseId), details);
        if (!entry)
            return entry.error();
        if (auto st = transaction.commit(); !st)
            return st.error();
    }
    return result;
}

} // namespace fp::cases
