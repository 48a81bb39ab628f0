// SPDX-License-Identifier: GPL-3.0-or-later
// A workspace: one SQLite file holding the analyst's scenarios, each with its immutable
// revisions, tags, a folder, and a trash, or a team workspace on a PostgreSQL server
// (issue 18) with the same schema and guarantees. This is the facade the GUI and the
// command line use; the SQL stays behind it.
//
// The facade's implementation is split by job: Workspace.cpp (opening a file, watching),
// WorkspaceServer.cpp (opening a team workspace, LISTEN/NOTIFY), WorkspaceReading.cpp
// (lists, history, revisions, diff), WorkspaceSaving.cpp (revisions, conflicts, organising,
// trash), WorkspaceImport.cpp (import and export) and WorkspaceSql.h (shared helpers).
//
// Guarantees:
//  - every change is one BEGIN IMMEDIATE transaction (WorkspaceTransaction): a crash or a
//    SIGKILL loses at most the change in flight, never an acknowledged revision (WAL,
//    synchronous=FULL);
//  - a save never silently overwrites what another FleetROI saved since the scenario was
//    opened: saveRevision() checks the revision it was based on and reports a conflict;
//  - a damaged file (integrity_check fails), a file of a newer FleetROI or a file that
//    cannot be written opens read-only, with reasonReadOnly() saying why; so does a team
//    workspace with a newer schema, on a standby server, or for a role without write grants;
//  - on a team server a save locks its scenario row (SELECT ... FOR UPDATE) before the
//    "changed elsewhere" check, so two analysts saving at once never lose an edit, and the
//    revision records the database role that saved it and the server's clock (not the
//    analyst's laptop) as its time;
//  - errors are values (StorageStatus), never exceptions.
//
// One object per thread: the GUI thread owns one, a worker opens its own on the same path.
#pragma once

#include "ScenarioDiff.h"
#include "StorageStatus.h"
#include "WorkspaceRecords.h"
#include "WorkspaceTransaction.h"

#include <QObject>

#include <memory>

class QTimer;

namespace fleetroi {

class WorkspaceConnection;

class Workspace : public QObject
{
    Q_OBJECT

public:
    struct OpenOptions
    {
        // Seed the example scenarios (resources, ":/examples/") when the file is created.
        bool seedExamplesIfCreated = false;
        // Open read-only even when the file is healthy and writable.
        bool readOnly = false;
        // Poll the file (kChangePollMs) and emit changedOnDisk() when another connection
        // committed a change.
        bool watchForChanges = true;
        // The caller only reads (the command line's list, history, export, diff): an
        // existing, current file is opened with a read-only connection and never a write
        // transaction, so it answers at once while another program holds the write lock.
        // readOnly() is then true and openedForReading() says why. A new file, or one whose
        // schema must be upgraded first, is opened for writing as usual.
        bool forReading = false;
        // Team workspace only: the password for this connection, typed by the analyst. It
        // is kept in memory for reconnecting and never written anywhere. Empty = libpq's
        // PGPASSWORD / ~/.pgpass.
        QString password;
    };

    // The default workspace: "workspace.sqlite" in QStandardPaths::AppDataLocation.
    static QString defaultPath();
    // The newest revision, for openRevision() and exportScenario().
    static constexpr int kLatest = 0;
    // How often an open workspace asks SQLite whether another connection committed
    // (PRAGMA data_version: a read of a counter in shared memory, no file is opened).
    static constexpr int kChangePollMs = 500;
    // Longest scenario name, tag or folder, in characters.
    static constexpr int kMaxNameChars = 10000;

    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    // Opens the workspace file, creating it (and its folder) when missing. Runs
    // integrity_check and the schema migrations. A `postgresql://` URI opens a team
    // workspace instead (WorkspaceConnection.h), creating the schema in an empty database.
    StorageStatus open(const QString &filePath, const OpenOptions &options);
    StorageStatus open(const QString &filePath) { return open(filePath, OpenOptions{}); }
    // Opens defaultPath(), seeding the examples when it is created.
    StorageStatus openDefault();
    void close();

    bool isOpen() const;
    // The file's absolute path, or the team workspace's URI (without any password).
    QString filePath() const { return m_filePath; }
    // True for a team workspace on a PostgreSQL server.
    bool isServer() const { return m_server; }
    // Who the revisions saved through this object are attributed to: the OS user name, or
    // the database role on a team server.
    QString savedBy() const { return m_savedBy; }
    bool wasCreated() const { return m_wasCreated; }
    bool readOnly() const { return m_readOnly; }
    QString reasonReadOnly() const { return m_reasonReadOnly; }
    // Read-only only because OpenOptions::forReading asked for it (not damaged, newer or
    // unwritable).
    bool openedForReading() const { return m_openedForReading; }
    // Result of `PRAGMA integrity_check` at open: "ok" or the first problems reported.
    QString integrityReport() const { return m_integrityReport; }
    // Runs `PRAGMA integrity_check` now; ok() when the file is healthy.
    StorageStatus checkIntegrity() const;

