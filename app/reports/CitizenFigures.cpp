#include "reports/CitizenFigures.h"

#include "casefile/Visit.h"
#include "ratings/RatingLevel.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace OneWindow {

namespace {

// The durations of one counter's or matter's visits, gathered before they are sorted.
struct Durations
{
    QString label;
    QList<int> seconds;
};

HallFigures::Handling handling(const QString &key, Durations d)
{
    std::sort(d.seconds.begin(), d.seconds.end());
    HallFigures::Handling h;
    h.key = key;
    h.label = d.label;
    h.visits = int(d.seconds.size());
    h.medianSeconds = CitizenFigures::percentile(d.seconds, 50);
    h.p90Seconds = CitizenFigures::percentile(d.seconds, 90);
    return h;
}

// The most counted first, then by key; `count` says how many each counts.
template <typename T, typename Count> QList<T> mostFirst(QList<T> list, Count count)
{
    std::sort(list.begin(), list.end(), [&count](const T &a, const T &b) {
        return count(a) != count(b) ? count(a) > count(b) : a.key < b.key;
    });
    return list;
}

QList<HallFigures::Handling> handlings(const QHash<QString, Durations> &by)
{
    QList<HallFigures::Handling> list;
    for (auto i = by.cbegin(); i != by.cend(); ++i)
        list.append(handling(i.key(), i.value()));
    return mostFirst(list, [](const HallFigures::Handling &h) { return h.visits; });
}

QList<HallFigures::Ratings> ratingsList(const QHash<QString, HallFigures::Ratings> &by)
{
    return mostFirst(by.values(), [](const HallFigures::Ratings &r) { return r.total(); });
}

} // namespace

int CitizenFigures::percentile(const QList<int> &sorted, int p)
{
    if (sorted.isEmpty())
        return 0;
    const qsizetype rank = (qsizetype(p) * sorted.size() + 99) / 100; // ceil(p n / 100)
    return sorted.at(std::clamp<qsizetype>(rank, 1, sorted.size()) - 1);
}

Status CitizenFigures::fill(HallFigures &figures, const QVariant &start, const QVariant &end) const
{
    if (Status s = fillVisits(figures, start, end); !s)
        return s;
    if (Status s = fillRatings(figures, start, end); !s)
        return s;
    return fillFollowUps(figures, start, end);
}

Status CitizenFigures::fillVisits(HallFigures &f, const QVariant &start, const QVariant &end) const
{
    // One row per visit and case it touched (one with none for a visit without
    // a case), the visit's day its start's.
    auto q = m_db.run(QStringLiteral("SELECT v.id, v.counter_code, k.name, v.started_at,"
                                     " v.ended_at, v.outcome, c.template_id, c.title"
                                     " FROM visits v"
                                     " LEFT JOIN counters k ON k.code = v.counter_code"
                                     " LEFT JOIN visit_cases vc ON vc.visit_id = v.id"
                                     " LEFT JOIN cases c ON c.case_number = vc.case_number"
                                     " WHERE v.started_at >= ? AND v.started_at < ?"
                                     " AND v.ended_at IS NOT NULL ORDER BY v.id"),
                      {start, end});
    if (!q)
        return Status(q.error());
    Durations all;
    QHash<QString, Durations> byCounter;
    QHash<QString, Durations> byMatter;
    QHash<QString, int> outcomes;
    QSet<QString> mattersOfVisit;
    qint64 visit = 0;
    int seconds = 0;
    QSqlQuery &s = q.value();
    while (s.next()) {
        const qint64 id = s.value(0).toLongLong();
        if (id != visit) {
            visit = id;
            mattersOfVisit.clear();
            const QDateTime started = SqlValue::readDateTime(s.value(3));
            const QDateTime ended = SqlValue::readDateTime(s.value(4));
            seconds = int(std::max<qint64>(0, started.secsTo(ended)));
            all.seconds.append(seconds);
            Durations &counter = byCounter[s.value(1).toString()];
            counter.label = s.value(2).toString();
            counter.seconds.append(seconds);
            ++outcomes[s.value(5).toString()];
        }
        // A bundle of one matter counts once under it.
        const QString matter = s.value(6).toString();
        if (mattersOfVisit.contains(matter))
            continue;
        mattersOfVisit.insert(matter);
        Durations &m = byMatter[matter];
        if (m.label.isEmpty())
            m.label = s.value(7).toString();
        m.seconds.append(seconds);
    }
    f.handling = handling(QString(), all);
    f.handlingByCounter = handlings(byCounter);
    f.handlingByMatter = handlings(byMatter);
    f.visitOutcomes.clear();
    for (const QString &key : Visit::outcomeKeys())
        f.visitOutcomes.append({key, QString(), outcomes.value(key)});
    return {};
}

