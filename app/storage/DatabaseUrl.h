#pragma once

#include "common/Result.h"

#include <QString>

namespace OneWindow {

// Where the data lives: "sqlite:PATH" or "postgresql://user@host:port/dbname".
// A password in the URL is refused: it would show in the process list. libpq
// reads it from a pgpass file instead.
struct DatabaseUrl
{
    enum class Dialect
    {
        Sqlite,
        Postgres
    };

    Dialect dialect = Dialect::Sqlite;
    QString path; // SQLite file
    QString user;
    QString host;
    int port = 5432;
    QString databaseName;

    static Result<DatabaseUrl> parse(const QString &text);
    // Without any password, safe to show and log.
    QString toString() const;
};

} // namespace OneWindow
