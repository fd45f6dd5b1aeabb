#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

namespace OneWindow {

// Where the data lives: "sqlite:PATH" or "postgresql://user@host:port/dbname".
// A password in the URL is refused: it would show in the process list. libpq
// reads it from a pgpass file instead.
//
// A replicated cluster names its servers in turn, libpq's multi-host form:
// "postgresql://user@db1:5432,db2:5432/dbname?target_session_attrs=read-write"
// (libpq tries them in order and keeps the first that accepts writes, so a
// counter finds the promoted standby after a failover). target_session_attrs
// is the only parameter understood; any other is refused rather than ignored.
struct DatabaseUrl
{
    struct Server
    {
        QString host;
        int port = 5432;
    };

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
    // The servers after host:port, in the order libpq tries them.
    QList<Server> moreServers;
    // libpq's target_session_attrs (any, read-write, read-only, primary, standby,
    // prefer-standby); empty: libpq's default, any.
    QString targetSessionAttrs;

    static Result<DatabaseUrl> parse(const QString &text);
    // Without any password, safe to show and log.
    QString toString() const;
};

} // namespace OneWindow
