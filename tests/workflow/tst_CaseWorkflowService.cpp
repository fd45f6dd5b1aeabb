// The case lifecycle on a real database, SQLite and PostgreSQL: a newborn
// bundle from acceptance through its departments (sequence, parallel steps),
// a return for supplement that moves the promised date, completion and
// handover; withdrawal and reopening; refusals that change nothing and are
// audited; two officers acting at once; the department inbox; a refusal, a
// 退件 and a fee waiver that wait for a supervisor's confirmation.
#include "casefile/CaseRepository.h"
#include "common/FixedClock.h"
#include "helpers/SampleIntake.h"
#include "helpers/TestDatabase.h"
#include "helpers/WorkflowHall.h"
#include "intake/IntakeService.h"
#include "review/ReviewRepository.h"
#include "review/ReviewService.h"
#include "security/AuditLog.h"
#include "security/UserRepository.h"
#include "storage/Database.h"
#include "storage/EditConflict.h"
#include "templates/TemplateCatalogue.h"
#include "workflow/CaseWorkflowService.h"
#include "workflow/DepartmentInbox.h"

#include <QSemaphore>
#include <QTest>

#include <thread>

using namespace OneWindow;

namespace {

const QDateTime kMonday = Test::kWorkflowMonday;

using Hall = Test::WorkflowHall;

// Working days in (from, to], counted on the calendar here, not by the code under test.
int workingDaysBetween(const WorkingDayCalendar &c, const QDate &from, const QDate &to)
{
    int n = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1))
        n += c.isWorkingDay(d) ? 1 : 0;
    return n;
}

} // namespace

