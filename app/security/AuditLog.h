#pragma once

#include "common/Result.h"
#include "security/Session.h"

#include <QString>

namespace OneWindow {

class Clock;
class Database;

// Append-only, hash-chained record of who viewed or changed what. Each event's
// hash covers its fields and the previous hash, so editing or deleting a past
// event breaks the chain where it happened. Subjects are case numbers or
// internal person ids, never ID numbers.
class AuditLog
{
public:
    AuditLog(const Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {}

    Status record(const Session &session, const QString &action, const QString &subject,
                  const QString &detail);
    // The same, inside a transaction the caller has open, so the event commits
    // (or rolls back) together with the change it describes.
    Status recordInTransaction(const Session &session, const QString &action,
                               const QString &subject, const QString &detail);

    const Clock &clock() const { return m_clock; }

    // 0 when the chain is intact, else the id of the first event that does not fit.
    Result<qint64> firstBrokenEvent() const;

    static QString chainHash(const QString &previous, const QString &at, const QString &user,
                             const QString &counter, const QString &action, const QString &subject,
                             const QString &detail);

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace OneWindow
