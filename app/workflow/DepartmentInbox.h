#pragma once

#include "casefile/CaseRecord.h"
#include "common/Result.h"
#include "security/Session.h"

#include <QDate>
#include <QList>

namespace OneWindow {

class AuditLog;
class Database;
class WorkingDayCalendar;

// One step in a department's inbox, with the case it belongs to.
struct InboxItem
{
    SubCase step;
    qint64 caseId = 0;
    QString caseNumber;
    QString caseTitle;
    CaseState caseState = CaseState::Accepted;
    int caseVersion = 0;
    QString applicantName;
    // The supervisor sent the step's proposed refusal or 退件 back, and this is the
    // latest word on it: why, and who (empty otherwise).
    QString sentBackComment;
    QString sentBackBy;
};

// The steps a department still has to work (waiting for earlier steps, open,
// returned for supplement, in a special procedure, a proposed refusal or 退件
// waiting for the supervisor), soonest deadline first,
// one page at a time. An officer sees their own department; a supervisor any
// department, or all.
class DepartmentInbox
{
public:
    enum class Urgency
    {
        Normal,
        DueSoon, // due within two working days
        Overdue,
        Paused // the case's clock stands still
    };

    struct Filter
    {
        QString department; // officers: their own (empty means their own); supervisors: empty = all
        bool mineOnly = false;    // steps the signed-in officer holds
        bool overdueOnly = false; // due before today
        int limit = 50;
        int offset = 0;
    };

    static constexpr int kDueSoonWorkingDays = 2;
    // The step states an inbox lists, and those of them whose clock stands still,
    // as SQL lists ("('waiting', …)"): the dashboard counts the same steps.
    static QString activeStatesSql();
    static QString pausedStatesSql();

    DepartmentInbox(const Database &db, AuditLog &audit, const WorkingDayCalendar &calendar)
        : m_db(db)
        , m_audit(audit)
        , m_calendar(calendar)
    {}

    // "forbidden" for a role without an inbox, "other-department" for an officer
    // asking for another department's; both refusals are audited.
    Result<QList<InboxItem>> page(const Filter &filter, const Session &session,
                                  const QDate &today) const;
    Urgency urgency(const SubCase &step, const QDate &today) const;

private:
    // The rows of one page: the steps matching `where` (its values, then limit and offset).
    Result<QList<InboxItem>> read(const QString &where, const QVariantList &values) const;

    const Database &m_db;
    AuditLog &m_audit;
    const WorkingDayCalendar &m_calendar;
};

} // namespace OneWindow
