#include "reports/DashboardService.h"

#include "common/Clock.h"
#include "ratings/RatingLevel.h"
#include "reports/CitizenFigures.h"
#include "reports/HourRange.h"
#include "reports/LocalDays.h"
#include "security/AuditLog.h"
#include "security/Permission.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"
#include "workflow/DepartmentInbox.h"
#include "workflow/WorkingDayCalendar.h"

#include <QHash>
#include <QMap>
#include <QSqlQuery>

#include <algorithm>

namespace OneWindow {

namespace {

// The hall's day as a range of stored (UTC) timestamps: local midnight to local midnight.
QVariant dayStart(const QDate &day)
{
    return SqlValue::dateTimeOrNull(QDateTime(day, QTime(0, 0)));
}

const QString kFinishedStates = QStringLiteral("('completed', 'delivered')");

QList<HallFigures::Share> shares(QSqlQuery &q)
{
    QList<HallFigures::Share> list;
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString label = q.value(1).toString();
        list.append({key, label.isEmpty() ? key : label, q.value(2).toInt()});
    }
    std::stable_sort(list.begin(), list.end(),
                     [](const HallFigures::Share &a, const HallFigures::Share &b) {
                         return a.count != b.count ? a.count > b.count : a.label < b.label;
                     });
    return list;
}

} // namespace

Result<Dashboard> DashboardService::today(const Session &session, const QDate &today) const
{
    using R = Result<Dashboard>;
    if (!Permission::can(session, Capability::ViewDashboard)) {
        (void)m_audit.record(session, QStringLiteral("refused"), QStringLiteral("dashboard"),
                             Permission::key(Capability::ViewDashboard));
        return R::failure(QStringLiteral("forbidden"));
    }
    Dashboard d;
    d.day = today;
    const HourRange day = HourRange::of(today, today);
    // From the counts kept with every change (hall_counts): today's hours, and now.
    struct Count
    {
        int *into;
        QString sql;
        QVariantList values;
    };
    const QString inHours = QStringLiteral("SELECT COALESCE(SUM(n), 0) FROM hall_counts"
                                           " WHERE kind = ? AND hour >= ? AND hour < ?");
    const QString now = QStringLiteral("SELECT COALESCE(SUM(n), 0) FROM hall_counts"
                                       " WHERE kind = 'case-state' AND hour = '' AND k1 IN %1");
    const QList<Count> counts = {
        {&d.acceptedToday, inHours, {QStringLiteral("accepted"), day.from, day.to}},
        {&d.completedToday, inHours, {QStringLiteral("completed"), day.from, day.to}},
        {&d.deliveredToday,
         QStringLiteral("SELECT COUNT(*) FROM cases WHERE delivered_at >= ? AND delivered_at < ?"),
         {dayStart(today), dayStart(today.addDays(1))}},
        {&d.open,
         now.arg(QStringLiteral("('accepted', 'in-progress', 'awaiting-supplement',"
                                " 'special-procedure')")),
         {}},
        {&d.awaitingSupplement, now.arg(QStringLiteral("('awaiting-supplement')")), {}},
        {&d.specialProcedure, now.arg(QStringLiteral("('special-procedure')")), {}},
        {&d.readyForCollection, now.arg(QStringLiteral("('completed')")), {}},
        // A case without a promised date is never overdue ("" sorts before every date).
        {&d.overdueCases,
         now.arg(QStringLiteral("('accepted', 'in-progress')")) +
             QStringLiteral(" AND k2 <> '' AND k2 < ?"),
         {today.toString(Qt::ISODate)}},
        {&d.reviewOpen,
         QStringLiteral("SELECT COUNT(*) FROM review_items WHERE state = 'open'"),
         {}},
        {&d.overdueCommitments,
         QStringLiteral("SELECT COUNT(*) FROM case_commitments WHERE fulfilled_at IS NULL"
                        " AND due < ?"),
         {today}},
    };
    for (const Count &c : counts) {
        auto v = m_db.scalar(c.sql, c.values);
        if (!v)
            return R(v.error());
        *c.into = v.value().toInt();
    }
    auto departments = departmentsNow(today);
    if (!departments)
        return R(departments.error());
    d.departments = departments.value();
    return d;
}

