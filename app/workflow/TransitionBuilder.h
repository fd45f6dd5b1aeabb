#pragma once

#include "security/Session.h"
#include "workflow/CaseSnapshot.h"
#include "workflow/Transition.h"

#include <QDateTime>
#include <QJsonObject>

namespace OneWindow {

// The bookkeeping of one transition, for CaseStateMachine: it moves steps and
// the case on a copy of the snapshot's record and writes one history line per
// move, in order, each naming the actor, the time and the action. What the
// rules decide stays in the machine; this only records it consistently.
class TransitionBuilder
{
public:
    TransitionBuilder(const CaseSnapshot &snapshot, CaseAction action, const Session &actor,
                      const QDateTime &now, const QString &reason);

    CaseRecord &record() { return m_t.record; }
    Transition &transition() { return m_t; }
    // The case's state before the transition.
    CaseState before() const { return m_before; }
    SubCase *step(qint64 id);

    // A history line for the case (step null) or a step.
    void event(const SubCase *step, const QString &from, const QString &to,
               const QJsonObject &data = {});
    // Moves a step to `to` with its history line (a move to the same state records
    // a change of holder).
    void moveStep(SubCase &step, StepState to, const QJsonObject &data = {});
    // Waiting steps follow their predecessors: open once all are approved,
    // skipped once one of them is refused or skipped; each move is recorded
    // as automatic.
    void followOn();
    // The case ends before its steps are decided: what is still open falls
    // away and the clock's pauses end.
    void closeEarly(CaseState state, CaseResult result);
    // The case completes when its last step is decided and no decision about it
    // (a fee waiver) waits for a supervisor.
    void completeIfDone();
    // The transition, the state of an open case derived from its steps.
    Transition finish(CaseState derivedFrom);

private:
    const CaseSnapshot &m_snapshot;
    Transition m_t;
    CaseAction m_action;
    Session m_actor;
    QDateTime m_now;
    QString m_reason;
    CaseState m_before;
};

} // namespace OneWindow
