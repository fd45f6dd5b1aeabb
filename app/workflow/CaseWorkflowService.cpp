#include "workflow/CaseWorkflowService.h"

#include "casefile/CaseRepository.h"
#include "casefile/PauseRepository.h"
#include "common/Clock.h"
#include "review/ReviewRepository.h"
#include "security/AuditLog.h"
#include "security/AuditedRead.h"
#include "security/Permission.h"
#include "storage/Database.h"
#include "storage/EditConflict.h"
#include "templates/FormTemplate.h"
#include "templates/TemplateCatalogue.h"
#include "workflow/CaseStateMachine.h"
#include "workflow/Deadline.h"
#include "workflow/WorkflowLog.h"

#include <QHash>

namespace OneWindow {

namespace {

// The review queue's kind for an action a supervisor looks at again, or none.
QString reviewKindOf(CaseAction action)
{
    switch (action) {
    case CaseAction::Refuse:
        return QStringLiteral("refusal");
    case CaseAction::ReturnFile:
        return QStringLiteral("file-returned");
    case CaseAction::Reopen:
        return QStringLiteral("reopen");
    default:
        return {};
    }
}

} // namespace

bool CaseWorkflowService::maySee(const CaseRecord &record, const Session &session)
{
    if (Permission::can(session, Capability::OpenCaseFile))
        return true;
    if (!Permission::can(session, Capability::ViewInbox))
        return false;
    for (const SubCase &s : record.subCases)
        if (s.department == session.department)
            return true;
    return false;
}

Result<CaseSnapshot> CaseWorkflowService::fetch(const QString &caseNumber) const
{
    using R = Result<CaseSnapshot>;
    CaseRepository cases(m_db);
    auto found = cases.findByNumber(caseNumber);
    if (!found)
        return R(found.error());
    if (found.value().id == 0)
        return R::failure(QStringLiteral("not-found"), caseNumber);
    CaseSnapshot s;
    s.record = found.value();
    PauseRepository pauses(m_db);
    auto p = pauses.pauses(s.record.id);
    if (!p)
        return R(p.error());
    s.pauses = p.value();
    auto k = pauses.commitments(s.record.id);
    if (!k)
        return R(k.error());
    s.commitments = k.value();
    auto h = cases.history(s.record.id);
    if (!h)
        return R(h.error());
    s.history = h.value();
    if (const FormTemplate *form = m_catalogue.find(s.record.templateId))
        for (const MaterialDefinition &m : form->materials)
            s.knownMaterials << m.id;
    return s;
}

Result<CaseSnapshot> CaseWorkflowService::load(const QString &caseNumber,
                                               const Session &session) const
{
    auto s = fetch(caseNumber);
    if (!s)
        return s;
    if (!maySee(s.value().record, session)) {
        (void)m_audit.record(session, QStringLiteral("refused"), caseNumber,
                             QStringLiteral("view-case forbidden"));
        return Result<CaseSnapshot>::failure(QStringLiteral("forbidden"));
    }
    return auditedRead(m_audit, session, QStringLiteral("view-case"), caseNumber, {},
                       [&] { return fetch(caseNumber); });
}

Result<QList<CaseRecord>> CaseWorkflowService::list(const ListFilter &filter,
                                                    const Session &session) const
{
    using R = Result<QList<CaseRecord>>;
    QString department = filter.department;
    if (!Permission::can(session, Capability::OpenCaseFile)) {
        if (!Permission::can(session, Capability::ViewInbox)) {
            (void)m_audit.record(session, QStringLiteral("refused"), QStringLiteral("cases"),
                                 QStringLiteral("list-cases forbidden"));
            return R::failure(QStringLiteral("forbidden"));
        }
        if (!department.isEmpty() && department != session.department) {
            (void)m_audit.record(session, QStringLiteral("refused"), QStringLiteral("cases"),
                                 QStringLiteral("list-cases other-department"));
            return R::failure(QStringLiteral("other-department"), department);
        }
        department = session.department;
    }
    QStringList where;
    QVariantList values;
    if (!department.isEmpty()) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM sub_cases s WHERE s.case_id = cases.id"
                                " AND s.department = ?)");
        values << department;
    }
    if (!filter.state.isEmpty()) {
        if (!CaseStates::caseStateFromKey(filter.state))
            return R::failure(QStringLiteral("bad-state"), filter.state);
        where << QStringLiteral("state = ?");
        values << filter.state;
    }
    if (filter.overdueOnly) {
        where << QStringLiteral("state IN ('accepted', 'in-progress') AND deadline < ?");
        values << m_clock.today();
    }
    // The list names citizens' cases: which ones were listed is on the record.
    QStringList asked;
    if (!department.isEmpty())
        asked << QStringLiteral("department=") + department;
    if (!filter.state.isEmpty())
        asked << QStringLiteral("state=") + filter.state;
    if (filter.overdueOnly)
        asked << QStringLiteral("overdue");
    asked << QStringLiteral("offset=%1").arg(filter.offset);
    return auditedRead(m_audit, session, QStringLiteral("list-cases"), QStringLiteral("cases"),
                       asked.join(QLatin1Char(' ')), [&] {
                           return CaseRepository(m_db).listWhere(
                               where.join(QStringLiteral(" AND ")), values,
                               QStringLiteral("deadline, id"), filter.limit, filter.offset);
                       });
}

