// The supervisor's figures, counted from real cases on both backends.
#include "common/FixedClock.h"
#include "helpers/SampleIntake.h"
#include "helpers/TestDatabase.h"
#include "intake/IntakeService.h"
#include "reports/DashboardService.h"
#include "security/AuditLog.h"
#include "security/UserRepository.h"
#include "storage/Database.h"
#include "templates/TemplateCatalogue.h"
#include "workflow/CaseWorkflowService.h"

#include <QTest>

using namespace OneWindow;

class tst_DashboardService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void figures_data() { TestDatabase::addBackendRows(); }
    void figures()
    {
        QFETCH(QString, backend);
        TestDatabase t(backend);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::OffsetFromUTC, 8 * 3600));
        AuditLog audit(t.db(), clock);
        const WorkingDayCalendar calendar = WorkingDayCalendar::official();
        TemplateCatalogue catalogue;
        catalogue.loadBuiltIn();
        IntakeService intake(t.db(), audit, clock, calendar, QStringLiteral("510107"));
        CaseWorkflowService workflow(t.db(), audit, clock, calendar, catalogue);
        DashboardService dashboard(t.db(), audit, calendar);
        Session clerk;
        clerk.userId = UserRepository(t.owner())
                           .create({0, QStringLiteral("c1"), QStringLiteral("c1"), Role::Clerk},
                                   QStringLiteral("Password-123"), true)
                           .value();
        clerk.username = QStringLiteral("c1");
        clerk.role = Role::Clerk;
        clerk.counterCode = QStringLiteral("A01");
        Session health = clerk;
        health.role = Role::Officer;
        health.department = QStringLiteral("卫健");
        Session supervisor = clerk;
        supervisor.role = Role::Supervisor;

        const FormTemplate *newborn = catalogue.find(QStringLiteral("newborn"));
        QStringList numbers;
        for (int i = 0; i < 3; ++i)
            numbers << intake
                           .accept(Test::readAtCounter(Test::newbornRequest(newborn, clock.today(),
                                                                            2 * i, 2 * i + 1),
                                                       t.db(), clerk, clock.now()),
                                   clerk)
                           ->caseNumber;
        // One returned for supplement by 卫健, one withdrawn.
        const qint64 step = workflow.load(numbers.at(0), supervisor)
                                ->record.stepByKey(QStringLiteral("birth-check"))
                                ->id;
        ActionRequest r;
        r.action = CaseAction::Claim;
        r.stepId = step;
        QVERIFY(workflow.act(numbers.at(0), r, health).ok());
        r.action = CaseAction::Return;
        r.materials = {QStringLiteral("photo")};
        QVERIFY(workflow.act(numbers.at(0), r, health).ok());
        ActionRequest w;
        w.action = CaseAction::Withdraw;
        w.reason = QStringLiteral("撤回");
        QVERIFY(workflow.act(numbers.at(2), w, clerk).ok());
        // 卫健 proposes to refuse the second: the step waits for the supervisor,
        // still its department's, the clock running.
        ActionRequest refuse;
        refuse.action = CaseAction::Claim;
        refuse.stepId = workflow.load(numbers.at(1), supervisor)
                            ->record.stepByKey(QStringLiteral("birth-check"))
                            ->id;
        QVERIFY(workflow.act(numbers.at(1), refuse, health).ok());
        refuse.action = CaseAction::Refuse;
        refuse.reason = QStringLiteral("出生医学证明与医院记录不符");
        QVERIFY(workflow.act(numbers.at(1), refuse, health).ok());
        QCOMPARE(workflow.load(numbers.at(1), supervisor)
                     ->record.stepByKey(QStringLiteral("birth-check"))
                     ->state,
                 StepState::RefusalPending);

        QCOMPARE(dashboard.today(clerk, clock.today()).error().code, QStringLiteral("forbidden"));
        auto d = dashboard.today(supervisor, clock.today());
        QVERIFY2(d.ok(), qPrintable(d.error().code));
        QCOMPARE(d->acceptedToday, 3);
        QCOMPARE(d->open, 2);
        QCOMPARE(d->awaitingSupplement, 1);
        QCOMPARE(d->overdueCases, 0);
        QCOMPARE(d->readyForCollection, 0);
        // 卫健: one step returned, one whose refusal waits for the supervisor, both
        // held; 公安 waits behind both.
        const auto health_ = std::find_if(
            d->departments.cbegin(), d->departments.cend(),
            [](const Dashboard::Department &x) { return x.department == QStringLiteral("卫健"); });
        QVERIFY(health_ != d->departments.cend());
        QCOMPARE(health_->open, 2);
        QCOMPARE(health_->held, 2);
        // A week later the open steps are overdue.
        auto later = dashboard.today(supervisor, clock.today().addDays(20));
        QCOMPARE(later->overdueCases, 1); // the paused one's clock stands still
        QVERIFY(later->departments.first().overdue > 0);
        // In 卫健 only the proposed refusal is overdue: the returned step's clock stands.
        const auto laterHealth = std::find_if(
            later->departments.cbegin(), later->departments.cend(),
            [](const Dashboard::Department &x) { return x.department == QStringLiteral("卫健"); });
        QVERIFY(laterHealth != later->departments.cend());
        QCOMPARE(laterHealth->open, 2);
        QCOMPARE(laterHealth->overdue, 1);
        QCOMPARE(later->acceptedToday, 0);
    }
};

QTEST_GUILESS_MAIN(tst_DashboardService)
#include "tst_DashboardService.moc"
