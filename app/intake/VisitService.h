#pragma once

#include "casefile/Visit.h"
#include "common/Result.h"
#include "security/Session.h"

namespace OneWindow {

class AuditLog;
class Clock;
class CounterLock;
class Database;

// The visits of a counter as the clerk's window sees them. A visit begins only
// on evidence the core recorded at this counter (EvidenceService), so its
// citizen, counter, clerk and start are the core's records, never a window's
// say; acceptance, a one-time notification, a non-acceptance and a handover end
// it in their own transactions (IntakeService, DocumentService,
// CaseWorkflowService). The clerk's "next citizen" ends it here.
class VisitService
{
public:
    // How long after its end a visit may still be rated at the counter's screen.
    static constexpr qint64 kCounterRatingSeconds = 30 * 60;

    VisitService(const Database &db, AuditLog &audit, const Clock &clock,
                 const CounterLock *lock = nullptr)
        : m_db(db)
        , m_audit(audit)
        , m_clock(clock)
        , m_lock(lock)
    {}

    // The citizen of `evidenceId` is at this counter: their open visit goes on
    // or, when somebody else's is open, that one ends ("next") and theirs begins.
    // "forbidden", "counter-locked", "evidence-unknown", "evidence-mismatch" (read
    // at another counter or too long ago), all audited but the lock's.
    Result<Visit> begin(qint64 evidenceId, const Session &session);
    // The clerk calls the next citizen: the open visit ends as "next". Nothing
    // open: nothing happens.
    Status next(const Session &session);
    // The open visit at this counter (id 0: none). "forbidden".
    Result<Visit> current(const Session &session) const;
    // The visit that ended last at this counter within kCounterRatingSeconds, for
    // the citizen's screen to ask for a rating (id 0: none).
    Result<Visit> justEnded(const Session &session) const;

private:
    Status allowed(const Session &session, const QString &subject) const;

    const Database &m_db;
    AuditLog &m_audit;
    const Clock &m_clock;
    const CounterLock *m_lock;
};

} // namespace OneWindow
