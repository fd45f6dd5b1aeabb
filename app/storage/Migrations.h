#pragma once

#include "common/Result.h"
#include "storage/DatabaseUrl.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace OneWindow {

class Database;

// The schema as numbered steps. A step is written once for both dialects with
// a few type tokens (%ID%, %TS%, %DATE%, %BOOL%, %BLOB%, %BIGINT%, and %C% for a
// byte-order collation) and runs in one transaction; schema_migrations records
// what has been applied. A statement starting "pg:" or "sqlite:" runs only there.
class Migrations
{
public:
    struct Step
    {
        int version;
        QString description;
        QStringList statements;
    };

    static const QList<Step> &steps();
    static int latestVersion();
    static QString translate(const QString &statement, DatabaseUrl::Dialect dialect);
    // 0 when the database has no schema yet.
    static Result<int> currentVersion(const Database &db);
    // Applies what is missing. On PostgreSQL an advisory lock serialises
    // concurrent runs; on SQLite the write lock (BEGIN IMMEDIATE) does.
    static Status apply(const Database &db);

private:
    static Status applyLocked(const Database &db);
};

} // namespace OneWindow