int CaseWorkflowService::pausedWorkingDays(const CaseSnapshot &snapshot) const
{
    QList<ClockPause> clock;
    QDate first;
    for (const CasePause &p : snapshot.pauses) {
        clock << ClockPause{p.startDay, p.endDay};
        first = first.isValid() ? qMin(first, p.startDay) : p.startDay;
    }
    if (!first.isValid())
        return 0;
    const QDate today = m_clock.today();
    QDate last = today;
    for (const CasePause &p : snapshot.pauses)
        if (p.endDay.isValid())
            last = qMax(last, p.endDay);
    return Deadline::stoppedWorkingDays(m_calendar, clock, first, last, today);
}

QSet<qint64> CaseWorkflowService::moveDeadlines(CaseRecord &c, const QList<CasePause> &pauses) const
{
    QList<ClockPause> clock;
    for (const CasePause &p : pauses)
        clock << ClockPause{p.startDay, p.endDay};
    const QDate today = m_clock.today();
    // A step starts when the steps it waits for are due: walk until every due
    // date follows from its predecessors' (a handful of passes at most).
    QHash<QString, QDate> due;
    QHash<QString, QDate> statutoryDue;
    QSet<qint64> changed;
    for (int pass = 0; pass <= c.subCases.size(); ++pass) {
        bool moved = false;
        for (SubCase &s : c.subCases) {
            if (s.workingDays <= 0 || !s.startsOn.isValid())
                continue;
            QDate start = s.startsOn;
            QDate statutoryStart = s.startsOn;
            bool predecessors = false;
            for (const QString &key : s.after) {
                if (!due.contains(key))
                    continue;
                if (!predecessors) {
                    start = due.value(key);
                    statutoryStart = statutoryDue.value(key);
                    predecessors = true;
                } else {
                    start = qMax(start, due.value(key));
                    statutoryStart = qMax(statutoryStart, statutoryDue.value(key));
                }
            }
            const QDate d = Deadline::due(m_calendar, start, s.workingDays, clock, today);
            const QDate sd = Deadline::due(m_calendar, statutoryStart,
                                           qMax(s.statutoryDays, s.workingDays), clock, today);
            if (due.value(s.stepKey) != d || statutoryDue.value(s.stepKey) != sd) {
                due.insert(s.stepKey, d);
                statutoryDue.insert(s.stepKey, sd);
                moved = true;
            }
            // A decided step keeps the date it was decided against.
            if (!CaseStates::isDone(s.state) && (s.deadline != d || s.statutoryDeadline != sd)) {
                s.deadline = d;
                s.statutoryDeadline = sd;
                changed.insert(s.id);
            }
        }
        if (!moved)
            break;
    }
    QDate promised;
    QDate statutory;
    for (const SubCase &s : c.subCases) {
        promised = qMax(promised, s.deadline);
        statutory = qMax(statutory, s.statutoryDeadline);
    }
    if (promised.isValid())
        c.deadline = promised;
    if (statutory.isValid())
        c.statutoryDeadline = statutory;
    return changed;
}

