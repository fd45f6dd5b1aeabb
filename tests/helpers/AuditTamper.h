#pragma once

#include "security/AuditLog.h"
#include "storage/Database.h"

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

// What someone who can write the database (the tables' owner, or anyone with
// an SQLite file) can do to the audit trail, for the tamper tests: switch off
// the append-only triggers, then edit, delete, insert, reorder or rewrite.
namespace OneWindow::Test {

struct AuditRow
{
    qint64 id = 0;
    QString at, user, counter, action, subject, detail, prev, hash, mac;
};

inline QList<AuditRow> auditRows(const Database &db)
{
    QList<AuditRow> list;
    auto q = db.run(QStringLiteral("SELECT id, at, user_name, counter_code, action, subject,"
                                   " detail, prev_hash, hash, mac FROM audit_events ORDER BY id"));
    if (!q)
        return list;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        list.append({r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(),
                     r.value(3).toString(), r.value(4).toString(), r.value(5).toString(),
                     r.value(6).toString(), r.value(7).toString(), r.value(8).toString(),
                     r.value(9).toString()});
    }
    return list;
}

// The triggers go: an owner's ALTER TABLE on PostgreSQL, DROP TRIGGER in an SQLite file.
inline bool disableAuditProtection(const Database &db)
{
    QStringList sql;
    if (db.dialect() == DatabaseUrl::Dialect::Postgres)
        sql = {QStringLiteral("ALTER TABLE audit_events DISABLE TRIGGER USER"),
               QStringLiteral("ALTER TABLE audit_head DISABLE TRIGGER USER")};
    else
        sql = {QStringLiteral("DROP TRIGGER audit_events_no_update"),
               QStringLiteral("DROP TRIGGER audit_events_no_delete"),
               QStringLiteral("DROP TRIGGER audit_head_no_delete"),
               QStringLiteral("DROP TRIGGER audit_head_forward")};
    for (const QString &s : sql)
        if (!db.run(s).ok())
            return false;
    return true;
}

inline QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

// Writes `row` back under its id, every column.
inline bool writeRow(const Database &db, const AuditRow &r)
{
    return db
        .run(QStringLiteral("UPDATE audit_events SET at = ?, user_name = ?, counter_code = ?,"
                            " action = ?, subject = ?, detail = ?, prev_hash = ?, hash = ?,"
                            " mac = ? WHERE id = ?"),
             {r.at, r.user, r.counter, r.action, r.subject, r.detail, r.prev, r.hash,
              textOrNull(r.mac), r.id})
        .ok();
}

inline bool insertRow(const Database &db, const AuditRow &r)
{
    return db
        .run(QStringLiteral("INSERT INTO audit_events (id, at, user_name, counter_code, action,"
                            " subject, detail, prev_hash, hash, mac)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {r.id, r.at, r.user, r.counter, r.action, r.subject, r.detail, r.prev, r.hash,
              textOrNull(r.mac)})
        .ok();
}

inline QString hashOf(const AuditRow &r)
{
    return AuditLog::chainHash(r.prev, r.at, r.user, r.counter, r.action, r.subject, r.detail);
}

// Recomputes the chain from `from` (a position in `rows`) to the end, so every
// hash and link fits again; MACs are kept as they were unless `blankMacs`.
inline bool rechain(const Database &db, QList<AuditRow> &rows, int from, bool blankMacs)
{
    for (int i = from; i < rows.size(); ++i) {
        AuditRow &r = rows[i];
        if (i > 0)
            r.prev = rows.at(i - 1).hash;
        r.hash = hashOf(r);
        if (blankMacs)
            r.mac.clear();
        if (!writeRow(db, r))
            return false;
    }
    return true;
}

} // namespace OneWindow::Test