Result<QList<Dashboard::Department>> DashboardService::departmentsNow(const QDate &today) const
{
    using R = Result<QList<Dashboard::Department>>;
    // Over the steps its inbox lists (the same states), from the counts of now
    // (hall_counts, kind "step"): a decision waiting for the supervisor among
    // them; due soon and overdue only where the clock runs.
    const QString first = today.toString(Qt::ISODate);
    const QString soon = m_calendar.addWorkingDays(today, 2).toString(Qt::ISODate);
    auto q = m_db.run(QStringLiteral("SELECT k1, k2, k3, k4, n FROM hall_counts"
                                     " WHERE kind = 'step' AND hour = '' AND k1 IN %1")
                          .arg(DepartmentInbox::activeStatesSql()));
    if (!q)
        return R(q.error());
    QMap<QString, Dashboard::Department> by;
    const QString paused = DepartmentInbox::pausedStatesSql();
    while (q.value().next()) {
        const QSqlQuery &s = q.value();
        const QString department = s.value(1).toString();
        const QString deadline = s.value(2).toString();
        const int n = s.value(4).toInt();
        Dashboard::Department &d = by[department];
        d.department = department;
        d.open += n;
        if (s.value(3).toString() == QLatin1String("1"))
            d.held += n;
        if (paused.contains(QLatin1Char('\'') + s.value(0).toString() + QLatin1Char('\'')) ||
            deadline.isEmpty())
            continue;
        if (deadline < first)
            d.overdue += n;
        else if (deadline <= soon)
            d.dueSoon += n;
    }
    QList<Dashboard::Department> list = by.values();
    std::sort(list.begin(), list.end(),
              [](const Dashboard::Department &a, const Dashboard::Department &b) {
                  return a.overdue != b.overdue ? a.overdue > b.overdue
                                                : a.department < b.department;
              });
    return list;
}

