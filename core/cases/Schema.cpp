#include "core/cases/Schema.h"

#include "core/cases/AuditLog.h"
#include "core/cases/SqlSupport.h"
#include "core/common/Version.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace fp::cases {

namespace {

// Version 1: the first released schema. Notes had no status, there were no heatmaps, no coverage, no audit head
// and no record of imported bundles.
const char *const kStep1[] = {
    R"(CREATE TABLE schema_version (
        version INTEGER NOT NULL PRIMARY KEY,
        applied_at TEXT NOT NULL,
        app_version TEXT NOT NULL))",
    R"(CREATE TABLE cases (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
        description TEXT NOT NULL DEFAULT '',
        analyst TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL))",
    R"(CREATE TABLE evidence (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
        md5 TEXT,
        path TEXT NOT NULL,
        file_name TEXT NOT NULL,
        size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
        mtime TEXT,
        media_info TEXT NOT NULL DEFAULT '{}',
        added_at TEXT NOT NULL))",
    R"(CREATE TABLE case_evidence (
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE RESTRICT,
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL,
        PRIMARY KEY (case_id, evidence_id)))",  "CREATE INDEX case_evidence_by_evidence ON case_evidence(evidence_id)",
    R"(CREATE TABLE analyses (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL,
        evidence_id INTEGER NOT NULL,
        app_version TEXT NOT NULL,
        model_name TEXT NOT NULL,
        model_version TEXT NOT NULL,
        model_sha256 TEXT NOT NULL,
        model_card TEXT NOT NULL DEFAULT '{}',
        detector TEXT NOT NULL,
        settings TEXT NOT NULL DEFAULT '{}',
        status TEXT NOT NULL CHECK (status IN ('running', 'completed', 'interrupted', 'failed', 'cancelled')),
        progress_frame INTEGER NOT NULL DEFAULT -1,
        frame_count INTEGER,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        timings TEXT NOT NULL DEFAULT '{}',
        error TEXT,
        FOREIGN KEY (case_id, evidence_id) REFERENCES case_evidence(case_id, evidence_id) ON DELETE CASCADE))",       "CREATE INDEX analyses_by_case ON analyses(case_id, evidence_id)",
    R"(CREATE TABLE tracks (
        id INTEGER PRIMARY KEY,
        analysis_id INTEGER NOT NULL REFERENCES analyses(id) ON DELETE CASCADE,
        track_number INTEGER NOT NULL,
        first_frame INTEGER NOT NULL,
        last_frame INTEGER NOT NULL CHECK (last_frame >= first_frame),
        box_x REAL NOT NULL, box_y REAL NOT NULL, box_w REAL NOT NULL, box_h REAL NOT NULL,
        verdict TEXT NOT NULL DEFAULT 'pending'
            CHECK (verdict IN ('pending', 'real', 'manipulated', 'unknown_method', 'inconclusive')),
        label TEXT NOT NULL DEFAULT '',
        confidence REAL,
        p_fake REAL,
        class_probabilities TEXT NOT NULL DEFAULT '{}',
        intervals TEXT NOT NULL DEFAULT '[]',
        driving_frames TEXT NOT NULL DEFAULT '[]',
        aggregation TEXT NOT NULL DEFAULT '',
        UNIQUE (analysis_id, track_number)))",
    R"(CREATE TABLE detections (
        id INTEGER PRIMARY KEY,
        track_id INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
        frame_index INTEGER NOT NULL CHECK (frame_index >= 0),
        pts INTEGER,
        x REAL NOT NULL, y REAL NOT NULL, w REAL NOT NULL, h REAL NOT NULL,
        score REAL NOT NULL,
        predicted INTEGER NOT NULL CHECK (predicted IN (0, 1)),
        landmarks BLOB,
        keypoints BLOB,
        UNIQUE (track_id, frame_index)))",
    R"(CREATE TABLE frame_scores (
        id INTEGER PRIMARY KEY,
        track_id INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
        frame_index INTEGER NOT NULL CHECK (frame_index >= 0),
        detection_id INTEGER REFERENCES detections(id) ON DELETE SET NULL,
        p_fake REAL NOT NULL,
        class_probabilities BLOB,
        energy REAL,
        UNIQUE (track_id, frame_index)))",
    R"(CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        evidence_id INTEGER REFERENCES evidence(id) ON DELETE RESTRICT,
        analysis_id INTEGER REFERENCES analyses(id) ON DELETE CASCADE,
        track_id INTEGER REFERENCES tracks(id) ON DELETE CASCADE,
        frame_index INTEGER CHECK (frame_index IS NULL OR frame_index >= 0),
        kind TEXT NOT NULL CHECK (kind IN ('note', 'bookmark')),
        text TEXT NOT NULL,
        author TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    R"(CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        ts TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        details TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL))",
};

