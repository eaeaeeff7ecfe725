#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace fp::cases {

// The case database schema as cumulative steps. Step N turns a version N-1 database into version N; version 0
// is an empty file. Steps are never edited once released: a change is a new step. See docs/case-database.md.
class Schema {
public:
    static constexpr int kCurrentVersion = 2;

    // The statements of step `toVersion` (1..kCurrentVersion), without the schema_version bookkeeping.
    static QStringList stepStatements(int toVersion);

    // The version recorded in schema_version; 0 for an empty database. An error when the file holds tables but
    // no schema_version (not a Fakeprint case database).
    static Result<int> readVersion(const QSqlDatabase &db, const QString &dbPath);

    // Applies steps fromVersion+1 .. kCurrentVersion in ONE transaction (BEGIN IMMEDIATE), records each in
    // schema_version and appends a "schema.migrated" audit entry; on any failure nothing is changed.
    static Status migrate(const QSqlDatabase &db, const QString &dbPath, int fromVersion, const QString &actor);

    static bool hasTable(const QSqlDatabase &db, const QString &table);
};

} // namespace fp::cases
