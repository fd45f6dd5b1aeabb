#pragma once

#include "storage/Database.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace OneWindow {

// A fresh, migrated database for one test on either backend. SQLite lives in a
// temporary folder; PostgreSQL gets a new database on the server named by
// ONEWINDOW_TEST_PG (scripts/test starts one on loopback), dropped afterwards.
class TestDatabase
{
public:
    // "sqlite", plus "postgresql" when ONEWINDOW_TEST_PG is set or PostgreSQL is
    // required (CI=true or ONEWINDOW_REQUIRE_PG): then a missing server fails the test.
    static QStringList backends();
    static bool postgresRequired();
    // Adds a "backend" column and one row per backend: call from a _data() slot.
    static void addBackendRows();

    explicit TestDatabase(const QString &backend, bool migrate = true);
    ~TestDatabase();

    Database &db() { return *m_db; }
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    QString url() const { return m_url; }
    QString folder() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_backend;
    QString m_pgName;
    QString m_url;
    bool m_ok = false;
    QString m_error;
};

} // namespace OneWindow
