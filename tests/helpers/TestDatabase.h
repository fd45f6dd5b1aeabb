#pragma once

#include "storage/Database.h"

#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace OneWindow {

// A fresh, migrated database for one test on either backend. SQLite lives in a
// temporary folder; PostgreSQL gets a new database on the server named by
// ONEWINDOW_TEST_PG (scripts/test starts one on loopback), dropped afterwards.
//
// On PostgreSQL the database is set up as a hall's is (docs/postgresql-roles.sql,
// applied by the superuser): the owner's role migrates it, and db() and url()
// connect as the counters' role, so every test works with what a counter may do.
// owner() is the tables' owner: for fixtures a counter may not make (accounts)
// and for playing whoever can write the tables (tampering). An unmigrated
// database (`migrate` false) is the superuser's, for tests of the migrations.
class TestDatabase
{
public:
    // Always "sqlite" and "postgresql": a PostgreSQL row is never dropped. What
    // becomes of it is OW_CHECK_BACKEND's (below): it runs on the server named by
    // ONEWINDOW_TEST_PG, fails when none is named, and is skipped (so counted,
    // never silently left out) only when the run says OW_NO_PG=1.
    static QStringList backends();
    // CI=true or ONEWINDOW_REQUIRE_PG set: OW_NO_PG=1 is not honoured. Without
    // them a missing server fails the row as well, so they only forbid leaving out.
    static bool postgresRequired();
    // OW_NO_PG=1 and PostgreSQL is not required: the run leaves PostgreSQL out.
    static bool postgresLeftOut();
    // "" when PostgreSQL rows can run (ONEWINDOW_TEST_PG is set and OW_NO_PG=1
    // is not honoured), else why not and how to run them.
    static QString postgresUnavailable();
    // Adds a "backend" column and one row per backend: call from a _data() slot.
    static void addBackendRows();

    // The roles of docs/postgresql-roles.sql.
    static const QString kOwnerRole;
    static const QString kCounterRole;
    // Applies docs/postgresql-roles.sql to the database at `superuserUrl`, statement
    // by statement as psql would; "" when it went through, else what failed.
    static QString applyRolesFile(const QString &superuserUrl);

    explicit TestDatabase(const QString &backend, bool migrate = true);
    ~TestDatabase();

    // The counters' role on PostgreSQL; the file on SQLite.
    Database &db() { return *m_db; }
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    QString url() const { return m_url; }
    QString folder() const { return m_dir.path(); }
    // The tables' owner (on SQLite the same connection as db()).
    Database &owner() { return m_owner ? *m_owner : *m_db; }
    QString ownerUrl() const { return m_ownerUrl; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Database> m_owner;
    QString m_backend;
    QString m_pgName;
    QString m_url;
    QString m_ownerUrl;
    bool m_ok = false;
    QString m_error;
};

} // namespace OneWindow

// In a test function that needs PostgreSQL: passes on when ONEWINDOW_TEST_PG
// names a server, skips the function or row when the run says OW_NO_PG=1, and
// fails it otherwise, saying how to run it.
#define OW_REQUIRE_POSTGRES()                                                                      \
    do {                                                                                           \
        const QString owUnavailable = OneWindow::TestDatabase::postgresUnavailable();              \
        if (owUnavailable.isEmpty())                                                               \
            break;                                                                                 \
        if (OneWindow::TestDatabase::postgresLeftOut())                                            \
            QSKIP(qPrintable(owUnavailable));                                                      \
        QFAIL(qPrintable(owUnavailable));                                                          \
    } while (false)

// Right after QFETCH(QString, backend): the rule above for the "postgresql" row.
#define OW_CHECK_BACKEND(backend)                                                                  \
    do {                                                                                           \
        if ((backend) == QLatin1String("postgresql"))                                              \
            OW_REQUIRE_POSTGRES();                                                                 \
    } while (false)
