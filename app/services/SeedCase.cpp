#include "services/SeedCase.h"

#include "casefile/DemoMatters.h"

#include <QHash>

namespace OneWindow {

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kHallOffset = 8 * kHour; // UTC+8

// Sorted keys, as QJsonDocument writes an object (the product's step log).
QString jsonList(const char *key, const QString &item)
{
    return QStringLiteral("{\"%1\":[\"%2\"]}").arg(QLatin1String(key), item);
}

const char *const kProcedures[] = {"hearing", "inspection", "testing", "expert-review"};

} // namespace

QDate SeedCase::localDay(qint64 at)
{
    return QDate(1970, 1, 1).addDays((at + kHallOffset) / kDay);
}

qint64 SeedCase::localTime(const QDate &day, int hour, int minute)
{
    return QDate(1970, 1, 1).daysTo(day) * kDay + hour * kHour + minute * kMinute - kHallOffset;
}

SeedCase::SeedCase(const Matter &matter, const Hall &hall, const Staff &clerk, quint64 r,
                   qint64 acceptedAt, qint64 now, const QDate &today, bool open)
    : m_matter(matter)
    , m_hall(hall)
    , m_clerk(clerk)
    , m_r(r)
    , m_at(acceptedAt)
{
    plan(localDay(acceptedAt));
    caseEvent(CaseAction::Accept, QString(), CaseStates::key(CaseState::Accepted), &m_clerk,
              QString(), QString());
    audit(&m_clerk, QStringLiteral("accept-case"), -1, m_matter.templateId);
    // Finished cases were decided by the day before their deadline; open ones
    // are being worked on now.
    qint64 end = now - 30 * kMinute;
    if (!open)
        end = qMin(end, qMax(localTime(m_deadline.addDays(-1), 15, 0), acceptedAt + 2 * kHour));
    if (end <= acceptedAt + 10 * kMinute)
        end = acceptedAt + qMax<qint64>(kMinute, (now - acceptedAt) / 2);
    m_end = end;
    // At most two actions per step and a few more: a return and its supplement,
    // a decision's confirmation, the handover.
    m_step = qMax<qint64>(kMinute, (end - acceptedAt) / (2 * m_steps.size() + 6));
    play(open, now, today);
}

quint64 SeedCase::next()
{
    m_r = DemoMatters::mix(m_r);
    return m_r;
}

void SeedCase::plan(const QDate &acceptedOn)
{
    // IntakeService::planSteps: a step's clock starts when the steps it waits for
    // are due; a step left out passes its predecessors on to those after it.
    QHash<QString, QDate> due;
    QHash<QString, QDate> statutoryDue;
    QHash<QString, QStringList> waitsFor;
    for (int i = 0; i < m_matter.steps.size(); ++i) {
        const StepPlan &plan = m_matter.steps.at(i);
        QDate start = acceptedOn;
        QDate statutoryStart = acceptedOn;
        QStringList predecessors;
        for (const QString &before : plan.after) {
            start = qMax(start, due.value(before, start));
            statutoryStart = qMax(statutoryStart, statutoryDue.value(before, statutoryStart));
            for (const QString &p : waitsFor.value(before))
                if (!predecessors.contains(p))
                    predecessors << p;
        }
        // Three citizens in four take an optional service.
        if (plan.optional && next() % 4 == 0) {
            due.insert(plan.key, start);
            statutoryDue.insert(plan.key, statutoryStart);
            waitsFor.insert(plan.key, predecessors);
            continue;
        }
        Step s;
        s.plan = i;
        s.after = predecessors;
        s.state = predecessors.isEmpty() ? StepState::Open : StepState::Waiting;
        s.startsOn = start;
        s.statutoryDays = qMax(plan.statutoryDays, plan.workingDays);
        s.deadline = DemoMatters::addWorkingDays(start, plan.workingDays);
        s.statutoryDeadline = DemoMatters::addWorkingDays(statutoryStart, s.statutoryDays);
        due.insert(plan.key, s.deadline);
        statutoryDue.insert(plan.key, s.statutoryDeadline);
        waitsFor.insert(plan.key, {plan.key});
        m_deadline = m_deadline.isValid() ? qMax(m_deadline, s.deadline) : s.deadline;
        m_statutoryDeadline = m_statutoryDeadline.isValid()
                                  ? qMax(m_statutoryDeadline, s.statutoryDeadline)
                                  : s.statutoryDeadline;
        m_steps.append(s);
    }
}

