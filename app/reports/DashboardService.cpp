#include "reports/DashboardService.h"

#include "common/Clock.h"
#include "ratings/RatingLevel.h"
#include "reports/CitizenFigures.h"
#include "security/AuditLog.h"
#include "security/Permission.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"
#include "workflow/DepartmentInbox.h"
#include "workflow/WorkingDayCalendar.h"

#include <QHash>

#include <algorithm>

namespace OneWindow {

namespace {

// The hall's day as a range of stored (UTC) timestamps: local midnight to local midnight.
QVariant dayStart(const QDate &day)
{
    return SqlValue::dateTimeOrNull(QDateTime(day, QTime(0, 0)));
}

const QString kFinishedStates = QStringLiteral("('completed', 'delivered')");

// The steps' decisions the figures count, by the state they led to.
const QString kDecisionStates = QStringLiteral("('approved', 'returned', 'refused')");

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
    // Timestamps are stored in UTC: the hall's day runs from its local midnight.
    const QVariant from = SqlValue::dateTimeOrNull(QDateTime(today, QTime(0, 0)));
    const QVariant to = SqlValue::dateTimeOrNull(QDateTime(today.addDays(1), QTime(0, 0)));
    const QDate soon = m_calendar.addWorkingDays(today, 2);
    struct Count
    {
        int *into;
        QString sql;
        QVariantList values;
    };
    const QList<Count> counts = {
        {&d.acceptedToday,
         QStringLiteral("SELECT COUNT(*) FROM cases WHERE accepted_at >= ? AND accepted_at < ?"),
         {from, to}},
        {&d.completedToday,
         QStringLiteral("SELECT COUNT(*) FROM cases WHERE completed_at >= ? AND completed_at < ?"
                        " AND state IN ('completed', 'delivered')"),
         {from, to}},
        {&d.deliveredToday,
         QStringLiteral("SELECT COUNT(*) FROM cases WHERE delivered_at >= ? AND delivered_at < ?"),
         {from, to}},
        {&d.open,
         QStringLiteral("SELECT COUNT(*) FROM cases WHERE state IN ('accepted', 'in-progress',"
                        " 'awaiting-supplement', 'special-procedure')"),
         {}},
        {&d.awaitingSupplement,
         QStringLiteral("SELECT COUNT(*) FROM cases WHERE state = 'awaiting-supplement'"),
         {}},
        {&d.specialProcedure,
         QStringLiteral("SELECT COUNT(*) FROM cases WHERE state = 'special-procedure'"),
         {}},
        {&d.readyForCollection,
         QStringLiteral("SELECT COUNT(*) FROM cases WHERE state = 'completed'"),
         {}},
        {&d.overdueCases,
         QStringLiteral("SELECT COUNT(*) FROM cases WHERE state IN ('accepted', 'in-progress')"
                        " AND deadline < ?"),
         {today}},
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
    // Over the steps its inbox lists (the same states, the same index), a
    // decision waiting for the supervisor among them; due soon and overdue only
    // where the clock runs.
    const QDate soon = m_calendar.addWorkingDays(today, 2);
    auto q =
        m_db.run(QStringLiteral("SELECT department, COUNT(*),"
                                " SUM(CASE WHEN holder_id IS NOT NULL THEN 1 ELSE 0 END),"
                                " SUM(CASE WHEN state NOT IN %2 AND deadline >= ?"
                                " AND deadline <= ? THEN 1 ELSE 0 END),"
                                " SUM(CASE WHEN state NOT IN %2 AND deadline < ? THEN 1"
                                " ELSE 0 END)"
                                " FROM sub_cases WHERE state IN %1"
                                " GROUP BY department")
                     .arg(DepartmentInbox::activeStatesSql(), DepartmentInbox::pausedStatesSql()),
                 {today, soon, today});
    if (!q)
        return R(q.error());
    QList<Dashboard::Department> list;
    while (q.value().next())
        list.append({q.value().value(0).toString(), q.value().value(1).toInt(),
                     q.value().value(2).toInt(), q.value().value(3).toInt(),
                     q.value().value(4).toInt()});
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

    // What the counters took in, by counter, clerk and matter.
    const QString byCounter =
        QStringLiteral("SELECT c.counter_code, MIN(k.name), COUNT(*) FROM cases c"
                       " LEFT JOIN counters k ON k.code = c.counter_code"
                       " WHERE c.accepted_at >= ? AND c.accepted_at < ? GROUP BY c.counter_code");
    const QString byClerk =
        QStringLiteral("SELECT c.clerk_id, MIN(u.display_name), COUNT(*) FROM cases c"
                       " LEFT JOIN users u ON u.id = c.clerk_id"
                       " WHERE c.accepted_at >= ? AND c.accepted_at < ? GROUP BY c.clerk_id");
    const QString byMatter =
        QStringLiteral("SELECT matter_code, MIN(title), COUNT(*) FROM cases"
                       " WHERE accepted_at >= ? AND accepted_at < ? GROUP BY matter_code");
    for (const auto &[sql, into] :
         {std::pair{byCounter, &f.byCounter}, std::pair{byClerk, &f.byClerk},
          std::pair{byMatter, &f.byMatter}}) {
        auto q = m_db.run(sql, {start, end});
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

    // Day by day: each day's own range of the index, so a long history costs nothing.
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        HallFigures::Day d;
        d.day = day;
        const QVariant dayFrom = dayStart(day);
        const QVariant dayTo = dayStart(day.addDays(1));
        auto accepted = m_db.scalar(
            QStringLiteral("SELECT COUNT(*) FROM cases WHERE accepted_at >= ? AND accepted_at < ?"),
            {dayFrom, dayTo});
        if (!accepted)
            return R(accepted.error());
        d.accepted = accepted.value().toInt();
        // Completed on a day after the promised one is late; no promise, never late.
        auto completed =
            m_db.run(QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN deadline < ? THEN 1 ELSE 0 END)"
                                    " FROM cases WHERE completed_at >= ? AND completed_at < ?"
                                    " AND state IN %1")
                         .arg(kFinishedStates),
                     {day, dayFrom, dayTo});
        if (!completed)
            return R(completed.error());
        if (completed.value().next()) {
            d.completedLate = completed.value().value(1).toInt();
            d.completedOnTime = completed.value().value(0).toInt() - d.completedLate;
        }
        f.completedOnTime += d.completedOnTime;
        f.completedLate += d.completedLate;
        f.days.append(d);
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
    auto decisions =
        m_db.run(QStringLiteral("SELECT s.department, COUNT(*),"
                                " SUM(CASE WHEN e.to_state = 'returned' THEN 1 ELSE 0 END),"
                                " SUM(CASE WHEN e.to_state = 'refused' THEN 1 ELSE 0 END)"
                                " FROM case_events e JOIN sub_cases s ON s.id = e.sub_case_id"
                                " WHERE e.at >= ? AND e.at < ? AND e.to_state IN %1"
                                " GROUP BY s.department")
                     .arg(kDecisionStates),
                 {start, end});
    if (!decisions)
        return R(decisions.error());
    while (decisions.value().next()) {
        HallFigures::Department &h = departments[decisions.value().value(0).toString()];
        h.department = decisions.value().value(0).toString();
        h.decisions = decisions.value().value(1).toInt();
        h.returned = decisions.value().value(2).toInt();
        h.refused = decisions.value().value(3).toInt();
    }
    // A pause counts the calendar days of it inside the range, the open one up to today.
    auto pauses = m_db.run(QStringLiteral("SELECT s.department, p.start_day, p.end_day"
                                          " FROM case_pauses p JOIN sub_cases s"
                                          " ON s.id = p.sub_case_id WHERE p.start_day <= ?"
                                          " AND (p.end_day IS NULL OR p.end_day >= ?)"),
                           {to, from});
    if (!pauses)
        return R(pauses.error());
    while (pauses.value().next()) {
        const QDate first = std::max(pauses.value().value(1).toDate(), from);
        const QDate endDay = pauses.value().value(2).toDate();
        const QDate last = std::min(endDay.isValid() ? endDay : today, to);
        if (first > last)
            continue;
        HallFigures::Department &h = departments[pauses.value().value(0).toString()];
        h.department = pauses.value().value(0).toString();
        h.pausedDays += int(first.daysTo(last)) + 1;
    }
    f.departments = departments.values();
    std::sort(f.departments.begin(), f.departments.end(),
              [](const HallFigures::Department &a, const HallFigures::Department &b) {
                  return a.overdue != b.overdue ? a.overdue > b.overdue
                                                : a.department < b.department;
              });

    // Results waiting at the counter, now.
    auto waiting =
        m_db.run(QStringLiteral("SELECT completed_at FROM cases WHERE state = 'completed'"
                                " AND completed_at IS NOT NULL ORDER BY completed_at"));
    if (!waiting)
        return R(waiting.error());
    QList<int> waits;
    while (waiting.value().next())
        waits.append(int(
            SqlValue::readDateTime(waiting.value().value(0)).toLocalTime().date().daysTo(today)));
    std::sort(waits.begin(), waits.end());
    f.awaitingCollection = int(waits.size());
    if (!waits.isEmpty()) {
        f.collectionWaitMedianDays = waits.at(waits.size() / 2);
        f.collectionWaitLongestDays = waits.constLast();
    }

    // The citizens: time at the counter, ratings, follow-ups.
    if (Status citizens = CitizenFigures(m_db).fill(f, start, end); !citizens)
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
