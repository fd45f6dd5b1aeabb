#pragma once

#include "common/Result.h"
#include "review/ReviewItem.h"
#include "security/Session.h"

#include <QHash>
#include <QList>

#include <functional>

namespace OneWindow {

class AuditLog;
class Clock;
class Database;

// The supervisor's review queue: what the hall's rules send for a second look
// (manual identities, e-ID codes alone, card problems accepted, overrides,
// reopenings, overdue 容缺 commitments and 好差评 follow-ups, file openings with a stated purpose,
// a random sample of ordinary cases) and the decisions against a citizen that wait for it (a
// refusal, a 退件, a 不予受理, a fee waiver: ReviewItem). A supervisor approves (confirms) an item
// or sends it back with a comment; nobody decides on their own action or their own case
// (maker-checker, enforced here).
//
// A decision's effect belongs to the layer that owns what it changes (the case
// lifecycle, the documents), above this one: that layer registers it per kind
// (setEffect), and decide() runs it in the same transaction as the verdict and
// its audit event, so a decision is confirmed with its effect or not at all.
class ReviewService
{
public:
    // Applies a decided item's effect inside decide()'s transaction; a failure
    // (its code) undoes the verdict.
    using Effect = std::function<Status(const ReviewItem &item, bool confirm,
                                        const QString &comment, const Session &checker)>;

    ReviewService(const Database &db, AuditLog &audit, const Clock &clock)
        : m_db(db)
        , m_audit(audit)
        , m_clock(clock)
    {}

    // Oldest first. Flags overdue commitments first, so the queue is complete.
    Result<QList<ReviewItem>> queue(bool openOnly, const QString &kind, int limit, int offset,
                                    const Session &session);
    // The same, decisions or reviews after the fact only.
    Result<QList<ReviewItem>> queue(ReviewScope scope, bool openOnly, const QString &kind,
                                    int limit, int offset, const Session &session);
    // One item, for a supervisor: "forbidden" (audited), "not-found".
    Result<ReviewItem> find(qint64 itemId, const Session &session) const;
    // Approves (for a decision: confirms) or sends back. "not-found", "forbidden",
    // "own-action", "own-case", "already-decided", "comment-required" (sending
    // back needs one), "conflict" (another supervisor decided first), "no-effect"
    // (a decision whose kind has no effect registered), or the effect's refusal.
    // Every refusal is audited; so is every verdict, with it.
    Status decide(qint64 itemId, bool approve, const QString &comment, const Session &session);
    // What deciding an item of `kind` changes (AppServices wires them).
    void setEffect(const QString &kind, Effect effect)
    {
        m_effects.insert(kind, std::move(effect));
    }
    // Whether `session` may decide this item, and why not.
    Status mayDecide(const ReviewItem &item, const Session &session) const;

private:
    Status flagOverdueCommitments();
    // Follow-ups of poor ratings (ratings/) past their due date.
    Status flagOverdueFollowUps();

    const Database &m_db;
    AuditLog &m_audit;
    const Clock &m_clock;
    QHash<QString, Effect> m_effects;
};

} // namespace OneWindow
