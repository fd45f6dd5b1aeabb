// Two parties on one PostgreSQL server: the counter shows a citizen's file while a
// department officer, on another connection, approves a step. The counter's file
// follows the commit by itself (LISTEN/NOTIFY), without a reload button.
#include "casefile/CaseRepository.h"
#include "casefile/PersonRepository.h"
#include "common/CaseStateText.h"
#include "common/FixedClock.h"
#include "helpers/SampleIntake.h"
#include "helpers/TestCounter.h"
#include "helpers/TestDatabase.h"
#include "identity/SyntheticIdentityGenerator.h"
#include "intake/IntakeService.h"
#include "models/CaseFileModel.h"
#include "models/InboxModel.h"
#include "security/AuditLog.h"
#include "security/UserRepository.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "templates/TemplateCatalogue.h"
#include "workflow/WorkingDayCalendar.h"

#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace OneWindow;

class tst_CounterLiveRefresh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void officersApprovalShowsAtTheCounter()
    {
        OW_REQUIRE_POSTGRES();
        TestCounter counter;
        TestCounter::Setup setup;
        setup.backend = QStringLiteral("postgresql");
        QVERIFY2(counter.start(std::move(setup)), qPrintable(counter.error()));
        QVERIFY2(counter.signIn(QStringLiteral("clerk01")), qPrintable(counter.error()));
        const QDateTime now = TestCounter::kDefaultNow;
        const CardIdentity citizen = SyntheticIdentityGenerator(99, now.date()).citizen(3);

        // The officer's own connection to the hall's server.
        Database officerSide(DatabaseUrl::parse(counter.databaseUrl()).value());
        QVERIFY(officerSide.open().ok());

        // A case with one police step open, stored by another counter.
        auto person = PersonRepository(officerSide).upsertFromCard(citizen);
        QVERIFY(person.ok());
        CaseRecord c;
        c.caseNumber = QStringLiteral("510107-20261120-00007");
        c.personId = person->id;
        c.matterCode = c.templateId = QStringLiteral("residence-permit");
        c.templateVersion = 1;
        c.title = QStringLiteral("居住证申领");
        c.state = CaseState::InProgress;
        c.acceptedAt = now.addDays(-4);
        c.deadline = now.date().addDays(6);
        SubCase police;
        police.department = QStringLiteral("公安");
        police.title = QStringLiteral("居住证签发");
        police.state = StepState::Open;
        police.deadline = c.deadline;
        c.subCases << police;
        QVERIFY(officerSide
                    .transaction([&] {
                        auto id = CaseRepository(officerSide).insert(c);
                        return id ? Status::success() : Status(id.error());
                    })
                    .ok());

        MainWindow *window = counter.openWindow();
        counter.reader()->placeCard(citizen);
        counter.pressKey(Qt::Key_F2);
        QTRY_COMPARE(counter.find<QLabel>(QStringLiteral("identityName"))->text(), citizen.name);

        auto *model = qobject_cast<CaseFileModel *>(
            window->findChild<QTreeView *>(QStringLiteral("caseFileTree"))->model());
        QVERIFY(model);
        auto stepState = [model] {
            const QModelIndex open = model->sectionIndex(CaseFileModel::OpenCases);
            if (model->rowCount(open) != 1)
                return QString();
            const QModelIndex caseRow = model->index(0, 0, open);
            return model->index(0, CaseFileModel::State, caseRow).data().toString();
        };
        QCOMPARE(stepState(), CaseStateText::text(StepState::Open));

        // The officer approves on the other connection.
        SubCase step =
            CaseRepository(officerSide).findByNumber(c.caseNumber).value().subCases.constFirst();
        step.state = StepState::Approved;
        step.completedAt = now;
        Status approved = officerSide.transaction([&] {
            auto v = CaseRepository(officerSide)
                         .updateSubCase(step, {QStringLiteral("公安 陈静"), 0, now});
            return v ? Status::success() : Status(v.error());
        });
        QVERIFY2(approved.ok(), qPrintable(approved.error().detail));
        QTRY_COMPARE_WITH_TIMEOUT(stepState(), CaseStateText::text(StepState::Approved), 10000);
    }

    // A department officer's inbox on the hall's server: a case accepted at another
    // counter appears in it by itself.
    void acceptedCaseReachesTheInbox()
    {
        OW_REQUIRE_POSTGRES();
        TestCounter counter;
        TestCounter::Setup setup;
        setup.backend = QStringLiteral("postgresql");
        QVERIFY2(counter.start(std::move(setup)), qPrintable(counter.error()));
        QVERIFY2(counter.signIn(QStringLiteral("officer01")), qPrintable(counter.error()));
        MainWindow *window = counter.openWindow();
        auto *inbox = window->findChild<QTableView *>(QStringLiteral("inboxView"));
        QVERIFY(inbox);
        QCOMPARE(inbox->model()->rowCount(), 0);

        // Another counter, its own connection and services, accepts a newborn bundle.
        Database otherDb(DatabaseUrl::parse(counter.databaseUrl()).value());
        QVERIFY(otherDb.open().ok());
        FixedClock clock(TestCounter::kDefaultNow);
        AuditLog audit(otherDb, clock,
                       TestCounter::kDefaultHallKey); // the hall's key, as every counter
        WorkingDayCalendar calendar = WorkingDayCalendar::official();
        IntakeService intake(otherDb, audit, clock, calendar, QStringLiteral("510107"));
        TemplateCatalogue catalogue;
        catalogue.loadBuiltIn();
        Session clerk;
        // A clerk of the hall, signed in at another counter.
        UserAccount account;
        account.username = QStringLiteral("clerk02");
        account.displayName = QStringLiteral("窗口二");
        account.role = Role::Clerk;
        auto created = UserRepository(counter.ownerDatabase())
                           .create(account, QStringLiteral("Clerk-2026-b"), true);
        QVERIFY2(created.ok(), qPrintable(created.error().code));
        clerk.userId = created.value();
        clerk.username = QStringLiteral("clerk02");
        clerk.displayName = QStringLiteral("窗口二");
        clerk.role = Role::Clerk;
        clerk.counterCode = QStringLiteral("A02");
        auto accepted = intake.accept(
            Test::readAtCounter(
                Test::newbornRequest(catalogue.find(QStringLiteral("newborn")), clock.today()),
                otherDb, clerk, clock.now()),
            clerk);
        QVERIFY2(accepted.ok(), qPrintable(accepted.error().code));
        // 公安's step waits for 卫健, and is already in 公安's inbox.
        QTRY_COMPARE_WITH_TIMEOUT(inbox->model()->rowCount(), 1, 10000);
        QCOMPARE(inbox->model()->index(0, InboxModel::CaseNumber).data().toString(),
                 accepted->caseNumber);
    }
};

QTEST_MAIN(tst_CounterLiveRefresh)
#include "tst_CounterLiveRefresh.moc"