void SeedCase::play(bool open, qint64 now, const QDate &today)
{
    const int n = int(m_steps.size());
    int decided = 0;
    if (open) {
        // Some steps decided, then the work in hand: unclaimed, claimed, returned
        // for supplement, or in a special procedure.
        const int stopAfter = int(next() % quint64(n));
        for (int s = firstOpen(); s >= 0; s = firstOpen()) {
            if (decided == stopAfter) {
                for (int i = 0; i < n; ++i) {
                    if (m_steps.at(i).state != StepState::Open)
                        continue;
                    const int roll = int(next() % 100);
                    if (roll < 40)
                        continue;
                    claim(i);
                    if (roll >= 85)
                        startSpecial(i, today);
                    else if (roll >= 70)
                        returnFor(i, false);
                }
                return;
            }
            claim(s);
            if (next() % 8 == 0)
                returnFor(s, true);
            approve(s);
            ++decided;
        }
        return;
    }
    // Most are granted; some refused (其一不予许可), withdrawn or returned unsupplied.
    const int kind = int(next() % 100);
    const bool withdrawn = kind < 3;
    const bool fileReturned = kind >= 3 && kind < 5;
    const bool refused = kind >= 5 && kind < 11;
    const int at = int(next() % quint64(n));
    const int supplementAt = next() % 6 == 0 ? int(next() % quint64(n)) : -1;
    for (int s = firstOpen(); s >= 0; s = firstOpen()) {
        if (withdrawn && decided == at) {
            if (next() % 2 == 0)
                claim(s);
            withdraw();
            return;
        }
        claim(s);
        if (fileReturned && decided == at) {
            returnFor(s, false);
            returnFile(s);
            return;
        }
        if (refused && decided == at) {
            refuse(s);
        } else {
            if (decided == supplementAt)
                returnFor(s, true);
            approve(s);
        }
        ++decided;
    }
    // Older results were collected; recent ones may still wait at the window.
    if (m_state == CaseState::Completed && localDay(m_completedAt).daysTo(today) > 10)
        deliver(now);
}

void SeedCase::tick()
{
    m_at = qMin(m_end, m_at + m_step / 2 + qint64(next() % quint64(m_step)));
}

const SeedCase::Staff *SeedCase::officerFor(int s)
{
    const QList<Staff> &list =
        m_hall.officers.value(m_matter.steps.at(m_steps.at(s).plan).department);
    return &list.at(int(next() % quint64(list.size())));
}

const SeedCase::Staff *SeedCase::supervisor()
{
    return &m_hall.supervisors.at(int(next() % quint64(m_hall.supervisors.size())));
}

int SeedCase::firstOpen() const
{
    if (!CaseStates::isOpen(m_state))
        return -1;
    for (int i = 0; i < m_steps.size(); ++i)
        if (m_steps.at(i).state == StepState::Open)
            return i;
    return -1;
}

CaseState SeedCase::derived() const
{
    // CaseStateMachine::derive on the steps as they are now.
    bool returned = false;
    bool special = false;
    bool touched = false;
    for (const Step &s : m_steps) {
        returned =
            returned || s.state == StepState::Returned || s.state == StepState::ReturnFilePending;
        special = special || s.state == StepState::Special;
        touched = touched || s.holder || CaseStates::isDone(s.state);
    }
    if (returned)
        return CaseState::AwaitingSupplement;
    if (special)
        return CaseState::SpecialProcedure;
    if (m_state == CaseState::Accepted && !touched)
        return CaseState::Accepted;
    return CaseState::InProgress;
}

void SeedCase::move(int s, StepState to, CaseAction action, const Staff *actor,
                    const QString &reason, const QString &data)
{
    Step &step = m_steps[s];
    Event e;
    e.step = s;
    e.action = action;
    e.from = CaseStates::key(step.state);
    e.to = CaseStates::key(to);
    e.actor = actor;
    e.at = m_at;
    e.reason = reason;
    e.data = data;
    m_events.append(e);
    step.state = to;
}

void SeedCase::caseEvent(CaseAction action, const QString &from, const QString &to,
                         const Staff *actor, const QString &reason, const QString &data)
{
    Event e;
    e.action = action;
    e.from = from;
    e.to = to;
    e.actor = actor;
    e.at = m_at;
    e.reason = reason;
    e.data = data;
    m_events.append(e);
}

void SeedCase::audit(const Staff *actor, const QString &action, int step, const QString &detail)
{
    Audit a;
    a.at = m_at;
    a.actor = actor;
    a.counter = actor->counter;
    a.action = action;
    a.step = step;
    a.detail = detail;
    m_audits.append(a);
}

