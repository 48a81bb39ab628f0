// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workspace.h"

#include "AtomicFileWriter.h"
#include "WorkspaceConnection.h"
#include "WorkspaceFileGuard.h"
#include "WorkspaceMigrations.h"
#include "scenario/ScenarioReader.h"
#include "scenario/ScenarioWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace fleetroi {

namespace {

using Code = StorageStatus::Code;

// Times are stored as ISO 8601 UTC text with milliseconds ("2026-03-01T09:30:00.123Z"):
// readable in the sqlite3 shell and ordered correctly as text.
QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.toUTC();
}

QString osUserName()
{
    static const QString name = [] {
#ifdef Q_OS_UNIX
        passwd entry{};
        passwd *result = nullptr;
        char buffer[4096];
        if (getpwuid_r(getuid(), &entry, buffer, sizeof buffer, &result) == 0 && result &&
            result->pw_name && *result->pw_name)
            return QString::fromLocal8Bit(result->pw_name);
#endif
        for (const char *var : {"USER", "LOGNAME", "USERNAME"}) {
            const QString v = qEnvironmentVariable(var);
            if (!v.isEmpty())
                return v;
        }
        return QStringLiteral("unknown");
    }();
    return name;
}

QString hashOf(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray canonicalText(const Scenario &s)
{
    const std::string text = writeScenario(s);
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

// Names, tags and folders: control characters (a newline from a file, a tab) become
// spaces so a list stays one line per scenario; surrounding spaces go.
QString normalizeName(const QString &raw)
{
    QString s = raw;
    for (QChar &c : s)
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    return s.trimmed();
}

StorageStatus checkName(const QString &name, const QString &what)
{
    if (name.isEmpty())
        return StorageStatus::failure(Code::Invalid, QStringLiteral("The %1 is empty.").arg(what));
    if (name.size() > Workspace::kMaxNameChars)
        return StorageStatus::failure(Code::Invalid,
                                      QStringLiteral("The %1 is longer than %2 characters.")
                                          .arg(what)
                                          .arg(Workspace::kMaxNameChars));
    return {};
}

QString normalizeFolder(const QString &raw)
{
    QStringList parts;
    for (const QString &part : normalizeName(raw).split(QLatin1Char('/'))) {
        const QString p = part.trimmed();
        if (!p.isEmpty())
            parts.append(p);
    }
    return parts.join(QLatin1Char('/'));
}

QStringList formatErrors(const std::vector<ValidationError> &errors)
{
    QStringList lines;
    for (const ValidationError &e : errors)
        lines.append(QString::fromStdString(formatError(e)));
    return lines;
}

StorageStatus invalidScenario(const std::vector<ValidationError> &errors)
{
    return StorageStatus::failure(Code::Invalid,
                                  QStringLiteral("The scenario is not valid: ") +
                                      formatErrors(errors).join(QStringLiteral("; ")));
}

QString quoted(const QString &name)
{
    return QLatin1Char('\'') + name + QLatin1Char('\'');
}

SaveResult saveFailure(StorageStatus status, qint64 id = 0)
{
    SaveResult r;
    r.status = std::move(status);
    r.scenarioId = id;
    return r;
}

StorageStatus notFound(qint64 id)
{
    return StorageStatus::failure(Code::NotFound,
                                  QStringLiteral("There is no scenario with id %1.").arg(id));
}

// The content of one revision with its metadata, checked against its hash.
struct StoredRevision
{
    QString scenarioName;
    RevisionInfo info;
    QByteArray content;
};

StorageResult<StoredRevision> loadRevision(WorkspaceConnection &c, qint64 id, int revision)
{
    QSqlQuery q;
    StorageStatus status =
        c.run(q,
              QStringLiteral("SELECT s.name, s.head_revision, r.number, r.saved_at, r.saved_by,"
                             " r.comment, r.content_hash, r.content"
                             " FROM scenario s LEFT JOIN revision r ON r.scenario_id = s.id"
                             "  AND r.number = (CASE WHEN ? = 0 THEN s.head_revision ELSE ? END)"
                             " WHERE s.id = ?"),
              {revision, revision, id});
    if (!status.ok())
        return status;
    if (!q.next()) {
        if (q.lastError().isValid())
            return WorkspaceConnection::statusFromError(q.lastError(), QStringLiteral("Reading"));
        return notFound(id);
    }
    StoredRevision r;
    r.scenarioName = q.value(0).toString();
    if (q.value(2).isNull())
        return StorageStatus::failure(Code::NotFound,
                                      QStringLiteral("%1 has no revision %2 (its newest is %3).")
                                          .arg(quoted(r.scenarioName), QString::number(revision),
                                               QString::number(q.value(1).toInt())));
    r.info.number = q.value(2).toInt();
    r.info.savedAt = parseTime(q.value(3));
    r.info.savedBy = q.value(4).toString();
    r.info.comment = q.value(5).toString();
    r.info.contentHash = q.value(6).toString();
    r.content = q.value(7).toString().toUtf8();
    if (hashOf(r.content) != r.info.contentHash)
        return StorageStatus::failure(
            Code::Failed, QStringLiteral("Revision %1 of %2 is damaged: its content does not "
                                         "match its hash.")
                              .arg(r.info.number)
                              .arg(quoted(r.scenarioName)));
    return r;
}

} // namespace

QString Workspace::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/workspace.sqlite");
}

Workspace::Workspace(QObject *parent)
    : QObject(parent)
{}

Workspace::~Workspace()
{
    close();
}

