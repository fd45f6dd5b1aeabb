#pragma once

#include "common/Result.h"
#include "workflow/CalendarRepository.h"

namespace OneWindow {

class AuditLog;
class CalendarFile;
class Clock;
class Database;
struct Session;

// The administrator's import of the official holidays and make-up working days:
// a hall setting, so only who may change settings may do it, whichever door
// (the window's dialog, `onewindow-cli calendar import`). The rows and the
// audit event ("settings-change" on "calendar", the years) commit together; a
// refusal is audited, a broken or cancelled import changes nothing.
class CalendarImport
{
public:
    CalendarImport(const Database &db, AuditLog &audit, const Clock &clock)
        : m_db(db)
        , m_audit(audit)
        , m_clock(clock)
    {}

    // "forbidden", "calendar-file" (detail: the first problem), "cancelled", or
    // a storage error.
    Result<CalendarRepository::Summary> run(const CalendarFile &file, const Session &session,
                                            const CalendarRepository::Progress &progress = {});

private:
    const Database &m_db;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace OneWindow
