#pragma once

#include "common/Result.h"
#include "security/Session.h"
#include "workflow/ActionRequest.h"
#include "workflow/CaseSnapshot.h"
#include "workflow/Transition.h"

namespace OneWindow {

class AuditLog;
class Clock;
class Database;
class TemplateCatalogue;
class WorkingDayCalendar;

// The case lifecycle's door for every caller (the window, the CLI): loads a
// case, asks CaseStateMachine, and writes what it allows in one transaction:
// the case and step rows (optimistically locked: two officers acting at once,
// one wins and the other is told who changed it and when), the clock's pauses
// and the deadlines they move, the case's history and the audit event. A
// refused action changes nothing and is audited as refused.
class CaseWorkflowService
{
public:
    CaseWorkflowService(const Database &db, AuditLog &audit, const Clock &clock,
                        const WorkingDayCalendar &calendar, const TemplateCatalogue &catalogue)
        : m_db(db)
        , m_audit(audit)
        , m_clock(clock)
        , m_calendar(calendar)
        , m_catalogue(catalogue)
    {}

    // The case with its pauses, commitments and history, for whoever may see
    // it (audited). "not-found", "forbidden".
    Result<CaseSnapshot> load(const QString &caseNumber, const Session &session) const;
    struct ListFilter
    {
        QString department;       // cases with a step of this department (officers: their own)
        QString state;            // a CaseState key; empty: any
        bool overdueOnly = false; // open, the clock running, promised date passed
        int limit = 100;
        int offset = 0;
    };
    // Cases by promised date, for whoever may see them.
    Result<QList<CaseRecord>> list(const ListFilter &filter, const Session &session) const;

    // Takes the action; the case afterwards, or why not. A refusal (不予许可) or
    // a 退件 is proposed: its step waits for a supervisor's decision (a "refusal"
    // or "file-returned" item of the review queue, stored with it).
    Result<CaseSnapshot> act(const QString &caseNumber, const ActionRequest &request,
                             const Session &session);
    // The effect of a supervisor's decision on a proposed refusal, 退件 or fee
    // waiver of a case (CaseStateMachine::decide), written like an action: run
    // inside the caller's transaction (ReviewService::decide, which checks the
    // checker and audits). Refusals as decide()'s.
    Status applyDecision(const ReviewItem &decision, bool confirm, const QString &comment,
                         const Session &checker);
    // Working days the case's clock stood still so far.
    int pausedWorkingDays(const CaseSnapshot &snapshot) const;
    // Whether `session` may see this case: counter staff any, an officer the
    // cases with a step of their department.
    static bool maySee(const CaseRecord &record, const Session &session);

private:
    Result<CaseSnapshot> fetch(const QString &caseNumber) const;
    // The case's pauses, commitments, history and decisions around its record.
    Result<CaseSnapshot> complete(const CaseRecord &record) const;
    // Writes a transition (inside the caller's transaction): pauses, deadlines,
    // step and case rows, history.
    Status write(const CaseSnapshot &before, Transition &transition, const Session &session,
                 const QDateTime &now);
    // Deadlines of the steps not yet decided, and of the case, after the pauses.
    QSet<qint64> moveDeadlines(CaseRecord &record, const QList<CasePause> &pauses) const;

    const Database &m_db;
    AuditLog &m_audit;
    const Clock &m_clock;
    const WorkingDayCalendar &m_calendar;
    const TemplateCatalogue &m_catalogue;
};

} // namespace OneWindow
