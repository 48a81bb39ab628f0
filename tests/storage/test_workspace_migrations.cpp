// SPDX-License-Identifier: GPL-3.0-or-later
// A workspace saved by schema version 1 (the committed fixture
// tests/data/storage/workspace-v1.sqlite, written by `workspace_test_writer make-v1-fixture`)
// opens in this version with every scenario, revision and tag intact.
#include "Workspace.h"
#include "WorkspaceConnection.h"
#include "WorkspaceMigrations.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fleetroi;

namespace {
const QString kFixture = QStringLiteral(FLEETROI_TEST_DATA_DIR "/storage/workspace-v1.sqlite");
const QString kNeocloud = QStringLiteral("Neocloud leasing 4,096 H100s");
} // namespace

class TestWorkspaceMigrations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString copyOfFixture(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        if (!QFile::copy(kFixture, path))
            return {};
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

private slots:
    void theFixtureIsVersion1()
    {
        WorkspaceConnection c;
        QVERIFY(c.open(kFixture, true).ok());
        QCOMPARE(*WorkspaceMigrations::schemaVersion(c).value, 1);
    }

    void migratesVersion1ToCurrent()
    {
        const QString path = copyOfFixture(QStringLiteral("v1.sqlite"));
        QVERIFY(!path.isEmpty());
        Workspace ws;
        StorageStatus status = ws.open(path);
        QVERIFY2(status.ok(), qPrintable(status.message));
        QVERIFY(!ws.readOnly());
        {
            WorkspaceConnection c;
            QVERIFY(c.open(path, true).ok());
            QCOMPARE(*WorkspaceMigrations::schemaVersion(c).value,
                     WorkspaceMigrations::kCurrentVersion);
        }

        StorageResult<QList<ScenarioSummary>> list = ws.listScenarios();
        QVERIFY(list.ok());
        QCOMPARE(list.value->size(), 3);
        // Version 1 allowed two scenarios with one name; the later one is renamed.
        StorageResult<ScenarioSummary> first = ws.findByName(kNeocloud);
        StorageResult<ScenarioSummary> second = ws.findByName(kNeocloud + QStringLiteral(" (2)"));
        QVERIFY(first.ok());
        QVERIFY(second.ok());
        QCOMPARE(first.value->id, 1);
        QCOMPARE(second.value->id, 3);

        // The cached newest revision and its time are filled in from the revisions.
        QCOMPARE(first.value->revisions, 2);
        QCOMPARE(
            first.value->updatedAt,
            QDateTime::fromString(QStringLiteral("2025-02-03T14:30:00.000Z"), Qt::ISODateWithMs));
        QCOMPARE(
            first.value->createdAt,
            QDateTime::fromString(QStringLiteral("2025-01-10T09:00:00.000Z"), Qt::ISODateWithMs));
        QCOMPARE(first.value->tags,
                 QStringList({QStringLiteral("budget 2026"), QStringLiteral("h100")}));
        QCOMPARE(first.value->folder, QString());
        QVERIFY(!first.value->inTrash());

        StorageResult<QList<RevisionInfo>> history = ws.history(1);
        QVERIFY(history.ok());
        QCOMPARE(history.value->size(), 2);
        QCOMPARE(history.value->at(0).savedBy, QStringLiteral("bob"));
        QCOMPARE(history.value->at(0).comment, QStringLiteral("Shorter useful life"));
        for (qint64 id : {1, 2, 3}) {
            StorageResult<ScenarioRevision> r = ws.openRevision(id);
            QVERIFY2(r.ok(), qPrintable(r.status.message));
        }
        StorageResult<QList<FieldChange>> diff = ws.diff(1, 1, 2);
        QVERIFY(diff.ok());
        QCOMPARE(diff.value->size(), 1);
        QCOMPARE(diff.value->at(0).toString(),
                 QStringLiteral("skus[h100].useful_life_months: 72 -> 66"));

        // Version-2 features work on the migrated file: unique live names, trash, saves.
        QCOMPARE(ws.rename(3, kNeocloud).code, StorageStatus::Code::Conflict);
        QVERIFY(ws.moveToTrash(3).ok());
        QVERIFY(ws.rename(2, kNeocloud + QStringLiteral(" (2)")).ok());
        QVERIFY(ws.saveRevision(1, ws.openRevision(1, 1).value->scenario, 2).ok());
        QCOMPARE(ws.scenario(1).value->revisions, 3);
        QVERIFY(ws.checkIntegrity().ok());
    }

    void migratesStepByStep()
    {
        const QString path = m_dir.filePath(QStringLiteral("steps.sqlite"));
        WorkspaceConnection c;
        QVERIFY(c.open(path).ok());
        QVERIFY(WorkspaceMigrations::migrate(c, 1).ok());
        QCOMPARE(*WorkspaceMigrations::schemaVersion(c).value, 1);
        QVERIFY(WorkspaceMigrations::migrate(c).ok());
        QCOMPARE(*WorkspaceMigrations::schemaVersion(c).value, 2);
        QVERIFY(WorkspaceMigrations::migrate(c).ok()); // idempotent
        QCOMPARE(*WorkspaceMigrations::schemaVersion(c).value, 2);
    }

    void aFailedStepChangesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.sqlite"));
        WorkspaceConnection c;
        QVERIFY(c.open(path).ok());
        QVERIFY(WorkspaceMigrations::migrate(c, 1).ok());
        // Sabotage: the index version 2 creates last already exists, so the step fails
        // after it has added its columns; the whole step must be undone.
        QVERIFY(c.exec(QStringLiteral("CREATE INDEX revision_hash ON revision(number)")).ok());
        QVERIFY(!WorkspaceMigrations::migrate(c).ok());
        QCOMPARE(*WorkspaceMigrations::schemaVersion(c).value, 1);
        QVERIFY(!c.scalar(QStringLiteral("SELECT 1 FROM pragma_table_info('scenario')"
                                         " WHERE name = 'trashed_at'"))
                     .value->isValid());
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceMigrations)
#include "test_workspace_migrations.moc"