// Version 2: bookmark/note status, key-frame heatmaps, per-analysis coverage, the audit head (detects entries cut
// from the end of the log) and the record of imported bundles.
const char *const kStep2[] = {
    "ALTER TABLE notes ADD COLUMN status TEXT NOT NULL DEFAULT 'ok' CHECK (status IN ('ok', 'to_check', 'warning'))",
    "CREATE INDEX notes_by_case ON notes(case_id)",
    R"(CREATE TABLE heatmaps (
        id INTEGER PRIMARY KEY,
        track_id INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
        frame_index INTEGER NOT NULL CHECK (frame_index >= 0),
        class_index INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('gradcam', 'gradcam++')),
        width INTEGER NOT NULL CHECK (width > 0),
        height INTEGER NOT NULL CHECK (height > 0),
        png BLOB NOT NULL,
        crop_x INTEGER NOT NULL, crop_y INTEGER NOT NULL, crop_w INTEGER NOT NULL, crop_h INTEGER NOT NULL,
        UNIQUE (track_id, frame_index, class_index, kind)))",
    R"(CREATE TABLE coverage (
        analysis_id INTEGER PRIMARY KEY REFERENCES analyses(id) ON DELETE CASCADE,
        data TEXT NOT NULL))",
    R"(CREATE TABLE audit_head (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        seq INTEGER NOT NULL,
        hash TEXT NOT NULL))",
    "INSERT INTO audit_head(id, seq, hash) SELECT 1, seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1",
    R"(CREATE TABLE bundle_imports (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        bundle_sha256 TEXT NOT NULL,
        source_case_uuid TEXT NOT NULL,
        manifest TEXT NOT NULL,
        source_audit TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL))",
};

template<size_t N> QStringList toList(const char *const (&statements)[N])
{
    QStringList list;
    for (const char *statement : statements)
        list << QString::fromUtf8(statement);
    return list;
}

} // namespace

QStringList Schema::stepStatements(int toVersion)
{
    switch (toVersion) {
    case 1: return toList(kStep1);
    case 2: return toList(kStep2);
    default: return {};
    }
}

bool Schema::hasTable(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    query.addBindValue(table);
    return query.exec() && query.next();
}

Result<int> Schema::readVersion(const QSqlDatabase &db, const QString &dbPath)
{
    auto tables = prepare(db, dbPath, QStringLiteral("SELECT count(*) FROM sqlite_master"),
                          QCoreApplication::translate("fp::cases", "reading the schema"));
    if (!tables)
        return tables.error();
    if (auto st = exec(*tables, dbPath, QCoreApplication::translate("fp::cases", "reading the schema")); !st)
        return st.error();
    tables->next();
    if (tables->value(0).toInt() == 0)
        return 0;
    if (!hasTable(db, QStringLiteral("schema_version")))
        return makeError(
            Error::Code::CorruptData,
            QCoreApplication::translate(
                "fp::cases", "%1 is an SQLite database but not a Fakeprint case database (no schema_version table)")
                .arg(dbPath));
    auto query = prepare(db, dbPath, QStringLiteral("SELECT max(version) FROM schema_version"),
                         QCoreApplication::translate("fp::cases", "reading the schema version"));
    if (!query)
        return query.error();
    if (auto st = exec(*query, dbPath, QCoreApplication::translate("fp::cases", "reading the schema version")); !st)
        return st.error();
    if (!query->next() || query->value(0).isNull())
        return makeError(
            Error::Code::CorruptData,
            QCoreApplication::translate("fp::cases", "Case database %1 has an empty schema_version table").arg(dbPath));
    return query->value(0).toInt();
}

Status Schema::migrate(const QSqlDatabase &db, const QString &dbPath, int fromVersion, const QString &actor)
{
    if (fromVersion < 0 || fromVersion > kCurrentVersion)
        return makeError(
            Error::Code::InvalidArgument,
            QCoreApplication::translate(
                "fp::cases", "Cannot migrate case database %1 from schema version %2 (this Fakeprint knows 0 to %3)")
                .arg(dbPath)
                .arg(fromVersion)
                .arg(kCurrentVersion));
    if (fromVersion == kCurrentVersion)
        return Ok{};
    WriteTransaction transaction(db, dbPath);
    if (auto st = transaction.begin(); !st)
        return st;
    // Another process may have migrated between our version read and taking the write lock.
    auto current = readVersion(db, dbPath);
    if (!current)
        return current.error();
    const int startVersion = *current;
    if (startVersion == kCurrentVersion)
        return transaction.commit();
    for (int version = startVersion + 1; version <= kCurrentVersion; ++version) {
        const QString what =
            QCoreApplication::translate("fp::cases", "migrating the schema to version %1").arg(version);
        for (const QString &sql : stepStatements(version)) {
            if (auto st = execRaw(db, dbPath, sql, what); !st)
                return st;
        }
        auto record = prepare(db, dbPath,
                              QStringLiteral("INSERT INTO schema_version(version, applied_at, app_version) "
                                             "VALUES (?, ?, ?)"),
                              what);
        if (!record)
            return record.error();
        record->addBindValue(version);
        record->addBindValue(nowUtc());
        record->addBindValue(QString::fromLatin1(kVersion));
        if (auto st = exec(*record, dbPath, what); !st)
            return st;
    }
    QJsonObject details{{QStringLiteral("from"), startVersion}, {QStringLiteral("to"), kCurrentVersion}};
    auto entry =
        AuditLog::append(db, dbPath, actor, QStringLiteral("schema.migrated"), QStringLiteral("database"), details);
    if (!entry)
        return entry.error();
    return transaction.commit();
}

} // namespace fp::cases
