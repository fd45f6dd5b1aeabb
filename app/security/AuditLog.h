#pragma once

#include "common/Result.h"
#include "security/AuditKey.h"
#include "security/Permission.h"
#include "security/Session.h"

#include <QByteArray>
#include <QString>

namespace OneWindow {

class Clock;
class Database;

// Append-only, hash-chained record of who viewed or changed what. Each event's
// hash covers its fields and the previous hash, so editing, deleting,
// inserting or reordering events breaks the chain where it happened. With the
// hall's key each event also carries a MAC and the checkpoint (audit_head: the
// last event, the count) is sealed, so a rewritten chain and a cut tail are
// caught too (AuditVerifier). Subjects are case numbers or internal person
// ids, never ID numbers.
//
// Without the hall key a counter writes unkeyed events only while no counter
// holding the key has written ("unsealed"); once the log is sealed it refuses
// ("audit-key-missing"), and a counter whose key does not open the checkpoint
// refuses too ("audit-key-mismatch"): every audited action then fails, so such
// a counter cannot work until it gets the hall's key.
class AuditLog
{
public:
    AuditLog(const Database &db, const Clock &clock, const QByteArray &hallKey = {})
        : m_db(db)
        , m_clock(clock)
        , m_key(AuditKey::fromHallKey(hallKey))
    {}

    Status record(const Session &session, const QString &action, const QString &subject,
                  const QString &detail);
    // The same, inside a transaction the caller has open, so the event commits
    // (or rolls back) together with the change it describes.
    Status recordInTransaction(const Session &session, const QString &action,
                               const QString &subject, const QString &detail);

    // Asks the hall's rules (Permission). A refusal is recorded ("refused", the
    // subject, the capability's key) and returned as "forbidden".
    Status require(const Session &session, Capability capability, const QString &subject);

    const Clock &clock() const { return m_clock; }
    const Database &database() const { return m_db; }
    const AuditKey &key() const { return m_key; }
    bool keyed() const { return !m_key.isNull(); }

    // 0 when the chain is intact, else the id of the first event that does not
    // fit (for a cut tail, the event the checkpoint names). Checks the MACs
    // when this log has the key.
    Result<qint64> firstBrokenEvent() const;

    static QString chainHash(const QString &previous, const QString &at, const QString &user,
                             const QString &counter, const QString &action, const QString &subject,
                             const QString &detail);

private:
    const Database &m_db;
    const Clock &m_clock;
    AuditKey m_key;
};

} // namespace OneWindow