bool Workspace::isOpen() const
{
    return m_connection && m_connection->isOpen();
}

StorageStatus Workspace::openDefault()
{
    OpenOptions options;
    options.seedExamplesIfCreated = true;
    return open(defaultPath(), options);
}

void Workspace::close()
{
    delete m_pollTimer;
    m_pollTimer = nullptr;
    m_connection.reset();
    if (!m_filePath.isEmpty())
        WorkspaceFileGuard::unregisterWorkspace(m_filePath);
    m_filePath.clear();
    m_wasCreated = false;
    m_readOnly = false;
    m_openedForReading = false;
    m_reasonReadOnly.clear();
    m_integrityReport.clear();
    m_dataVersion = -1;
}

StorageStatus Workspace::open(const QString &filePath, const OpenOptions &options)
{
    close();
    if (filePath.isEmpty())
        return StorageStatus::failure(Code::Invalid, QStringLiteral("No workspace file given."));
    const QFileInfo info(filePath);
    const QString path = info.absoluteFilePath();
    if (info.isDir())
        return StorageStatus::failure(
            Code::Invalid, QStringLiteral("%1 is a folder, not a workspace file.").arg(path));
    // An empty file is what SQLite itself leaves after creating a database and writing
    // nothing; treat it as new.
    const bool existed = info.exists() && info.size() > 0;
    if (!existed && !QDir().mkpath(info.absolutePath()))
        return StorageStatus::failure(
            Code::Failed,
            QStringLiteral("Could not create the folder %1.").arg(info.absolutePath()));

    auto connection = std::make_unique<WorkspaceConnection>();
    bool readOnly = false;
    bool openedForReading = false;
    QString reason;
    QString integrity = QStringLiteral("ok");

    if (existed) {
        // Look before writing anything: a read-only connection cannot change the file,
        // not even by a checkpoint when it closes.
        StorageStatus status = connection->open(path, true);
        if (!status.ok())
            return status;
        StorageResult<QVariant> appId = connection->scalar(QStringLiteral("PRAGMA application_id"));
        if (!appId.ok())
            return StorageStatus::failure(
                Code::Invalid,
                QStringLiteral("%1 is not a FleetROI workspace, or is damaged beyond reading (%2).")
                    .arg(path, appId.status.message));
        StorageResult<QVariant> tables =
            connection->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        const int tableCount = tables.ok() ? tables.value->toInt() : 0;
        if (appId.value->toInt() != WorkspaceMigrations::kApplicationId && tableCount > 0)
            return StorageStatus::failure(
                Code::Invalid,
                QStringLiteral("%1 is a SQLite database but not a FleetROI workspace.").arg(path));

        // integrity_check, reporting at most 10 problems.
        QSqlQuery q;
        status = connection->run(q, QStringLiteral("PRAGMA integrity_check(10)"));
        QStringList problems;
        if (status.ok()) {
            while (q.next())
                problems.append(q.value(0).toString());
            if (q.lastError().isValid())
                problems.append(q.lastError().text());
        } else {
            problems.append(status.message);
        }
        q = QSqlQuery();
        integrity = problems.join(QStringLiteral("; "));
        if (integrity != QLatin1String("ok")) {
            readOnly = true;
            reason = QStringLiteral("The workspace file %1 is damaged (integrity check: %2). It is "
                                    "open read-only so nothing more is written to it: export the "
                                    "scenarios you need, or restore the file from a backup.")
                         .arg(path, integrity.left(500));
        }
        StorageResult<int> version = WorkspaceMigrations::schemaVersion(*connection);
        if (!readOnly && version.ok() && *version.value > WorkspaceMigrations::kCurrentVersion) {
            readOnly = true;
            reason = QStringLiteral("The workspace %1 was made by a newer FleetROI (schema version "
                                    "%2; this version knows up to %3). It is open read-only.")
                         .arg(path, QString::number(*version.value),
                              QString::number(WorkspaceMigrations::kCurrentVersion));
        }
        if (!readOnly && !info.isWritable()) {
            readOnly = true;
            reason = QStringLiteral("The workspace file %1 cannot be written (permissions). It is "
                                    "open read-only.")
                         .arg(path);
        }
        if (!readOnly && options.readOnly) {
            readOnly = true;
            reason = QStringLiteral("The workspace was opened read-only.");
        }
        // Reading needs no write lock, unless the schema must be upgraded first.
        if (!readOnly && options.forReading && version.ok() &&
            *version.value == WorkspaceMigrations::kCurrentVersion) {
            readOnly = true;
            openedForReading = true;
            reason = QStringLiteral("The workspace was opened for reading only.");
        }
        if (!readOnly)
            connection->close();
    }

    if (!connection->isOpen()) {
        StorageStatus status = connection->open(path, false);
        if (!status.ok())
            return status;
        // WAL before any transaction (TOOLCHAIN.md): readers never block the writer and a
        // crash leaves committed transactions intact. synchronous=FULL also survives a power
        // cut after a save was acknowledged, at the cost of one fsync per save.
        // Switching an older file to WAL writes to it (and waits for the write lock); a file
        // already in WAL mode is left alone, so opening never waits for another writer.
        StorageResult<QVariant> mode = connection->scalar(QStringLiteral("PRAGMA journal_mode"));
        if (mode.ok() &&
            mode.value->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            mode = connection->scalar(QStringLiteral("PRAGMA journal_mode = WAL"));
            if (!mode.ok())
                return StorageStatus::failure(
                    mode.status.code,
                    QStringLiteral("The workspace %1 must be upgraded to this version of "
                                   "FleetROI (write-ahead log) before it can be used, and that "
                                   "needs to write to it, but it could not be locked for "
                                   "writing: %2")
                        .arg(path, mode.status.message));
        }
        if (!mode.ok())
            return mode.status;
        status = connection->exec(QStringLiteral("PRAGMA synchronous = FULL"));
        if (status.ok())
            status = WorkspaceMigrations::migrate(*connection);
        if (!status.ok())
            return status;
    }

    m_connection = std::move(connection);
    m_filePath = path;
    WorkspaceFileGuard::registerWorkspace(path);
    m_wasCreated = !existed;
    m_readOnly = readOnly;
    m_openedForReading = openedForReading;
    m_reasonReadOnly = reason;
    m_integrityReport = integrity;

    if (m_wasCreated && options.seedExamplesIfCreated) {
        StorageStatus status = seedExamples();
        if (!status.ok()) {
            close();
            return status;
        }
    }
    StorageResult<QVariant> dataVersion =
        m_connection->scalar(QStringLiteral("PRAGMA data_version"));
    m_dataVersion = dataVersion.ok() ? dataVersion.value->toLongLong() : -1;
    if (options.watchForChanges)
        startWatching();
    return {};
}

