#pragma once

#include "common/Result.h"
#include "reports/HallFigures.h"

#include <QVariant>

namespace OneWindow {

class Database;

// The parts of the hall's figures that rest on visits and ratings (好差评):
// time at the counter, how visits ended, ratings by level, counter, clerk and
// matter, and the follow-ups. Read-only, each query over the range's part of
// an index (visits_started, ratings_at, follow_ups_open, follow_ups_closed);
// percentiles are taken here from the range's rows, the same on both backends.
// DashboardService checks the session before it asks.
class CitizenFigures
{
public:
    explicit CitizenFigures(const Database &db)
        : m_db(db)
    {}

    // Fills the visit, rating and follow-up members of `figures`; `start` and
    // `end` are the range's first local midnight and the one after its last day;
    // overdue follow-ups are those due before `figures.today`, which must be set.
    Status fill(HallFigures &figures, const QVariant &start, const QVariant &end) const;

    // The nearest-rank percentile (1-100) of sorted values: the ceil(p n / 100)-th
    // smallest; 0 for none.
    static int percentile(const QList<int> &sorted, int p);

private:
    Status fillVisits(HallFigures &figures, const QVariant &start, const QVariant &end) const;
    Status fillRatings(HallFigures &figures, const QVariant &start, const QVariant &end) const;
    Status fillFollowUps(HallFigures &figures, const QVariant &start, const QVariant &end) const;

    const Database &m_db;
};

} // namespace OneWindow
