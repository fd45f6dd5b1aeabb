#include "reports/DashboardService.h"

#include "security/AuditLog.h"
#include "security/Permission.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"
#include "workflow/DepartmentInbox.h"
#include "workflow/WorkingDayCalendar.h"

#include <QHash>

#include <algorithm>

namespace OneWindow {

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
    // Per department, over the steps its inbox lists (the same states, the same
    // index), a decision waiting for the supervisor among them; due soon and
    // overdue only where the clock runs.
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
    while (q.value().next())
        d.departments.append({q.value().value(0).toString(), q.value().value(1).toInt(),
                              q.value().value(2).toInt(), q.value().value(3).toInt(),
                              q.value().value(4).toInt()});
    std::sort(d.departments.begin(), d.departments.end(),
              [](const Dashboard::Department &a, const Dashboard::Department &b) {
                  return a.overdue != b.overdue ? a.overdue > b.overdue
                                                : a.department < b.department;
              });
    return d;
}

} // namespace OneWindow
