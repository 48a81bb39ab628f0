// SPDX-License-Identifier: GPL-3.0-or-later
// Which backend the workspace tests run against: one suite, two backends (issue 18).
//
//   FLEETROI_TEST_BACKEND=postgresql  every fresh workspace is a new database on the server
//   FLEETROI_TEST_PG=postgresql://user@host:port/db   an existing database on that server;
//                                     the role must be allowed to CREATE DATABASE
//
// ctest registers each parameterized suite twice (the *_postgresql variant sets the backend);
// run-tests.sh starts a private cluster (tools/pg_test_cluster.sh) and sets FLEETROI_TEST_PG.
// Without it the PostgreSQL variant fails in initTestCase, saying so: it never skips.
#pragma once

#include "WorkspaceConnection.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTemporaryDir>

namespace fleetroi::test {

class WorkspaceTestBackend
{
public:
    WorkspaceTestBackend()
        : m_server(qEnvironmentVariable("FLEETROI_TEST_BACKEND") == QLatin1String("postgresql"))
        , m_adminUri(qEnvironmentVariable("FLEETROI_TEST_PG"))
    {}
    ~WorkspaceTestBackend() { dropAll(); }

    bool isServer() const { return m_server; }
    QString name() const
    {
        return m_server ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
    }

    // Empty when ready; otherwise why the server half cannot run.
    QString setUp()
    {
        if (!m_server)
            return {};
        if (m_adminUri.isEmpty())
            return QStringLiteral("FLEETROI_TEST_BACKEND=postgresql but FLEETROI_TEST_PG is not "
                                  "set: start a server with `eval \"$(tools/pg_test_cluster.sh "
                                  "start)\"` (run-tests.sh does) and run again");
        const StorageStatus s = m_admin.open(m_adminUri);
        if (!s.ok())
            return QStringLiteral("cannot reach the test server %1: %2").arg(m_adminUri, s.message);
        return {};
    }

    // A location no workspace uses yet: a file in `dir`, or a new empty database.
    QString fresh(const QTemporaryDir &dir, const QString &stem)
    {
        ++m_counter;
        if (!m_server)
            return dir.filePath(QStringLiteral("%1%2.sqlite").arg(stem).arg(m_counter));
        const QString db = QStringLiteral("fleetroi_t%1_%2_%3")
                               .arg(QCoreApplication::applicationPid())
                               .arg(stem.toLower())
                               .arg(m_counter);
        if (!m_admin.exec(QStringLiteral("CREATE DATABASE %1").arg(db)).ok())
            return {};
        m_databases.append(db);
        return uriFor(db);
    }

    // The URI of database `db` on the test server, as user `user` (default: the admin's).
    QString uriFor(const QString &db, const QString &user = {}) const
    {
        QString base = m_adminUri.left(m_adminUri.lastIndexOf(QLatin1Char('/')) + 1) + db;
        if (!user.isEmpty()) {
            const int at = base.indexOf(QLatin1Char('@'));
            const int scheme = base.indexOf(QLatin1String("://")) + 3;
            base =
                base.left(scheme) + user + QLatin1Char('@') + base.mid(at >= 0 ? at + 1 : scheme);
        }
        return base;
    }

    // The database name of a location made by fresh().
    static QString databaseOf(const QString &uri)
    {
        QString db = uri.mid(uri.lastIndexOf(QLatin1Char('/')) + 1);
        return db.left(db.indexOf(QLatin1Char('?')) >= 0 ? db.indexOf(QLatin1Char('?'))
                                                         : db.size());
    }

    WorkspaceConnection &admin() { return m_admin; }

    void dropAll()
    {
        for (const QString &db : std::as_const(m_databases))
            m_admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(db));
        m_databases.clear();
    }

private:
    bool m_server;
    QString m_adminUri;
    WorkspaceConnection m_admin;
    QStringList m_databases;
    int m_counter = 0;
};

} // namespace fleetroi::test
