#pragma once

#include "common/Result.h"
#include "review/ReviewItem.h"
#include "security/Session.h"

#include <QList>

namespace OneWindow {

class AuditLog;
class Clock;
class Database;

// The supervisor's review queue: what the hall's rules send for a second look
// (manual identities, e-ID codes alone, card problems accepted, overrides,
// refusals, reopenings, overdue 容缺 commitments, file openings with a stated
// purpose, a random sample of ordinary cases). A supervisor approves an item
// or sends it back with a comment; nobody reviews their own action or their
// own case (maker-checker, enforced here).
class ReviewService
{
public:
    ReviewService(const Database &db, AuditLog &audit, const Clock &clock)
        : m_db(db)
        , m_audit(audit)
        , m_clock(clock)
    {}

    // Oldest first. Flags overdue commitments first, so the queue is complete.
    Result<QList<ReviewItem>> queue(bool openOnly, const QString &kind, int limit, int offset,
                                    const Session &session);
    // "forbidden", "own-action", "own-case", "already-decided", "comment-required"
    // (sending back needs one), "conflict" (another supervisor decided first).
    Status decide(qint64 itemId, bool approve, const QString &comment, const Session &session);
    // Whether `session` may decide this item, and why not.
    Status mayDecide(const ReviewItem &item, const Session &session) const;

private:
    Status flagOverdueCommitments();

    const Database &m_db;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace OneWindow
