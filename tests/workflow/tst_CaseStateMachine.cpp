// The lifecycle's rules without a database. First a data-driven matrix, one
// row per case state x action x role, against a specification written here
// independently of the machine; then the effects of actions in sequence, and
// decisions against the citizen (refusal, 退件, fee waiver) that wait for a
// supervisor who is not their maker.
#include "workflow/CaseStateMachine.h"

#include "helpers/TestSession.h"

#include <QJsonArray>
#include <QTest>

using namespace OneWindow;

namespace {

const QDateTime kNow(QDate(2026, 3, 10), QTime(10, 0));

Session user(qint64 id, Role role, const QString &department = {})
{
    Session s = Test::session(id, QStringLiteral("u%1").arg(id), role, department);
    s.displayName = QStringLiteral("用户%1").arg(id);
    return s;
}

const Session kOfficer = user(10, Role::Officer, QStringLiteral("公安"));
const Session kOtherOfficer = user(11, Role::Officer, QStringLiteral("医保"));
const Session kColleague = user(12, Role::Officer, QStringLiteral("公安"));
const Session kClerk = user(20, Role::Clerk);
const Session kSupervisor = user(30, Role::Supervisor);
const Session kAdmin = user(40, Role::Administrator);

SubCase step(qint64 id, const QString &key, const QString &department,
             const QStringList &after = {})
{
    SubCase s;
    s.id = id;
    s.stepKey = key;
    s.department = department;
    s.title = department + QStringLiteral("办理");
    s.after = after;
    s.state = after.isEmpty() ? StepState::Open : StepState::Waiting;
    s.version = 1;
    return s;
}

void hold(SubCase &s, const Session &by)
{
    s.holder = by.displayName;
    s.holderId = by.userId;
    s.claimedAt = kNow.addSecs(-3600);
}

CasePause openPause(qint64 id, qint64 stepId, CasePause::Kind kind, const QStringList &materials)
{
    CasePause p;
    p.id = id;
    p.caseId = 1;
    p.subCaseId = stepId;
    p.kind = kind;
    p.materials = materials;
    p.startedAt = kNow.addDays(-2);
    p.startDay = p.startedAt.date();
    return p;
}

CaseSnapshot bundle(const QList<SubCase> &steps)
{
    CaseSnapshot s;
    s.record.id = 1;
    s.record.caseNumber = QStringLiteral("510107-20260305-00001");
    s.record.title = QStringLiteral("测试事项");
    s.record.state = CaseState::Accepted;
    s.record.version = 3;
    s.record.subCases = steps;
    s.knownMaterials = {QStringLiteral("m1"), QStringLiteral("m2"), QStringLiteral("m3")};
    return s;
}

// Applies an allowed action and carries the result over as storage would.
Transition applyOk(CaseSnapshot &s, const ActionRequest &r, const Session &who)
{
    auto t = CaseStateMachine::apply(s, r, who, kNow);
    if (!t) {
        qWarning() << "refused" << CaseStates::key(r.action) << t.error().code << t.error().detail;
        return {};
    }
    s.record = t.value().record;
    if (t.value().newPause) {
        CasePause p = *t.value().newPause;
        p.id = s.pauses.size() + 100;
        s.pauses << p;
    }
    for (const CasePause &changed : t.value().changedPauses)
        for (CasePause &p : s.pauses)
            if (p.id == changed.id)
                p = changed;
    for (qint64 id : t.value().fulfilledCommitments)
        for (CaseCommitment &c : s.commitments)
            if (c.id == id)
                c.fulfilledAt = kNow;
    return t.value();
}

QString refusal(const CaseSnapshot &s, const ActionRequest &r, const Session &who)
{
    auto t = CaseStateMachine::apply(s, r, who, kNow);
    return t ? QStringLiteral("allowed") : t.error().code;
}

ActionRequest act(CaseAction a, qint64 stepId = 0, const QString &reason = {})
{
    ActionRequest r;
    r.action = a;
    r.stepId = stepId;
    r.reason = reason;
    return r;
}

StepState stateOf(const CaseSnapshot &s, qint64 id)
{
    return s.record.subCase(id)->state;
}

// The review item a proposed refusal or 退件 (or a fee waiver, step 0) puts
// before the supervisor, as the workflow service stores it.
ReviewItem proposal(const QString &kind, qint64 stepId, const Session &maker, qint64 id = 50)
{
    ReviewItem r;
    r.id = id;
    r.kind = kind;
    r.caseId = 1;
    r.stepId = stepId;
    r.makerId = maker.userId;
    r.makerName = maker.displayName;
    r.detail = QStringLiteral("理由");
    return r;
}

// A supervisor's verdict, carried over as storage would.
Transition decideOk(CaseSnapshot &s, const ReviewItem &d, bool confirm, const Session &who,
                    const QString &comment = {})
{
    auto t = CaseStateMachine::decide(s, d, confirm, comment, who, kNow);
    if (!t) {
        qWarning() << "refused" << d.kind << t.error().code << t.error().detail;
        return {};
    }
    s.record = t.value().record;
    for (const CasePause &changed : t.value().changedPauses)
        for (CasePause &p : s.pauses)
            if (p.id == changed.id)
                p = changed;
    for (ReviewItem &item : s.decisions)
        if (item.id == d.id)
            item.state = confirm ? ReviewItem::State::Approved : ReviewItem::State::Returned;
    return t.value();
}

QString decisionRefusal(const CaseSnapshot &s, const ReviewItem &d, bool confirm,
                        const Session &who, const QString &comment = QStringLiteral("意见"))
{
    auto t = CaseStateMachine::decide(s, d, confirm, comment, who, kNow);
    return t ? QStringLiteral("allowed") : t.error().code;
}

} // namespace

