#pragma once

#include "common/Result.h"
#include "security/AuditHead.h"
#include "security/AuditKey.h"
#include "security/Permission.h"
#include "security/Session.h"

#include <QByteArray>
#include <QString>

namespace OneWindow {

class AuditBatcher;
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
// Sealing: the first event written with the key on an empty log seals it from
// its start (a hall's first start does that). Once sealed, nothing seals it
// again: a counter holding the key that finds an unsealed log with events in
// it refuses to write ("audit-unsealed") rather than take those events on
// trust; only an administrator's explicit seal() does, for a log from before
// the hall key, and that is itself the first sealed event.
//
// Without the hall key a counter writes unkeyed events only while the log is
// unsealed; once sealed it refuses ("audit-key-missing"), and a counter whose
// key does not open the checkpoint refuses too ("audit-key-mismatch"): every
// audited action then fails, so such a counter cannot work until it gets the
// hall's key.
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

    // Whether an event could be written now: the checkpoint is there and this
    // log's key fits it (the same refusals as recordInTransaction).
    Status ready() const;

    // Asks the hall's rules (Permission). A refusal is recorded ("refused", the
    // subject, the capability's key) and returned as "forbidden", or as
    // "password-change-required" for a session opened with a one-time password.
    Status require(const Session &session, Capability capability, const QString &subject);

    // What seal() did: the sealing point and the event that records it.
    struct Seal
    {
        qint64 legacyUntil = 0; // events up to this id are checked by the chain alone
        qint64 events = 0;      // how many of them
        qint64 sealId = 0;      // the "audit-seal" event, the first with a MAC
    };
    // An administrator's explicit seal of a log written before the hall key
    // existed (schema version 8 and older, or counters without the key): every
    // event so far becomes the unkeyed prefix, fixed under the checkpoint's MAC,
    // and an "audit-seal" event says who did it. Refused ("audit-seal-refused")
    // when the log is sealed already, when any event carries a MAC or an earlier
    // seal event (signs that it was sealed and its seal removed), or when its
    // chain does not hold; "audit-key-missing" without the key.
    Result<Seal> seal(const Session &session);

    const Clock &clock() const { return m_clock; }
    const Database &database() const { return m_db; }
    const AuditKey &key() const { return m_key; }
    // Reads audited through auditedRead() write their events through `batch` (one
    // shared by the tracker's serving threads: group commit) instead of inside the
    // read's own transaction. Null: each read commits its own event.
    void setReadBatch(AuditBatcher *batch) { m_readBatch = batch; }
    AuditBatcher *readBatch() const { return m_readBatch; }
    bool keyed() const { return !m_key.isNull(); }

    // 0 when the chain is intact, else the id of the first event that does not
    // fit (for a cut tail, the event the checkpoint names). Checks the MACs
    // when this log has the key.
    Result<qint64> firstBrokenEvent() const;

    static QString chainHash(const QString &previous, const QString &at, const QString &user,
                             const QString &counter, const QString &action, const QString &subject,
                             const QString &detail);

private:
    enum class Sealing
    {
        Never,    // an ordinary event: seals only an empty log
        Explicit, // seal(): seals whatever the log holds
    };
    // The checkpoint's row; "audit-checkpoint-missing" when there is none.
    Result<AuditHead> checkpoint() const;
    Status checkHead(const AuditHead &head, Sealing sealing) const;
    Status append(const Session &session, const QString &action, const QString &subject,
                  const QString &detail, Sealing sealing, AuditHead *written = nullptr);

    const Database &m_db;
    const Clock &m_clock;
    AuditKey m_key;
    AuditBatcher *m_readBatch = nullptr;
};

} // namespace OneWindow