Result<HallFigures> DashboardService::figures(const Session &session, const QDate &from,
                                              const QDate &to) const
{
    using R = Result<HallFigures>;
    const QDate today = m_clock.today();
    if (auto allowed =
            m_audit.require(session, Capability::ViewDashboard, QStringLiteral("dashboard"));
        !allowed)
        return R(allowed.error());
    if (!from.isValid() || !to.isValid() || from > to)
        return R::failure(QStringLiteral("bad-range"));
    HallFigures f;
    f.from = from;
    f.to = to;
    f.today = today;
    const QVariant start = dayStart(from);
    const QVariant end = dayStart(to.addDays(1));
    // The counted figures come from the range's hours of hall_counts.
    const HourRange hours = HourRange::of(from, to);

    // What the counters took in, by counter, clerk and matter.
    const QString byCounter =
        QStringLiteral("SELECT h.k1, MIN(k.name), SUM(h.n) FROM hall_counts h"
                       " LEFT JOIN counters k ON k.code = h.k1 WHERE h.kind = 'accepted'"
                       " AND h.hour >= ? AND h.hour < ? GROUP BY h.k1");
    const QString byClerk =
        QStringLiteral("SELECT h.k2, MIN(u.display_name), SUM(h.n) FROM hall_counts h"
                       " LEFT JOIN users u ON CAST(u.id AS TEXT) = h.k2 WHERE h.kind = 'accepted'"
                       " AND h.hour >= ? AND h.hour < ? GROUP BY h.k2");
    const QString byMatter = QStringLiteral("SELECT k3, MIN(k4), SUM(n) FROM hall_counts"
                                            " WHERE kind = 'accepted' AND hour >= ? AND hour < ?"
                                            " GROUP BY k3");
    for (const auto &[sql, into] :
         {std::pair{byCounter, &f.byCounter}, std::pair{byClerk, &f.byClerk},
          std::pair{byMatter, &f.byMatter}}) {
        auto q = m_db.run(sql, {hours.from, hours.to});
        if (!q)
            return R(q.error());
        *into = shares(q.value());
    }
    for (const HallFigures::Share &s : std::as_const(f.byMatter))
        f.accepted += s.count;

    // The papers that end a visit without a case.
    auto papers = m_db.run(QStringLiteral("SELECT kind, COUNT(*) FROM documents"
                                          " WHERE kind IN ('notification', 'non-acceptance')"
                                          " AND issued_at >= ? AND issued_at < ? GROUP BY kind"),
                           {start, end});
    if (!papers)
        return R(papers.error());
    while (papers.value().next())
        (papers.value().value(0).toString() == QLatin1String("notification") ? f.notifications
                                                                             : f.nonAcceptances) =
            papers.value().value(1).toInt();

    // Day by day, from the hours: accepted, and completed on time or late (on a
    // day after the promised one; no promise, never late).
    for (QDate day = from; day <= to; day = day.addDays(1))
        f.days.append({day, 0, 0, 0});
    LocalDays localDays;
    auto daily = m_db.run(QStringLiteral("SELECT kind, hour, k1, SUM(n) FROM hall_counts"
                                         " WHERE kind IN ('accepted', 'completed')"
                                         " AND hour >= ? AND hour < ? GROUP BY kind, hour, k1"),
                          {hours.from, hours.to});
    if (!daily)
        return R(daily.error());
    while (daily.value().next()) {
        const QSqlQuery &q = daily.value();
        const QDate day = localDays.of(q.value(1).toString());
        const qint64 index = from.daysTo(day);
        if (index < 0 || index >= f.days.size())
            continue;
        HallFigures::Day &d = f.days[index];
        const int n = q.value(3).toInt();
        if (q.value(0).toString() == QLatin1String("accepted")) {
            d.accepted += n;
            continue;
        }
        const QDate promised = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        (promised.isValid() && promised < day ? d.completedLate : d.completedOnTime) += n;
    }
    for (const HallFigures::Day &d : std::as_const(f.days)) {
        f.completedOnTime += d.completedOnTime;
        f.completedLate += d.completedLate;
    }

    // Behind the counter: each department now, and its decisions and pauses in the range.
    auto now = departmentsNow(today);
    if (!now)
        return R(now.error());
    QHash<QString, HallFigures::Department> departments;
    for (const Dashboard::Department &d : now.value()) {
        HallFigures::Department &h = departments[d.department];
        h.department = d.department;
        h.open = d.open;
        h.dueSoon = d.dueSoon;
        h.overdue = d.overdue;
    }
    auto decisions = m_db.run(QStringLiteral("SELECT k1, SUM(n),"
                                             " SUM(CASE WHEN k2 = 'returned' THEN n ELSE 0 END),"
                                             " SUM(CASE WHEN k2 = 'refused' THEN n ELSE 0 END)"
                                             " FROM hall_counts WHERE kind = 'decision'"
                                             " AND hour >= ? AND hour < ? GROUP BY k1"),
                              {hours.from, hours.to});
    if (!decisions)
        return R(decisions.error());
    while (decisions.value().next()) {
        HallFigures::Department &h = departments[decisions.value().value(0).toString()];
        h.department = decisions.value().value(0).toString();
        h.decisions = decisions.value().value(1).toInt();
        h.returned = decisions.value().value(2).toInt();
        h.refused = decisions.value().value(3).toInt();
    }
    // A pause counts the calendar days of it inside the range, the open one up to
    // today: the open ones that began by the range's end, and the ended ones
    // that ended in the range or after it (hall_counts, by the pause's days).
    auto pauses =
        m_db.run(QStringLiteral("SELECT k1, hour, '', n FROM hall_counts"
                                " WHERE kind = 'pause-open' AND hour <= ?"
                                " UNION ALL SELECT k1, k2, hour, n FROM hall_counts"
                                " WHERE kind = 'pause-ended' AND hour >= ? AND k2 <= ?"),
                 {to.toString(Qt::ISODate), from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!pauses)
        return R(pauses.error());
    while (pauses.value().next()) {
        const QDate start = QDate::fromString(pauses.value().value(1).toString(), Qt::ISODate);
        const QDate endDay = QDate::fromString(pauses.value().value(2).toString(), Qt::ISODate);
        const QDate first = std::max(start, from);
        const QDate last = std::min(endDay.isValid() ? endDay : today, to);
        if (!start.isValid() || first > last)
            continue;
        HallFigures::Department &h = departments[pauses.value().value(0).toString()];
        h.department = pauses.value().value(0).toString();
        h.pausedDays += int(pauses.value().value(3).toLongLong() * (first.daysTo(last) + 1));
    }
    f.departments = departments.values();
    std::sort(f.departments.begin(), f.departments.end(),
              [](const HallFigures::Department &a, const HallFigures::Department &b) {
                  return a.overdue != b.overdue ? a.overdue > b.overdue
                                                : a.department < b.department;
              });

    // Results waiting at the counter, now: how many days since each was completed.
    auto waiting = m_db.run(QStringLiteral("SELECT hour, n FROM hall_counts"
                                           " WHERE kind = 'waiting' AND hour <> ''"));
    if (!waiting)
        return R(waiting.error());
    QMap<int, qint64> waits;
    while (waiting.value().next()) {
        const int days = int(localDays.of(waiting.value().value(0).toString()).daysTo(today));
        const qint64 n = waiting.value().value(1).toLongLong();
        waits[days] += n;
        f.awaitingCollection += int(n);
    }
    if (!waits.isEmpty()) {
        // The middle one of the waits in order (the later of two middles).
        qint64 seen = 0;
        for (auto i = waits.cbegin(); i != waits.cend(); ++i) {
            seen += i.value();
            if (seen > f.awaitingCollection / 2) {
                f.collectionWaitMedianDays = i.key();
                break;
            }
        }
        f.collectionWaitLongestDays = waits.lastKey();
    }

    // The citizens: time at the counter, ratings, follow-ups.
    if (Status citizens = CitizenFigures(m_db).fill(f); !citizens)
        return R(citizens.error());
    return f;
}

Result<QList<HallFigures::Case>>
DashboardService::casesBehind(const Session &session, HallFigures::Figure figure,
                              HallFigures::Dimension dimension, const QString &value,
                              const QDate &from, const QDate &to, int limit) const
{
    using R = Result<QList<HallFigures::Case>>;
    const QDate today = m_clock.today();
    using F = HallFigures::Figure;
    using D = HallFigures::Dimension;
    if (auto allowed =
            m_audit.require(session, Capability::ViewDashboard, QStringLiteral("dashboard"));
        !allowed)
        return R(allowed.error());
    if (!from.isValid() || !to.isValid() || from > to)
        return R::failure(QStringLiteral("bad-range"));
    // A day narrows the range to itself; the other breakdowns add a condition.
    QDate first = from;
    QDate last = to;
    if (dimension == D::Day) {
        first = last = QDate::fromString(value, Qt::ISODate);
        if (!first.isValid())
            return R::failure(QStringLiteral("bad-range"));
    }
    QStringList where;
    QVariantList values;
    QString join;
    switch (figure) {
    case F::Accepted:
        where << QStringLiteral("c.accepted_at >= ? AND c.accepted_at < ?");
        values << dayStart(first) << dayStart(last.addDays(1));
        break;
    case F::CompletedOnTime:
    case F::CompletedLate:
        where << QStringLiteral("c.completed_at >= ? AND c.completed_at < ? AND c.state IN %1")
                     .arg(kFinishedStates);
        values << dayStart(first) << dayStart(last.addDays(1));
        break;
    case F::AwaitingCollection:
        where << QStringLiteral("c.state = 'completed'");
        break;
    case F::Open:
    case F::DueSoon:
    case F::Overdue:
        join = QStringLiteral(" JOIN sub_cases s ON s.case_id = c.id");
        where << QStringLiteral("s.state IN %1").arg(DepartmentInbox::activeStatesSql());
        if (figure != F::Open)
            where << QStringLiteral("s.state NOT IN %1").arg(DepartmentInbox::pausedStatesSql());
        if (figure == F::DueSoon) {
            where << QStringLiteral("s.deadline >= ? AND s.deadline <= ?");
            values << today << m_calendar.addWorkingDays(today, 2);
        } else if (figure == F::Overdue) {
            where << QStringLiteral("s.deadline < ?");
            values << today;
        }
        break;
    case F::PoorRatings:
        join = QStringLiteral(" JOIN ratings r ON r.case_number = c.case_number");
        where << QStringLiteral("r.at >= ? AND r.at < ?")
              << QStringLiteral("r.level IN ('dissatisfied', 'very-dissatisfied')");
        values << dayStart(first) << dayStart(last.addDays(1));
        break;
    case F::OverdueFollowUps:
        join = QStringLiteral(" JOIN ratings r ON r.case_number = c.case_number"
                              " JOIN follow_ups fu ON fu.rating_id = r.id");
        where << QStringLiteral("fu.closed_at IS NULL AND fu.due_on < ?");
        values << today;
        break;
    case F::Returned:
    case F::Refused:
        join = QStringLiteral(" JOIN case_events e ON e.case_id = c.id"
                              " JOIN sub_cases s ON s.id = e.sub_case_id");
        where << QStringLiteral("e.at >= ? AND e.at < ? AND e.to_state = ?");
        values << dayStart(first) << dayStart(last.addDays(1))
               << (figure == F::Returned ? QStringLiteral("returned") : QStringLiteral("refused"));
        break;
    }
    // A rating carries its own counter, clerk and matter (the visit's).
    const bool rated = figure == F::PoorRatings || figure == F::OverdueFollowUps;
    switch (dimension) {
    case D::All:
    case D::Day:
        break;
    case D::Counter:
        where << (rated ? QStringLiteral("r.counter_code = ?")
                        : QStringLiteral("COALESCE(c.counter_code, '') = ?"));
        values << value;
        break;
    case D::Clerk:
        if (rated) {
            where << QStringLiteral("r.clerk_id = ?");
            values << value.toLongLong();
            break;
        }
        where << (value.isEmpty() ? QStringLiteral("c.clerk_id IS NULL")
                                  : QStringLiteral("c.clerk_id = ?"));
        if (!value.isEmpty())
            values << value.toLongLong();
        break;
    case D::Matter:
        where << (rated ? QStringLiteral("r.matter_id = ?") : QStringLiteral("c.matter_code = ?"));
        values << value;
        break;
    case D::Level: {
        const auto level = RatingLevels::fromKey(value);
        if (!rated || !level || !RatingLevels::isPoor(*level))
            return R::failure(QStringLiteral("bad-figure"));
        where << QStringLiteral("r.level = ?");
        values << value;
        break;
    }
    case D::Department:
        if (join.isEmpty() || rated)
            return R::failure(QStringLiteral("bad-figure"));
        where << QStringLiteral("s.department = ?");
        values << value;
        break;
    }
    // Newest first. On time or late is the completion's local day against the
    // promise, so those two are sorted out here, not in SQL.
    const bool completion = figure == F::CompletedOnTime || figure == F::CompletedLate;
    QString sql = QStringLiteral("SELECT DISTINCT c.id, c.case_number, c.title, c.state,"
                                 " c.accepted_at, c.completed_at, c.deadline FROM cases c%1"
                                 " WHERE %2 ORDER BY c.id DESC")
                      .arg(join, where.join(QStringLiteral(" AND ")));
    if (!completion) {
        sql += QStringLiteral(" LIMIT ?");
        values << limit;
    }
    auto q = m_db.run(sql, values);
    if (!q)
        return R(q.error());
    QList<HallFigures::Case> cases;
    while (q.value().next() && cases.size() < limit) {
        if (completion) {
            const QDate done = SqlValue::readDateTime(q.value().value(5)).toLocalTime().date();
            const QDate promised = q.value().value(6).toDate();
            const bool late = promised.isValid() && done > promised;
            if (late != (figure == F::CompletedLate))
                continue;
        }
        cases.append({q.value().value(1).toString(), q.value().value(2).toString(),
                      q.value().value(3).toString(), SqlValue::readDateTime(q.value().value(4))});
    }
    return cases;
}

Status DashboardService::recordExport(const Session &session, const QString &format,
                                      const QDate &from, const QDate &to) const
{
    if (auto allowed =
            m_audit.require(session, Capability::ViewDashboard, QStringLiteral("dashboard"));
        !allowed)
        return allowed;
    return m_audit.record(session, QStringLiteral("report-export"), QStringLiteral("dashboard"),
                          QStringLiteral("%1 %2..%3")
                              .arg(format, from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
}

} // namespace OneWindow
