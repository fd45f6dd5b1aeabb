#pragma once

#include "common/Result.h"
#include "reports/Dashboard.h"
#include "reports/HallFigures.h"
#include "security/Session.h"

namespace OneWindow {

class AuditLog;
class Clock;
class Database;
class WorkingDayCalendar;

// Counts for the supervisor's dashboard, straight from the hall's database;
// supervisors only (a refusal is audited).
class DashboardService
{
public:
    DashboardService(const Database &db, AuditLog &audit, const WorkingDayCalendar &calendar,
                     const Clock &clock)
        : m_db(db)
        , m_audit(audit)
        , m_calendar(calendar)
        , m_clock(clock)
    {}

    Result<Dashboard> today(const Session &session, const QDate &today) const;
    // The figures over the hall's days `from` to `to` (both included; each day
    // from its local midnight), "now" measured on the hall's clock, never on a
    // date the caller names. "bad-range" when `from` is after `to` or either is
    // not a date.
    Result<HallFigures> figures(const Session &session, const QDate &from, const QDate &to) const;
    // The cases behind one number of figures(): at most `limit`, newest first.
    Result<QList<HallFigures::Case>> casesBehind(const Session &session, HallFigures::Figure figure,
                                                 HallFigures::Dimension dimension,
                                                 const QString &value, const QDate &from,
                                                 const QDate &to, int limit = 500) const;
    // Figures leave the system (a CSV file, a PDF report, the CLI's output):
    // on the audit trail with the range and the form.
    Status recordExport(const Session &session, const QString &format, const QDate &from,
                        const QDate &to) const;

private:
    // Per department, over the steps its inbox lists: open, held, due soon, overdue.
    Result<QList<Dashboard::Department>> departmentsNow(const QDate &today) const;

    const Database &m_db;
    AuditLog &m_audit;
    const WorkingDayCalendar &m_calendar;
    const Clock &m_clock;
};

} // namespace OneWindow
