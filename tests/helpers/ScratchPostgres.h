#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace OneWindow::Test {

// A PostgreSQL server of the test's own on loopback, which the test may stop,
// start again on the same port, copy into a streaming hot standby and promote:
// outages and failovers. The shared server of the run (ONEWINDOW_TEST_PG) is
// never stopped. As root the server runs as the postgres user, as
// scripts/pg-start does. Every method answers "" when it went through, else
// what failed (with the server's log).
class ScratchPostgres
{
public:
    ScratchPostgres();
    ~ScratchPostgres();
    ScratchPostgres(const ScratchPostgres &) = delete;
    ScratchPostgres &operator=(const ScratchPostgres &) = delete;

    // A new cluster (initdb, trust on loopback, replication allowed).
    QString init();
    // A copy of `primary` made with pg_basebackup -R (standby.signal and
    // primary_conninfo written): started, it streams from the primary.
    QString initStandbyOf(const ScratchPostgres &primary);
    // Starts the server; the first start picks a free port (within
    // ONEWINDOW_SCRATCH_PG_PORTS, "first-last", when set), later ones keep it.
    QString start();
    // pg_ctl stop -m MODE ("immediate": the server dies as in a crash).
    QString stop(const QString &mode = QStringLiteral("immediate"));
    // pg_ctl promote -w: a standby becomes a primary.
    QString promote();

    int port() const { return m_port; }
    // The superuser on this server's "postgres" database.
    QString adminUrl() const;

private:
    QString run(const QString &tool, const QStringList &arguments, int timeoutMs = 60000) const;
    QString log() const;

    QTemporaryDir m_dir;
    QString m_bin;
    int m_port = 0;
    bool m_running = false;
};

// While it lives, TestDatabase makes its databases on `adminUrl` (a scratch
// server) instead of the run's ONEWINDOW_TEST_PG.
class TestServerSwap
{
public:
    explicit TestServerSwap(const QString &adminUrl);
    ~TestServerSwap();
    TestServerSwap(const TestServerSwap &) = delete;
    TestServerSwap &operator=(const TestServerSwap &) = delete;

private:
    QByteArray m_saved;
};

} // namespace OneWindow::Test
