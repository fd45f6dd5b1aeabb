#pragma once

#include "common/Result.h"
#include "storage/DatabaseUrl.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

namespace OneWindow {

// One connection to the hall's data, SQLite or PostgreSQL. Every statement is
// prepared and bound; failures come back as Result codes from SqlErrors.
//
// PostgreSQL: a connection the server dropped (a restart, a failover) is opened
// again by itself, where that cannot run anything twice: before a transaction
// begins (BEGIN failed, so nothing ran), before any statement once a failure
// said the connection is gone, and for a plain SELECT outside a transaction
// (reading twice changes nothing). A statement inside a transaction, and the
// COMMIT, are never retried: their failure comes back as "db-gone" and the
// caller decides (an intake retries with its intake key, which finds the case
// a lost COMMIT may have stored).
class Database
{
public:
    explicit Database(const DatabaseUrl &url);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens the connection (creating the SQLite file and its folder) and sets
    // SQLite to WAL with synchronous=FULL so a committed case survives a power cut.
    Status open();
    // Brings the schema up to the newest migration.
    Status migrate();
    bool isOpen() const;

    const DatabaseUrl &url() const { return m_url; }
    DatabaseUrl::Dialect dialect() const { return m_url.dialect; }
    QSqlDatabase connection() const;

    // Prepares `sql`, binds `values` positionally (? placeholders) and runs it.
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values = {}) const;
    // A single value from the first row, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &values = {}) const;
    // Runs `work` in a transaction: committed when it succeeds, rolled back otherwise.
    Status transaction(const std::function<Status()> &work) const;

    Error errorFrom(const QSqlError &error, const QString &what) const;

    // Off while something holds state of the server session (an advisory lock):
    // a new session would silently drop it, so a lost connection stays an error.
    // Const: a service holding the database as const may pin its session.
    void setReconnecting(bool on) const { m_reconnecting = on; }
    // How often the connection was opened again after it was lost (for tests and logs).
    int reconnections() const { return m_reconnections; }

private:
    // Closes and opens the connection again (PostgreSQL); "db-gone" while the
    // server cannot be reached.
    Status reconnect() const;
    // After `e`, outside a transaction: remembers a lost connection.
    void noteFailure(const Error &e) const;
    bool canReconnect() const;
    // PostgreSQL: runs `sql` as a statement this connection prepared once
    // (PREPARE on first use, then only EXECUTE). Qt's driver prepares and
    // deallocates around every run: three round trips and a parse each time.
    Result<QSqlQuery> runPrepared(const QString &sql, const QVariantList &values,
                                  bool retried = false) const;

    DatabaseUrl m_url;
    QString m_connectionName;
    mutable bool m_reconnecting = true;
    mutable bool m_lost = false;        // a failure said the connection is gone
    mutable int m_transactionDepth = 0; // inside transaction(): never reconnect
    mutable int m_reconnections = 0;
    // The statements this connection prepared, by their SQL; a new connection has none.
    mutable QHash<QString, QString> m_prepared;
    mutable int m_preparedSerial = 0;
};

} // namespace OneWindow
