// SPDX-License-Identifier: GPL-3.0-or-later
// `fleetroi workspace ...`: the workspace from the command line, headless.
//
//   workspace import FILE... [--on-clash keep-both|new-revision|skip]
//   workspace list [--format json]
//   workspace history NAME [--format json]
//   workspace export NAME -o FILE [--revision N]
//   workspace diff NAME REV_A REV_B [--format json]
//   workspace copy --from A --to B
//
// Exit codes: 0 ok; 2 invalid input (an invalid scenario file, with one stderr line
// "FILE: path: message" per problem and nothing written; an unknown scenario or revision;
// a malformed command); 1 anything else (the workspace cannot be opened or written).
// Numbers and dates are printed in the C locale; times are UTC.
#include "WorkspaceCli.h"

#include "Workspace.h"
#include "engine/InputChanges.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <optional>

namespace fleetroi::cli {

namespace {

constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kInvalidInput = 2;

const char *const kWorkspaceUsage =
    "Usage: fleetroi [--workspace PATH] workspace COMMAND ...\n"
    "  import FILE... [--on-clash keep-both|new-revision|skip]\n"
    "                               add scenario files (all are checked first; when any is\n"
    "                               invalid nothing is imported). A name already used is kept\n"
    "                               as \"Name (2)\" unless --on-clash says otherwise.\n"
    "  list [--format json]         scenarios: name, id, revisions, updated, tags\n"
    "  history NAME [--format json] revisions of a scenario, newest first\n"
    "  export NAME -o FILE [--revision N]   write a scenario file (default: newest revision)\n"
    "  diff NAME REV_A REV_B [--format json]\n"
    "                               what changed between two revisions, in words with units\n"
    "                               (JSON: each change with its file path)\n"
    "  copy --from A --to B         copy every scenario with all its revisions from workspace\n"
    "                               A to B (files or team workspaces); run again, it copies\n"
    "                               only what is new. Histories that differ are refused.\n"
    "PATH (and A, B) is a workspace file or a team workspace on a PostgreSQL server,\n"
    "postgresql://[user@]host[:port]/dbname[?sslmode=...]; the password comes from\n"
    "PGPASSWORD or ~/.pgpass, never from the command line.\n"
    "Without --workspace the default workspace in the user's data folder is used.\n";

void out(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
}

void err(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
}

int usage(const QString &problem)
{
    err(QStringLiteral("fleetroi workspace: ") + problem + QLatin1Char('\n'));
    err(QString::fromUtf8(kWorkspaceUsage));
    return kInvalidInput;
}

QString utcText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString isoText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString padRight(const QString &s, qsizetype width)
{
    return s.size() >= width ? s : s + QString(width - s.size(), QLatin1Char(' '));
}

QString padLeft(const QString &s, qsizetype width)
{
    return s.size() >= width ? s : QString(width - s.size(), QLatin1Char(' ')) + s;
}

void printJson(const QJsonArray &array)
{
    out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
}

// Parsed options of one subcommand.
struct Options
{
    QStringList positional;
    QString format = QStringLiteral("table");
    QString output;
    std::optional<int> revision;
    ClashPolicy clash = ClashPolicy::KeepBoth;
    QString workspace; // tolerated here too, in case the caller left it in args
    QString from;      // copy
    QString to;        // copy
    QString error;
};

std::optional<int> parseRevision(const QString &text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < 1)
        return std::nullopt;
    return n;
}

Options parseOptions(const QStringList &args, qsizetype first)
{
    Options o;
    for (qsizetype i = first; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto value = [&](const QString &name) -> std::optional<QString> {
            if (i + 1 >= args.size()) {
                o.error = name + QStringLiteral(" needs a value");
                return std::nullopt;
            }
            return args.at(++i);
        };
        if (a == QLatin1String("--format")) {
            if (auto v = value(a))
                o.format = *v;
        } else if (a.startsWith(QLatin1String("--format="))) {
            o.format = a.mid(9);
        } else if (a == QLatin1String("-o") || a == QLatin1String("--output")) {
            if (auto v = value(a))
                o.output = *v;
        } else if (a == QLatin1String("--revision")) {
            if (auto v = value(a)) {
                o.revision = parseRevision(*v);
                if (!o.revision)
                    o.error =
                        QStringLiteral("--revision needs a revision number (1, 2, ...), got ") + *v;
            }
        } else if (a == QLatin1String("--on-clash")) {
            if (auto v = value(a)) {
                if (*v == QLatin1String("keep-both"))
                    o.clash = ClashPolicy::KeepBoth;
                else if (*v == QLatin1String("new-revision"))
                    o.clash = ClashPolicy::AddAsNewRevision;
                else if (*v == QLatin1String("skip"))
                    o.clash = ClashPolicy::Skip;
                else
                    o.error = QStringLiteral("--on-clash must be keep-both, new-revision or skip");
            }
        } else if (a == QLatin1String("--from")) {
            if (auto v = value(a))
                o.from = *v;
        } else if (a == QLatin1String("--to")) {
            if (auto v = value(a))
                o.to = *v;
        } else if (a == QLatin1String("--workspace")) {
            if (auto v = value(a))
                o.workspace = *v;
        } else if (a == QLatin1String("--")) {
            for (++i; i < args.size(); ++i)
                o.positional.append(args.at(i));
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            o.error = QStringLiteral("unknown option ") + a;
        } else {
            o.positional.append(a);
        }
        if (!o.error.isEmpty())
            break;
    }
    if (o.error.isEmpty() && o.format != QLatin1String("json") &&
        o.format != QLatin1String("table"))
        o.error = QStringLiteral("--format must be json or table");
    return o;
}

// The scenario outside the trash with exactly this name; a number also finds it by id.
std::optional<ScenarioSummary> resolveScenario(const Workspace &ws, const QString &name)
{
    StorageResult<ScenarioSummary> found = ws.findByName(name);
    if (found.ok())
        return *found.value;
    if (found.status.code != StorageStatus::Code::NotFound) {
        err(QStringLiteral("fleetroi workspace: %1\n").arg(found.status.message));
        return std::nullopt;
    }
    bool isNumber = false;
    const qint64 id =
        (name.startsWith(QLatin1Char('#')) ? name.mid(1) : name).toLongLong(&isNumber);
    if (isNumber) {
        StorageResult<ScenarioSummary> byId = ws.scenario(id);
        if (byId.ok() && !byId.value->inTrash())
            return *byId.value;
    }
    err(QStringLiteral("fleetroi workspace: there is no scenario named '%1' (see `fleetroi "
                       "workspace list`)\n")
            .arg(name));
    return std::nullopt;
}

int exitCodeFor(const StorageStatus &s)
{
    switch (s.code) {
    case StorageStatus::Code::Ok:
        return kOk;
    case StorageStatus::Code::NotFound:
    case StorageStatus::Code::Invalid:
        return kInvalidInput;
    default:
        return kFailed;
    }
}

int fail(const StorageStatus &s)
{
    err(QStringLiteral("fleetroi workspace: %1\n").arg(s.message));
    return exitCodeFor(s);
}

int runImport(Workspace &ws, const Options &o)
{
    if (o.positional.isEmpty())
        return usage(QStringLiteral("import needs at least one FILE"));
    const QList<ImportResult> results = ws.importFiles(o.positional, o.clash);
    int code = kOk;
    using Outcome = ImportResult::Outcome;
    for (const ImportResult &r : results) {
        const QString file = r.filePath;
        switch (r.outcome) {
        case Outcome::Added:
            out(QStringLiteral("%1: added '%2' (id %3)\n")
                    .arg(file, r.scenarioName, QString::number(r.scenarioId)));
            break;
        case Outcome::AddedWithNewName:
            out(QStringLiteral("%1: the name was taken; added as '%2' (id %3)\n")
                    .arg(file, r.scenarioName, QString::number(r.scenarioId)));
            break;
        case Outcome::AddedAsRevision:
            out(QStringLiteral("%1: added as revision %2 of '%3'\n")
                    .arg(file, QString::number(r.revision), r.scenarioName));
            break;
        case Outcome::AlreadyPresent:
            out(QStringLiteral("%1: already present as revision %2 of '%3'; nothing imported\n")
                    .arg(file, QString::number(r.revision), r.scenarioName));
            break;
        case Outcome::Skipped:
            if (r.status.ok())
                out(QStringLiteral("%1: the name '%2' is taken; skipped\n")
                        .arg(file, r.scenarioName));
            else
                err(QStringLiteral("%1: %2\n").arg(file, r.status.message));
            break;
        case Outcome::NameClash:
            err(QStringLiteral("%1: %2\n").arg(file, r.status.message));
            break;
        case Outcome::Invalid:
            for (const QString &line : r.errors)
                err(QStringLiteral("%1: %2\n").arg(file, line));
            code = kInvalidInput;
            break;
        case Outcome::Failed:
            err(QStringLiteral("%1: %2\n").arg(file, r.status.message));
            if (code == kOk)
                code = kFailed;
            break;
        }
    }
    return code;
}

int runList(Workspace &ws, const Options &o)
{
    if (!o.positional.isEmpty())
        return usage(QStringLiteral("list takes no arguments"));
    StorageResult<QList<ScenarioSummary>> list = ws.listScenarios();
    if (!list.ok())
        return fail(list.status);
    if (o.format == QLatin1String("json")) {
        QJsonArray array;
        for (const ScenarioSummary &s : *list.value) {
            array.append(QJsonObject{
                {QStringLiteral("name"), s.name},
                {QStringLiteral("id"), s.id},
                {QStringLiteral("revisions"), s.revisions},
                {QStringLiteral("updated"), isoText(s.updatedAt)},
                {QStringLiteral("created"), isoText(s.createdAt)},
                {QStringLiteral("tags"), QJsonArray::fromStringList(s.tags)},
                {QStringLiteral("folder"), s.folder},
            });
        }
        printJson(array);
        return kOk;
    }
    // Names are padded to the longest one, up to 60 characters; longer ones just overflow.
    qsizetype nameWidth = 4;
    for (const ScenarioSummary &s : *list.value)
        nameWidth = std::max(nameWidth, std::min<qsizetype>(s.name.size(), 60));
    out(padRight(QStringLiteral("NAME"), nameWidth) +
        QStringLiteral("  ID     REVISIONS  UPDATED (UTC)        TAGS\n"));
    for (const ScenarioSummary &s : *list.value) {
        out(padRight(s.name, nameWidth) + QStringLiteral("  ") +
            padRight(QString::number(s.id), 5) + QStringLiteral("  ") +
            padLeft(QString::number(s.revisions), 9) + QStringLiteral("  ") +
            padRight(utcText(s.updatedAt), 19) + QStringLiteral("  ") +
            s.tags.join(QStringLiteral(", ")) + QLatin1Char('\n'));
    }
    return kOk;
}

int runHistory(Workspace &ws, const Options &o)
{
    if (o.positional.size() != 1)
        return usage(QStringLiteral("history needs exactly one scenario NAME"));
    const std::optional<ScenarioSummary> s = resolveScenario(ws, o.positional.first());
    if (!s)
        return kInvalidInput;
    StorageResult<QList<RevisionInfo>> history = ws.history(s->id);
    if (!history.ok())
        return fail(history.status);
    if (o.format == QLatin1String("json")) {
        QJsonArray array;
        for (const RevisionInfo &r : *history.value) {
            array.append(QJsonObject{
                {QStringLiteral("revision"), r.number},
                {QStringLiteral("saved_at"), isoText(r.savedAt)},
                {QStringLiteral("saved_by"), r.savedBy},
                {QStringLiteral("comment"), r.comment},
                {QStringLiteral("content_hash"), r.contentHash},
            });
        }
        printJson(array);
        return kOk;
    }
    qsizetype byWidth = 2;
    for (const RevisionInfo &r : *history.value)
        byWidth = std::max(byWidth, r.savedBy.size());
    out(QStringLiteral("REV  SAVED (UTC)          ") + padRight(QStringLiteral("BY"), byWidth) +
        QStringLiteral("  HASH          COMMENT\n"));
    for (const RevisionInfo &r : *history.value) {
        out(padLeft(QString::number(r.number), 3) + QStringLiteral("  ") +
            padRight(utcText(r.savedAt), 19) + QStringLiteral("  ") + padRight(r.savedBy, byWidth) +
            QStringLiteral("  ") + r.contentHash.left(12) + QStringLiteral("  ") + r.comment +
            QLatin1Char('\n'));
    }
    return kOk;
}

int runExport(Workspace &ws, const Options &o)
{
    if (o.positional.size() != 1)
        return usage(QStringLiteral("export needs exactly one scenario NAME"));
    if (o.output.isEmpty())
        return usage(QStringLiteral("export needs -o FILE"));
    const std::optional<ScenarioSummary> s = resolveScenario(ws, o.positional.first());
    if (!s)
        return kInvalidInput;
    const int revision = o.revision.value_or(Workspace::kLatest);
    const StorageStatus status = ws.exportScenario(s->id, revision, o.output);
    if (!status.ok())
        return fail(status);
    out(QStringLiteral("Exported '%1' revision %2 to %3\n")
            .arg(s->name, QString::number(revision == Workspace::kLatest ? s->revisions : revision),
                 o.output));
    return kOk;
}

// The changes between two revisions in the analyst's words with units, grouped in the order
// the NPV bridge applies them (engine/InputChanges, the words of "What changed" in the app):
//   Fleet and prices
//     H100 SXM: lease price in 2028-01: 1.8 USD/GPU-h -> 1.2 USD/GPU-h
// --format json lists each change with its file path for scripts.
int runDiff(Workspace &ws, const Options &o)
{
    if (o.positional.size() != 3)
        return usage(QStringLiteral("diff needs NAME REV_A REV_B"));
    const std::optional<int> a = parseRevision(o.positional.at(1));
    const std::optional<int> b = parseRevision(o.positional.at(2));
    if (!a || !b)
        return usage(QStringLiteral("revisions are numbers 1, 2, ... as `history` lists them"));
    const std::optional<ScenarioSummary> s = resolveScenario(ws, o.positional.first());
    if (!s)
        return kInvalidInput;
    StorageResult<ScenarioRevision> ra = ws.openRevision(s->id, *a);
    if (!ra.ok())
        return fail(ra.status);
    StorageResult<ScenarioRevision> rb = ws.openRevision(s->id, *b);
    if (!rb.ok())
        return fail(rb.status);
    const std::vector<InputChange> changes =
        describeInputChanges(ra.value->scenario, rb.value->scenario);
    // A safety net: a difference the words do not cover is still shown, by its file path.
    QList<FieldChange> unexplained;
    if (changes.empty()) {
        StorageResult<QList<FieldChange>> raw = ws.diff(s->id, *a, *b);
        if (!raw.ok())
            return fail(raw.status);
        unexplained = *raw.value;
    }
    const auto q = [](const std::string &t) {
        return QString::fromStdString(t);
    };
    if (o.format == QLatin1String("json")) {
        QJsonArray array;
        for (const InputChange &c : changes)
            array.append(QJsonObject{
                {QStringLiteral("group"), QString::fromLatin1(inputGroupKey(c.group))},
                {QStringLiteral("path"), q(c.path)},
                {QStringLiteral("subject"), q(c.subject)},
                {QStringLiteral("label"), QString::fromUtf8(c.label)},
                {QStringLiteral("detail"), q(c.detail)},
                {QStringLiteral("from"), c.from.empty() ? QJsonValue() : QJsonValue(q(c.from))},
                {QStringLiteral("to"), c.to.empty() ? QJsonValue() : QJsonValue(q(c.to))},
                {QStringLiteral("text"), q(c.text())},
            });
        for (const FieldChange &c : unexplained)
            array.append(QJsonObject{{QStringLiteral("group"), QStringLiteral("other")},
                                     {QStringLiteral("path"), c.path},
                                     {QStringLiteral("text"), c.toString()}});
        printJson(array);
        return kOk;
    }
    if (changes.empty() && unexplained.isEmpty()) {
        out(QStringLiteral("No differences between revisions %1 and %2.\n").arg(*a).arg(*b));
        return kOk;
    }
    out(QStringLiteral("From revision %1 to revision %2 of '%3':\n").arg(*a).arg(*b).arg(s->name));
    std::optional<InputGroup> group;
    for (const InputChange &c : changes) {
        if (group != c.group) {
            group = c.group;
            out(QString::fromUtf8(inputGroupLabel(c.group)) + QLatin1Char('\n'));
        }
        out(QStringLiteral("  ") + q(c.text()) + QLatin1Char('\n'));
    }
    for (const FieldChange &c : unexplained)
        out(QStringLiteral("  ") + c.toString() + QLatin1Char('\n'));
    return kOk;
}

// `workspace copy --from A --to B`: A is opened for reading, B (created when missing) for
// writing. Exit 0 when everything was copied or already there, 1 when the copy failed
// (nothing written) or some scenarios were refused (the rest were copied).
int runCopy(const Options &o)
{
    if (o.from.isEmpty() || o.to.isEmpty())
        return usage(QStringLiteral("copy needs --from A and --to B"));
    if (!o.positional.isEmpty())
        return usage(QStringLiteral("copy takes no file names, only --from and --to"));
    Workspace from;
    Workspace::OpenOptions readOptions;
    readOptions.watchForChanges = false;
    readOptions.forReading = true;
    StorageStatus status = from.open(o.from, readOptions);
    if (!status.ok()) {
        err(QStringLiteral("fleetroi workspace copy: %1: %2\n").arg(o.from, status.message));
        return kFailed;
    }
    Workspace to;
    Workspace::OpenOptions writeOptions;
    writeOptions.watchForChanges = false;
    status = to.open(o.to, writeOptions);
    if (status.ok() && to.readOnly())
        status = StorageStatus::failure(StorageStatus::Code::ReadOnly, to.reasonReadOnly());
    if (!status.ok()) {
        err(QStringLiteral("fleetroi workspace copy: %1: %2\n").arg(o.to, status.message));
        return kFailed;
    }
    const CopyReport report = to.copyFrom(from);
    if (!report.status.ok()) {
        err(QStringLiteral("fleetroi workspace copy: %1\n").arg(report.status.message));
        return kFailed;
    }
    out(QStringLiteral("%1 scenarios added, %2 brought up to date, %3 already up to date; "
                       "%4 revisions copied\n")
            .arg(report.scenariosAdded)
            .arg(report.scenariosExtended)
            .arg(report.scenariosUpToDate)
            .arg(report.revisionsCopied));
    for (const QString &line : report.refused)
        err(QStringLiteral("fleetroi workspace copy: %1\n").arg(line));
    return report.refused.isEmpty() ? kOk : kFailed;
}

} // namespace

