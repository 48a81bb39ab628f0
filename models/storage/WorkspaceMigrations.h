// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace schema, versioned with `PRAGMA user_version` and brought up to date one
// step at a time. Each step runs in its own BEGIN IMMEDIATE transaction and re-reads the
// version inside it, so two FleetROI instances opening an old file together migrate it
// once. A file whose version is higher than kCurrentVersion was made by a newer FleetROI
// and is opened read-only, never "migrated down".
//
// A team workspace (PostgreSQL) has the same tables and steps; its version and application
// id live in a table fleetroi_meta(key, value) ('schema_version', 'application_id'), and a
// transaction-scoped advisory lock stands in for BEGIN IMMEDIATE while migrating.
//
// Version history:
//   1  scenario(id, name, created_at), revision(...), tag(...)
//   2  folders, trash (trashed_at), cached head revision and update time for fast listing,
//      names unique among scenarios outside the trash, an index on content hashes
#pragma once

#include "StorageStatus.h"

namespace fleetroi {

class WorkspaceConnection;

class WorkspaceMigrations
{
public:
    static constexpr int kCurrentVersion = 2;
    // `PRAGMA application_id` of a FleetROI workspace: "FLTR" in ASCII.
    static constexpr int kApplicationId = 0x464C5452;

    // PRAGMA user_version (SQLite) or fleetroi_meta's schema_version (0 when absent).
    static StorageResult<int> schemaVersion(WorkspaceConnection &connection);
    // Writes the version (in the caller's transaction on a server). Tests use it to fake a
    // newer FleetROI's workspace.
    static StorageStatus setSchemaVersion(WorkspaceConnection &connection, int version);
    // Brings the schema to targetVersion (only upwards). targetVersion below
    // kCurrentVersion exists for tests and fixtures that need an old file.
    // On a server, migrations hold a session-level advisory lock (kApplicationId) taken
    // before their transaction begins, so the FleetROI that waited sees the first one's tables.
    static StorageStatus migrate(WorkspaceConnection &connection,
                                 int targetVersion = kCurrentVersion);
    // Server only: waits until no other FleetROI is migrating this database, then reads the
    // schema version (0 when the database has no workspace yet) into `version`. Errors: the
    // lock wait timed out (lock_timeout) or the connection failed.
    static StorageStatus waitForServerMigration(WorkspaceConnection &connection, int &version);
};

} // namespace fleetroi
