// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the files of the workspace facade (Workspace*.cpp): time stamps, names,
// hashes, messages, and reading one stored revision. Internal to models/storage.
#pragma once

#include "StorageStatus.h"
#include "WorkspaceRecords.h"
#include "scenario/ScenarioReader.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace fleetroi {

class WorkspaceConnection;

namespace wsql {

using Code = StorageStatus::Code;

// Times are stored as ISO 8601 UTC text with milliseconds ("2026-03-01T09:30:00.123Z"):
// readable in the sqlite3 shell and psql, and ordered correctly as text.
// This computer's clock (a workspace file has no other).
QString nowText();
// The time to record for a change made through `c`: on a team server the server's clock
// (clock_timestamp() in UTC, asked inside the caller's transaction), so revisions saved by
// analysts whose laptops' clocks disagree are stamped by one clock and their times follow
// their numbers; in a workspace file this computer's clock (nowText()). Fails only when the
// server cannot be asked (the connection is lost).
StorageResult<QString> changeTime(WorkspaceConnection &c);
QDateTime parseTime(const QVariant &v);
// The OS user name: who saved a revision into a workspace file.
QString osUserName();
// SHA-256 of the bytes, lower-case hex.
QString hashOf(const QByteArray &bytes);
// writeScenario's output, UTF-8: what a revision stores and hashes.
QByteArray canonicalText(const Scenario &s);
// Control characters become spaces, surrounding spaces go.
QString normalizeName(const QString &raw);
// Invalid when empty or longer than Workspace::kMaxNameChars; `what` names it.
StorageStatus checkName(const QString &name, const QString &what);
// "a // b / " -> "a/b".
QString normalizeFolder(const QString &raw);
QStringList formatErrors(const std::vector<ValidationError> &errors);
StorageStatus invalidScenario(const std::vector<ValidationError> &errors);
QString quoted(const QString &name);
SaveResult saveFailure(StorageStatus status, qint64 id = 0);
StorageStatus notFound(qint64 id);

// The content of one revision with its metadata, checked against its hash.
struct StoredRevision
{
    QString scenarioName;
    RevisionInfo info;
    QByteArray content;
};

// Revision `revision` of scenario `id` (0 = the newest); Failed when its content does not
// match its hash.
StorageResult<StoredRevision> loadRevision(WorkspaceConnection &c, qint64 id, int revision);

} // namespace wsql
} // namespace fleetroi