Status CitizenFigures::fillRatings(HallFigures &f, const QVariant &start, const QVariant &end) const
{
    auto q = m_db.run(QStringLiteral("SELECT r.counter_code, k.name, r.clerk_id, u.display_name,"
                                     " r.matter_id, c.title, r.level, COUNT(*) FROM ratings r"
                                     " LEFT JOIN counters k ON k.code = r.counter_code"
                                     " LEFT JOIN users u ON u.id = r.clerk_id"
                                     " LEFT JOIN cases c ON c.case_number = r.case_number"
                                     " WHERE r.at >= ? AND r.at < ?"
                                     " GROUP BY r.counter_code, k.name, r.clerk_id,"
                                     " u.display_name, r.matter_id, c.title, r.level"),
                      {start, end});
    if (!q)
        return Status(q.error());
    f.ratings = {};
    QHash<QString, HallFigures::Ratings> byCounter;
    QHash<QString, HallFigures::Ratings> byClerk;
    QHash<QString, HallFigures::Ratings> byMatter;
    QSqlQuery &s = q.value();
    while (s.next()) {
        const auto level = RatingLevels::fromKey(s.value(6).toString());
        if (!level)
            return Status::failure(QStringLiteral("corrupt"),
                                   QStringLiteral("rating level ") + s.value(6).toString());
        const int n = s.value(7).toInt();
        const auto add = [&](QHash<QString, HallFigures::Ratings> &by, const QString &key,
                             const QString &label) {
            HallFigures::Ratings &r = by[key];
            r.key = key;
            if (r.label.isEmpty())
                r.label = label.isEmpty() ? key : label;
            r.levels[size_t(*level)] += n;
        };
        add(byCounter, s.value(0).toString(), s.value(1).toString());
        add(byClerk, s.value(2).toString(), s.value(3).toString());
        add(byMatter, s.value(4).toString(), s.value(5).toString());
        f.ratings.levels[size_t(*level)] += n;
    }
    f.ratingsByCounter = ratingsList(byCounter);
    f.ratingsByClerk = ratingsList(byClerk);
    f.ratingsByMatter = ratingsList(byMatter);
    return {};
}

Status CitizenFigures::fillFollowUps(HallFigures &f, const QVariant &start,
                                     const QVariant &end) const
{
    // Now, over the open ones (follow_ups_open): how many, and how many past their day.
    auto open = m_db.run(QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN due_on < ? THEN 1"
                                        " ELSE 0 END) FROM follow_ups WHERE closed_at IS NULL"),
                         {f.today});
    if (!open)
        return Status(open.error());
    if (open.value().next()) {
        f.followUpsOpen = open.value().value(0).toInt();
        f.followUpsOverdue = open.value().value(1).toInt();
    }
    // A follow-up opens with its poor rating, at the same moment (ratings_at).
    auto opened = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM follow_ups f"
                                             " JOIN ratings r ON r.id = f.rating_id"
                                             " WHERE r.at >= ? AND r.at < ?"),
                              {start, end});
    if (!opened)
        return Status(opened.error());
    f.followUpsOpened = opened.value().toInt();
    auto closed = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM follow_ups"
                                             " WHERE closed_at >= ? AND closed_at < ?"),
                              {start, end});
    if (!closed)
        return Status(closed.error());
    f.followUpsClosed = closed.value().toInt();
    return {};
}

} // namespace OneWindow