int runWorkspace(const QStringList &args, const QString &workspacePath)
{
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") ||
        args.at(1) == QLatin1String("-h")) {
        out(QString::fromUtf8(kWorkspaceUsage));
        return args.size() < 2 ? kInvalidInput : kOk;
    }
    const QString command = args.at(1);
    const Options o = parseOptions(args, 2);
    if (!o.error.isEmpty())
        return usage(o.error);
    if (command == QLatin1String("copy"))
        return runCopy(o);
    using Runner = int (*)(Workspace &, const Options &);
    Runner runner = nullptr;
    bool writes = false;
    if (command == QLatin1String("import")) {
        runner = runImport;
        writes = true;
    } else if (command == QLatin1String("list")) {
        runner = runList;
    } else if (command == QLatin1String("history")) {
        runner = runHistory;
    } else if (command == QLatin1String("export")) {
        runner = runExport;
    } else if (command == QLatin1String("diff")) {
        runner = runDiff;
    } else {
        return usage(QStringLiteral("unknown command '%1'").arg(command));
    }

    Workspace ws;
    Workspace::OpenOptions options;
    options.watchForChanges = false;
    // list, history, export and diff only read: no write lock, so they answer at once while
    // another program is writing (only a schema upgrade would need to write).
    options.forReading = !writes;
    const QString path = !workspacePath.isEmpty() ? workspacePath : o.workspace;
    StorageStatus status;
    if (path.isEmpty()) {
        options.seedExamplesIfCreated = true;
        status = ws.open(Workspace::defaultPath(), options);
    } else {
        status = ws.open(path, options);
    }
    if (!status.ok()) {
        err(QStringLiteral("fleetroi workspace: %1\n").arg(status.message));
        return kFailed;
    }
    if (ws.readOnly() && !ws.openedForReading()) {
        err(QStringLiteral("fleetroi workspace: %1\n").arg(ws.reasonReadOnly()));
        if (writes)
            return kFailed;
    }
    return runner(ws, o);
}

} // namespace fleetroi::cli
