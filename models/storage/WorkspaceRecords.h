// SPDX-License-Identifier: GPL-3.0-or-later
// What the workspace hands out: plain values, copied out of the database, safe to keep
// after the query is gone and to pass between threads.
#pragma once

#include "StorageStatus.h"
#include "scenario/Scenario.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace fleetroi {

// One line of the scenario list.
struct ScenarioSummary
{
    qint64 id = 0;
    QString name;
    QString folder;      // "" = top level; "/" separates levels, e.g. "Budget 2027/Cases"
    QStringList tags;    // sorted
    int revisions = 0;   // also the newest revision's number (revisions are never removed)
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC, time of the newest revision
    QDateTime trashedAt; // UTC; invalid = not in the trash
    bool inTrash() const { return trashedAt.isValid(); }
};

// One saved revision, without its content.
struct RevisionInfo
{
    int number = 0;      // 1, 2, 3, ... per scenario
    QDateTime savedAt;   // UTC
    QString savedBy;     // OS user name of whoever saved it
    QString comment;     // "" when none was given
    QString contentHash; // SHA-256 of the canonical text, lower-case hex
};

// A revision opened for reading or editing.
struct ScenarioRevision
{
    qint64 scenarioId = 0;
    QString scenarioName; // the workspace's current name for the scenario
    RevisionInfo info;
    QByteArray canonicalText; // exactly what was saved (writeScenario's output, UTF-8)
    Scenario scenario;
};

// The outcome of a save. On a conflict, status.code is Conflict and currentRevision says
// what the workspace holds now; nothing was written.
struct SaveResult
{
    StorageStatus status;
    qint64 scenarioId = 0;
    int revision = 0;        // the revision saved (or, when unchanged, the existing one)
    bool unchanged = false;  // identical to the newest revision: nothing new was stored
    int currentRevision = 0; // on a conflict: the newest revision in the workspace
    QString currentSavedBy;  // on a conflict: who saved it
    QDateTime currentSavedAt;
    bool ok() const { return status.ok(); }
    bool isConflict() const { return status.code == StorageStatus::Code::Conflict; }
};

// What to do when an imported scenario's name is already used in the workspace.
enum class ClashPolicy
{
    Ask,              // write nothing for this file; report NameClash so the caller can ask
    KeepBoth,         // add it as a new scenario named "Name (2)"
    AddAsNewRevision, // add it as the newest revision of the scenario with that name
    Skip,             // leave the workspace as it is
};

struct ImportResult
{
    enum class Outcome
    {
        Added,            // a new scenario under the file's name
        AddedWithNewName, // a new scenario, renamed because the name was taken (KeepBoth)
        AddedAsRevision,  // a new revision of the scenario with the same name
        AlreadyPresent,   // the same content (hash) is already in the workspace; nothing written
        Skipped,          // name clash with ClashPolicy::Skip; nothing written
        NameClash,        // name clash with ClashPolicy::Ask; nothing written
        Invalid,          // the file was rejected; nothing written
        Failed,           // the workspace refused (read-only, disk full, ...); nothing written
    };
    QString filePath;
    Outcome outcome = Outcome::Failed;
    StorageStatus status;
    QStringList errors;    // Invalid: "path: message" lines, one per problem
    qint64 scenarioId = 0; // the scenario added to or already holding the content
    QString scenarioName;
    int revision = 0;
    bool wroteSomething() const
    {
        return outcome == Outcome::Added || outcome == Outcome::AddedWithNewName ||
               outcome == Outcome::AddedAsRevision;
    }
};

// What `fleetroi workspace copy` did (Workspace::copyFrom).
struct CopyReport
{
    StorageStatus status;      // a failure means nothing at all was written
    int scenariosAdded = 0;    // new in the target
    int scenariosExtended = 0; // present with an older history: newer revisions appended
    int scenariosUpToDate = 0; // present with the same history: nothing written
    int revisionsCopied = 0;
    // One line per scenario not copied, with why ("'Name': ... "): histories that diverged,
    // scenarios in the trash. Never silent.
    QStringList refused;
    bool ok() const { return status.ok() && refused.isEmpty(); }
};

} // namespace fleetroi