void SeedCase::followOn(CaseAction action, const Staff *actor)
{
    // TransitionBuilder's propagate(): a waiting step opens when every step it
    // waits for is approved, and falls away behind a refused or skipped one.
    bool again = true;
    while (again) {
        again = false;
        for (int i = 0; i < m_steps.size(); ++i) {
            Step &s = m_steps[i];
            if (s.state != StepState::Waiting)
                continue;
            bool blocked = false;
            bool ready = true;
            for (const QString &key : s.after) {
                for (const Step &before : std::as_const(m_steps)) {
                    if (m_matter.steps.at(before.plan).key != key)
                        continue;
                    if (before.state == StepState::Refused || before.state == StepState::Skipped)
                        blocked = true;
                    else if (before.state != StepState::Approved)
                        ready = false;
                }
            }
            if (blocked || ready) {
                move(i, blocked ? StepState::Skipped : StepState::Open, action, actor, QString(),
                     QStringLiteral("{\"auto\":true}"));
                again = true;
            }
        }
    }
}

void SeedCase::completeIfDone(const Staff *actor)
{
    for (const Step &s : std::as_const(m_steps))
        if (!CaseStates::isDone(s.state))
            return;
    int approved = 0;
    int refused = 0;
    for (const Step &s : std::as_const(m_steps)) {
        approved += s.state == StepState::Approved ? 1 : 0;
        refused += s.state == StepState::Refused ? 1 : 0;
    }
    m_result = approved > 0 && refused == 0 ? CaseResult::Granted
               : approved > 0               ? CaseResult::PartlyGranted
                                            : CaseResult::Refused;
    caseEvent(CaseAction::Complete, CaseStates::key(derived()),
              CaseStates::key(CaseState::Completed), actor, QString(),
              QStringLiteral("{\"auto\":true,\"result\":\"%1\"}").arg(CaseStates::key(m_result)));
    m_state = CaseState::Completed;
    m_completedAt = m_at;
}

void SeedCase::closeEarly(CaseAction action, const Staff *actor, CaseState state, CaseResult result,
                          const QString &reason)
{
    const CaseState before = m_state;
    for (int i = 0; i < m_steps.size(); ++i)
        if (!CaseStates::isDone(m_steps.at(i).state))
            move(i, StepState::Skipped, action, actor, reason);
    for (Pause &p : m_pauses)
        if (p.endedAt == 0)
            p.endedAt = m_at;
    m_state = state;
    m_result = result;
    m_completedAt = m_at;
    caseEvent(action, CaseStates::key(before), CaseStates::key(state), actor, reason,
              QStringLiteral("{\"result\":\"%1\"}").arg(CaseStates::key(result)));
}

void SeedCase::claim(int s)
{
    tick();
    Step &step = m_steps[s];
    step.holder = officerFor(s);
    step.claimedAt = m_at;
    move(s, step.state, CaseAction::Claim, step.holder, QString());
    audit(step.holder, QStringLiteral("case-claim"), s);
    ++m_version;
    m_state = derived();
}

void SeedCase::approve(int s)
{
    tick();
    Step &step = m_steps[s];
    step.result = QStringLiteral("准予");
    step.completedAt = m_at;
    const Staff *officer = step.holder;
    move(s, StepState::Approved, CaseAction::Approve, officer, step.result);
    followOn(CaseAction::Approve, officer);
    completeIfDone(officer);
    audit(officer, QStringLiteral("case-approve"), s);
    ++m_version;
    if (CaseStates::isOpen(m_state))
        m_state = derived();
}

void SeedCase::returnFor(int s, bool answered)
{
    tick();
    const Staff *officer = m_steps.at(s).holder;
    const QString material =
        m_matter.materials.isEmpty()
            ? QStringLiteral("other")
            : m_matter.materials.at(int(next() % quint64(m_matter.materials.size())));
    Pause p;
    p.step = s;
    p.reason = QStringLiteral("材料不全，请补正");
    p.materials = material;
    p.startedAt = m_at;
    m_pauses.append(p);
    move(s, StepState::Returned, CaseAction::Return, officer, p.reason,
         jsonList("materials", material));
    audit(officer, QStringLiteral("case-return"), s);
    ++m_version;
    m_state = derived();
    if (!answered)
        return;
    // The citizen brings it to a counter: the pause ends, the step opens again.
    tick();
    const CaseState before = m_state;
    m_pauses.last().received = material;
    m_pauses.last().endedAt = m_at;
    move(s, StepState::Open, CaseAction::Supplement, &m_clerk, QString());
    caseEvent(CaseAction::Supplement, CaseStates::key(before), QString(), &m_clerk, QString(),
              jsonList("materials", material));
    audit(&m_clerk, QStringLiteral("case-supplement"), -1);
    ++m_version;
    m_state = derived();
}

