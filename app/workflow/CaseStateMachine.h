#pragma once

#include "common/Result.h"
#include "security/Session.h"
#include "workflow/ActionRequest.h"
#include "workflow/CaseSnapshot.h"
#include "workflow/Transition.h"

#include <QDateTime>
#include <QList>

namespace OneWindow {

// The rules of a case's life, in one place and without SQL: who may do what
// to a case or a step in which state, and what it changes. Steps run in
// sequence or in parallel as their predecessors say; a step's holder is the
// only one who decides it; a return for supplement and a special procedure
// stop the case's clock; the case completes when its last step is decided.
//
// Decisions against the citizen wait for a checker: a refusal (不予许可) or a
// 退件 puts its step in a pending state, from which only decide() moves it,
// for a supervisor who did not make it; a pending fee waiver keeps the case
// from completing.
//
// Refusals are Error codes (the detail names a holder or a material):
// forbidden, other-department, case-closed, step-required, step-not-found,
// step-waiting, step-paused, step-decided, not-in-special, not-claimed,
// not-holder, already-yours, held-by-other, reason-required,
// materials-required, material-unknown, material-not-requested,
// nothing-outstanding, expected-end-required, steps-open, not-completed,
// delivery-required, recipient-required, tracking-required,
// step-not-decided, not-returned, not-an-action, decision-pending (a decision
// on the step or the case waits for the supervisor); decide() adds own-action,
// comment-required, not-pending, not-a-decision.
class CaseStateMachine
{
public:
    // Whether `session` may take `action` now (on step `stepId` for a step's
    // action): the role, the department, the case's and the step's state, who
    // holds the step. The action's particulars are checked by apply().
    static Status check(const CaseSnapshot &snapshot, CaseAction action, qint64 stepId,
                        const Session &session);
    // The whole transition, or why not.
    static Result<Transition> apply(const CaseSnapshot &snapshot, const ActionRequest &request,
                                    const Session &session, const QDateTime &now);
    // A supervisor confirms (`confirm`) or sends back a proposed decision: a
    // refusal or 退件 on decision.stepId, or the case's fee waiver. Confirmed, it
    // does what the action did before there was a checker (the refused step's
    // followers fall away, the case completes; 退件 closes the case with the
    // file returned); sent back, the step is where it was (open, or returned for
    // the material), the comment in its history. Every line names the maker.
    static Result<Transition> decide(const CaseSnapshot &snapshot, const ReviewItem &decision,
                                     bool confirm, const QString &comment, const Session &checker,
                                     const QDateTime &now);
    // What `session` may do now to the case (stepId 0) or to one step.
    static QList<CaseAction> allowedActions(const CaseSnapshot &snapshot, qint64 stepId,
                                            const Session &session);

    static bool isStepAction(CaseAction action);
    // The state an open case is in, given its steps.
    static CaseState derive(const CaseRecord &record, CaseState previous);
    // How a case whose steps are all decided ended.
    static CaseResult resultOf(const CaseRecord &record);
};

} // namespace OneWindow
