#pragma once

#include "common/Result.h"
#include "ratings/FollowUp.h"

#include <QList>

namespace OneWindow {

class Database;

// The follow_ups table; writes run inside RatingService's transaction.
class FollowUpRepository
{
public:
    explicit FollowUpRepository(const Database &db)
        : m_db(db)
    {}

    Result<qint64> open(qint64 ratingId, const QDateTime &openedAt, const QDate &dueOn) const;
    // Oldest due first; all, or only the open ones.
    Result<QList<FollowUp>> list(bool openOnly) const;
    // "not-found" for an unknown id.
    Result<FollowUp> find(qint64 id) const;
    // Closes an open one; "already-closed" when somebody closed it first.
    Status close(qint64 id, qint64 by, const QDateTime &at, const QDateTime &calledBackAt,
                 const QString &action) const;

private:
    Result<QList<FollowUp>> select(const QString &where, const QVariantList &values) const;

    const Database &m_db;
};

} // namespace OneWindow
