#pragma once

#include "common/Result.h"
#include "storage/DatabaseUrl.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

namespace OneWindow {

// One connection to the hall's data, SQLite or PostgreSQL. Every statement is
// prepared and bound; failures come back as Result codes from SqlErrors.
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

private:
    DatabaseUrl m_url;
    QString m_connectionName;
};

} // namespace OneWindow
