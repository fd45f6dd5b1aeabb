#pragma once

#include "common/Result.h"
#include "review/ReviewItem.h"
#include "security/Session.h"

#include <QList>

namespace OneWindow {

class Database;

// The review queue's rows. flag() runs inside the caller's transaction, so an
// item is stored with the case, the refusal or the opening it is about, or not
// at all; flagging the same kind and ref twice keeps the first. A proposed
// refusal or 退件 names its step (`stepId`).
class ReviewRepository
{
public:
    explicit ReviewRepository(const Database &db)
        : m_db(db)
    {}

    Status flag(const QString &kind, const QString &ref, qint64 caseId, const QString &subject,
                const QString &detail, const Session &maker, const QDateTime &at,
                qint64 stepId = 0);
    // Oldest first; `openOnly` leaves decided items out; `kind` empty: every kind.
    Result<QList<ReviewItem>> list(bool openOnly, const QString &kind, int limit, int offset,
                                   ReviewScope scope = ReviewScope::All) const;
    Result<ReviewItem> find(qint64 id) const;
    // The item of this kind about `ref` ("document:12"); id 0 when there is none.
    Result<ReviewItem> findByRef(const QString &kind, const QString &ref) const;
    // Records the decision when the item is still at `version`; "conflict" otherwise.
    Status decide(const ReviewItem &decided);
    Result<QList<ReviewItem>> forCase(qint64 caseId) const;

private:
    const Database &m_db;
};

} // namespace OneWindow
