#include "reports/CitizenFigures.h"

#include "casefile/Visit.h"
#include "ratings/RatingLevel.h"
#include "reports/HourRange.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace OneWindow {

namespace {

// The minutes of one counter's or matter's visits, counted by minute.
struct Durations
{
    QString label;
    QMap<int, qint64> minutes;
};

HallFigures::Handling handling(const QString &key, const Durations &d)
{
    HallFigures::Handling h;
    h.key = key;
    h.label = d.label;
    for (qint64 n : d.minutes)
        h.visits += int(n);
    h.medianSeconds = 60 * CitizenFigures::percentile(d.minutes, 50);
    h.p90Seconds = 60 * CitizenFigures::percentile(d.minutes, 90);
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

int CitizenFigures::percentile(const QMap<int, qint64> &counted, int p)
{
    qint64 total = 0;
    for (qint64 n : counted)
        total += n;
    if (total == 0)
        return 0;
    const qint64 rank = std::max<qint64>(1, (qint64(p) * total + 99) / 100); // ceil(p n / 100)
    qint64 seen = 0;
    for (auto i = counted.cbegin(); i != counted.cend(); ++i) {
        seen += i.value();
        if (seen >= rank)
            return i.key();
    }
    return counted.lastKey();
}

Status CitizenFigures::fill(HallFigures &figures) const
{
    if (Status s = fillVisits(figures); !s)
        return s;
    if (Status s = fillRatings(figures); !s)
        return s;
    return fillFollowUps(figures);
}

Status CitizenFigures::fillVisits(HallFigures &f) const
{
    const HourRange range = HourRange::of(f.from, f.to);
    // Ended visits by the hour they started, counter, outcome and minutes.
    auto q = m_db.run(QStringLiteral("SELECT h.k1, MIN(k.name), h.k2, h.k3, SUM(h.n)"
                                     " FROM hall_counts h LEFT JOIN counters k ON k.code = h.k1"
                                     " WHERE h.kind = 'visit' AND h.hour >= ? AND h.hour < ?"
                                     " GROUP BY h.k1, h.k2, h.k3"),
                      {range.from, range.to});
    if (!q)
        return Status(q.error());
    Durations all;
    QHash<QString, Durations> byCounter;
    QHash<QString, qint64> outcomes;
    while (q.value().next()) {
        const QSqlQuery &s = q.value();
        const int minutes = s.value(3).toInt();
        const qint64 n = s.value(4).toLongLong();
        all.minutes[minutes] += n;
        Durations &counter = byCounter[s.value(0).toString()];
        counter.label = s.value(1).toString();
        counter.minutes[minutes] += n;
        outcomes[s.value(2).toString()] += n;
    }
    // A visit counts once under each matter it touched (a bundle of one matter once).
    auto m = m_db.run(QStringLiteral("SELECT k1, MIN(k3), k2, SUM(n) FROM hall_counts"
                                     " WHERE kind = 'visit-matter' AND hour >= ? AND hour < ?"
                                     " GROUP BY k1, k2"),
                      {range.from, range.to});
    if (!m)
        return Status(m.error());
    QHash<QString, Durations> byMatter;
    while (m.value().next()) {
        const QSqlQuery &s = m.value();
        Durations &d = byMatter[s.value(0).toString()];
        if (d.label.isEmpty())
            d.label = s.value(1).toString();
        d.minutes[s.value(2).toInt()] += s.value(3).toLongLong();
    }
    f.handling = handling(QString(), all);
    f.handlingByCounter = handlings(byCounter);
    f.handlingByMatter = handlings(byMatter);
    f.visitOutcomes.clear();
    for (const QString &key : Visit::outcomeKeys())
        f.visitOutcomes.append({key, QString(), int(outcomes.value(key))});
    return {};
}

Status CitizenFigures::fillRatings(HallFigures &f) const
{
    const HourRange range = HourRange::of(f.from, f.to);
    auto q = m_db.run(QStringLiteral("SELECT h.k1, MIN(k.name), h.k2, MIN(u.display_name),"
                                     " h.k3, MIN(h.k5), h.k4, SUM(h.n) FROM hall_counts h"
                                     " LEFT JOIN counters k ON k.code = h.k1"
                                     " LEFT JOIN users u ON CAST(u.id AS TEXT) = h.k2"
                                     " WHERE h.kind = 'rating' AND h.hour >= ? AND h.hour < ?"
                                     " GROUP BY h.k1, h.k2, h.k3, h.k4"),
                      {range.from, range.to});
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

Status CitizenFigures::fillFollowUps(HallFigures &f) const
{
    const QVariant start = SqlValue::dateTimeOrNull(QDateTime(f.from, QTime(0, 0)));
    const QVariant end = SqlValue::dateTimeOrNull(QDateTime(f.to.addDays(1), QTime(0, 0)));
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
    // Opened in the range: from the range's part of follow_ups_opened.
    auto opened = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM follow_ups"
                                             " WHERE opened_at >= ? AND opened_at < ?"),
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
