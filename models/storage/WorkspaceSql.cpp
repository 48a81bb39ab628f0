// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the workspace facade's files (WorkspaceSql.h).
#include "WorkspaceSql.h"

#include "Workspace.h"
#include "WorkspaceConnection.h"
#include "scenario/ScenarioWriter.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace fleetroi::wsql {

// Times are stored as ISO 8601 UTC text with milliseconds ("2026-03-01T09:30:00.123Z"):
// readable in the sqlite3 shell and ordered correctly as text.
QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

StorageResult<QString> changeTime(WorkspaceConnection &c)
{
    if (!c.isServer())
        return nowText();
    // clock_timestamp(), not now(): now() is when the transaction began, which for a save
    // that waited for another analyst's row lock is before that analyst's later revision.
    StorageResult<QVariant> t =
        c.scalar(QStringLiteral("SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC',"
                                " 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"));
    if (!t.ok())
        return t.status;
    return t.value->toString();
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

SaveResult saveFailure(StorageStatus status, qint64 id)
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

} // namespace fleetroi::wsql