Q_DECLARE_METATYPE(OneWindow::CaseAction)

class tst_CaseStateMachine : public QObject
{
    Q_OBJECT

    // The case states of the matrix: every state, plus an open case whose steps
    // are all decided (the only time "complete" is needed by hand).
    static QStringList matrixStates()
    {
        return {"accepted",    "in-progress", "awaiting-supplement", "special-procedure",
                "all-decided", "completed",   "delivered",           "withdrawn"};
    }

    // Step A (公安) is the one acted on; step B (卫健) gives the case its state.
    static CaseSnapshot matrixCase(const QString &state, CaseAction action)
    {
        SubCase a = step(1, QStringLiteral("a"), QStringLiteral("公安"));
        SubCase b = step(2, QStringLiteral("b"), QStringLiteral("卫健"));
        CaseSnapshot s = bundle({a, b});
        CaseRecord &c = s.record;
        SubCase &A = c.subCases[0];
        SubCase &B = c.subCases[1];
        const bool closed = state == "completed" || state == "delivered" || state == "withdrawn";
        if (state == "all-decided" || closed) {
            A.state = B.state = state == "withdrawn" ? StepState::Skipped : StepState::Approved;
        } else {
            // A as the action needs it.
            if (action != CaseAction::Claim)
                hold(A, kOfficer);
            if (action == CaseAction::SpecialEnd) {
                A.state = StepState::Special;
                s.pauses << openPause(7, 1, CasePause::Kind::Special, {});
            }
            if (action == CaseAction::ReturnFile) {
                A.state = StepState::Returned;
                s.pauses << openPause(6, 1, CasePause::Kind::Supplement, {QStringLiteral("m2")});
            }
        }
        c.state = *CaseStates::caseStateFromKey(
            state == "all-decided" ? QStringLiteral("in-progress") : state);
        if (state == "in-progress")
            hold(B, kColleague);
        if (state == "awaiting-supplement") {
            B.state = StepState::Returned;
            s.pauses << openPause(8, 2, CasePause::Kind::Supplement, {QStringLiteral("m1")});
        }
        if (state == "special-procedure") {
            B.state = StepState::Special;
            s.pauses << openPause(9, 2, CasePause::Kind::Special, {});
        }
        if (closed)
            c.result = state == "withdrawn" ? CaseResult::Withdrawn : CaseResult::Granted;
        return s;
    }

    // What each action needs besides permission, so an allowed row really succeeds.
    static ActionRequest matrixRequest(CaseAction action)
    {
        ActionRequest r =
            act(action, CaseStateMachine::isStepAction(action) ? 1 : 0, QStringLiteral("理由"));
        if (action == CaseAction::Return || action == CaseAction::Supplement)
            r.materials = {QStringLiteral("m1")};
        if (action == CaseAction::SpecialStart)
            r.expectedEnd = kNow.date().addDays(10);
        if (action == CaseAction::Reopen)
            r.stepId = 1; // two approved steps: the supervisor says which to work again
        if (action == CaseAction::Deliver)
            r.delivery = QJsonObject{{QStringLiteral("kind"), QStringLiteral("applicant")}};
        return r;
    }