void SeedCase::startSpecial(int s, const QDate &today)
{
    tick();
    const Staff *officer = m_steps.at(s).holder;
    Pause p;
    p.step = s;
    p.special = true;
    p.procedure = QString::fromLatin1(kProcedures[next() % 4]);
    p.reason = QStringLiteral("需现场核查");
    p.expectedEnd = today.addDays(5 + int(next() % 15));
    p.startedAt = m_at;
    m_pauses.append(p);
    move(s, StepState::Special, CaseAction::SpecialStart, officer, p.reason,
         QStringLiteral("{\"expectedEnd\":\"%1\",\"procedure\":\"%2\"}")
             .arg(p.expectedEnd.toString(Qt::ISODate), p.procedure));
    audit(officer, QStringLiteral("case-special-start"), s);
    ++m_version;
    m_state = derived();
}

SeedCase::Decision SeedCase::propose(int s, StepState pending, CaseAction action,
                                     const QString &auditAction, const QString &kind,
                                     const QString &result)
{
    // Proposed by the holder, confirmed later by a supervisor who did not make it.
    tick();
    Step &step = m_steps[s];
    const Staff *officer = step.holder;
    step.result = result;
    move(s, pending, action, officer, step.result);
    audit(officer, auditAction, s);
    ++m_version;
    m_state = derived();
    Decision d;
    d.step = s;
    d.kind = kind;
    d.reason = step.result;
    d.maker = officer;
    d.madeAt = m_at;
    d.caseVersion = m_version;
    tick();
    d.checker = supervisor();
    d.decidedAt = m_at;
    m_decisions.append(d);
    m_steps[s].completedAt = m_at;
    return d;
}

void SeedCase::refuse(int s)
{
    const Decision d =
        propose(s, StepState::RefusalPending, CaseAction::Refuse, QStringLiteral("case-refuse"),
                QStringLiteral("refusal"), QStringLiteral("不符合法定条件"));
    move(s, StepState::Refused, CaseAction::Confirm, d.checker, QString(),
         QStringLiteral("{\"decision\":\"refusal\",\"maker\":\"%1\"}").arg(d.maker->name));
    followOn(CaseAction::Confirm, d.checker);
    completeIfDone(d.checker);
    audit(d.checker, QStringLiteral("review-approve"), -1, d.kind);
    ++m_version;
    if (CaseStates::isOpen(m_state))
        m_state = derived();
}

void SeedCase::returnFile(int s)
{
    // 退件: the material never came.
    const Decision d = propose(s, StepState::ReturnFilePending, CaseAction::ReturnFile,
                               QStringLiteral("case-return-file"), QStringLiteral("file-returned"),
                               QStringLiteral("逾期未补正"));
    move(s, StepState::Skipped, CaseAction::Confirm, d.checker, QString(),
         QStringLiteral("{\"decision\":\"file-returned\",\"maker\":\"%1\"}").arg(d.maker->name));
    closeEarly(CaseAction::Confirm, d.checker, CaseState::Completed, CaseResult::FileReturned,
               QString());
    audit(d.checker, QStringLiteral("review-approve"), -1, d.kind);
    ++m_version;
}

void SeedCase::withdraw()
{
    tick();
    closeEarly(CaseAction::Withdraw, &m_clerk, CaseState::Withdrawn, CaseResult::Withdrawn,
               QStringLiteral("申请人申请撤回"));
    audit(&m_clerk, QStringLiteral("case-withdraw"), -1);
    ++m_version;
}

void SeedCase::deliver(qint64 now)
{
    const qint64 at = qMin(now - 10 * kMinute, m_completedAt + kDay + qint64(next() % (4 * kDay)));
    if (at <= m_completedAt)
        return;
    m_at = at;
    m_deliveredBy = &m_hall.clerks.at(int(next() % quint64(m_hall.clerks.size())));
    caseEvent(CaseAction::Deliver, CaseStates::key(CaseState::Completed),
              CaseStates::key(CaseState::Delivered), m_deliveredBy, QString(),
              QStringLiteral("{\"kind\":\"applicant\"}"));
    audit(m_deliveredBy, QStringLiteral("case-deliver"), -1);
    ++m_version;
    m_state = CaseState::Delivered;
    m_deliveredAt = at;
}

} // namespace OneWindow