    // --- Reading ---
    StorageResult<QList<ScenarioSummary>> listScenarios() const; // outside the trash
    StorageResult<QList<ScenarioSummary>> listTrash() const;
    StorageResult<ScenarioSummary> scenario(qint64 id) const;
    // The scenario outside the trash with exactly this name.
    StorageResult<ScenarioSummary> findByName(const QString &name) const;
    // Newest first.
    StorageResult<QList<RevisionInfo>> history(qint64 id) const;
    StorageResult<ScenarioRevision> openRevision(qint64 id, int revision = kLatest) const;
    StorageResult<QList<FieldChange>> diff(qint64 id, int olderRevision, int newerRevision) const;
    // `base` when no scenario outside the trash uses it, else "base (2)", "base (3)", ...
    QString uniqueName(const QString &base) const;

    // --- Saving ---
    // A new scenario whose first revision is `scenario`. Fails with Conflict when the name
    // is taken (see uniqueName()).
    SaveResult createScenario(const QString &name, const Scenario &scenario,
                              const QString &comment = {}, const QString &folder = {});
    // Saves a new revision on top of expectedBaseRevision, the revision the editor opened.
    // When the workspace holds a newer one (another instance saved meanwhile), nothing is
    // written and the result is a conflict: "changed elsewhere: reload, or save as a copy".
    SaveResult saveRevision(qint64 id, const Scenario &scenario, int expectedBaseRevision,
                            const QString &comment = {});
    // The "save as a copy" answer to a conflict: a new scenario "Name (copy)" in the same
    // folder with the same tags.
    SaveResult saveAsCopy(qint64 originalId, const Scenario &scenario, const QString &comment = {});
    // Makes an old revision the newest (a new revision with its content).
    SaveResult restoreRevision(qint64 id, int revision, int expectedBaseRevision);

    // --- Organising ---
    // A new scenario starting from the newest revision of `id` ("Name (copy)" when
    // newName is empty); returns its id.
    StorageResult<qint64> duplicate(qint64 id, const QString &newName = {});
    StorageStatus rename(qint64 id, const QString &newName);
    StorageStatus setTags(qint64 id, const QStringList &tags);
    StorageStatus setFolder(qint64 id, const QString &folder);
    StorageStatus moveToTrash(qint64 id);
    // Back from the trash; renamed "Name (2)" when the name was taken meanwhile.
    StorageStatus restoreFromTrash(qint64 id);
    StorageStatus deleteFromTrash(qint64 id); // permanently, one scenario
    StorageStatus emptyTrash();               // permanently, every scenario in the trash

    // --- Shared files ---
    // Reads and validates the whole file before anything is written.
    ImportResult importFile(const QString &filePath, ClashPolicy policy);
    // Validates every file first; when any is invalid, nothing at all is written and the
    // invalid files are reported (the others as Skipped). Otherwise imports all of them in
    // one transaction.
    QList<ImportResult> importFiles(const QStringList &filePaths, ClashPolicy policy);
    // Writes one revision as a scenario file, atomically (AtomicFileWriter).
    StorageStatus exportScenario(qint64 id, int revision, const QString &filePath) const;

    // --- Copying between workspaces (`fleetroi workspace copy`) ---
    // Copies every scenario outside the trash of `source` with all its revisions verbatim
    // (content, number, time, author, comment), its folder, tags and creation time. A
    // scenario already here under the same name whose history is the start of the source's
    // gets the newer revisions appended; one with the same history is left alone (so a copy
    // run twice writes nothing the second time); one whose history differs is refused and
    // named in the report, as is every scenario in the source's trash. Everything else is
    // written in one transaction: on any failure nothing is.
    CopyReport copyFrom(const Workspace &source);

    // A transaction spanning several of the calls above (they nest as savepoints): all of
    // them are committed together or, when the object is destroyed uncommitted, none.
    WorkspaceTransaction beginBatch();

signals:
    // Another connection (another FleetROI, or another Workspace object) committed a change
    // to this file: refresh lists and check open editors.
    void changedOnDisk();

private:
    StorageStatus requireWritable() const;
    StorageStatus requireOpen() const;
    StorageResult<QList<ScenarioSummary>> querySummaries(bool trash, qint64 onlyId) const;
    SaveResult saveCanonical(qint64 id, const QByteArray &canonical, int expectedBaseRevision,
                             const QString &comment);
    SaveResult insertScenario(const QString &name, const QByteArray &canonical,
                              const QString &comment, const QString &folder,
                              const QStringList &tags);
    ImportResult importValidated(const QString &source, const Scenario &scenario,
                                 ClashPolicy policy);
    StorageStatus seedExamples();
    SaveResult insertVerbatim(const ScenarioSummary &meta, const RevisionInfo &info,
                              const QByteArray &content);
    SaveResult appendVerbatim(qint64 id, const RevisionInfo &info, const QByteArray &content);
    StorageStatus openServer(const QString &uri, const OpenOptions &options);
    void startWatchingServer();
    void subscribeToServer();
    void startWatching();
    void checkForOutsideChanges();

    std::unique_ptr<WorkspaceConnection> m_connection;
    QString m_filePath;
    bool m_wasCreated = false;
    bool m_readOnly = false;
    bool m_openedForReading = false;
    QString m_reasonReadOnly;
    QString m_integrityReport;
    qint64 m_dataVersion = -1;
    bool m_server = false;
    QString m_savedBy;
    int m_subscribedReconnects = -1;
    const QObject *m_listeningDriver = nullptr; // compared only, never dereferenced
    QTimer *m_pollTimer = nullptr;
};

} // namespace fleetroi
