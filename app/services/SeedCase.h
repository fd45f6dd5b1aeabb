#pragma once

#include "casefile/CaseState.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace OneWindow {

// One synthetic case as the product would have left it (BulkSeeder): its
// template's steps (ids, departments, `after`, time limits), and what the
// lifecycle writes on the way to the state it is in, action by action by the
// rules of CaseStateMachine and TransitionBuilder: the step log (with the
// automatic lines a decision causes), the pauses of the clock, the decisions
// a supervisor confirmed, and one audit line per action. Built in memory from
// a random state; BulkSeeder gives it its ids and writes the rows.
//
// Times are milliseconds since the epoch, UTC.
class SeedCase
{
public:
    // A template step, as IntakeService plans it.
    struct StepPlan
    {
        QString key;
        QString department;
        QString title;
        QStringList after;
        QStringList receives;
        int workingDays = 1;
        int statutoryDays = 1;
        bool optional = false; // has a `when`: a citizen may decline it
    };
    // A shipped template the seed gives cases of.
    struct Matter
    {
        QString templateId;
        int version = 1;
        QString matterCode;
        QString title;
        bool bundle = false;
        QList<StepPlan> steps;
        QStringList materials; // material ids a department may ask to be supplemented
        int weight = 1;
    };
    // A synthetic member of staff: no account, but a name and an id the step log,
    // the visits and the ratings carry (ids far above those of real accounts).
    struct Staff
    {
        qint64 id = 0;
        QString username;
        QString name;
        QString counter; // clerks only
    };
    // Who may act: clerks (one per counter), officers by department, supervisors.
    struct Hall
    {
        QList<Staff> clerks;
        QHash<QString, QList<Staff>> officers;
        QList<Staff> supervisors;
    };

    struct Step
    {
        int plan = 0; // index into Matter::steps
        QStringList after;
        StepState state = StepState::Open;
        const Staff *holder = nullptr;
        qint64 claimedAt = 0;
        QDate startsOn;
        QDate deadline;
        QDate statutoryDeadline;
        int statutoryDays = 0;
        qint64 completedAt = 0;
        QString result;
    };
    struct Event
    {
        int step = -1; // index into steps; -1: the case
        CaseAction action = CaseAction::Accept;
        QString from;
        QString to;
        const Staff *actor = nullptr;
        qint64 at = 0;
        QString reason;
        QString data; // JSON text, empty for none
    };
    struct Pause
    {
        int step = 0;
        bool special = false;
        QString procedure;
        QString reason;
        QString materials;
        QString received;
        QDate expectedEnd;
        qint64 startedAt = 0;
        qint64 endedAt = 0; // 0: still open
    };
    // A refusal or 退件 its maker proposed and a supervisor confirmed.
    struct Decision
    {
        int step = 0;
        QString kind; // "refusal", "file-returned"
        QString reason;
        const Staff *maker = nullptr;
        const Staff *checker = nullptr;
        qint64 madeAt = 0;
        qint64 decidedAt = 0;
        int caseVersion = 0; // the case's version the proposal made
    };
    // One audit event about the case; `detail` "step:N" names steps[stepOf].
    struct Audit
    {
        qint64 at = 0;
        const Staff *actor = nullptr;
        QString counter;
        QString action;
        int step = -1; // detail "step:<its id>"
        QString detail;
    };

    // Plays one case from its acceptance at `acceptedAt` (by `clerk`) to a state
    // drawn from `r`: finished cases end before `finishBy`, open ones are left
    // with work in hand before `now`.
    SeedCase(const Matter &matter, const Hall &hall, const Staff &clerk, quint64 r,
             qint64 acceptedAt, qint64 now, const QDate &today, bool open);

    const Matter &matter() const { return m_matter; }
    const QList<Step> &steps() const { return m_steps; }
    const QList<Event> &events() const { return m_events; }
    const QList<Pause> &pauses() const { return m_pauses; }
    const QList<Decision> &decisions() const { return m_decisions; }
    const QList<Audit> &audits() const { return m_audits; }
    CaseState state() const { return m_state; }
    CaseResult result() const { return m_result; }
    qint64 completedAt() const { return m_completedAt; }
    qint64 deliveredAt() const { return m_deliveredAt; }
    const Staff *deliveredBy() const { return m_deliveredBy; }
    QDate deadline() const { return m_deadline; }
    QDate statutoryDeadline() const { return m_statutoryDeadline; }
    int version() const { return m_version; }

    // The hall's local day (UTC+8) of a time.
    static QDate localDay(qint64 at);
    // A local (UTC+8) time on a day, as milliseconds since the epoch.
    static qint64 localTime(const QDate &day, int hour, int minute);

private:
    quint64 next();
    void plan(const QDate &acceptedOn);
    void play(bool open, qint64 now, const QDate &today);
    void tick();
    void claim(int s);
    void approve(int s);
    void returnFor(int s, bool answered);
    void startSpecial(int s, const QDate &today);
    void refuse(int s);
    void returnFile(int s);
    // The holder proposes `action` (the step goes `pending`, its result `result`)
    // and a supervisor confirms it a moment later; the decision as recorded.
    Decision propose(int s, StepState pending, CaseAction action, const QString &auditAction,
                     const QString &kind, const QString &result);
    void withdraw();
    void deliver(qint64 now);
    void move(int s, StepState to, CaseAction action, const Staff *actor, const QString &reason,
              const QString &data = {});
    void caseEvent(CaseAction action, const QString &from, const QString &to, const Staff *actor,
                   const QString &reason, const QString &data);
    void audit(const Staff *actor, const QString &action, int step, const QString &detail = {});
    void followOn(CaseAction action, const Staff *actor);
    void completeIfDone(const Staff *actor);
    void closeEarly(CaseAction action, const Staff *actor, CaseState state, CaseResult result,
                    const QString &reason);
    CaseState derived() const;
    const Staff *officerFor(int s);
    const Staff *supervisor();
    int firstOpen() const;

    const Matter &m_matter;
    const Hall &m_hall;
    const Staff &m_clerk;
    quint64 m_r;
    qint64 m_at;
    qint64 m_end = 0;      // no action after this
    qint64 m_step = 60000; // time between two actions
    QList<Step> m_steps;
    QList<Event> m_events;
    QList<Pause> m_pauses;
    QList<Decision> m_decisions;
    QList<Audit> m_audits;
    CaseState m_state = CaseState::Accepted;
    CaseResult m_result = CaseResult::None;
    qint64 m_completedAt = 0;
    qint64 m_deliveredAt = 0;
    const Staff *m_deliveredBy = nullptr;
    QDate m_deadline;
    QDate m_statutoryDeadline;
    int m_version = 1;
};

} // namespace OneWindow
