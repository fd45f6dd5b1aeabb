#pragma once

#include "casefile/CaseRecord.h"
#include "common/Result.h"
#include "intake/IntakeRequest.h"
#include "security/Session.h"
#include "workflow/WorkingDayCalendar.h"

namespace OneWindow {

class AuditLog;
class Clock;
class Database;
struct FormTemplate;

// 受理: turns a complete intake into a stored case with a case number and one
// sub-case per department step, deadlines in working days. All or nothing: a
// failure leaves no half-stored case and no used-up number.
class IntakeService
{
public:
    IntakeService(const Database &db, AuditLog &audit, const Clock &clock,
                  const WorkingDayCalendar &calendar, const QString &hallCode)
        : m_db(db)
        , m_audit(audit)
        , m_clock(clock)
        , m_calendar(calendar)
        , m_hall(hallCode)
    {}

    // Fails with "forbidden" (role), "invalid-form" (detail: the field ids),
    // "materials-missing" (detail: the material ids), "commitment-not-allowed"
    // (a commitment for a material that may not follow), "commitment-date" (a
    // commitment due after the promised date), "override-reason-missing" (identity
    // flags without the clerk's reason; detail: the flags) or a storage code.
    Result<CaseRecord> accept(const IntakeRequest &request, const Session &session);
    // The calendar deadlines are counted on (and marked provisional by).
    const WorkingDayCalendar &calendar() const { return m_calendar; }

private:
    // One sub-case per step whose condition holds, in template order, with the
    // steps it waits for and both deadlines in working days.
    void planSteps(const FormTemplate &form, const QVariantMap &values, const QDate &acceptedOn,
                   CaseRecord &record) const;
    // Inside the accept transaction: what the supervisor must look at (a typed
    // or e-ID identity, a card's problem, an override, a fee waiver: `waiver`
    // is its detail) or, else, a random sample.
    Status flagForReview(const CaseRecord &record, bool sampled, const QString &waiver,
                         const Session &session, const QDateTime &now);

    const Database &m_db;
    AuditLog &m_audit;
    const Clock &m_clock;
    const WorkingDayCalendar &m_calendar;
    QString m_hall;
};

} // namespace OneWindow