StorageStatus Workspace::seedExamples()
{
    const QDir examples(QStringLiteral(":/examples"));
    const QStringList files =
        examples.entryList({QStringLiteral("*.fleetroi.json")}, QDir::Files, QDir::Name);
    WorkspaceTransaction batch(*m_connection);
    if (!batch.isActive())
        return batch.beginStatus();
    for (const QString &name : files) {
        QFile file(examples.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        ScenarioReadResult read = readScenario(std::string_view(bytes.constData(), bytes.size()));
        if (!read.ok())
            continue; // a broken example must not stop the app; the examples have their own tests
        ImportResult r = importValidated(name, *read.scenario, ClashPolicy::KeepBoth);
        if (r.outcome == ImportResult::Outcome::Failed)
            return r.status;
    }
    return batch.commit();
}

StorageStatus Workspace::checkIntegrity() const
{
    StorageStatus status = requireOpen();
    if (!status.ok())
        return status;
    QSqlQuery q;
    status = m_connection->run(q, QStringLiteral("PRAGMA integrity_check(10)"));
    if (!status.ok())
        return status;
    QStringList problems;
    while (q.next())
        problems.append(q.value(0).toString());
    if (q.lastError().isValid())
        problems.append(q.lastError().text());
    const QString report = problems.join(QStringLiteral("; "));
    if (report == QLatin1String("ok"))
        return {};
    return StorageStatus::failure(Code::Failed,
                                  QStringLiteral("The workspace file is damaged: %1").arg(report));
}

StorageStatus Workspace::requireOpen() const
{
    if (!isOpen())
        return StorageStatus::failure(Code::Failed, QStringLiteral("No workspace is open."));
    return {};
}

StorageStatus Workspace::requireWritable() const
{
    StorageStatus status = requireOpen();
    if (!status.ok())
        return status;
    if (m_readOnly)
        return StorageStatus::failure(Code::ReadOnly, m_reasonReadOnly);
    return {};
}

WorkspaceTransaction Workspace::beginBatch()
{
    static WorkspaceConnection closed;
    return WorkspaceTransaction(m_connection ? *m_connection : closed);
}

// --- Reading -------------------------------------------------------------------------------

StorageResult<QList<ScenarioSummary>> Workspace::querySummaries(bool trash, qint64 onlyId) const
{
    StorageStatus status = requireOpen();
    if (!status.ok())
        return status;
    QString sql = QStringLiteral("SELECT id, name, folder, head_revision, created_at, updated_at,"
                                 " trashed_at FROM scenario");
    if (onlyId)
        sql += QStringLiteral(" WHERE id = ?");
    else
        sql += trash ? QStringLiteral(" WHERE trashed_at IS NOT NULL")
                     : QStringLiteral(" WHERE trashed_at IS NULL");
    sql += QStringLiteral(" ORDER BY name COLLATE NOCASE, id");
    QSqlQuery q;
    status = onlyId ? m_connection->run(q, sql, {onlyId}) : m_connection->run(q, sql);
    if (!status.ok())
        return status;
    QList<ScenarioSummary> list;
    QHash<qint64, qsizetype> indexById;
    while (q.next()) {
        ScenarioSummary s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.folder = q.value(2).toString();
        s.revisions = q.value(3).toInt();
        s.createdAt = parseTime(q.value(4));
        s.updatedAt = parseTime(q.value(5));
        s.trashedAt = parseTime(q.value(6));
        indexById.insert(s.id, list.size());
        list.append(std::move(s));
    }
    if (q.lastError().isValid())
        return WorkspaceConnection::statusFromError(q.lastError(), QStringLiteral("Listing"));
    q = QSqlQuery();
    if (list.isEmpty())
        return list;

    QSqlQuery t;
    status = onlyId ? m_connection->run(t,
                                        QStringLiteral("SELECT scenario_id, tag FROM tag"
                                                       " WHERE scenario_id = ? ORDER BY tag"),
                                        {onlyId})
                    : m_connection->run(t, QStringLiteral("SELECT scenario_id, tag FROM tag"
                                                          " ORDER BY scenario_id, tag"));
    if (!status.ok())
        return status;
    while (t.next()) {
        const auto it = indexById.constFind(t.value(0).toLongLong());
        if (it != indexById.constEnd())
            list[*it].tags.append(t.value(1).toString());
    }
    return list;
}

StorageResult<QList<ScenarioSummary>> Workspace::listScenarios() const
{
    return querySummaries(false, 0);
}

StorageResult<QList<ScenarioSummary>> Workspace::listTrash() const
{
    return querySummaries(true, 0);
}

StorageResult<ScenarioSummary> Workspace::scenario(qint64 id) const
{
    StorageResult<QList<ScenarioSummary>> one = querySummaries(false, id);
    if (!one.ok())
        return one.status;
    if (one.value->isEmpty())
        return notFound(id);
    return one.value->constFirst();
}

StorageResult<ScenarioSummary> Workspace::findByName(const QString &name) const
{
    StorageStatus status = requireOpen();
    if (!status.ok())
        return status;
    StorageResult<QVariant> id = m_connection->scalar(
        QStringLiteral("SELECT id FROM scenario WHERE name = ? AND trashed_at IS NULL"), {name});
    if (!id.ok())
        return id.status;
    if (!id.value->isValid())
        return StorageStatus::failure(
            Code::NotFound, QStringLiteral("There is no scenario named %1.").arg(quoted(name)));
    return scenario(id.value->toLongLong());
}

StorageResult<QList<RevisionInfo>> Workspace::history(qint64 id) const
{
    StorageStatus status = requireOpen();
    if (!status.ok())
        return status;
    StorageResult<QVariant> exists =
        m_connection->scalar(QStringLiteral("SELECT 1 FROM scenario WHERE id = ?"), {id});
    if (!exists.ok())
        return exists.status;
    if (!exists.value->isValid())
        return notFound(id);
    QSqlQuery q;
    status = m_connection->run(q,
                               QStringLiteral("SELECT number, saved_at, saved_by, comment,"
                                              " content_hash FROM revision WHERE scenario_id = ?"
                                              " ORDER BY number DESC"),
                               {id});
    if (!status.ok())
        return status;
    QList<RevisionInfo> list;
    while (q.next()) {
        RevisionInfo r;
        r.number = q.value(0).toInt();
        r.savedAt = parseTime(q.value(1));
        r.savedBy = q.value(2).toString();
        r.comment = q.value(3).toString();
        r.contentHash = q.value(4).toString();
        list.append(std::move(r));
    }
    if (q.lastError().isValid())
        return WorkspaceConnection::statusFromError(q.lastError(), QStringLiteral("History"));
    return list;
}

StorageResult<ScenarioRevision> Workspace::openRevision(qint64 id, int revision) const
{
    StorageStatus status = requireOpen();
    if (!status.ok())
        return status;
    StorageResult<StoredRevision> stored = loadRevision(*m_connection, id, revision);
    if (!stored.ok())
        return stored.status;
    ScenarioReadResult read = readScenario(
        std::string_view(stored.value->content.constData(), stored.value->content.size()));
    if (!read.ok())
        return StorageStatus::failure(
            Code::Failed,
            QStringLiteral("Revision %1 of %2 cannot be read by this version of FleetROI: %3")
                .arg(stored.value->info.number)
                .arg(quoted(stored.value->scenarioName),
                     formatErrors(read.errors).join(QStringLiteral("; "))));
    ScenarioRevision r;
    r.scenarioId = id;
    r.scenarioName = stored.value->scenarioName;
    r.info = stored.value->info;
    r.canonicalText = std::move(stored.value->content);
    r.scenario = std::move(*read.scenario);
    return r;
}

StorageResult<QList<FieldChange>> Workspace::diff(qint64 id, int olderRevision,
                                                  int newerRevision) const
{
    StorageStatus status = requireOpen();
    if (!status.ok())
        return status;
    StorageResult<StoredRevision> a = loadRevision(*m_connection, id, olderRevision);
    if (!a.ok())
        return a.status;
    StorageResult<StoredRevision> b = loadRevision(*m_connection, id, newerRevision);
    if (!b.ok())
        return b.status;
    return ScenarioDiff::compare(a.value->content, b.value->content);
}

QString Workspace::uniqueName(const QString &base) const
{
    QString name = normalizeName(base);
    if (name.isEmpty())
        name = QStringLiteral("Untitled");
    if (!isOpen())
        return name;
    auto taken = [this](const QString &candidate) {
        StorageResult<QVariant> r = m_connection->scalar(
            QStringLiteral("SELECT 1 FROM scenario WHERE name = ? AND trashed_at IS NULL"),
            {candidate});
        return !r.ok() || r.value->isValid();
    };
    if (!taken(name))
        return name;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(name, QString::number(n));
        if (!taken(candidate))
            return candidate;
    }
}

