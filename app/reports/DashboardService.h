#pragma once

#include "common/Result.h"
#include "reports/Dashboard.h"
#include "security/Session.h"

namespace OneWindow {

class AuditLog;
class Database;
class WorkingDayCalendar;

// Counts for the supervisor's dashboard, straight from the hall's database;
// supervisors only (a refusal is audited).
class DashboardService
{
public:
    DashboardService(const Database &db, AuditLog &audit, const WorkingDayCalendar &calendar)
        : m_db(db)
        , m_audit(audit)
        , m_calendar(calendar)
    {}

    Result<Dashboard> today(const Session &session, const QDate &today) const;

private:
    const Database &m_db;
    AuditLog &m_audit;
    const WorkingDayCalendar &m_calendar;
};

} // namespace OneWindow
