#include "workflow/TransitionBuilder.h"

#include "workflow/CaseStateMachine.h"

namespace OneWindow {

namespace {

// Waiting steps follow their predecessors. Returns the ids that changed.
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

} // namespace

TransitionBuilder::TransitionBuilder(const CaseSnapshot &snapshot, CaseAction action,
                                     const Session &actor, const QDateTime &now,
                                     const QString &reason)
    : m_snapshot(snapshot)
    , m_action(action)
    , m_actor(actor)
    , m_now(now)
    , m_reason(reason)
    , m_before(snapshot.record.state)
{
    m_t.record = snapshot.record;
}

SubCase *TransitionBuilder::step(qint64 id)
{
    for (SubCase &s : m_t.record.subCases)
        if (s.id == id)
            return &s;
    return nullptr;
}

void TransitionBuilder::event(const SubCase *step, const QString &from, const QString &to,
                              const QJsonObject &data)
{
    CaseEvent e;
    e.caseId = m_t.record.id;
    e.subCaseId = step ? step->id : 0;
    e.action = m_action;
    e.fromState = from;
    e.toState = to;
    e.actor = m_actor.displayName;
    e.actorId = m_actor.userId;
    e.at = m_now;
    e.reason = m_reason;
    e.data = data;
    m_t.events << e;
}

void TransitionBuilder::moveStep(SubCase &s, StepState to, const QJsonObject &data)
{
    const QString from = CaseStates::key(s.state);
    s.state = to;
    m_t.changedSteps.insert(s.id);
    event(&s, from, CaseStates::key(to), data);
}

void TransitionBuilder::followOn()
{
    for (qint64 id : propagate(m_t.record)) {
        const SubCase *s = step(id);
        m_t.changedSteps.insert(id);
        CaseEvent e;
        e.caseId = m_t.record.id;
        e.subCaseId = id;
        e.action = m_action;
        e.fromState = CaseStates::key(StepState::Waiting);
        e.toState = CaseStates::key(s->state);
        e.actor = m_actor.displayName;
        e.actorId = m_actor.userId;
        e.at = m_now;
        e.data = QJsonObject{{QStringLiteral("auto"), true}};
        m_t.events << e;
    }
}

void TransitionBuilder::closeEarly(CaseState state, CaseResult result)
{
    CaseRecord &c = m_t.record;
    for (SubCase &s : c.subCases)
        if (!CaseStates::isDone(s.state))
            moveStep(s, StepState::Skipped);
    for (const CasePause &p : m_snapshot.openPauses()) {
        CasePause ended = p;
        ended.endedAt = m_now;
        ended.endDay = m_now.date();
        m_t.changedPauses << ended;
    }
    c.state = state;
    c.result = result;
    c.completedAt = m_now;
    event(nullptr, CaseStates::key(m_before), CaseStates::key(state),
          QJsonObject{{QStringLiteral("result"), CaseStates::key(result)}});
}

void TransitionBuilder::completeIfDone()
{
    CaseRecord &c = m_t.record;
    if (!c.isOpen() || !allDone(c) || !m_snapshot.pendingDecisions().isEmpty())
        return;
    c.result = CaseStateMachine::resultOf(c);
    c.state = CaseState::Completed;
    c.completedAt = m_now;
    CaseEvent e;
    e.caseId = c.id;
    e.action = CaseAction::Complete;
    e.fromState = CaseStates::key(CaseStateMachine::derive(c, m_before));
    e.toState = CaseStates::key(CaseState::Completed);
    e.actor = m_actor.displayName;
    e.actorId = m_actor.userId;
    e.at = m_now;
    e.data = QJsonObject{{QStringLiteral("result"), CaseStates::key(c.result)},
                         {QStringLiteral("auto"), true}};
    m_t.events << e;
}

Transition TransitionBuilder::finish(CaseState derivedFrom)
{
    if (m_t.record.isOpen())
        m_t.record.state = CaseStateMachine::derive(m_t.record, derivedFrom);
    return m_t;
}

} // namespace OneWindow