// --- Saving --------------------------------------------------------------------------------

SaveResult Workspace::insertScenario(const QString &name, const QByteArray &canonical,
                                     const QString &comment, const QString &folder,
                                     const QStringList &tags)
{
    SaveResult result;
    result.status = requireWritable();
    if (!result.ok())
        return result;
    const QString cleanName = normalizeName(name);
    result.status = checkName(cleanName, QStringLiteral("scenario name"));
    if (!result.ok())
        return result;

    WorkspaceTransaction transaction(*m_connection);
    if (!transaction.isActive()) {
        result.status = transaction.beginStatus();
        return result;
    }
    StorageResult<QVariant> clash = m_connection->scalar(
        QStringLiteral("SELECT 1 FROM scenario WHERE name = ? AND trashed_at IS NULL"),
        {cleanName});
    if (!clash.ok()) {
        result.status = clash.status;
        return result;
    }
    if (clash.value->isValid()) {
        result.status = StorageStatus::failure(
            Code::Conflict,
            QStringLiteral("A scenario named %1 already exists.").arg(quoted(cleanName)));
        return result;
    }
    const QString now = nowText();
    QSqlQuery q;
    result.status =
        m_connection->run(q,
                          QStringLiteral("INSERT INTO scenario (name, created_at, folder,"
                                         " head_revision, updated_at)"
                                         " VALUES (?, ?, ?, 1, ?)"),
                          {cleanName, now, normalizeFolder(folder), now});
    if (!result.ok())
        return result;
    result.scenarioId = q.lastInsertId().toLongLong();
    q = QSqlQuery();
    result.status = m_connection->run(q,
                                      QStringLiteral("INSERT INTO revision (scenario_id, number,"
                                                     " saved_at, saved_by, comment, content_hash,"
                                                     " content) VALUES (?, 1, ?, ?, ?, ?, ?)"),
                                      {result.scenarioId, now, osUserName(), comment,
                                       hashOf(canonical), QString::fromUtf8(canonical)});
    if (!result.ok())
        return result;
    for (const QString &tag : tags) {
        result.status = m_connection->run(
            q, QStringLiteral("INSERT OR IGNORE INTO tag (scenario_id, tag) VALUES (?, ?)"),
            {result.scenarioId, tag});
        if (!result.ok())
            return result;
    }
    result.status = transaction.commit();
    if (result.ok())
        result.revision = 1;
    return result;
}

