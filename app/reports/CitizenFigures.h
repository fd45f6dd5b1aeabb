#pragma once

#include "common/Result.h"
#include "reports/HallFigures.h"

#include <QMap>

namespace OneWindow {

class Database;

// The parts of the hall's figures that rest on visits and ratings (好差评):
// time at the counter, how visits ended, ratings by level, counter, clerk and
// matter, and the follow-ups. Read-only: visits and ratings from the range's
// hours of hall_counts (HallCountsSql), follow-ups over the range's part of an
// index (follow_ups_open, follow_ups_closed); percentiles are taken here from
// the counted minutes, the same on both backends.
// DashboardService checks the session before it asks.
class CitizenFigures
{
public:
    explicit CitizenFigures(const Database &db)
        : m_db(db)
    {}

    // Fills the visit, rating and follow-up members of `figures` over its days
    // `from` to `to`; overdue follow-ups are those due before `figures.today`.
    Status fill(HallFigures &figures) const;

    // The nearest-rank percentile (1-100) of values counted by value (value ->
    // how many): the ceil(p n / 100)-th smallest; 0 for none.
    static int percentile(const QMap<int, qint64> &counted, int p);

private:
    Status fillVisits(HallFigures &figures) const;
    Status fillRatings(HallFigures &figures) const;
    Status fillFollowUps(HallFigures &figures) const;

    const Database &m_db;
};

} // namespace OneWindow
