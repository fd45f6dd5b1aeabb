#include "workflow/CalendarImport.h"

#include "common/Clock.h"
#include "security/AuditLog.h"
#include "security/Permission.h"
#include "storage/Database.h"
#include "workflow/CalendarFile.h"
#include "workflow/WorkflowLog.h"

namespace OneWindow {

Result<CalendarRepository::Summary>
CalendarImport::run(const CalendarFile &file, const Session &session,
                    const CalendarRepository::Progress &progress)
{
    using R = Result<CalendarRepository::Summary>;
    if (const Status allowed =
            m_audit.require(session, Capability::ChangeSettings, QStringLiteral("calendar"));
        !allowed)
        return R(allowed.error());
    R written = R::failure(QStringLiteral("not-run"));
    const Status stored = m_db.transaction([&]() -> Status {
        written = CalendarRepository(m_db).write(file, session.username, m_clock.now(), progress);
        if (!written)
            return Status(written.error());
        QStringList years;
        for (int y : written.value().years)
            years << QString::number(y);
        return m_audit.recordInTransaction(session, QStringLiteral("settings-change"),
                                           QStringLiteral("calendar"),
                                           years.join(QLatin1Char(',')));
    });
    if (!stored)
        return R(stored.error());
    qCInfo(lcWorkflow) << "imported the official calendar for" << written.value().years << "by"
                       << session.username;
    return written;
}

} // namespace OneWindow