SaveResult Workspace::createScenario(const QString &name, const Scenario &scenario,
                                     const QString &comment, const QString &folder)
{
    const std::vector<ValidationError> errors = validateScenario(scenario);
    if (!errors.empty())
        return saveFailure(invalidScenario(errors));
    return insertScenario(name, canonicalText(scenario), comment, folder, {});
}

SaveResult Workspace::saveCanonical(qint64 id, const QByteArray &canonical,
                                    int expectedBaseRevision, const QString &comment)
{
    SaveResult result;
    result.scenarioId = id;
    result.status = requireWritable();
    if (!result.ok())
        return result;

    WorkspaceTransaction transaction(*m_connection);
    if (!transaction.isActive()) {
        result.status = transaction.beginStatus();
        return result;
    }
    // Inside BEGIN IMMEDIATE this reads the newest committed state: no other writer can
    // slip in between this check and the insert below.
    QSqlQuery q;
    result.status = m_connection->run(
        q,
        QStringLiteral("SELECT s.name, s.head_revision, s.trashed_at, r.content_hash, r.saved_by,"
                       " r.saved_at FROM scenario s LEFT JOIN revision r"
                       " ON r.scenario_id = s.id AND r.number = s.head_revision WHERE s.id = ?"),
        {id});
    if (!result.ok())
        return result;
    if (!q.next()) {
        result.status =
            q.lastError().isValid()
                ? WorkspaceConnection::statusFromError(q.lastError(), QStringLiteral("Saving"))
                : notFound(id);
        return result;
    }
    const QString name = q.value(0).toString();
    const int head = q.value(1).toInt();
    const bool trashed = !q.value(2).isNull();
    const QString headHash = q.value(3).toString();
    result.currentRevision = head;
    result.currentSavedBy = q.value(4).toString();
    result.currentSavedAt = parseTime(q.value(5));
    q = QSqlQuery();

    if (trashed) {
        result.status = StorageStatus::failure(
            Code::Conflict, QStringLiteral("%1 was moved to the trash elsewhere. Restore it from "
                                           "the trash, or save your version as a copy.")
                                .arg(quoted(name)));
        return result;
    }
    if (head != expectedBaseRevision) {
        result.status = StorageStatus::failure(
            Code::Conflict,
            QStringLiteral("%1 was changed elsewhere: %2 saved revision %3 at %4 UTC, after you "
                           "opened revision %5. Reload it, or save your version as a copy.")
                .arg(quoted(name), result.currentSavedBy, QString::number(head),
                     result.currentSavedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                     QString::number(expectedBaseRevision)));
        return result;
    }
    const QString hash = hashOf(canonical);
    if (hash == headHash) {
        result.unchanged = true;
        result.revision = head;
        return result; // the transaction rolls back: nothing was written
    }
    const QString now = nowText();
    result.status = m_connection->run(
        q,
        QStringLiteral("INSERT INTO revision (scenario_id, number,"
                       " saved_at, saved_by, comment, content_hash,"
                       " content) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {id, head + 1, now, osUserName(), comment, hash, QString::fromUtf8(canonical)});
    if (!result.ok())
        return result;
    result.status = m_connection->run(
        q, QStringLiteral("UPDATE scenario SET head_revision = ?, updated_at = ? WHERE id = ?"),
        {head + 1, now, id});
    if (!result.ok())
        return result;
    result.status = transaction.commit();
    if (result.ok()) {
        result.revision = head + 1;
        result.currentRevision = head + 1;
    }
    return result;
}

SaveResult Workspace::saveRevision(qint64 id, const Scenario &scenario, int expectedBaseRevision,
                                   const QString &comment)
{
    const std::vector<ValidationError> errors = validateScenario(scenario);
    if (!errors.empty())
        return saveFailure(invalidScenario(errors), id);
    return saveCanonical(id, canonicalText(scenario), expectedBaseRevision, comment);
}

SaveResult Workspace::saveAsCopy(qint64 originalId, const Scenario &scenario,
                                 const QString &comment)
{
    const std::vector<ValidationError> errors = validateScenario(scenario);
    if (!errors.empty())
        return saveFailure(invalidScenario(errors));
    StorageResult<QList<ScenarioSummary>> original = querySummaries(false, originalId);
    if (!original.ok())
        return saveFailure(original.status);
    if (original.value->isEmpty())
        return saveFailure(notFound(originalId));
    const ScenarioSummary &o = original.value->constFirst();
    WorkspaceTransaction transaction = beginBatch();
    if (!transaction.isActive())
        return saveFailure(transaction.beginStatus());
    SaveResult result = insertScenario(uniqueName(o.name + QStringLiteral(" (copy)")),
                                       canonicalText(scenario), comment, o.folder, o.tags);
    if (result.ok())
        result.status = transaction.commit();
    return result;
}

SaveResult Workspace::restoreRevision(qint64 id, int revision, int expectedBaseRevision)
{
    SaveResult result;
    result.scenarioId = id;
    result.status = requireWritable();
    if (!result.ok())
        return result;
    StorageResult<StoredRevision> old = loadRevision(*m_connection, id, revision);
    if (!old.ok()) {
        result.status = old.status;
        return result;
    }
    return saveCanonical(id, old.value->content, expectedBaseRevision,
                         QStringLiteral("Restored revision %1").arg(old.value->info.number));
}

// --- Organising ----------------------------------------------------------------------------

StorageResult<qint64> Workspace::duplicate(qint64 id, const QString &newName)
{
    StorageStatus status = requireWritable();
    if (!status.ok())
        return status;
    WorkspaceTransaction transaction(*m_connection);
    if (!transaction.isActive())
        return transaction.beginStatus();
    StorageResult<QList<ScenarioSummary>> original = querySummaries(false, id);
    if (!original.ok())
        return original.status;
    if (original.value->isEmpty())
        return notFound(id);
    const ScenarioSummary &o = original.value->constFirst();
    StorageResult<StoredRevision> head = loadRevision(*m_connection, id, kLatest);
    if (!head.ok())
        return head.status;
    const QString name =
        newName.isEmpty() ? uniqueName(o.name + QStringLiteral(" (copy)")) : newName;
    SaveResult r =
        insertScenario(name, head.value->content,
                       QStringLiteral("Copy of %1, revision %2")
                           .arg(quoted(o.name), QString::number(head.value->info.number)),
                       o.folder, o.tags);
    if (!r.ok())
        return r.status;
    status = transaction.commit();
    if (!status.ok())
        return status;
    return r.scenarioId;
}

StorageStatus Workspace::rename(qint64 id, const QString &newName)
{
    StorageStatus status = requireWritable();
    if (!status.ok())
        return status;
    const QString name = normalizeName(newName);
    status = checkName(name, QStringLiteral("scenario name"));
    if (!status.ok())
        return status;
    WorkspaceTransaction transaction(*m_connection);
    if (!transaction.isActive())
        return transaction.beginStatus();
    StorageResult<QVariant> trashed = m_connection->scalar(
        QStringLiteral("SELECT trashed_at IS NOT NULL FROM scenario WHERE id = ?"), {id});
    if (!trashed.ok())
        return trashed.status;
    if (!trashed.value->isValid())
        return notFound(id);
    if (!trashed.value->toBool()) {
        StorageResult<QVariant> clash = m_connection->scalar(
            QStringLiteral("SELECT 1 FROM scenario WHERE name = ? AND trashed_at IS NULL"
                           " AND id <> ?"),
            {name, id});
        if (!clash.ok())
            return clash.status;
        if (clash.value->isValid())
            return StorageStatus::failure(
                Code::Conflict,
                QStringLiteral("A scenario named %1 already exists.").arg(quoted(name)));
    }
    QSqlQuery q;
    status = m_connection->run(q, QStringLiteral("UPDATE scenario SET name = ? WHERE id = ?"),
                               {name, id});
    if (!status.ok())
        return status;
    return transaction.commit();
}

StorageStatus Workspace::setTags(qint64 id, const QStringList &tags)
{
    StorageStatus status = requireWritable();
    if (!status.ok())
        return status;
    QStringList clean;
    for (const QString &t : tags) {
        const QString tag = normalizeName(t);
        if (tag.isEmpty())
            continue;
        status = checkName(tag, QStringLiteral("tag"));
        if (!status.ok())
            return status;
        if (!clean.contains(tag))
            clean.append(tag);
    }
    WorkspaceTransaction transaction(*m_connection);
    if (!transaction.isActive())
        return transaction.beginStatus();
    StorageResult<QVariant> exists =
        m_connection->scalar(QStringLiteral("SELECT 1 FROM scenario WHERE id = ?"), {id});
    if (!exists.ok())
        return exists.status;
    if (!exists.value->isValid())
        return notFound(id);
    QSqlQuery q;
    status = m_connection->run(q, QStringLiteral("DELETE FROM tag WHERE scenario_id = ?"), {id});
    for (const QString &tag : std::as_const(clean)) {
        if (!status.ok())
            return status;
        status = m_connection->run(
            q, QStringLiteral("INSERT INTO tag (scenario_id, tag) VALUES (?, ?)"), {id, tag});
    }
    if (!status.ok())
        return status;
    return transaction.commit();
}

StorageStatus Workspace::setFolder(qint64 id, const QString &folder)
{
    StorageStatus status = requireWritable();
    if (!status.ok())
        return status;
    const QString clean = normalizeFolder(folder);
    if (clean.size() > kMaxNameChars)
        return checkName(clean, QStringLiteral("folder"));
    WorkspaceTransaction transaction(*m_connection);
    if (!transaction.isActive())
        return transaction.beginStatus();
    QSqlQuery q;
    status = m_connection->run(q, QStringLiteral("UPDATE scenario SET folder = ? WHERE id = ?"),
                               {clean, id});
    if (!status.ok())
        return status;
    if (q.numRowsAffected() == 0)
        return notFound(id);
    return transaction.commit();
}

StorageStatus Workspace::moveToTrash(qint64 id)
{
    StorageStatus status = requireWritable();
    if (!status.ok())
        return status;
    WorkspaceTransaction transaction(*m_connection);
    if (!transaction.isActive())
        return transaction.beginStatus();
    StorageResult<QVariant> exists =
        m_connection->scalar(QStringLiteral("SELECT 1 FROM scenario WHERE id = ?"), {id});
    if (!exists.ok())
        return exists.status;
    if (!exists.value->isValid())
        return notFound(id);
    QSqlQuery q;
    status = m_connection->run(
        q, QStringLiteral("UPDATE scenario SET trashed_at = ? WHERE id = ? AND trashed_at IS NULL"),
        {nowText(), id});
    if (!status.ok())
        return status;
    return transaction.commit();
}

StorageStatus Workspace::restoreFromTrash(qint64 id)
{
    StorageStatus status = requireWritable();
    if (!status.ok())
        return status;
    WorkspaceTransaction transaction(*m_connection);
    if (!transaction.isActive())
        return transaction.beginStatus();
    QSqlQuery q;
    status = m_connection->run(
        q, QStringLiteral("SELECT name, trashed_at FROM scenario WHERE id = ?"), {id});
    if (!status.ok())
        return status;
    if (!q.next())
        return notFound(id);
    const QString name = q.value(0).toString();
    const bool trashed = !q.value(1).isNull();
    q = QSqlQuery();
    if (!trashed)
        return {};
    status = m_connection->run(
        q, QStringLiteral("UPDATE scenario SET trashed_at = NULL, name = ? WHERE id = ?"),
        {uniqueName(name), id});
    if (!status.ok())
        return status;
    return transaction.commit();
}

StorageStatus Workspace::deleteFromTrash(qint64 id)
{
    StorageStatus status = requireWritable();
    if (!status.ok())
        return status;
    WorkspaceTransaction transaction(*m_connection);
    if (!transaction.isActive())
        return transaction.beginStatus();
    QSqlQuery q;
    status = m_connection->run(
        q, QStringLiteral("DELETE FROM scenario WHERE id = ? AND trashed_at IS NOT NULL"), {id});
    if (!status.ok())
        return status;
    if (q.numRowsAffected() == 0)
        return StorageStatus::failure(
            Code::NotFound,
            QStringLiteral("There is no scenario with id %1 in the trash.").arg(id));
    return transaction.commit();
}

StorageStatus Workspace::emptyTrash()
{
    StorageStatus status = requireWritable();
    if (!status.ok())
        return status;
    WorkspaceTransaction transaction(*m_connection);
    if (!transaction.isActive())
        return transaction.beginStatus();
    // Revisions and tags go with their scenario (ON DELETE CASCADE; foreign keys are on).
    status =
        m_connection->exec(QStringLiteral("DELETE FROM scenario WHERE trashed_at IS NOT NULL"));
    if (!status.ok())
        return status;
    return transaction.commit();
}

// --- Shared files --------------------------------------------------------------------------

ImportResult Workspace::importValidated(const QString &source, const Scenario &scenario,
                                        ClashPolicy policy)
{
    using Outcome = ImportResult::Outcome;
    ImportResult r;
    r.filePath = source;
    auto failed = [&r](StorageStatus s) {
        r.outcome = Outcome::Failed;
        r.status = std::move(s);
        return r;
    };
    StorageStatus status = requireWritable();
    if (!status.ok())
        return failed(status);
    WorkspaceTransaction transaction(*m_connection);
    if (!transaction.isActive())
        return failed(transaction.beginStatus());

    const QByteArray canonical = canonicalText(scenario);
    const QString hash = hashOf(canonical);
    QSqlQuery q;
    status = m_connection->run(q,
                               QStringLiteral("SELECT s.id, s.name, r.number FROM revision r"
                                              " JOIN scenario s ON s.id = r.scenario_id"
                                              " WHERE r.content_hash = ? AND s.trashed_at IS NULL"
                                              " ORDER BY s.id, r.number DESC LIMIT 1"),
                               {hash});
    if (!status.ok())
        return failed(status);
    if (q.next()) {
        r.outcome = Outcome::AlreadyPresent;
        r.scenarioId = q.value(0).toLongLong();
        r.scenarioName = q.value(1).toString();
        r.revision = q.value(2).toInt();
        return r;
    }
    q = QSqlQuery();

    const QString comment = QStringLiteral("Imported from %1").arg(QFileInfo(source).fileName());
    QString name = normalizeName(QString::fromStdString(scenario.name));
    if (name.isEmpty())
        name = QStringLiteral("Untitled");
    StorageResult<ScenarioSummary> existing = findByName(name);
    SaveResult saved;
    if (!existing.ok() && existing.status.code != Code::NotFound)
        return failed(existing.status);
    if (!existing.ok()) {
        saved = insertScenario(name, canonical, comment, {}, {});
        r.outcome = Outcome::Added;
    } else {
        r.scenarioId = existing.value->id;
        r.scenarioName = existing.value->name;
        r.revision = existing.value->revisions;
        switch (policy) {
        case ClashPolicy::Ask:
            r.outcome = Outcome::NameClash;
            r.status = StorageStatus::failure(
                Code::Conflict, QStringLiteral("A scenario named %1 already exists: keep both "
                                               "with a new name, add the file as a new revision, "
                                               "or skip it?")
                                    .arg(quoted(name)));
            return r;
        case ClashPolicy::Skip:
            r.outcome = Outcome::Skipped;
            return r;
        case ClashPolicy::KeepBoth:
            saved = insertScenario(uniqueName(name), canonical, comment, {}, {});
            r.outcome = Outcome::AddedWithNewName;
            break;
        case ClashPolicy::AddAsNewRevision:
            saved =
                saveCanonical(existing.value->id, canonical, existing.value->revisions, comment);
            r.outcome = Outcome::AddedAsRevision;
            break;
        }
    }
    if (!saved.ok())
        return failed(saved.status);
    status = transaction.commit();
    if (!status.ok())
        return failed(status);
    r.scenarioId = saved.scenarioId;
    r.revision = saved.revision;
    StorageResult<ScenarioSummary> now = this->scenario(saved.scenarioId);
    r.scenarioName = now.ok() ? now.value->name : name;
    return r;
}

ImportResult Workspace::importFile(const QString &filePath, ClashPolicy policy)
{
    QList<ImportResult> results = importFiles({filePath}, policy);
    return results.constFirst();
}

QList<ImportResult> Workspace::importFiles(const QStringList &filePaths, ClashPolicy policy)
{
    using Outcome = ImportResult::Outcome;
    QList<ImportResult> results;
    std::vector<std::optional<Scenario>> scenarios;
    bool anyInvalid = false;
    // 1. Read and validate every file; nothing is written yet.
    for (const QString &path : filePaths) {
        ImportResult r;
        r.filePath = path;
        // Never read a workspace open in this process (this one included) as a scenario
        // file: the read would drop SQLite's locks (WorkspaceFileGuard).
        const StorageStatus guard = WorkspaceFileGuard::checkUserFile(path);
        if (!guard.ok()) {
            anyInvalid = true;
            r.outcome = Outcome::Invalid;
            r.errors.append(guard.message);
            r.status = guard;
            scenarios.push_back(std::nullopt);
            results.append(std::move(r));
            continue;
        }
        ScenarioReadResult read = readScenarioFile(path.toUtf8().toStdString());
        if (!read.ok()) {
            anyInvalid = true;
            r.outcome = Outcome::Invalid;
            r.errors = formatErrors(read.errors);
            if (r.errors.isEmpty())
                r.errors.append(QStringLiteral("not a valid scenario file"));
            r.status = StorageStatus::failure(Code::Invalid, r.errors.join(QStringLiteral("; ")));
        }
        scenarios.push_back(std::move(read.scenario));
        results.append(std::move(r));
    }
    if (anyInvalid) {
        for (ImportResult &r : results) {
            if (r.outcome != Outcome::Invalid) {
                r.outcome = Outcome::Skipped;
                r.status = StorageStatus::failure(
                    Code::Invalid, QStringLiteral("Not imported: another file is invalid, so "
                                                  "nothing was imported."));
            }
        }
        return results;
    }
    // 2. Write all of them in one transaction, or none.
    StorageStatus status = requireWritable();
    if (status.ok()) {
        WorkspaceTransaction batch(*m_connection);
        status = batch.beginStatus();
        for (qsizetype i = 0; status.ok() && i < results.size(); ++i) {
            results[i] = importValidated(filePaths[i], *scenarios[std::size_t(i)], policy);
            if (results[i].outcome == Outcome::Failed)
                status = results[i].status;
        }
        if (status.ok())
            status = batch.commit();
    }
    if (!status.ok()) {
        for (ImportResult &r : results) {
            r.outcome = Outcome::Failed;
            r.status = status;
        }
    }
    return results;
}

StorageStatus Workspace::exportScenario(qint64 id, int revision, const QString &filePath) const
{
    StorageResult<ScenarioRevision> r = openRevision(id, revision);
    if (!r.ok())
        return r.status;
    return AtomicFileWriter::writeFile(filePath, r.value->canonicalText);
}

// --- Watching ------------------------------------------------------------------------------

void Workspace::startWatching()
{
    // A poll of PRAGMA data_version, not a QFileSystemWatcher: on macOS and the BSDs a file
    // watcher holds a descriptor on each watched file, and closing it would drop SQLite's
    // locks (WorkspaceFileGuard.h); notifications are also not delivered on every file
    // system. The poll costs microseconds and shows a change from another program within
    // kChangePollMs.
    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(kChangePollMs);
    connect(m_pollTimer, &QTimer::timeout, this, [this] { checkForOutsideChanges(); });
    m_pollTimer->start();
}

void Workspace::checkForOutsideChanges()
{
    if (!isOpen())
        return;
    // data_version changes only when another connection commits, never for our own writes.
    StorageResult<QVariant> v = m_connection->scalar(QStringLiteral("PRAGMA data_version"));
    if (!v.ok())
        return;
    const qint64 now = v.value->toLongLong();
    if (now != m_dataVersion) {
        m_dataVersion = now;
        emit changedOnDisk();
    }
}

} // namespace fleetroi
