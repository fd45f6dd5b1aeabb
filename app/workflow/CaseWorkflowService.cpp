#include "workflow/CaseWorkflowService.h"

#include "casefile/CaseRepository.h"
#include "casefile/PauseRepository.h"
#include "casefile/VisitRepository.h"
#include "common/Clock.h"
#include "common/PlainText.h"
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
    auto found = CaseRepository(m_db).findByNumber(caseNumber);
    if (!found)
        return Result<CaseSnapshot>(found.error());
    if (found.value().id == 0)
        return Result<CaseSnapshot>::failure(QStringLiteral("not-found"), caseNumber);
    return complete(found.value());
}

Result<CaseSnapshot> CaseWorkflowService::complete(const CaseRecord &record) const
{
    using R = Result<CaseSnapshot>;
    CaseSnapshot s;
    s.record = record;
    PauseRepository pauses(m_db);
    auto p = pauses.pauses(s.record.id);
    if (!p)
        return R(p.error());
    s.pauses = p.value();
    auto k = pauses.commitments(s.record.id);
    if (!k)
        return R(k.error());
    s.commitments = k.value();
    auto h = CaseRepository(m_db).history(s.record.id);
    if (!h)
        return R(h.error());
    s.history = h.value();
    auto reviews = ReviewRepository(m_db).forCase(s.record.id);
    if (!reviews)
        return R(reviews.error());
    for (const ReviewItem &item : reviews.value())
        if (item.isDecision())
            s.decisions << item;
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
    if (const QString why =
            PlainText::problem(filter.department, PlainText::Lines::One, PlainText::kMaxQuery);
        !why.isEmpty())
        return R::failure(QStringLiteral("bad-query"), QStringLiteral("department: ") + why);
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

Status CaseWorkflowService::write(const CaseSnapshot &before, Transition &t, const Session &session,
                                  const QDateTime &now)
{
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
    after.version = v.value();
    for (const CaseEvent &e : std::as_const(t.events))
        if (const Status s = cases.appendEvent(e); !s)
            return s;
    return Status::success();
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
        if (const Status w = write(before, t, session, now); !w)
            return w;
        const CaseRecord &after = t.record;
        const qint64 stepId = request.stepId;
        // A result handed over at the window ends the visit of whoever collects it.
        if (request.action == CaseAction::Deliver)
            if (const Status v = VisitRepository(m_db).endOpenAt(
                    session.counterCode, Visit::Outcome::HandedOver, caseNumber, now);
                !v)
                return v;
        // A refusal and a returned file wait for a supervisor who did not make
        // them (decisions); a reopening is looked at again after the fact. The
        // case's new version makes each proposal its own item.
        const QString reviewKind = reviewKindOf(request.action);
        if (!reviewKind.isEmpty()) {
            const bool onStep = request.action != CaseAction::Reopen;
            if (const Status f = ReviewRepository(m_db).flag(
                    reviewKind,
                    QStringLiteral("%1:%2:v%3")
                        .arg(onStep ? QStringLiteral("step") : QStringLiteral("case"))
                        .arg(onStep ? stepId : after.id)
                        .arg(after.version),
                    after.id, caseNumber, request.reason.trimmed(), session, now,
                    onStep ? stepId : 0);
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

Status CaseWorkflowService::applyDecision(const ReviewItem &decision, bool confirm,
                                          const QString &comment, const Session &checker)
{
    // A refusal or 退件 flagged before decisions waited for a checker (schema 9
    // and older) names no step: it took effect when it was made.
    if (decision.kind != QLatin1String("fee-waiver") && decision.stepId == 0)
        return Status::success();
    auto found = CaseRepository(m_db).findById(decision.caseId);
    if (!found)
        return Status(found.error());
    if (found.value().id == 0)
        return Status::failure(QStringLiteral("not-found"), decision.subject);
    auto loaded = complete(found.value());
    if (!loaded)
        return Status(loaded.error());
    const QDateTime now = m_clock.now();
    auto transition =
        CaseStateMachine::decide(loaded.value(), decision, confirm, comment, checker, now);
    if (!transition)
        return Status(transition.error());
    if (const Status w = write(loaded.value(), transition.value(), checker, now); !w)
        return w;
    qCInfo(lcWorkflow) << found.value().caseNumber << decision.kind
                       << (confirm ? "confirmed" : "sent back") << "by" << checker.username;
    return Status::success();
}

} // namespace OneWindow