class tst_CaseWorkflowService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lifecycle_data() { TestDatabase::addBackendRows(); }
    void lifecycle()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        Hall h(backend);
        QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
        const QString number = h.acceptNewborn();
        QVERIFY(!number.isEmpty());
        CaseSnapshot s = h.load(number);
        QCOMPARE(s.record.state, CaseState::Accepted);
        QCOMPARE(s.history.size(), 1);
        QCOMPARE(s.history.first().action, CaseAction::Accept);

        // 公安 waits for 卫健.
        QCOMPARE(h.act(number, CaseAction::Claim, h.police, "hukou").error().code,
                 QStringLiteral("step-waiting"));
        QVERIFY(h.claimAndApprove(number, "birth-check", h.health));
        s = h.load(number);
        QCOMPARE(s.record.state, CaseState::InProgress);
        QCOMPARE(s.record.stepByKey("hukou")->state, StepState::Open);
        QCOMPARE(s.record.stepByKey("insurance")->state, StepState::Waiting);

        // 公安 asks for the household register on Tuesday 10th; the clerk records it on
        // Thursday 26th, after the Spring Festival.
        QVERIFY(h.act(number, CaseAction::Claim, h.police, "hukou").ok());
        h.clock.set(QDateTime(QDate(2026, 2, 10), QTime(15, 0), Qt::OffsetFromUTC, 8 * 3600));
        const QDate promisedBefore = h.load(number).record.deadline;
        const QDate hukouBefore = h.load(number).record.stepByKey("hukou")->deadline;
        auto returned = h.act(number, CaseAction::Return, h.police, "hukou",
                              QStringLiteral("户口簿页面不清晰"), {"household-register"});
        QVERIFY2(returned.ok(), qPrintable(returned.error().code));
        QCOMPARE(returned->record.state, CaseState::AwaitingSupplement);
        QCOMPARE(returned->pauses.size(), 1);
        QCOMPARE(returned->pauses.first().outstanding(), QStringList{"household-register"});
        QCOMPARE(h.act(number, CaseAction::Approve, h.police, "hukou").error().code,
                 QStringLiteral("step-paused"));

        h.clock.set(QDateTime(QDate(2026, 2, 26), QTime(10, 0), Qt::OffsetFromUTC, 8 * 3600));
        auto supplied =
            h.act(number, CaseAction::Supplement, h.clerk, {}, {}, {"household-register"});
        QVERIFY2(supplied.ok(), qPrintable(supplied.error().code));
        QCOMPARE(supplied->record.state, CaseState::InProgress);
        QCOMPARE(supplied->record.stepByKey("hukou")->state, StepState::Open);
        // The promised date moved by exactly the working days the clock stood still.
        const int stopped = workingDaysBetween(h.calendar, QDate(2026, 2, 10), QDate(2026, 2, 26));
        QCOMPARE(stopped, 7); // 11, 12, 13, 14 (make-up Saturday), 24, 25, 26
        QCOMPARE(h.workflow.pausedWorkingDays(supplied.value()), stopped);
        auto shifted = [&](const QDate &d) {
            QDate moved = d;
            for (int left = stopped; left > 0;) {
                moved = moved.addDays(1);
                left -= h.calendar.isWorkingDay(moved) ? 1 : 0;
            }
            return moved;
        };
        QCOMPARE(supplied->record.stepByKey("hukou")->deadline, shifted(hukouBefore));
        QCOMPARE(supplied->record.deadline, shifted(promisedBefore));

        // 公安 approves; 医保 and 人社 run in parallel; the last one completes the case.
        QVERIFY(
            h.act(number, CaseAction::Approve, h.police, "hukou", QStringLiteral("户号 001")).ok());
        s = h.load(number);
        QCOMPARE(s.record.stepByKey("insurance")->state, StepState::Open);
        QCOMPARE(s.record.stepByKey("ss-card")->state, StepState::Open);
        QVERIFY(h.claimAndApprove(number, "insurance", h.insurance));
        QCOMPARE(h.load(number).record.state, CaseState::InProgress);
        QVERIFY(h.claimAndApprove(number, "ss-card", h.social));
        s = h.load(number);
        QCOMPARE(s.record.state, CaseState::Completed);
        QCOMPARE(s.record.result, CaseResult::Granted);

        // Handover at the window.
        auto delivered = h.handOverToApplicant(number);
        QVERIFY2(delivered.ok(), qPrintable(delivered.error().code));
        QCOMPARE(delivered->record.state, CaseState::Delivered);
        QCOMPARE(h.act(number, CaseAction::Withdraw, h.clerk, {}, QStringLiteral("x")).error().code,
                 QStringLiteral("case-closed"));

        // Every transition is in the history, in order, with who and when.
        QStringList actions;
        for (const CaseEvent &e : delivered->history)
            if (e.subCaseId == 0 || !e.data.value(QStringLiteral("auto")).toBool())
                actions << CaseStates::key(e.action);
        // (The supplement writes two lines: the step back to open, and the case's.)
        QCOMPARE(actions, (QStringList{"accept", "claim", "approve", "claim", "return",
                                       "supplement", "supplement", "approve", "claim", "approve",
                                       "claim", "approve", "complete", "deliver"}));
        QCOMPARE(h.count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE subject = ?"
                                        " AND action LIKE 'case-%'"),
                         {number}),
                 11); // every act() that succeeded: 2 + 1 + 1 + 1 + 1 + 2 + 2 + 1
        QCOMPARE(h.audit.firstBrokenEvent().value(), qint64(0));
    }

    void refusalsChangeNothing_data() { TestDatabase::addBackendRows(); }
    void refusalsChangeNothing()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        Hall h(backend);
        QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
        const QString number = h.acceptNewborn();
        const int version = h.load(number).record.version;
        const int events = h.count(QStringLiteral("SELECT COUNT(*) FROM case_events"));
        QCOMPARE(h.act(number, CaseAction::Claim, h.insurance, "birth-check").error().code,
                 QStringLiteral("other-department"));
        QCOMPARE(h.act(number, CaseAction::Approve, h.clerk, "birth-check").error().code,
                 QStringLiteral("forbidden"));
        QCOMPARE(h.act(number, CaseAction::Complete, h.clerk).error().code,
                 QStringLiteral("steps-open"));
        QCOMPARE(h.act(QStringLiteral("no-such-case"), CaseAction::Withdraw, h.clerk, {},
                       QStringLiteral("x"))
                     .error()
                     .code,
                 QStringLiteral("not-found"));
        QCOMPARE(h.load(number).record.version, version);
        QCOMPARE(h.count(QStringLiteral("SELECT COUNT(*) FROM case_events")), events);
        QCOMPARE(h.count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action ="
                                        " 'refused' AND subject = ?"),
                         {number}),
                 3);
        // An officer may look only at cases with a step of their department.
        Session admin;
        admin.userId = h.clerk.userId;
        admin.role = Role::Administrator;
        QCOMPARE(h.workflow.load(number, admin).error().code, QStringLiteral("forbidden"));
        QVERIFY(h.workflow.load(number, h.police).ok());
    }

    void withdrawAndReopen_data() { TestDatabase::addBackendRows(); }
    void withdrawAndReopen()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        Hall h(backend);
        QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
        const QString first = h.acceptNewborn(0);
        QVERIFY(h.act(first, CaseAction::Claim, h.health, "birth-check").ok());
        auto withdrawn =
            h.act(first, CaseAction::Withdraw, h.clerk, {}, QStringLiteral("申请人要求撤回"));
        QVERIFY2(withdrawn.ok(), qPrintable(withdrawn.error().code));
        QCOMPARE(withdrawn->record.state, CaseState::Withdrawn);
        for (const SubCase &s : withdrawn->record.subCases)
            QCOMPARE(s.state, StepState::Skipped);

        const QString second = h.acceptNewborn(2);
        QVERIFY(h.act(second, CaseAction::Claim, h.health, "birth-check").ok());
        QVERIFY(h.act(second, CaseAction::Refuse, h.health, "birth-check",
                      QStringLiteral("出生医学证明编号与医院登记不符"))
                    .ok());
        QCOMPARE(h.load(second).record.state, CaseState::InProgress); // until confirmed
        QVERIFY(h.decide(second, QStringLiteral("refusal"), true).ok());
        CaseSnapshot s = h.load(second);
        QCOMPARE(s.record.state, CaseState::Completed);
        QCOMPARE(s.record.result, CaseResult::Refused);
        QCOMPARE(s.record.stepByKey("hukou")->state, StepState::Skipped);
        auto reopened =
            h.act(second, CaseAction::Reopen, h.supervisor, {}, QStringLiteral("医院更正了登记"));
        QVERIFY2(reopened.ok(), qPrintable(reopened.error().code));
        QCOMPARE(reopened->record.state, CaseState::InProgress);
        QCOMPARE(reopened->record.stepByKey("birth-check")->state, StepState::Open);
        QCOMPARE(reopened->record.stepByKey("hukou")->state, StepState::Waiting);
        QCOMPARE(reopened->history.last().reason, QStringLiteral("医院更正了登记"));
    }

    void returnFileEndsTheCase_data() { TestDatabase::addBackendRows(); }
    void returnFileEndsTheCase()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        Hall h(backend);
        QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
        const QString number = h.acceptNewborn();
        QVERIFY(h.claimAndApprove(number, "birth-check", h.health));
        QVERIFY(h.act(number, CaseAction::Claim, h.police, "hukou").ok());
        QVERIFY(h.act(number, CaseAction::Return, h.police, "hukou", QStringLiteral("户口簿缺页"),
                      {"household-register"})
                    .ok());
        const int eventsBefore = h.load(number).history.size();
        // Not the holder's colleague, not the counter: the step's holder.
        QCOMPARE(h.act(number, CaseAction::ReturnFile, h.police2, "hukou", QStringLiteral("逾期"))
                     .error()
                     .code,
                 QStringLiteral("not-holder"));
        QCOMPARE(h.act(number, CaseAction::ReturnFile, h.clerk, "hukou", QStringLiteral("逾期"))
                     .error()
                     .code,
                 QStringLiteral("forbidden"));
        auto returned = h.act(number, CaseAction::ReturnFile, h.police, "hukou",
                              QStringLiteral("申请人逾期未补正户口簿"));
        QVERIFY2(returned.ok(), qPrintable(returned.error().code));
        // Proposed: the case still waits for the material, its clock stopped, until a
        // supervisor confirms; the counter cannot take the material meanwhile.
        QCOMPARE(returned->record.state, CaseState::AwaitingSupplement);
        QCOMPARE(returned->record.stepByKey("hukou")->state, StepState::ReturnFilePending);
        QCOMPARE(returned->openPauses().size(), 1);
        QCOMPARE(returned->history.last().action, CaseAction::ReturnFile);
        QCOMPARE(returned->history.last().toState, QStringLiteral("return-file-pending"));
        QCOMPARE(h.act(number, CaseAction::Supplement, h.clerk, {}, {}, {"household-register"})
                     .error()
                     .code,
                 QStringLiteral("decision-pending"));
        QCOMPARE(h.pending(number, QStringLiteral("file-returned")).stepId,
                 returned->record.stepByKey("hukou")->id);
        QVERIFY(h.decide(number, QStringLiteral("file-returned"), true).ok());

        // What was stored, read back in a fresh load.
        const CaseSnapshot s = h.load(number);
        QCOMPARE(s.record.state, CaseState::Completed);
        QCOMPARE(s.record.result, CaseResult::FileReturned);
        QCOMPARE(s.record.stepByKey("birth-check")->state, StepState::Approved);
        QCOMPARE(s.record.stepByKey("hukou")->state, StepState::Skipped);
        QCOMPARE(s.record.stepByKey("hukou")->result, QStringLiteral("申请人逾期未补正户口簿"));
        for (const SubCase &step : s.record.subCases)
            QVERIFY(CaseStates::isDone(step.state));
        QVERIFY(s.openPauses().isEmpty());
        QVERIFY(s.history.size() > eventsBefore);
        // The history names who confirmed it and who made it.
        QCOMPARE(s.history.last().action, CaseAction::Confirm);
        QCOMPARE(s.history.last().toState, QStringLiteral("completed"));
        QCOMPARE(s.history.last().actor, h.supervisor.displayName);
        bool makerNamed = false;
        for (const CaseEvent &e : s.history)
            makerNamed = makerNamed || (e.action == CaseAction::Confirm &&
                                        e.data.value("maker").toString() == h.police.displayName);
        QVERIFY(makerNamed);
        QCOMPARE(h.count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = ?"
                                        " AND subject = ?"),
                         {QStringLiteral("case-return-file"), number}),
                 1);
        QCOMPARE(h.count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = ?"
                                        " AND subject = ? AND detail = 'file-returned'"),
                         {QStringLiteral("review-approve"), number}),
                 1);
        // The case is closed to the departments; the file goes back at the window.
        QCOMPARE(h.act(number, CaseAction::Supplement, h.clerk, {}, {}, {"household-register"})
                     .error()
                     .code,
                 QStringLiteral("case-closed"));
        auto delivered = h.handOverToApplicant(number);
        QVERIFY2(delivered.ok(), qPrintable(delivered.error().code));
        QCOMPARE(delivered->record.state, CaseState::Delivered);
        QCOMPARE(delivered->record.result, CaseResult::FileReturned);
    }

    // A refusal (不予许可) waits for a supervisor who did not make it: the step and
    // the case show it, the case does not complete, sending back reopens the step
    // with the comment its holder reads in the inbox; a fee waiver holds the
    // completion likewise.
    void decisionsWaitForTheChecker_data() { TestDatabase::addBackendRows(); }
    void decisionsWaitForTheChecker()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        Hall h(backend);
        QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
        const QString number = h.acceptNewborn();
        QVERIFY(h.act(number, CaseAction::Claim, h.health, "birth-check").ok());
        auto proposed = h.act(number, CaseAction::Refuse, h.health, "birth-check",
                              QStringLiteral("出生医学证明编号与医院登记不符"));
        QVERIFY2(proposed.ok(), qPrintable(proposed.error().code));
        const qint64 step = proposed->record.stepByKey("birth-check")->id;
        QCOMPARE(proposed->record.stepByKey("birth-check")->state, StepState::RefusalPending);
        QCOMPARE(proposed->record.stepByKey("hukou")->state, StepState::Waiting);
        QCOMPARE(proposed->record.state, CaseState::InProgress);
        QVERIFY(!proposed->record.completedAt.isValid());
        QCOMPARE(proposed->pendingDecisions().size(), 1);
        QCOMPARE(proposed->pendingDecisions().first().stepId, step);
        // Frozen for everyone else meanwhile; the holder keeps it and sees it in the inbox.
        QCOMPARE(h.act(number, CaseAction::Release, h.supervisor, "birth-check").error().code,
                 QStringLiteral("decision-pending"));
        QCOMPARE(
            h.act(number, CaseAction::Withdraw, h.clerk, {}, QStringLiteral("撤回")).error().code,
            QStringLiteral("decision-pending"));
        DepartmentInbox::Filter mine;
        mine.mineOnly = true;
        auto inbox = h.inbox.page(mine, h.health, h.clock.today());
        QVERIFY(inbox.ok());
        QCOMPARE(inbox->size(), 1);
        QCOMPARE(inbox->first().step.state, StepState::RefusalPending);
        // Only a supervisor: not the maker (an officer), not the counter.
        QCOMPARE(h.decide(number, QStringLiteral("refusal"), true, {}, &h.health).error().code,
                 QStringLiteral("forbidden"));
        QCOMPARE(h.decide(number, QStringLiteral("refusal"), false, {}).error().code,
                 QStringLiteral("comment-required"));
        QCOMPARE(h.load(number).record.stepByKey("birth-check")->state, StepState::RefusalPending);

        // Sent back: open again for its holder, the comment in the history and the inbox.
        QVERIFY(h.decide(number, QStringLiteral("refusal"), false, QStringLiteral("请电话核实医院"))
                    .ok());
        CaseSnapshot s = h.load(number);
        QCOMPARE(s.record.stepByKey("birth-check")->state, StepState::Open);
        QCOMPARE(s.record.stepByKey("birth-check")->holderId, h.health.userId);
        QVERIFY(s.record.stepByKey("birth-check")->result.isEmpty());
        QCOMPARE(s.record.state, CaseState::InProgress);
        QCOMPARE(s.history.last().action, CaseAction::SendBack);
        QCOMPARE(s.history.last().subCaseId, step);
        QCOMPARE(s.history.last().reason, QStringLiteral("请电话核实医院"));
        QCOMPARE(s.history.last().actor, h.supervisor.displayName);
        inbox = h.inbox.page(mine, h.health, h.clock.today());
        QCOMPARE(inbox->first().step.state, StepState::Open);
        QCOMPARE(inbox->first().sentBackComment, QStringLiteral("请电话核实医院"));
        QCOMPARE(inbox->first().sentBackBy, h.supervisor.displayName);
        QCOMPARE(h.decide(number, QStringLiteral("refusal"), true).error().code,
                 QStringLiteral("not-found")); // nothing pending any more

        // Proposed again and confirmed by another supervisor: the case completes refused.
        QVERIFY(h.act(number, CaseAction::Refuse, h.health, "birth-check",
                      QStringLiteral("医院确认编号有误"))
                    .ok());
        inbox = h.inbox.page(mine, h.health, h.clock.today());
        QVERIFY(inbox->first().sentBackComment.isEmpty()); // the latest word is the new proposal
        QVERIFY(h.decide(number, QStringLiteral("refusal"), true, {}, &h.supervisor2).ok());
        s = h.load(number);
        QCOMPARE(s.record.state, CaseState::Completed);
        QCOMPARE(s.record.result, CaseResult::Refused);
        QCOMPARE(s.record.stepByKey("hukou")->state, StepState::Skipped);
        QCOMPARE(s.record.stepByKey("birth-check")->result, QStringLiteral("医院确认编号有误"));

        // A fee waiver: the last step decided does not complete the case; the verdict does.
        FormTemplate paid = *h.catalogue.find(QStringLiteral("newborn"));
        FeeDefinition fee;
        fee.id = QStringLiteral("certificate");
        fee.title = {QStringLiteral("证件工本费"), QStringLiteral("Certificate fee")};
        fee.amount = 20;
        paid.fees = {fee};
        IntakeRequest request = Test::readAtCounter(
            Test::newbornRequest(&paid, h.clock.today(), 4, 5), h.t.db(), h.clerk, h.clock.now());
        request.feeWaiverReason = QStringLiteral("最低生活保障对象");
        auto waived = h.intake.accept(request, h.clerk);
        QVERIFY2(waived.ok(), qPrintable(waived.error().code));
        const QString w = waived->caseNumber;
        for (const auto &[key, who] : {std::pair{"birth-check", h.health},
                                       {"hukou", h.police},
                                       {"insurance", h.insurance},
                                       {"ss-card", h.social}})
            QVERIFY2(h.claimAndApprove(w, QLatin1String(key), who), key);
        s = h.load(w);
        for (const SubCase &st : s.record.subCases)
            QCOMPARE(st.state, StepState::Approved);
        QCOMPARE(s.record.state, CaseState::InProgress);
        QCOMPARE(h.act(w, CaseAction::Complete, h.clerk).error().code,
                 QStringLiteral("decision-pending"));
        QVERIFY(
            h.decide(w, QStringLiteral("fee-waiver"), false, QStringLiteral("证明材料不全")).ok());
        s = h.load(w);
        QCOMPARE(s.record.state, CaseState::Completed);
        QCOMPARE(s.record.result, CaseResult::Granted);
        QCOMPARE(s.decisions.size(), 1);
        QCOMPARE(s.decisions.first().state, ReviewItem::State::Returned);
        QCOMPARE(s.history.at(s.history.size() - 2).action, CaseAction::SendBack);
        QCOMPARE(h.audit.firstBrokenEvent().value(), qint64(0));
    }

    void specialProcedureMovesBothLimits_data() { TestDatabase::addBackendRows(); }
    void specialProcedureMovesBothLimits()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        Hall h(backend);
        QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
        const QString number = h.acceptNewborn();
        QVERIFY(h.act(number, CaseAction::Claim, h.health, "birth-check").ok());
        const CaseRecord before = h.load(number).record;
        ActionRequest start;
        start.action = CaseAction::SpecialStart;
        start.stepId = before.stepByKey("birth-check")->id;
        start.procedure = SpecialProcedure::ExpertReview;
        start.reason = QStringLiteral("出生证明真伪需鉴定");
        start.expectedEnd = QDate(2026, 3, 6);
        auto started = h.workflow.act(number, start, h.health);
        QVERIFY2(started.ok(), qPrintable(started.error().code));
        QCOMPARE(started->record.state, CaseState::SpecialProcedure);
        QCOMPARE(started->pauses.first().procedure, SpecialProcedure::ExpertReview);
        QCOMPARE(started->pauses.first().expectedEnd, QDate(2026, 3, 6));
        h.clock.set(QDateTime(QDate(2026, 2, 12), QTime(16, 0), Qt::OffsetFromUTC, 8 * 3600));
        auto ended = h.act(number, CaseAction::SpecialEnd, h.health, "birth-check");
        QVERIFY2(ended.ok(), qPrintable(ended.error().code));
        // Tue 10, Wed 11, Thu 12 stood still.
        const int stopped = workingDaysBetween(h.calendar, QDate(2026, 2, 9), QDate(2026, 2, 12));
        QCOMPARE(stopped, 3);
        const SubCase *step = ended->record.stepByKey("birth-check");
        QCOMPARE(step->deadline, h.calendar.addWorkingDays(QDate(2026, 2, 9), 1 + stopped));
        QCOMPARE(step->statutoryDeadline,
                 h.calendar.addWorkingDays(QDate(2026, 2, 9), step->statutoryDays + stopped));
        QVERIFY(ended->record.statutoryDeadline >= ended->record.deadline);
        QCOMPARE(ended->record.state, CaseState::InProgress);
    }

    void staleViewIsToldWhoChangedIt_data() { TestDatabase::addBackendRows(); }
    void staleViewIsToldWhoChangedIt()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        Hall h(backend);
        QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
        const QString number = h.acceptNewborn();
        QVERIFY(h.claimAndApprove(number, "birth-check", h.health));
        // Two 公安 officers look at the same case; the second one claims first.
        const CaseSnapshot seen = h.load(number);
        QVERIFY(h.act(number, CaseAction::Claim, h.police2, "hukou").ok());
        ActionRequest late;
        late.action = CaseAction::Claim;
        late.stepId = seen.record.stepByKey("hukou")->id;
        late.expectedVersion = seen.record.version;
        auto lost = h.workflow.act(number, late, h.police);
        QCOMPARE(lost.error().code, QStringLiteral("conflict"));
        const auto conflict = EditConflict::fromError(lost.error());
        QVERIFY(conflict.has_value());
        QCOMPARE(conflict->changedBy, h.police2.displayName);
        QCOMPARE(conflict->changedAt, h.clock.now().toUTC());
        // Acting on what is stored now says who holds it.
        late.expectedVersion = 0;
        auto held = h.workflow.act(number, late, h.police);
        QCOMPARE(held.error().code, QStringLiteral("held-by-other"));
        QCOMPARE(held.error().detail, h.police2.displayName);
        QCOMPARE(h.load(number).record.stepByKey("hukou")->holderId, h.police2.userId);
    }

    // Two officers on two connections claim the same step at the same moment:
    // exactly one holds it, the other is told who.
    void simultaneousClaims_data() { TestDatabase::addBackendRows(); }
    void simultaneousClaims()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        Hall h(backend);
        QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
        const QString number = h.acceptNewborn();
        const qint64 stepId = h.step(number, QStringLiteral("birth-check"));
        const QString url = h.t.url();
        QSemaphore ready;
        QSemaphore go;
        Error errors[2];
        bool ok[2] = {false, false};
        auto officer = [&](int i, Session who) {
            Database db(DatabaseUrl::parse(url).value());
            if (!db.open()) {
                ready.release();
                return;
            }
            FixedClock clock(kMonday);
            AuditLog audit(db, clock);
            WorkingDayCalendar calendar = WorkingDayCalendar::official();
            TemplateCatalogue catalogue;
            CaseWorkflowService workflow(db, audit, clock, calendar, catalogue);
            ActionRequest claim;
            claim.action = CaseAction::Claim;
            claim.stepId = stepId;
            ready.release();
            go.acquire();
            auto r = workflow.act(number, claim, who);
            ok[i] = r.ok();
            if (!r)
                errors[i] = r.error();
        };
        Session second = h.health;
        second.userId =
            h.account(QStringLiteral("wj02"), Role::Officer, QStringLiteral("卫健")).userId;
        second.username = QStringLiteral("wj02");
        second.displayName = QStringLiteral("wj02 同志");
        std::thread a(officer, 0, h.health);
        std::thread b(officer, 1, second);
        ready.acquire(2);
        go.release(2);
        a.join();
        b.join();
        QCOMPARE(int(ok[0]) + int(ok[1]), 1);
        const int loser = ok[0] ? 1 : 0;
        const QString winner = ok[0] ? h.health.displayName : second.displayName;
        const Error &e = errors[loser];
        if (e.code == QLatin1String("conflict"))
            QCOMPARE(EditConflict::fromError(e)->changedBy, winner);
        else
            QCOMPARE(e.code + QLatin1Char(' ') + e.detail,
                     QStringLiteral("held-by-other ") + winner);
        QCOMPARE(h.load(number).record.subCase(stepId)->holder, winner);
        QCOMPARE(h.count(QStringLiteral("SELECT COUNT(*) FROM case_events WHERE action = 'claim'")),
                 1);
    }

    void inbox_data() { TestDatabase::addBackendRows(); }
    void inbox()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        Hall h(backend);
        QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
        const QString a = h.acceptNewborn(0);
        h.clock.set(kMonday.addDays(1));
        const QString b = h.acceptNewborn(2);
        DepartmentInbox::Filter mine;
        auto health = h.inbox.page(mine, h.health, h.clock.today());
        QVERIFY2(health.ok(), qPrintable(health.error().code));
        QCOMPARE(health->size(), 2);
        QCOMPARE(health->at(0).caseNumber, a); // sooner deadline first
        QCOMPARE(health->at(1).caseNumber, b);
        QVERIFY(health->at(0).step.deadline <= health->at(1).step.deadline);
        QCOMPARE(health->at(0).step.state, StepState::Open);
        QVERIFY(!health->at(0).applicantName.isEmpty());
        // 公安's steps are there too, waiting for 卫健.
        auto police = h.inbox.page(mine, h.police, h.clock.today());
        QCOMPARE(police->size(), 2);
        QCOMPARE(police->at(0).step.state, StepState::Waiting);
        // Due tomorrow: due soon; a week later: overdue.
        QCOMPARE(h.inbox.urgency(health->at(0).step, h.clock.today()),
                 DepartmentInbox::Urgency::DueSoon);
        QCOMPARE(h.inbox.urgency(health->at(0).step, QDate(2026, 3, 2)),
                 DepartmentInbox::Urgency::Overdue);
        mine.overdueOnly = true;
        QCOMPARE(h.inbox.page(mine, h.health, QDate(2026, 3, 2))->size(), 2);
        QCOMPARE(h.inbox.page(mine, h.health, h.clock.today())->size(), 0);
        mine.overdueOnly = false;
        QVERIFY(h.act(a, CaseAction::Claim, h.health, "birth-check").ok());
        mine.mineOnly = true;
        QCOMPARE(h.inbox.page(mine, h.health, h.clock.today())->size(), 1);
        // Decided steps leave the inbox.
        QVERIFY(h.act(a, CaseAction::Approve, h.health, "birth-check").ok());
        mine.mineOnly = false;
        QCOMPARE(h.inbox.page(mine, h.health, h.clock.today())->size(), 1);
        // An officer sees only their department; a supervisor any; a clerk none.
        DepartmentInbox::Filter other;
        other.department = QStringLiteral("公安");
        QCOMPARE(h.inbox.page(other, h.health, h.clock.today()).error().code,
                 QStringLiteral("other-department"));
        QCOMPARE(h.inbox.page(other, h.supervisor, h.clock.today())->size(), 2);
        QCOMPARE(h.inbox.page(other, h.clerk, h.clock.today()).error().code,
                 QStringLiteral("forbidden"));
        DepartmentInbox::Filter paged;
        paged.department = QStringLiteral("公安");
        paged.limit = 1;
        paged.offset = 1;
        QCOMPARE(h.inbox.page(paged, h.supervisor, h.clock.today())->size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_CaseWorkflowService)
#include "tst_CaseWorkflowService.moc"
