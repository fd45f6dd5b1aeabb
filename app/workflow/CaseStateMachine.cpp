#include "workflow/CaseStateMachine.h"

#include "common/PlainText.h"
#include "identity/IdNumber.h"
#include "security/Permission.h"
#include "workflow/TransitionBuilder.h"

#include <QJsonArray>

namespace OneWindow {

namespace {

Status refuse(const char *code, const QString &detail = {})
{
    return Status::failure(QString::fromLatin1(code), detail);
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
    case StepState::RefusalPending:
    case StepState::ReturnFilePending:
        return refuse("decision-pending");
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
    // A proposed refusal or 退件 is the supervisor's to confirm or send back:
    // nobody else acts on the step meanwhile, its holder keeps it.
    if (CaseStates::isPendingDecision(step.state))
        return refuse("decision-pending");
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

// A supplement pause whose step's 退件 waits for the supervisor takes no material:
// the file is on its way back unless the supervisor sends the 退件 back.
bool pauseOfPendingStep(const CaseSnapshot &s, const CasePause &p)
{
    const SubCase *step = s.record.subCase(p.subCaseId);
    return step && CaseStates::isPendingDecision(step->state);
}

bool hasOutstanding(const CaseSnapshot &s, bool *heldByDecision = nullptr)
{
    bool held = false;
    for (const CasePause &p : s.pauses) {
        if (!p.isOpen() || p.kind != CasePause::Kind::Supplement || p.outstanding().isEmpty())
            continue;
        if (pauseOfPendingStep(s, p)) {
            held = true;
            continue;
        }
        return true;
    }
    for (const CaseCommitment &c : s.commitments)
        if (c.isOpen())
            return true;
    if (heldByDecision)
        *heldByDecision = held;
    return false;
}

// Something about the case waits for a supervisor's confirmation: a step's
// proposed refusal or 退件, or a fee waiver.
bool decisionPending(const CaseSnapshot &s)
{
    for (const SubCase &step : s.record.subCases)
        if (CaseStates::isPendingDecision(step.state))
            return true;
    return !s.pendingDecisions().isEmpty();
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
        if (bool held = false; !hasOutstanding(snapshot, &held))
            return refuse(held ? "decision-pending" : "nothing-outstanding");
        return Status::success();
    case CaseAction::Complete:
        if (!Permission::can(session, Capability::CounterActions) && !worksAnyStep(c, session))
            return refuse("forbidden");
        if (!c.isOpen())
            return refuse("case-closed");
        if (decisionPending(snapshot))
            return refuse("decision-pending");
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
        // The supervisor decides the proposal first: it may end the case itself.
        if (decisionPending(snapshot))
            return refuse("decision-pending");
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
        // A proposed 退件 still waits for the material: the clock stays stopped.
        returned =
            returned || s.state == StepState::Returned || s.state == StepState::ReturnFilePending;
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

    const QString reason = request.reason.trimmed();
    // What the step log, the papers and the supervisor show, as typed.
    if (const Status s = PlainText::check(QStringLiteral("reason"), reason, PlainText::Lines::Many,
                                          PlainText::kMaxReason);
        !s)
        return R(s.error());
    for (const QString &m : request.materials)
        if (const Status s = PlainText::check(QStringLiteral("materials"), m, PlainText::Lines::One,
                                              PlainText::kMaxName);
            !s)
            return R(s.error());
    for (const char *key : {"name", "tracking"})
        if (const Status s =
                PlainText::check(QStringLiteral("delivery.") + QLatin1String(key),
                                 request.delivery.value(QLatin1String(key)).toString().trimmed(),
                                 PlainText::Lines::One, PlainText::kMaxName);
            !s)
            return R(s.error());
    TransitionBuilder b(snapshot, action, session, now, reason);
    Transition &t = b.transition();
    CaseRecord &c = b.record();
    const CaseState before = b.before();
    const QDate today = now.date();

    SubCase *step = request.stepId ? b.step(request.stepId) : nullptr;
    switch (action) {
    case CaseAction::Claim:
        step->holder = session.displayName;
        step->holderId = session.userId;
        step->claimedAt = now;
        b.moveStep(*step, step->state);
        break;
    case CaseAction::Release:
        step->holder.clear();
        step->holderId = 0;
        step->claimedAt = QDateTime();
        b.moveStep(*step, step->state);
        break;
    case CaseAction::Approve:
        step->result = reason;
        step->completedAt = now;
        b.moveStep(*step, StepState::Approved);
        b.followOn();
        b.completeIfDone();
        break;
    case CaseAction::Refuse:
        // 不予许可 is proposed here and takes effect when a supervisor who did not
        // make it confirms it (decide()): until then nothing follows from it.
        if (reason.isEmpty())
            return R::failure(QStringLiteral("reason-required"));
        step->result = reason;
        b.moveStep(*step, StepState::RefusalPending);
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
        b.moveStep(*step, StepState::Returned,
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
        b.moveStep(*step, StepState::Special,
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
        b.moveStep(*step, StepState::Open);
        break;
    case CaseAction::Supplement: {
        if (request.materials.isEmpty())
            return R::failure(QStringLiteral("materials-required"));
        QList<CasePause> open = snapshot.openPauses();
        QList<CaseCommitment> commitments = snapshot.commitments;
        QSet<int> touchedPauses;
        for (const QString &m : request.materials) {
            bool placed = false;
            bool held = false;
            for (int i = 0; i < open.size() && !placed; ++i) {
                CasePause &p = open[i];
                if (p.kind != CasePause::Kind::Supplement || !p.outstanding().contains(m))
                    continue;
                if (pauseOfPendingStep(snapshot, p)) {
                    held = true;
                    continue;
                }
                p.received << m;
                touchedPauses.insert(i);
                placed = true;
            }
            for (CaseCommitment &k : commitments) {
                if (!placed && k.isOpen() && k.material == m) {
                    k.fulfilledAt = now;
                    t.fulfilledCommitments << k.id;
                    placed = true;
                }
            }
            if (!placed)
                return R::failure(held ? QStringLiteral("decision-pending")
                                       : QStringLiteral("material-not-requested"),
                                  m);
        }
        for (int i : std::as_const(touchedPauses)) {
            CasePause p = open.at(i);
            if (p.outstanding().isEmpty()) {
                p.endedAt = now;
                p.endDay = today;
                t.clockChanged = true;
                if (SubCase *s = b.step(p.subCaseId); s && s->state == StepState::Returned)
                    b.moveStep(*s, StepState::Open);
            }
            t.changedPauses << p;
        }
        b.event(nullptr, CaseStates::key(before), QString(),
                QJsonObject{
                    {QStringLiteral("materials"), QJsonArray::fromStringList(request.materials)}});
        break;
    }
    case CaseAction::Complete:
        c.result = resultOf(c);
        c.state = CaseState::Completed;
        c.completedAt = now;
        b.event(nullptr, CaseStates::key(before), CaseStates::key(c.state),
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
        b.event(nullptr, CaseStates::key(before), CaseStates::key(c.state), shown);
        break;
    }
    case CaseAction::Withdraw:
        if (reason.isEmpty())
            return R::failure(QStringLiteral("reason-required"));
        b.closeEarly(CaseState::Withdrawn, CaseResult::Withdrawn);
        break;
    case CaseAction::ReturnFile:
        // 退件 is proposed here: the step keeps waiting for its material (the clock
        // stays stopped) until a supervisor who did not make it confirms it (decide()).
        if (reason.isEmpty())
            return R::failure(QStringLiteral("reason-required"));
        step->result = reason;
        b.moveStep(*step, StepState::ReturnFilePending);
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
        b.moveStep(*target, StepState::Open);
        // Steps that fell away behind it wait for it again.
        bool again = true;
        while (again) {
            again = false;
            for (SubCase &s : c.subCases) {
                if (s.state != StepState::Skipped)
                    continue;
                for (const QString &key : s.after) {
                    const SubCase *before = c.stepByKey(key);
                    if (before && !CaseStates::isDone(before->state)) {
                        b.moveStep(s, StepState::Waiting);
                        again = true;
                        break;
                    }
                }
            }
        }
        if (closedEarly) {
            for (SubCase &s : c.subCases)
                if (s.state == StepState::Skipped)
                    b.moveStep(s, StepState::Waiting);
            b.followOn(); // open where the predecessors are approved, skip behind a refusal
        }
        c.result = CaseResult::None;
        c.completedAt = QDateTime();
        c.deliveredAt = QDateTime();
        c.delivery = QJsonObject();
        c.state = CaseState::InProgress;
        b.event(nullptr, CaseStates::key(before), CaseStates::key(c.state));
        break;
    }
    case CaseAction::Accept:
    case CaseAction::Confirm:
    case CaseAction::SendBack:
        return R::failure(QStringLiteral("not-an-action"));
    }
    return b.finish(action == CaseAction::Reopen ? CaseState::InProgress : before);
}

Result<Transition> CaseStateMachine::decide(const CaseSnapshot &snapshot,
                                            const ReviewItem &decision, bool confirm,
                                            const QString &comment, const Session &checker,
                                            const QDateTime &now)
{
    using R = Result<Transition>;
    if (checker.userId == 0 || !Permission::can(checker, Capability::Review))
        return R::failure(QStringLiteral("forbidden"));
    // Maker-checker: whoever proposed it never confirms or sends it back.
    if (decision.makerId != 0 && decision.makerId == checker.userId)
        return R::failure(QStringLiteral("own-action"));
    const QString why = comment.trimmed();
    if (!confirm && why.isEmpty())
        return R::failure(QStringLiteral("comment-required"));
    const bool onStep = decision.kind == QLatin1String("refusal") ||
                        decision.kind == QLatin1String("file-returned");
    if (!onStep && decision.kind != QLatin1String("fee-waiver"))
        return R::failure(QStringLiteral("not-a-decision"), decision.kind);

    // The decision is taken now: it no longer holds the case up.
    CaseSnapshot decided = snapshot;
    for (ReviewItem &d : decided.decisions)
        if (d.id == decision.id)
            d.state = confirm ? ReviewItem::State::Approved : ReviewItem::State::Returned;
    const CaseAction action = confirm ? CaseAction::Confirm : CaseAction::SendBack;
    TransitionBuilder b(decided, action, checker, now, why);
    CaseRecord &c = b.record();
    const QJsonObject about{{QStringLiteral("decision"), decision.kind},
                            {QStringLiteral("maker"), decision.makerName}};

    if (!onStep) {
        // A fee waiver: the case's own line; the case completes when it was only
        // waiting for this.
        b.event(nullptr, CaseStates::key(c.state), CaseStates::key(c.state), about);
        b.completeIfDone();
        return b.finish(b.before());
    }
    SubCase *step = b.step(decision.stepId);
    if (!step)
        return R::failure(QStringLiteral("step-not-found"), QString::number(decision.stepId));
    const StepState pending = decision.kind == QLatin1String("refusal")
                                  ? StepState::RefusalPending
                                  : StepState::ReturnFilePending;
    if (!c.isOpen() || step->state != pending)
        return R::failure(QStringLiteral("not-pending"), CaseStates::key(step->state));
    if (!confirm) {
        // Back where it was, with its holder: open for a refusal, still waiting for
        // the material for a 退件 (its pause never ended).
        step->result.clear();
        b.moveStep(*step,
                   pending == StepState::RefusalPending ? StepState::Open : StepState::Returned,
                   about);
        return b.finish(b.before());
    }
    step->completedAt = now;
    if (pending == StepState::RefusalPending) {
        // What the refusal did before there was a checker: the steps after it fall
        // away, and the case completes when nothing else is open.
        b.moveStep(*step, StepState::Refused, about);
        b.followOn();
        b.completeIfDone();
        return b.finish(b.before());
    }
    // 退件: the step keeps its reason, everything not yet decided falls away, the
    // clock's pauses end and the case is completed with the file returned.
    b.moveStep(*step, StepState::Skipped, about);
    b.closeEarly(CaseState::Completed, CaseResult::FileReturned);
    return b.finish(b.before());
}

} // namespace OneWindow