Result<CaseSnapshot> CaseWorkflowService::act(const QString &caseNumber,
                                              const ActionRequest &request, const Session &session)
{
    using R = Result<CaseSnapshot>;
    const QDateTime now = m_clock.now();
    const QString actionKey = CaseStates::key(request.action);
    Error refusal;
    const Status done = m_db.transaction([&]() -> Status {
        auto loaded = fetch(caseNumber);
        if (!loaded)
            return Status(loaded.error());
        const CaseSnapshot &before = loaded.value();
        if (request.expectedVersion != 0 && request.expectedVersion != before.record.version) {
            EditConflict conflict;
            conflict.table = QStringLiteral("cases");
            conflict.id = before.record.id;
            conflict.changedBy = before.record.updatedBy;
            conflict.changedAt = before.record.updatedAt;
            conflict.currentVersion = before.record.version;
            return Status(conflict.toError());
        }
        auto transition = CaseStateMachine::apply(before, request, session, now);
        if (!transition) {
            refusal = transition.error();
            return Status(refusal);
        }
        Transition &t = transition.value();
        CaseRecord &after = t.record;
        CaseRepository cases(m_db);
        PauseRepository pauses(m_db);

        QList<CasePause> clock = before.pauses;
        if (t.newPause) {
            auto id = pauses.insert(*t.newPause);
            if (!id)
                return Status(id.error());
            t.newPause->id = id.value();
            clock << *t.newPause;
        }
        for (const CasePause &p : std::as_const(t.changedPauses)) {
            if (const Status s = pauses.update(p); !s)
                return s;
            for (CasePause &c : clock)
                if (c.id == p.id)
                    c = p;
        }
        for (qint64 id : std::as_const(t.fulfilledCommitments))
            if (const Status s = pauses.fulfil(id, now, session.displayName); !s)
                return s;
        if (t.clockChanged || after.isOpen())
            t.changedSteps.unite(moveDeadlines(after, clock));

        const CaseRepository::Editor editor{session.displayName, session.userId, now};
        for (const SubCase &s : std::as_const(after.subCases)) {
            if (!t.changedSteps.contains(s.id))
                continue;
            auto v = cases.updateSubCase(s, editor);
            if (!v)
                return Status(v.error());
        }
        auto v = cases.update(after, editor);
        if (!v)
            return Status(v.error());
        for (const CaseEvent &e : std::as_const(t.events))
            if (const Status s = cases.appendEvent(e); !s)
                return s;
        const qint64 stepId = request.stepId;
        // A refusal, a returned file and a reopening are final only with a
        // second pair of eyes.
        const QString reviewKind = reviewKindOf(request.action);
        if (!reviewKind.isEmpty()) {
            const bool onStep = request.action != CaseAction::Reopen;
            if (const Status f = ReviewRepository(m_db).flag(
                    reviewKind,
                    QStringLiteral("%1:%2:%3")
                        .arg(onStep ? QStringLiteral("step") : QStringLiteral("case"))
                        .arg(onStep ? stepId : after.id)
                        .arg(now.toMSecsSinceEpoch()),
                    after.id, caseNumber, request.reason.trimmed(), session, now);
                !f)
                return f;
        }
        return m_audit.recordInTransaction(session, QStringLiteral("case-") + actionKey, caseNumber,
                                           stepId ? QStringLiteral("step:%1").arg(stepId)
                                                  : QString());
    });
    if (!done) {
        if (!refusal.code.isEmpty() || done.error().code == QLatin1String("conflict"))
            (void)m_audit.record(session, QStringLiteral("refused"), caseNumber,
                                 actionKey + QLatin1Char(' ') + done.error().code);
        return R(done.error());
    }
    qCInfo(lcWorkflow) << caseNumber << actionKey << "by" << session.username;
    return fetch(caseNumber);
}

} // namespace OneWindow
