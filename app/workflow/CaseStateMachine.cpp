#include "workflow/CaseStateMachine.h"

#include "identity/IdNumber.h"
#include "security/Permission.h"

#include <QJsonArray>

namespace OneWindow {

namespace {

Status refuse(const char *code, const QString &detail = {})
{
    return Status::failure(QString::fromLatin1(code), detail);
}

SubCase *stepOf(CaseRecord &record, qint64 id)
{
    for (SubCase &s : record.subCases)
        if (s.id == id)
            return &s;
    return nullptr;
}

// A step's own state says whether it may be decided now.
Status openForDecision(const SubCase &step)
{
    switch (step.state) {
    case StepState::Open:
        return Status::success();
    case StepState::Waiting:
        return refuse("step-waiting");
    case StepState::Returned:
    case StepState::Special:
        return refuse("step-paused");
    case StepState::Approved:
    case StepState::Refused:
    case StepState::Skipped:
        break;
    }
    return refuse("step-decided");
}

Status heldBy(const SubCase &step, const Session &session)
{
    if (step.holderId == 0)
        return refuse("not-claimed");
    if (step.holderId != session.userId)
        return refuse("not-holder", step.holder);
    return Status::success();
}

Status checkStep(const CaseRecord &record, CaseAction action, const SubCase &step,
                 const Session &session)
{
    const bool supervisorRelease =
        action == CaseAction::Release && Permission::can(session, Capability::ReleaseAnyStep);
    if (!supervisorRelease) {
        if (!Permission::can(session, Capability::WorkSteps))
            return refuse("forbidden");
        if (!Permission::canWorkDepartment(session, step.department))
            return refuse("other-department", step.department);
    }
    if (!record.isOpen())
        return refuse("case-closed");
    switch (action) {
    case CaseAction::Claim:
        if (const Status s = openForDecision(step); !s)
            return s;
        if (step.holderId == session.userId)
            return refuse("already-yours");
        if (step.holderId != 0)
            return refuse("held-by-other", step.holder);
        return Status::success();
    case CaseAction::Release:
        if (CaseStates::isDone(step.state))
            return refuse("step-decided");
        if (step.holderId == 0)
            return refuse("not-claimed");
        if (step.holderId != session.userId && !supervisorRelease)
            return refuse("not-holder", step.holder);
        return Status::success();
    case CaseAction::Approve:
    case CaseAction::Return:
    case CaseAction::SpecialStart:
    case CaseAction::Refuse:
        if (const Status s = openForDecision(step); !s)
            return s;
        return heldBy(step, session);
    case CaseAction::SpecialEnd:
        if (step.state != StepState::Special)
            return refuse("not-in-special");
        return heldBy(step, session);
    case CaseAction::ReturnFile:
        if (step.state != StepState::Returned)
            return refuse(CaseStates::isDone(step.state) ? "step-decided" : "not-returned");
        return heldBy(step, session);
    default:
        break;
    }
    return refuse("not-an-action");
}

bool hasOutstanding(const CaseSnapshot &s)
{
    for (const CasePause &p : s.pauses)
        if (p.isOpen() && p.kind == CasePause::Kind::Supplement && !p.outstanding().isEmpty())
            return true;
    for (const CaseCommitment &c : s.commitments)
        if (c.isOpen())
            return true;
    return false;
}

bool worksAnyStep(const CaseRecord &record, const Session &session)
{
    for (const SubCase &s : record.subCases)
        if (Permission::canWorkDepartment(session, s.department))
            return true;
    return false;
}

Status checkCase(const CaseSnapshot &snapshot, CaseAction action, const Session &session)
{
    const CaseRecord &c = snapshot.record;
    switch (action) {
    case CaseAction::Supplement:
        if (!Permission::can(session, Capability::CounterActions))
            return refuse("forbidden");
        if (!c.isOpen())
            return refuse("case-closed");
        if (!hasOutstanding(snapshot))
            return refuse("nothing-outstanding");
        return Status::success();
    case CaseAction::Complete:
        if (!Permission::can(session, Capability::CounterActions) && !worksAnyStep(c, session))
            return refuse("forbidden");
        if (!c.isOpen())
            return refuse("case-closed");
        for (const SubCase &s : c.subCases)
            if (!CaseStates::isDone(s.state))
                return refuse("steps-open", s.department);
        return Status::success();
    case CaseAction::Deliver:
        if (!Permission::can(session, Capability::CounterActions))
            return refuse("forbidden");
        if (c.state == CaseState::Delivered || c.state == CaseState::Withdrawn)
            return refuse("case-closed");
        if (c.state != CaseState::Completed)
            return refuse("not-completed");
        return Status::success();
    case CaseAction::Withdraw:
        if (!Permission::can(session, Capability::CounterActions))
            return refuse("forbidden");
        if (!c.isOpen())
            return refuse("case-closed");
        return Status::success();
    case CaseAction::Reopen:
        if (!Permission::can(session, Capability::Reopen))
            return refuse("forbidden");
        if (c.state == CaseState::Withdrawn)
            return refuse("case-closed");
        if (c.state != CaseState::Completed && c.state != CaseState::Delivered)
            return refuse("not-completed");
        return Status::success();
    default:
        break;
    }
    return refuse("not-an-action");
}

// Waiting steps follow their predecessors: open once all are approved, skipped
// once one of them is refused or skipped. Returns the ids that changed.
QList<qint64> propagate(CaseRecord &record)
{
    QList<qint64> changed;
    bool again = true;
    while (again) {
        again = false;
        for (SubCase &s : record.subCases) {
            if (s.state != StepState::Waiting)
                continue;
            bool blocked = false;
            bool ready = true;
            for (const QString &key : s.after) {
                const SubCase *before = record.stepByKey(key);
                if (!before)
                    continue; // not part of this case: nothing to wait for
                if (before->state == StepState::Refused || before->state == StepState::Skipped)
                    blocked = true;
                else if (before->state != StepState::Approved)
                    ready = false;
            }
            if (blocked || ready) {
                s.state = blocked ? StepState::Skipped : StepState::Open;
                changed << s.id;
                again = true;
            }
        }
    }
    return changed;
}

bool allDone(const CaseRecord &record)
{
    for (const SubCase &s : record.subCases)
        if (!CaseStates::isDone(s.state))
            return false;
    return true;
}

QString masked(const QString &idNumber)
{
    return idNumber.isEmpty() ? QString() : IdNumber::masked(idNumber);
}

} // namespace

bool CaseStateMachine::isStepAction(CaseAction action)
{
    switch (action) {
    case CaseAction::Claim:
    case CaseAction::Release:
    case CaseAction::Approve:
    case CaseAction::Return:
    case CaseAction::SpecialStart:
    case CaseAction::SpecialEnd:
    case CaseAction::Refuse:
    case CaseAction::ReturnFile:
        return true;
    default:
        return false;
    }
}

CaseState CaseStateMachine::derive(const CaseRecord &record, CaseState previous)
{
    bool returned = false;
    bool special = false;
    bool touched = false;
    for (const SubCase &s : record.subCases) {
        returned = returned || s.state == StepState::Returned;
        special = special || s.state == StepState::Special;
        touched = touched || s.holderId != 0 || CaseStates::isDone(s.state);
    }
    if (returned)
        return CaseState::AwaitingSupplement;
    if (special)
        return CaseState::SpecialProcedure;
    if (previous == CaseState::Accepted && !touched)
        return CaseState::Accepted;
    return CaseState::InProgress;
}

CaseResult CaseStateMachine::resultOf(const CaseRecord &record)
{
    int approved = 0;
    int refused = 0;
    for (const SubCase &s : record.subCases) {
        approved += s.state == StepState::Approved ? 1 : 0;
        refused += s.state == StepState::Refused ? 1 : 0;
    }
    if (approved > 0 && refused == 0)
        return CaseResult::Granted;
    if (approved > 0)
        return CaseResult::PartlyGranted;
    return CaseResult::Refused;
}

Status CaseStateMachine::check(const CaseSnapshot &snapshot, CaseAction action, qint64 stepId,
                               const Session &session)
{
    if (session.userId == 0)
        return refuse("forbidden");
    if (action == CaseAction::Accept)
        return refuse("not-an-action");
    if (!isStepAction(action))
        return checkCase(snapshot, action, session);
    if (stepId == 0)
        return refuse("step-required");
    const SubCase *step = snapshot.record.subCase(stepId);
    if (!step)
        return refuse("step-not-found", QString::number(stepId));
    return checkStep(snapshot.record, action, *step, session);
}

QList<CaseAction> CaseStateMachine::allowedActions(const CaseSnapshot &snapshot, qint64 stepId,
                                                   const Session &session)
{
    QList<CaseAction> allowed;
    for (CaseAction a : CaseStates::allActions()) {
        if (isStepAction(a) != (stepId != 0))
            continue;
        if (check(snapshot, a, stepId, session))
            allowed << a;
    }
    return allowed;
}

Result<Transition> CaseStateMachine::apply(const CaseSnapshot &snapshot,
                                           const ActionRequest &request, const Session &session,
                                           const QDateTime &now)
{
    using R = Result<Transition>;
    const CaseAction action = request.action;
    // Reopening names the step it reopens, but is the case's action.
    const qint64 checkedStep = isStepAction(action) ? request.stepId : 0;
    if (const Status allowed = check(snapshot, action, checkedStep, session); !allowed)
        return R(allowed.error());

    Transition t;
    t.record = snapshot.record;
    CaseRecord &c = t.record;
    const CaseState before = c.state;
    const QDate today = now.date();
    const QString reason = request.reason.trimmed();
    auto event = [&](const SubCase *step, const QString &from, const QString &to,
                     const QJsonObject &data = {}) {
        CaseEvent e;
        e.caseId = c.id;
        e.subCaseId = step ? step->id : 0;
        e.action = action;
        e.fromState = from;
        e.toState = to;
        e.actor = session.displayName;
        e.actorId = session.userId;
        e.at = now;
        e.reason = reason;
        e.data = data;
        t.events << e;
    };
    auto moveStep = [&](SubCase &s, StepState to, const QJsonObject &data = {}) {
        const QString from = CaseStates::key(s.state);
        s.state = to;
        t.changedSteps.insert(s.id);
        event(&s, from, CaseStates::key(to), data);
    };
    // Steps that follow from a decision open or fall away by themselves.
    auto followOn = [&] {
        for (qint64 id : propagate(c)) {
            SubCase *s = stepOf(c, id);
            t.changedSteps.insert(id);
            CaseEvent e;
            e.caseId = c.id;
            e.subCaseId = id;
            e.action = action;
            e.fromState = CaseStates::key(StepState::Waiting);
            e.toState = CaseStates::key(s->state);
            e.actor = session.displayName;
            e.actorId = session.userId;
            e.at = now;
            e.data = QJsonObject{{QStringLiteral("auto"), true}};
            t.events << e;
        }
    };
    // The case ends before its steps are decided: what is still open falls
    // away and the clock's pauses end.
    auto closeEarly = [&](CaseState state, CaseResult result) {
        for (SubCase &s : c.subCases)
            if (!CaseStates::isDone(s.state))
                moveStep(s, StepState::Skipped);
        for (const CasePause &p : snapshot.openPauses()) {
            CasePause ended = p;
            ended.endedAt = now;
            ended.endDay = today;
            t.changedPauses << ended;
        }
        c.state = state;
        c.result = result;
        c.completedAt = now;
        event(nullptr, CaseStates::key(before), CaseStates::key(state),
              QJsonObject{{QStringLiteral("result"), CaseStates::key(result)}});
    };
    auto completeIfDone = [&] {
        if (!allDone(c))
            return;
        c.result = resultOf(c);
        c.state = CaseState::Completed;
        c.completedAt = now;
        CaseEvent e;
        e.caseId = c.id;
        e.action = CaseAction::Complete;
        e.fromState = CaseStates::key(derive(c, before));
        e.toState = CaseStates::key(CaseState::Completed);
        e.actor = session.displayName;
        e.actorId = session.userId;
        e.at = now;
        e.data = QJsonObject{{QStringLiteral("result"), CaseStates::key(c.result)},
                             {QStringLiteral("auto"), true}};
        t.events << e;
    };

    SubCase *step = request.stepId ? stepOf(c, request.stepId) : nullptr;
    switch (action) {
    case CaseAction::Claim:
        step->holder = session.displayName;
        step->holderId = session.userId;
        step->claimedAt = now;
        moveStep(*step, step->state);
        break;
    case CaseAction::Release:
        step->holder.clear();
        step->holderId = 0;
        step->claimedAt = QDateTime();
        moveStep(*step, step->state);
        break;
    case CaseAction::Approve:
        step->result = reason;
        step->completedAt = now;
        moveStep(*step, StepState::Approved);
        followOn();
        completeIfDone();
        break;
    case CaseAction::Refuse:
        if (reason.isEmpty())
            return R::failure(QStringLiteral("reason-required"));
        step->result = reason;
        step->completedAt = now;
        moveStep(*step, StepState::Refused);
        followOn();
        completeIfDone();
        break;
    case CaseAction::Return: {
        if (request.materials.isEmpty())
            return R::failure(QStringLiteral("materials-required"));
        for (const QString &m : request.materials)
            if (!snapshot.knownMaterials.isEmpty() && !snapshot.knownMaterials.contains(m))
                return R::failure(QStringLiteral("material-unknown"), m);
        CasePause pause;
        pause.caseId = c.id;
        pause.subCaseId = step->id;
        pause.kind = CasePause::Kind::Supplement;
        pause.reason = reason;
        pause.materials = request.materials;
        pause.materials.removeDuplicates();
        pause.startedAt = now;
        pause.startDay = today;
        t.newPause = pause;
        t.clockChanged = true;
        moveStep(*step, StepState::Returned,
                 QJsonObject{
                     {QStringLiteral("materials"), QJsonArray::fromStringList(pause.materials)}});
        break;
    }
    case CaseAction::SpecialStart: {
        if (reason.isEmpty())
            return R::failure(QStringLiteral("reason-required"));
        if (!request.expectedEnd.isValid() || request.expectedEnd < today)
            return R::failure(QStringLiteral("expected-end-required"));
        CasePause pause;
        pause.caseId = c.id;
        pause.subCaseId = step->id;
        pause.kind = CasePause::Kind::Special;
        pause.procedure = request.procedure;
        pause.reason = reason;
        pause.expectedEnd = request.expectedEnd;
        pause.startedAt = now;
        pause.startDay = today;
        t.newPause = pause;
        t.clockChanged = true;
        moveStep(*step, StepState::Special,
                 QJsonObject{
                     {QStringLiteral("procedure"), CaseStates::key(request.procedure)},
                     {QStringLiteral("expectedEnd"), request.expectedEnd.toString(Qt::ISODate)}});
        break;
    }
    case CaseAction::SpecialEnd:
        for (const CasePause &p : snapshot.pauses) {
            if (p.isOpen() && p.kind == CasePause::Kind::Special && p.subCaseId == step->id) {
                CasePause ended = p;
                ended.endedAt = now;
                ended.endDay = today;
                t.changedPauses << ended;
            }
        }
        t.clockChanged = true;
        moveStep(*step, StepState::Open);
        break;
    case CaseAction::Supplement: {
        if (request.materials.isEmpty())
            return R::failure(QStringLiteral("materials-required"));
        QList<CasePause> open = snapshot.openPauses();
        QList<CaseCommitment> commitments = snapshot.commitments;
        QSet<int> touchedPauses;
        for (const QString &m : request.materials) {
            bool placed = false;
            for (int i = 0; i < open.size() && !placed; ++i) {
                CasePause &p = open[i];
                if (p.kind == CasePause::Kind::Supplement && p.outstanding().contains(m)) {
                    p.received << m;
                    touchedPauses.insert(i);
                    placed = true;
                }
            }
            for (CaseCommitment &k : commitments) {
                if (!placed && k.isOpen() && k.material == m) {
                    k.fulfilledAt = now;
                    t.fulfilledCommitments << k.id;
                    placed = true;
                }
            }
            if (!placed)
                return R::failure(QStringLiteral("material-not-requested"), m);
        }
        for (int i : std::as_const(touchedPauses)) {
            CasePause p = open.at(i);
            if (p.outstanding().isEmpty()) {
                p.endedAt = now;
                p.endDay = today;
                t.clockChanged = true;
                if (SubCase *s = stepOf(c, p.subCaseId); s && s->state == StepState::Returned)
                    moveStep(*s, StepState::Open);
            }
            t.changedPauses << p;
        }
        event(nullptr, CaseStates::key(before), QString(),
              QJsonObject{
                  {QStringLiteral("materials"), QJsonArray::fromStringList(request.materials)}});
        break;
    }
    case CaseAction::Complete:
        c.result = resultOf(c);
        c.state = CaseState::Completed;
        c.completedAt = now;
        event(nullptr, CaseStates::key(before), CaseStates::key(c.state),
              QJsonObject{{QStringLiteral("result"), CaseStates::key(c.result)}});
        break;
    case CaseAction::Deliver: {
        const QString kind = request.delivery.value(QStringLiteral("kind")).toString();
        const QString name = request.delivery.value(QStringLiteral("name")).toString().trimmed();
        const QString idNumber =
            request.delivery.value(QStringLiteral("idNumber")).toString().trimmed();
        const QString tracking =
            request.delivery.value(QStringLiteral("tracking")).toString().trimmed();
        if (kind != QLatin1String("applicant") && kind != QLatin1String("agent") &&
            kind != QLatin1String("post"))
            return R::failure(QStringLiteral("delivery-required"));
        if (kind == QLatin1String("agent") &&
            (name.isEmpty() || !IdNumber::check(idNumber, today).valid))
            return R::failure(QStringLiteral("recipient-required"));
        if (kind == QLatin1String("post") && tracking.isEmpty())
            return R::failure(QStringLiteral("tracking-required"));
        QJsonObject delivery{{QStringLiteral("kind"), kind}};
        if (!name.isEmpty())
            delivery.insert(QStringLiteral("name"), name);
        if (!idNumber.isEmpty())
            delivery.insert(QStringLiteral("idNumber"), idNumber);
        if (!tracking.isEmpty())
            delivery.insert(QStringLiteral("tracking"), tracking);
        c.state = CaseState::Delivered;
        c.deliveredAt = now;
        c.delivery = delivery;
        // The history shows the agent's number masked, like every paper does.
        QJsonObject shown = delivery;
        if (!idNumber.isEmpty())
            shown.insert(QStringLiteral("idNumber"), masked(idNumber));
        event(nullptr, CaseStates::key(before), CaseStates::key(c.state), shown);
        break;
    }
    case CaseAction::Withdraw:
        if (reason.isEmpty())
            return R::failure(QStringLiteral("reason-required"));
        closeEarly(CaseState::Withdrawn, CaseResult::Withdrawn);
        break;
    case CaseAction::ReturnFile:
        // 退件: the department that asked for the material closes the case
        // without it. Steps already approved keep their result; the rest fall
        // away, and the file (with the citizen's originals) goes back at handover.
        if (reason.isEmpty())
            return R::failure(QStringLiteral("reason-required"));
        step->result = reason;
        step->completedAt = now;
        closeEarly(CaseState::Completed, CaseResult::FileReturned);
        break;
    case CaseAction::Reopen: {
        if (reason.isEmpty())
            return R::failure(QStringLiteral("reason-required"));
        // A returned file (退件) closed the case early: every step that fell away
        // with it comes back, not only those behind the reopened one.
        const bool closedEarly = c.result == CaseResult::FileReturned;
        SubCase *target = step;
        if (request.stepId != 0 && !target)
            return R::failure(QStringLiteral("step-not-found"), QString::number(request.stepId));
        if (!target) {
            // The one that returned the file (it keeps the reason), else the refused one.
            QList<SubCase *> refused;
            for (SubCase &s : c.subCases)
                if (closedEarly ? s.state == StepState::Skipped && !s.result.isEmpty()
                                : s.state == StepState::Refused)
                    refused << &s;
            if (refused.size() == 1)
                target = refused.first();
            else if (c.subCases.size() == 1)
                target = &c.subCases.first();
            else
                return R::failure(QStringLiteral("step-required"));
        }
        if (!CaseStates::isDone(target->state))
            return R::failure(QStringLiteral("step-not-decided"));
        target->result.clear();
        target->completedAt = QDateTime();
        target->holder.clear();
        target->holderId = 0;
        target->claimedAt = QDateTime();
        moveStep(*target, StepState::Open);
        // Steps that fell away behind it wait for it again.
        bool again = true;
        while (again) {
            again = false;
            for (SubCase &s : c.subCases) {
                if (s.state != StepState::Skipped)
                    continue;
                for (const QString &key : s.after) {
                    const SubCase *b = c.stepByKey(key);
                    if (b && !CaseStates::isDone(b->state)) {
                        moveStep(s, StepState::Waiting);
                        again = true;
                        break;
                    }
                }
            }
        }
        if (closedEarly) {
            for (SubCase &s : c.subCases)
                if (s.state == StepState::Skipped)
                    moveStep(s, StepState::Waiting);
            followOn(); // open where the predecessors are approved, skip behind a refusal
        }
        c.result = CaseResult::None;
        c.completedAt = QDateTime();
        c.deliveredAt = QDateTime();
        c.delivery = QJsonObject();
        c.state = CaseState::InProgress;
        event(nullptr, CaseStates::key(before), CaseStates::key(c.state));
        break;
    }
    case CaseAction::Accept:
        return R::failure(QStringLiteral("not-an-action"));
    }
    if (c.isOpen())
        c.state = derive(c, action == CaseAction::Reopen ? CaseState::InProgress : before);
    return t;
}

} // namespace OneWindow
