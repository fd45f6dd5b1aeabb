#pragma once

#include "common/Result.h"
#include "ratings/Rating.h"

#include <QHash>
#include <QList>

namespace OneWindow {

class Database;

// The ratings table; writes run inside RatingService's transaction.
class RatingRepository
{
public:
    explicit RatingRepository(const Database &db)
        : m_db(db)
    {}

    Result<qint64> insert(const Rating &rating) const;
    // Whether the visit was rated at the counter already.
    Result<bool> visitRated(qint64 visitId) const;
    // Whether the case's result was rated already.
    Result<bool> completionRated(const QString &caseNumber) const;
    // Oldest first, rated in [from, to).
    Result<QList<Rating>> between(const QDateTime &from, const QDateTime &to) const;
    // How many ratings of each level (RatingLevels::key) the clerk received in [from, to).
    Result<QHash<QString, int>> levelCounts(qint64 clerkId, const QDateTime &from,
                                            const QDateTime &to) const;

private:
    const Database &m_db;
};

} // namespace OneWindow
