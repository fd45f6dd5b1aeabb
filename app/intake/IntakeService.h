#pragma once

#include "casefile/CaseRecord.h"
#include "common/Result.h"
#include "intake/IntakeRequest.h"
#include "intake/VisitEvidence.h"
#include "security/Session.h"
#include "workflow/WorkingDayCalendar.h"

#include <QHash>

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

    // The identity and the held documents come from the evidence the request
    // refers to (VisitEvidence) and the applicant's file, never from the request:
    // no applicant evidence makes an unverified identity, reviewed after the fact.
    //
    // Fails with "forbidden" (role), "evidence-unknown" (a reference to evidence
    // that does not exist) or "evidence-mismatch" (evidence of another counter,
    // an earlier visit or another ID number; detail: the role and why), both
    // audited, "invalid-form" (detail: the field ids), "materials-missing"
    // (detail: the material ids), "commitment-not-allowed" (a commitment for a
    // material that may not follow), "commitment-date" (a commitment due after the
    // promised date), "override-reason-missing" (a problem found in the evidence
    // without the clerk's reason; detail: the flags, a party's as "<field>:<code>"),
    // "intake-key-reused" (the key is another applicant's or template's; audited)
    // or a storage code. A replay (the same key, applicant and template) returns
    // the stored case and is audited. The applicant's draft of this matter is
    // removed in the same transaction (DraftService).
    Result<CaseRecord> accept(const IntakeRequest &request, const Session &session);
    // The steps and promised dates these answers would get if accepted today, as
    // accept() plans them; nothing is stored (the citizen's screen shows them).
    CaseRecord plan(const FormTemplate &form, const QVariantMap &values) const;
    // The calendar deadlines are counted on (and marked provisional by).
    const WorkingDayCalendar &calendar() const { return m_calendar; }

private:
    // Who applies and what the evidence says about them and the parties.
    struct Identity
    {
        CardIdentity applicant;
        VisitEvidence evidence;                // id 0: unverified
        QHash<QString, VisitEvidence> parties; // person field id -> its evidence
        QString source;                        // IdentitySources key
        QStringList flags;                     // stored on the case
        QStringList problems;                  // the flags that need the clerk's reason
    };
    // Loads and checks the evidence the request refers to; a reference that does
    // not exist or does not belong to this visit is refused and audited.
    Result<Identity> identify(const IntakeRequest &request, const Session &session,
                              const QDateTime &now);
    // One sub-case per step whose condition holds, in template order, with the
    // steps it waits for and both deadlines in working days.
    void planSteps(const FormTemplate &form, const QVariantMap &values, const QDate &acceptedOn,
                   CaseRecord &record) const;
    // Inside the accept transaction: the visit `evidenceId` was read in touched
    // the case and ends as accepted (a second case of the same visit only touches).
    Status endVisit(qint64 evidenceId, const QString &caseNumber, const QDateTime &now);
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