    // The specification: who may do what in which state.
    static bool specAllows(const QString &state, CaseAction action, const QString &role)
    {
        const bool open = state != "completed" && state != "delivered" && state != "withdrawn";
        const bool counter = role == "clerk" || role == "supervisor";
        switch (action) {
        case CaseAction::Claim:
        case CaseAction::Approve:
        case CaseAction::Return:
        case CaseAction::SpecialStart:
        case CaseAction::SpecialEnd:
        case CaseAction::Refuse:
        case CaseAction::ReturnFile:
            return open && state != "all-decided" && role == "officer";
        case CaseAction::Release:
            return open && state != "all-decided" && (role == "officer" || role == "supervisor");
        case CaseAction::Supplement:
            return state == "awaiting-supplement" && counter;
        case CaseAction::Complete:
            return state == "all-decided" && (counter || role == "officer");
        case CaseAction::Deliver:
            return state == "completed" && counter;
        case CaseAction::Withdraw:
            return open && counter;
        case CaseAction::Reopen:
            return (state == "completed" || state == "delivered") && role == "supervisor";
        case CaseAction::Accept:
        case CaseAction::Confirm:  // only through decide(), for a proposal
        case CaseAction::SendBack: // likewise
            return false;
        }
        return false;
    }

private Q_SLOTS:
    void matrix_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<CaseAction>("action");
        QTest::addColumn<QString>("role");
        const QStringList roles = {"clerk", "officer", "other-officer", "supervisor", "admin"};
        for (const QString &state : matrixStates())
            for (CaseAction action : CaseStates::allActions()) {
                if (action == CaseAction::Accept)
                    continue;
                for (const QString &role : roles)
                    QTest::addRow("%s %s %s", qPrintable(state),
                                  qPrintable(CaseStates::key(action)), qPrintable(role))
                        << state << action << role;
            }
    }

    void matrix()
    {
        QFETCH(QString, state);
        QFETCH(CaseAction, action);
        QFETCH(QString, role);
        const Session who = role == "clerk"           ? kClerk
                            : role == "officer"       ? kOfficer
                            : role == "other-officer" ? kOtherOfficer
                            : role == "supervisor"    ? kSupervisor
                                                      : kAdmin;
        const CaseSnapshot s = matrixCase(state, action);
        const bool expected = specAllows(state, action, role);
        const qint64 stepId = CaseStateMachine::isStepAction(action) ? 1 : 0;
        const Status checked = CaseStateMachine::check(s, action, stepId, who);
        QVERIFY2(checked.ok() == expected, qPrintable(checked.error().code));
        QCOMPARE(CaseStateMachine::allowedActions(s, stepId, who).contains(action), expected);
        auto applied = CaseStateMachine::apply(s, matrixRequest(action), who, kNow);
        QVERIFY2(applied.ok() == expected, qPrintable(applied.error().code));
        if (!expected)
            QVERIFY(!applied.error().code.isEmpty());
        else
            QVERIFY(!applied.value().events.isEmpty());
    }

    void sequenceAndJoin()
    {
        // A, then B and C in parallel, then D joining them.
        CaseSnapshot s = bundle({step(1, "a", "公安"), step(2, "b", "公安", {"a"}),
                                 step(3, "c", "公安", {"a"}), step(4, "d", "公安", {"b", "c"})});
        QCOMPARE(refusal(s, act(CaseAction::Claim, 2), kOfficer), QStringLiteral("step-waiting"));
        applyOk(s, act(CaseAction::Claim, 1), kOfficer);
        QCOMPARE(s.record.state, CaseState::InProgress);
        QCOMPARE(s.record.subCase(1)->holderId, kOfficer.userId);
        const Transition t = applyOk(s, act(CaseAction::Approve, 1, "证号 001"), kOfficer);
        QCOMPARE(stateOf(s, 1), StepState::Approved);
        QCOMPARE(s.record.subCase(1)->result, QStringLiteral("证号 001"));
        QCOMPARE(stateOf(s, 2), StepState::Open);
        QCOMPARE(stateOf(s, 3), StepState::Open);
        QCOMPARE(stateOf(s, 4), StepState::Waiting);
        QCOMPARE(t.changedSteps, (QSet<qint64>{1, 2, 3}));
        applyOk(s, act(CaseAction::Claim, 2), kOfficer);
        applyOk(s, act(CaseAction::Approve, 2), kOfficer);
        QCOMPARE(stateOf(s, 4), StepState::Waiting); // C is not done yet
        applyOk(s, act(CaseAction::Claim, 3), kOfficer);
        applyOk(s, act(CaseAction::Approve, 3), kOfficer);
        QCOMPARE(stateOf(s, 4), StepState::Open);
        QCOMPARE(s.record.state, CaseState::InProgress);
        applyOk(s, act(CaseAction::Claim, 4), kOfficer);
        const Transition last = applyOk(s, act(CaseAction::Approve, 4), kOfficer);
        QCOMPARE(s.record.state, CaseState::Completed);
        QCOMPARE(s.record.result, CaseResult::Granted);
        QCOMPARE(s.record.completedAt, kNow);
        QCOMPARE(last.events.last().action, CaseAction::Complete);
    }

    void refusalSkipsWhatFollows()
    {
        CaseSnapshot s = bundle(
            {step(1, "a", "公安"), step(2, "b", "公安", {"a"}), step(3, "c", "公安", {"b"})});
        applyOk(s, act(CaseAction::Claim, 1), kOfficer);
        QCOMPARE(refusal(s, act(CaseAction::Refuse, 1, "  "), kOfficer),
                 QStringLiteral("reason-required"));
        const Transition proposed =
            applyOk(s, act(CaseAction::Refuse, 1, "不符合《户口登记条例》第七条"), kOfficer);
        // Proposed: nothing follows from it yet, the case is not completed.
        QCOMPARE(stateOf(s, 1), StepState::RefusalPending);
        QCOMPARE(s.record.subCase(1)->holderId, kOfficer.userId);
        QCOMPARE(stateOf(s, 2), StepState::Waiting);
        QCOMPARE(stateOf(s, 3), StepState::Waiting);
        QCOMPARE(s.record.state, CaseState::InProgress);
        QCOMPARE(s.record.result, CaseResult::None);
        QVERIFY(!s.record.completedAt.isValid());
        QCOMPARE(proposed.events.size(), 1);
        QCOMPARE(proposed.events.first().toState, QStringLiteral("refusal-pending"));
        // Confirmed by a supervisor: what a refusal did before.
        const Transition t =
            decideOk(s, proposal(QStringLiteral("refusal"), 1, kOfficer), true, kSupervisor);
        QCOMPARE(stateOf(s, 1), StepState::Refused);
        QCOMPARE(s.record.subCase(1)->result, QStringLiteral("不符合《户口登记条例》第七条"));
        QCOMPARE(stateOf(s, 2), StepState::Skipped);
        QCOMPARE(stateOf(s, 3), StepState::Skipped);
        QCOMPARE(s.record.state, CaseState::Completed);
        QCOMPARE(s.record.result, CaseResult::Refused);
        QCOMPARE(s.record.completedAt, kNow);
        // The history names the confirmer (actor) and the maker.
        QCOMPARE(t.events.first().action, CaseAction::Confirm);
        QCOMPARE(t.events.first().actorId, kSupervisor.userId);
        QCOMPARE(t.events.first().data.value("maker").toString(), kOfficer.displayName);
        QCOMPARE(t.events.first().fromState, QStringLiteral("refusal-pending"));
        QCOMPARE(t.events.first().toState, QStringLiteral("refused"));
        QCOMPARE(t.events.last().action, CaseAction::Complete);

        // One department refuses, the other approves: partly granted.
        CaseSnapshot p = bundle({step(1, "a", "公安"), step(2, "b", "公安")});
        applyOk(p, act(CaseAction::Claim, 1), kOfficer);
        applyOk(p, act(CaseAction::Approve, 1), kOfficer);
        applyOk(p, act(CaseAction::Claim, 2), kOfficer);
        applyOk(p, act(CaseAction::Refuse, 2, "理由"), kOfficer);
        QCOMPARE(p.record.state, CaseState::InProgress);
        decideOk(p, proposal(QStringLiteral("refusal"), 2, kOfficer), true, kSupervisor);
        QCOMPARE(p.record.result, CaseResult::PartlyGranted);
    }

    // Nobody but the supervisor moves a step whose refusal or 退件 waits for them;
    // the case neither completes nor is withdrawn meanwhile. One row per action
    // on a step pending each kind of decision, for each role.
    void pendingDecisionFreezesTheStep_data()
    {
        QTest::addColumn<QString>("pending");
        QTest::addColumn<CaseAction>("action");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("expected");
        for (const char *pending : {"refusal-pending", "return-file-pending"})
            for (CaseAction action : CaseStates::allActions()) {
                if (action == CaseAction::Accept)
                    continue;
                for (const char *role : {"holder", "colleague", "supervisor", "clerk"}) {
                    const QString r = QLatin1String(role);
                    QString expected;
                    switch (action) {
                    case CaseAction::Deliver:
                        expected =
                            r == "holder" || r == "colleague" ? "forbidden" : "not-completed";
                        break;
                    case CaseAction::Reopen:
                        expected = r == "supervisor" ? "not-completed" : "forbidden";
                        break;
                    case CaseAction::Confirm:
                    case CaseAction::SendBack:
                        expected = "not-an-action";
                        break;
                    case CaseAction::Supplement:
                        // The material a 退件 gave up on is not taken while it is pending.
                        expected = r == "holder" || r == "colleague" ? "forbidden"
                                   : QLatin1String(pending) == "refusal-pending"
                                       ? "nothing-outstanding"
                                       : "decision-pending";
                        break;
                    case CaseAction::Withdraw:
                        expected =
                            r == "holder" || r == "colleague" ? "forbidden" : "decision-pending";
                        break;
                    case CaseAction::Complete:
                        expected = "decision-pending";
                        break;
                    case CaseAction::Release: // the supervisor may release any step, not this one
                        expected = r == "clerk" ? "forbidden" : "decision-pending";
                        break;
                    default: // the step's own actions: its department's officers only
                        expected =
                            r == "holder" || r == "colleague" ? "decision-pending" : "forbidden";
                        break;
                    }
                    QTest::addRow("%s %s %s", pending, qPrintable(CaseStates::key(action)), role)
                        << QString::fromLatin1(pending) << action << r << expected;
                }
            }
    }

    void pendingDecisionFreezesTheStep()
    {
        QFETCH(QString, pending);
        QFETCH(CaseAction, action);
        QFETCH(QString, role);
        QFETCH(QString, expected);
        CaseSnapshot s = bundle({step(1, "a", "公安"), step(2, "b", "公安")});
        applyOk(s, act(CaseAction::Claim, 2), kColleague);
        applyOk(s, act(CaseAction::Approve, 2), kColleague);
        applyOk(s, act(CaseAction::Claim, 1), kOfficer);
        if (pending == "return-file-pending") {
            ActionRequest ret = act(CaseAction::Return, 1, "缺少户口簿");
            ret.materials = {QStringLiteral("m1")};
            applyOk(s, ret, kOfficer);
            applyOk(s, act(CaseAction::ReturnFile, 1, "逾期未补正"), kOfficer);
            QCOMPARE(s.record.state, CaseState::AwaitingSupplement); // the clock stays stopped
        } else {
            applyOk(s, act(CaseAction::Refuse, 1, "理由"), kOfficer);
            QCOMPARE(s.record.state, CaseState::InProgress);
        }
        QCOMPARE(CaseStates::key(stateOf(s, 1)), pending);
        const Session who = role == "holder"       ? kOfficer
                            : role == "colleague"  ? kColleague
                            : role == "supervisor" ? kSupervisor
                                                   : kClerk;
        ActionRequest r = matrixRequest(action);
        r.stepId = CaseStateMachine::isStepAction(action) || action == CaseAction::Reopen ? 1 : 0;
        QCOMPARE(refusal(s, r, who), expected);
        QVERIFY(!CaseStateMachine::allowedActions(s, CaseStateMachine::isStepAction(action) ? 1 : 0,
                                                  who)
                     .contains(action));
    }

    void decisionsHaveACheckerWhoIsNotTheirMaker()
    {
        CaseSnapshot s = bundle({step(1, "a", "公安")});
        applyOk(s, act(CaseAction::Claim, 1), kOfficer);
        applyOk(s, act(CaseAction::Refuse, 1, "理由"), kOfficer);
        const ReviewItem byOfficer = proposal(QStringLiteral("refusal"), 1, kOfficer);
        // Only a supervisor decides; never on their own proposal; sending back says why.
        QCOMPARE(decisionRefusal(s, byOfficer, true, kOfficer), QStringLiteral("forbidden"));
        QCOMPARE(decisionRefusal(s, byOfficer, true, kClerk), QStringLiteral("forbidden"));
        const Session supervisor2 = user(31, Role::Supervisor);
        QCOMPARE(decisionRefusal(s, proposal(QStringLiteral("refusal"), 1, supervisor2), true,
                                 supervisor2),
                 QStringLiteral("own-action"));
        QCOMPARE(decisionRefusal(s, byOfficer, false, kSupervisor, QStringLiteral(" ")),
                 QStringLiteral("comment-required"));
        // About the wrong step, or a step no longer waiting: nothing changes.
        QCOMPARE(decisionRefusal(s, proposal(QStringLiteral("file-returned"), 1, kOfficer), true,
                                 kSupervisor),
                 QStringLiteral("not-pending"));
        QCOMPARE(
            decisionRefusal(s, proposal(QStringLiteral("refusal"), 9, kOfficer), true, kSupervisor),
            QStringLiteral("step-not-found"));
        QCOMPARE(
            decisionRefusal(s, proposal(QStringLiteral("sample"), 1, kOfficer), true, kSupervisor),
            QStringLiteral("not-a-decision"));
        decideOk(s, byOfficer, true, kSupervisor);
        QCOMPARE(decisionRefusal(s, byOfficer, true, kSupervisor), QStringLiteral("not-pending"));
    }

    void sendingBackReopensTheStep()
    {
        // A refusal sent back: the step is open again with its holder, the reason
        // gone, the supervisor's comment in its history.
        CaseSnapshot s = bundle({step(1, "a", "公安"), step(2, "b", "公安", {"a"})});
        applyOk(s, act(CaseAction::Claim, 1), kOfficer);
        applyOk(s, act(CaseAction::Refuse, 1, "理由不充分"), kOfficer);
        const Transition back = decideOk(s, proposal(QStringLiteral("refusal"), 1, kOfficer), false,
                                         kSupervisor, QStringLiteral("请先核实户籍信息"));
        QCOMPARE(stateOf(s, 1), StepState::Open);
        QCOMPARE(s.record.subCase(1)->holderId, kOfficer.userId);
        QVERIFY(s.record.subCase(1)->result.isEmpty());
        QCOMPARE(stateOf(s, 2), StepState::Waiting);
        QCOMPARE(s.record.state, CaseState::InProgress);
        QCOMPARE(back.events.size(), 1);
        QCOMPARE(back.events.first().action, CaseAction::SendBack);
        QCOMPARE(back.events.first().subCaseId, qint64(1));
        QCOMPARE(back.events.first().reason, QStringLiteral("请先核实户籍信息"));
        QCOMPARE(back.events.first().actor, kSupervisor.displayName);
        QCOMPARE(back.events.first().data.value("maker").toString(), kOfficer.displayName);
        // The holder works it again: approves it this time.
        applyOk(s, act(CaseAction::Approve, 1), kOfficer);
        QCOMPARE(stateOf(s, 2), StepState::Open);

        // A 退件 sent back: the step waits for the material again, the clock still stopped.
        CaseSnapshot r = bundle({step(1, "a", "公安")});
        applyOk(r, act(CaseAction::Claim, 1), kOfficer);
        ActionRequest ret = act(CaseAction::Return, 1, "缺少户口簿");
        ret.materials = {QStringLiteral("m1")};
        applyOk(r, ret, kOfficer);
        applyOk(r, act(CaseAction::ReturnFile, 1, "逾期未补正"), kOfficer);
        // The material cannot be recorded while the 退件 waits for the supervisor.
        ActionRequest brought = act(CaseAction::Supplement);
        brought.materials = {QStringLiteral("m1")};
        QCOMPARE(refusal(r, brought, kClerk), QStringLiteral("decision-pending"));
        const Transition t = decideOk(r, proposal(QStringLiteral("file-returned"), 1, kOfficer),
                                      false, kSupervisor, QStringLiteral("申请人已来电，明日补交"));
        QCOMPARE(stateOf(r, 1), StepState::Returned);
        QVERIFY(r.record.subCase(1)->result.isEmpty());
        QVERIFY(t.changedPauses.isEmpty());
        QVERIFY(r.pauses.first().isOpen());
        QCOMPARE(r.record.state, CaseState::AwaitingSupplement);
        // Now the counter records it and the holder goes on.
        applyOk(r, brought, kClerk);
        QCOMPARE(stateOf(r, 1), StepState::Open);
    }

    void feeWaiverHoldsCompletion()
    {
        CaseSnapshot s = bundle({step(1, "a", "公安")});
        ReviewItem waiver = proposal(QStringLiteral("fee-waiver"), 0, kClerk);
        waiver.detail = QStringLiteral("20.00 元：最低生活保障对象");
        s.decisions << waiver;
        applyOk(s, act(CaseAction::Claim, 1), kOfficer);
        applyOk(s, act(CaseAction::Approve, 1), kOfficer);
        // Every step decided, the waiver not: not completed, nor by hand.
        QCOMPARE(stateOf(s, 1), StepState::Approved);
        QCOMPARE(s.record.state, CaseState::InProgress);
        QCOMPARE(refusal(s, act(CaseAction::Complete), kClerk), QStringLiteral("decision-pending"));
        QCOMPARE(refusal(s, act(CaseAction::Withdraw, 0, "撤回"), kClerk),
                 QStringLiteral("decision-pending"));
        // Sent back, the fees are owed again, and the case completes.
        const Transition t = decideOk(s, waiver, false, kSupervisor, QStringLiteral("不符合条件"));
        QCOMPARE(t.events.first().action, CaseAction::SendBack);
        QCOMPARE(t.events.first().subCaseId, qint64(0));
        QCOMPARE(t.events.first().data.value("decision").toString(), QStringLiteral("fee-waiver"));
        QCOMPARE(s.record.state, CaseState::Completed);
        QCOMPARE(s.record.result, CaseResult::Granted);
    }

    void supplementStopsAndResumesTheClock()
    {
        CaseSnapshot s = bundle({step(1, "a", "公安"), step(2, "b", "卫健")});
        applyOk(s, act(CaseAction::Claim, 1), kOfficer);
        ActionRequest ret = act(CaseAction::Return, 1, "缺少户口簿和照片");
        QCOMPARE(refusal(s, ret, kOfficer), QStringLiteral("materials-required"));
        ret.materials = {QStringLiteral("m9")};
        QCOMPARE(refusal(s, ret, kOfficer), QStringLiteral("material-unknown"));
        ret.materials = {QStringLiteral("m1"), QStringLiteral("m2")};
        const Transition t = applyOk(s, ret, kOfficer);
        QVERIFY(t.newPause.has_value());
        QVERIFY(t.clockChanged);
        QCOMPARE(t.newPause->materials, (QStringList{"m1", "m2"}));
        QCOMPARE(t.newPause->startDay, kNow.date());
        QCOMPARE(stateOf(s, 1), StepState::Returned);
        QCOMPARE(s.record.state, CaseState::AwaitingSupplement);
        // Only the counter records what the citizen brings.
        ActionRequest brought = act(CaseAction::Supplement);
        brought.materials = {QStringLiteral("m1")};
        QCOMPARE(refusal(s, brought, kOfficer), QStringLiteral("forbidden"));
        applyOk(s, brought, kClerk);
        QCOMPARE(s.pauses.first().received, QStringList{"m1"});
        QVERIFY(s.pauses.first().isOpen());
        QCOMPARE(s.record.state, CaseState::AwaitingSupplement);
        QCOMPARE(refusal(s, brought, kClerk), QStringLiteral("material-not-requested"));
        brought.materials = {QStringLiteral("m2")};
        const Transition resumed = applyOk(s, brought, kClerk);
        QVERIFY(resumed.clockChanged);
        QVERIFY(!s.pauses.first().isOpen());
        QCOMPARE(s.pauses.first().endDay, kNow.date());
        QCOMPARE(stateOf(s, 1), StepState::Open);
        QCOMPARE(s.record.subCase(1)->holderId, kOfficer.userId); // the holder keeps it
        QCOMPARE(s.record.state, CaseState::InProgress);
        QCOMPARE(refusal(s, brought, kClerk), QStringLiteral("nothing-outstanding"));
    }

    void commitmentsAreFulfilledAtTheCounter()
    {
        CaseSnapshot s = bundle({step(1, "a", "公安")});
        CaseCommitment k;
        k.id = 5;
        k.caseId = 1;
        k.material = QStringLiteral("m3");
        k.due = kNow.date().addDays(5);
        s.commitments << k;
        ActionRequest brought = act(CaseAction::Supplement);
        brought.materials = {QStringLiteral("m3")};
        const Transition t = applyOk(s, brought, kClerk);
        QCOMPARE(t.fulfilledCommitments, QList<qint64>{5});
        QVERIFY(!t.clockChanged);
        QCOMPARE(s.record.state, CaseState::Accepted);
    }

    void specialProcedure()
    {
        CaseSnapshot s = bundle({step(1, "a", "公安")});
        applyOk(s, act(CaseAction::Claim, 1), kOfficer);
        ActionRequest start = act(CaseAction::SpecialStart, 1);
        start.procedure = SpecialProcedure::Inspection;
        start.expectedEnd = kNow.date().addDays(15);
        QCOMPARE(refusal(s, start, kOfficer), QStringLiteral("reason-required"));
        start.reason = QStringLiteral("需现场核查经营场所");
        start.expectedEnd = kNow.date().addDays(-1);
        QCOMPARE(refusal(s, start, kOfficer), QStringLiteral("expected-end-required"));
        start.expectedEnd = kNow.date().addDays(15);
        const Transition t = applyOk(s, start, kOfficer);
        QCOMPARE(t.newPause->kind, CasePause::Kind::Special);
        QCOMPARE(t.newPause->procedure, SpecialProcedure::Inspection);
        QCOMPARE(s.record.state, CaseState::SpecialProcedure);
        QCOMPARE(refusal(s, act(CaseAction::Approve, 1), kOfficer), QStringLiteral("step-paused"));
        QCOMPARE(refusal(s, act(CaseAction::SpecialEnd, 1), kColleague),
                 QStringLiteral("not-holder"));
        applyOk(s, act(CaseAction::SpecialEnd, 1), kOfficer);
        QCOMPARE(stateOf(s, 1), StepState::Open);
        QVERIFY(!s.pauses.first().isOpen());
        QCOMPARE(s.record.state, CaseState::InProgress);
    }

    void onlyTheHolderDecides()
    {
        CaseSnapshot s = bundle({step(1, "a", "公安")});
        QCOMPARE(refusal(s, act(CaseAction::Approve, 1), kOfficer), QStringLiteral("not-claimed"));
        QCOMPARE(refusal(s, act(CaseAction::Claim, 1), kOtherOfficer),
                 QStringLiteral("other-department"));
        QCOMPARE(refusal(s, act(CaseAction::Approve, 1), kClerk), QStringLiteral("forbidden"));
        applyOk(s, act(CaseAction::Claim, 1), kOfficer);
        auto taken = CaseStateMachine::apply(s, act(CaseAction::Claim, 1), kColleague, kNow);
        QCOMPARE(taken.error().code, QStringLiteral("held-by-other"));
        QCOMPARE(taken.error().detail, kOfficer.displayName);
        QCOMPARE(refusal(s, act(CaseAction::Approve, 1), kColleague), QStringLiteral("not-holder"));
        QCOMPARE(refusal(s, act(CaseAction::Claim, 1), kOfficer), QStringLiteral("already-yours"));
        // A supervisor frees it; then the colleague may take it.
        applyOk(s, act(CaseAction::Release, 1), kSupervisor);
        QCOMPARE(s.record.subCase(1)->holderId, qint64(0));
        applyOk(s, act(CaseAction::Claim, 1), kColleague);
        QCOMPARE(s.record.subCase(1)->holder, kColleague.displayName);
    }

    void withdrawal()
    {
        CaseSnapshot s = bundle({step(1, "a", "公安"), step(2, "b", "公安", {"a"})});
        applyOk(s, act(CaseAction::Claim, 1), kOfficer);
        ActionRequest ret = act(CaseAction::Return, 1);
        ret.materials = {QStringLiteral("m1")};
        applyOk(s, ret, kOfficer);
        QCOMPARE(refusal(s, act(CaseAction::Withdraw), kClerk), QStringLiteral("reason-required"));
        const Transition t = applyOk(s, act(CaseAction::Withdraw, 0, "申请人要求撤回"), kClerk);
        QCOMPARE(s.record.state, CaseState::Withdrawn);
        QCOMPARE(s.record.result, CaseResult::Withdrawn);
        QCOMPARE(stateOf(s, 1), StepState::Skipped);
        QCOMPARE(stateOf(s, 2), StepState::Skipped);
        QCOMPARE(t.changedPauses.size(), 1);
        QVERIFY(!s.pauses.first().isOpen());
        QCOMPARE(refusal(s, act(CaseAction::Claim, 1), kOfficer), QStringLiteral("case-closed"));
        QCOMPARE(refusal(s, act(CaseAction::Reopen, 0, "x"), kSupervisor),
                 QStringLiteral("case-closed"));
    }

    void returnFile()
    {
        // A and B in parallel, C after A. B is approved; A asks for material
        // that never comes, and its holder returns the file (退件).
        CaseSnapshot s =
            bundle({step(1, "a", "公安"), step(2, "b", "卫健"), step(3, "c", "公安", {"a"})});
        const Session health = user(13, Role::Officer, QStringLiteral("卫健"));
        applyOk(s, act(CaseAction::Claim, 2), health);
        applyOk(s, act(CaseAction::Approve, 2, "证号 9"), health);
        applyOk(s, act(CaseAction::Claim, 1), kOfficer);
        // Only a step waiting for material can return the file.
        QCOMPARE(refusal(s, act(CaseAction::ReturnFile, 1, "逾期"), kOfficer),
                 QStringLiteral("not-returned"));
        ActionRequest ret = act(CaseAction::Return, 1, "缺少户口簿");
        ret.materials = {QStringLiteral("m1")};
        applyOk(s, ret, kOfficer);
        QCOMPARE(refusal(s, act(CaseAction::ReturnFile, 1), kOfficer),
                 QStringLiteral("reason-required"));
        QCOMPARE(refusal(s, act(CaseAction::ReturnFile, 1, "逾期"), kColleague),
                 QStringLiteral("not-holder"));
        QCOMPARE(refusal(s, act(CaseAction::ReturnFile, 1, "逾期"), kClerk),
                 QStringLiteral("forbidden"));
        QVERIFY(CaseStateMachine::allowedActions(s, 1, kOfficer).contains(CaseAction::ReturnFile));
        applyOk(s, act(CaseAction::ReturnFile, 1, "申请人逾期未补正"), kOfficer);
        // Proposed: the step waits for the supervisor, the case still for the material.
        QCOMPARE(stateOf(s, 1), StepState::ReturnFilePending);
        QCOMPARE(s.record.state, CaseState::AwaitingSupplement);
        QVERIFY(s.pauses.first().isOpen());
        QCOMPARE(stateOf(s, 3), StepState::Waiting);
        const Transition t =
            decideOk(s, proposal(QStringLiteral("file-returned"), 1, kOfficer), true, kSupervisor);
        QCOMPARE(s.record.state, CaseState::Completed);
        QCOMPARE(s.record.result, CaseResult::FileReturned);
        QCOMPARE(s.record.completedAt, kNow);
        QCOMPARE(stateOf(s, 1), StepState::Skipped);
        QCOMPARE(s.record.subCase(1)->result, QStringLiteral("申请人逾期未补正"));
        QCOMPARE(stateOf(s, 2), StepState::Approved); // decided before: keeps its result
        QCOMPARE(s.record.subCase(2)->result, QStringLiteral("证号 9"));
        QCOMPARE(stateOf(s, 3), StepState::Skipped);
        QCOMPARE(t.changedSteps, (QSet<qint64>{1, 3}));
        QCOMPARE(t.changedPauses.size(), 1);
        QVERIFY(!s.pauses.first().isOpen());
        QCOMPARE(t.events.first().action, CaseAction::Confirm);
        QCOMPARE(t.events.first().data.value("maker").toString(), kOfficer.displayName);
        QCOMPARE(t.events.last().toState, QStringLiteral("completed"));
        QCOMPARE(t.events.last().data.value("result").toString(), QStringLiteral("file-returned"));
        // The file goes back through the window; the case is closed to departments.
        QCOMPARE(refusal(s, act(CaseAction::Claim, 3), kOfficer), QStringLiteral("case-closed"));
        ActionRequest hand = act(CaseAction::Deliver);
        hand.delivery = QJsonObject{{QStringLiteral("kind"), QStringLiteral("applicant")}};
        applyOk(s, hand, kClerk);
        QCOMPARE(s.record.state, CaseState::Delivered);
    }

    void reopeningAReturnedFile()
    {
        // A, and D beside it with nothing before it; B after A, C after a refused E.
        CaseSnapshot s =
            bundle({step(1, "a", "公安"), step(2, "b", "公安", {"a"}), step(3, "c", "公安", {"e"}),
                    step(4, "d", "公安"), step(5, "e", "公安")});
        applyOk(s, act(CaseAction::Claim, 5), kOfficer);
        applyOk(s, act(CaseAction::Refuse, 5, "理由"), kOfficer);
        decideOk(s, proposal(QStringLiteral("refusal"), 5, kOfficer), true, kSupervisor);
        QCOMPARE(stateOf(s, 3), StepState::Skipped);
        applyOk(s, act(CaseAction::Claim, 1), kOfficer);
        ActionRequest ret = act(CaseAction::Return, 1);
        ret.materials = {QStringLiteral("m1")};
        applyOk(s, ret, kOfficer);
        applyOk(s, act(CaseAction::ReturnFile, 1, "逾期未补正"), kOfficer);
        decideOk(s, proposal(QStringLiteral("file-returned"), 1, kOfficer, 51), true, kSupervisor);
        QCOMPARE(stateOf(s, 4), StepState::Skipped);
        // The supervisor reopens without naming a step: the one that returned the file.
        const Transition t = applyOk(s, act(CaseAction::Reopen, 0, "材料已补齐"), kSupervisor);
        QVERIFY(!t.events.isEmpty());
        QCOMPARE(s.record.state, CaseState::InProgress);
        QCOMPARE(s.record.result, CaseResult::None);
        QCOMPARE(stateOf(s, 1), StepState::Open);
        QVERIFY(s.record.subCase(1)->result.isEmpty());
        QCOMPARE(stateOf(s, 2), StepState::Waiting); // behind A again
        QCOMPARE(stateOf(s, 4), StepState::Open);    // fell away with the file, back
        QCOMPARE(stateOf(s, 3), StepState::Skipped); // still behind the refusal
        QCOMPARE(stateOf(s, 5), StepState::Refused); // decided before: stays
    }

    void handover()
    {
        CaseSnapshot s = bundle({step(1, "a", "公安")});
        applyOk(s, act(CaseAction::Claim, 1), kOfficer);
        QCOMPARE(refusal(s, act(CaseAction::Deliver), kClerk), QStringLiteral("not-completed"));
        applyOk(s, act(CaseAction::Approve, 1), kOfficer);
        ActionRequest deliver = act(CaseAction::Deliver);
        QCOMPARE(refusal(s, deliver, kClerk), QStringLiteral("delivery-required"));
        deliver.delivery = QJsonObject{{"kind", "agent"}, {"name", "代理人"}, {"idNumber", "123"}};
        QCOMPARE(refusal(s, deliver, kClerk), QStringLiteral("recipient-required"));
        deliver.delivery = QJsonObject{{"kind", "post"}};
        QCOMPARE(refusal(s, deliver, kClerk), QStringLiteral("tracking-required"));
        deliver.delivery =
            QJsonObject{{"kind", "agent"}, {"name", "代理人"}, {"idNumber", "11010519491231002X"}};
        const Transition t = applyOk(s, deliver, kClerk);
        QCOMPARE(s.record.state, CaseState::Delivered);
        QCOMPARE(s.record.deliveredAt, kNow);
        QCOMPARE(s.record.delivery.value("idNumber").toString(),
                 QStringLiteral("11010519491231002X"));
        // The history keeps the number masked.
        QVERIFY(!t.events.last().data.value("idNumber").toString().contains("19491231"));
        QCOMPARE(refusal(s, deliver, kClerk), QStringLiteral("case-closed"));
    }

    void reopening()
    {
        CaseSnapshot s = bundle({step(1, "a", "公安"), step(2, "b", "公安", {"a"})});
        applyOk(s, act(CaseAction::Claim, 1), kOfficer);
        applyOk(s, act(CaseAction::Refuse, 1, "理由"), kOfficer);
        decideOk(s, proposal(QStringLiteral("refusal"), 1, kOfficer), true, kSupervisor);
        QCOMPARE(s.record.state, CaseState::Completed);
        QCOMPARE(refusal(s, act(CaseAction::Reopen, 0, "理由"), kClerk),
                 QStringLiteral("forbidden"));
        QCOMPARE(refusal(s, act(CaseAction::Reopen), kSupervisor),
                 QStringLiteral("reason-required"));
        applyOk(s, act(CaseAction::Reopen, 0, "复核发现材料齐全"), kSupervisor);
        QCOMPARE(s.record.state, CaseState::InProgress);
        QCOMPARE(s.record.result, CaseResult::None);
        QVERIFY(!s.record.completedAt.isValid());
        QCOMPARE(stateOf(s, 1), StepState::Open);
        QCOMPARE(s.record.subCase(1)->holderId, qint64(0));
        QCOMPARE(stateOf(s, 2), StepState::Waiting);
    }
};

QTEST_GUILESS_MAIN(tst_CaseStateMachine)
#include "tst_CaseStateMachine.moc"
