// The supervisor's figures, counted from real cases on both backends.
#include "common/FixedClock.h"
#include "helpers/HallCountsCheck.h"
#include "helpers/RatingHall.h"
#include "helpers/SampleIntake.h"
#include "helpers/TestDatabase.h"
#include "helpers/WorkflowHall.h"
#include "intake/IntakeService.h"
#include "reports/CitizenFigures.h"
#include "reports/DashboardService.h"
#include "reports/HallFiguresFormat.h"
#include "security/AuditLog.h"
#include "security/UserRepository.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"
#include "templates/TemplateCatalogue.h"
#include "workflow/CaseWorkflowService.h"

#include <QJsonObject>
#include <QTest>

#include <ctime>

using namespace OneWindow;

class tst_DashboardService : public QObject
{
    Q_OBJECT

private:
    // The case numbers behind a number, sorted; the refusal's code instead.
    static QStringList casesBehind(const DashboardService &dashboard, const Session &session,
                                   HallFigures::Figure figure, HallFigures::Dimension dimension,
                                   const QString &value, const QDate &from, const QDate &to)
    {
        QStringList numbers;
        auto cases = dashboard.casesBehind(session, figure, dimension, value, from, to);
        if (!cases)
            return QStringList{cases.error().code};
        for (const HallFigures::Case &c : cases.value())
            numbers << c.caseNumber;
        numbers.sort();
        return numbers;
    }

private Q_SLOTS:
    // The hall's days are Asia/Shanghai days, whatever the machine's zone.
    void initTestCase()
    {
        qputenv("TZ", "Asia/Shanghai");
        tzset();
    }

    void figures_data() { TestDatabase::addBackendRows(); }
    void figures()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        TestDatabase t(backend);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::OffsetFromUTC, 8 * 3600));
        AuditLog audit(t.db(), clock);
        const WorkingDayCalendar calendar = WorkingDayCalendar::official();
        TemplateCatalogue catalogue;
        catalogue.loadBuiltIn();
        IntakeService intake(t.db(), audit, clock, calendar, QStringLiteral("510107"));
        CaseWorkflowService workflow(t.db(), audit, clock, calendar, catalogue);
        DashboardService dashboard(t.db(), audit, calendar, clock);
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
        QCOMPARE(Test::HallCountsCheck::differences(t.owner()), QString());
    }

    // A hand-counted fortnight: four newborn bundles at two counters (one at
    // 07:30 on the second day, before UTC's midnight), one returned for a
    // supplement, one refused, one completed on its promised day and one the
    // day after, across the Spring Festival.
    void rangeFigures_data() { TestDatabase::addBackendRows(); }
    void rangeFigures()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        Test::WorkflowHall h(backend);
        QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
        DashboardService dashboard(h.t.db(), h.audit, h.calendar, h.clock);
        Session clerk2 = h.account(QStringLiteral("clerk02"), Role::Clerk, {});
        clerk2.counterCode = QStringLiteral("A02");
        const auto at = [&h](int month, int day, int hour, int minute) {
            h.clock.set(QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::OffsetFromUTC,
                                  8 * 3600));
        };
        const auto accept = [&h](const Session &clerk, int mother) {
            const FormTemplate *form = h.catalogue.find(QStringLiteral("newborn"));
            auto accepted = h.intake.accept(
                Test::readAtCounter(Test::newbornRequest(form, h.clock.today(), mother, mother + 1),
                                    h.t.db(), clerk, h.clock.now()),
                clerk);
            return accepted ? accepted->caseNumber : QString();
        };

        at(2, 9, 9, 30); // Monday
        const QString onTime = accept(h.clerk, 0);
        const QString late = accept(h.clerk, 2);
        at(2, 10, 7, 30); // Tuesday, 23:30 on Monday in UTC
        const QString returned = accept(clerk2, 4);
        at(2, 10, 10, 0);
        const QString refused = accept(h.clerk, 6);
        for (const QString &n : {onTime, late, returned, refused})
            QVERIFY(!n.isEmpty());
        at(2, 10, 11, 0);
        QVERIFY(h.act(returned, CaseAction::Claim, h.health, QStringLiteral("birth-check")).ok());
        QVERIFY(h.act(returned, CaseAction::Return, h.health, QStringLiteral("birth-check"),
                      QStringLiteral("照片不清晰"), {QStringLiteral("photo")})
                    .ok());
        QVERIFY(h.act(refused, CaseAction::Claim, h.health, QStringLiteral("birth-check")).ok());
        QVERIFY(h.act(refused, CaseAction::Refuse, h.health, QStringLiteral("birth-check"),
                      QStringLiteral("出生医学证明与医院记录不符"))
                    .ok());
        at(2, 10, 11, 40);
        QVERIFY(h.decide(refused, QStringLiteral("refusal"), true).ok());
        // Completed on the promised day, and on the day after it.
        const QDate promised = h.load(onTime).record.deadline;
        const QDate promisedLate = h.load(late).record.deadline;
        QVERIFY(promised > QDate(2026, 2, 23)); // counted past the Spring Festival
        h.clock.set(QDateTime(promised, QTime(16, 0), Qt::OffsetFromUTC, 8 * 3600));
        QVERIFY(h.approveNewborn(onTime));
        const QDate lateDay = promisedLate.addDays(1);
        h.clock.set(QDateTime(lateDay, QTime(9, 0), Qt::OffsetFromUTC, 8 * 3600));
        QVERIFY(h.approveNewborn(late));
        // Papers that end a visit without a case: two notifications, one
        // non-acceptance on Monday, and one notification before the range.
        for (const auto &[number, kind, when] :
             {std::tuple{"N-1", "notification", QDateTime(QDate(2026, 2, 9), QTime(9, 0))},
              std::tuple{"N-2", "notification", QDateTime(QDate(2026, 2, 9), QTime(17, 0))},
              std::tuple{"R-1", "non-acceptance", QDateTime(QDate(2026, 2, 9), QTime(11, 0))},
              std::tuple{"N-0", "notification", QDateTime(QDate(2026, 2, 8), QTime(23, 0))}})
            QVERIFY(h.t.owner()
                        .run(QStringLiteral("INSERT INTO documents (number, kind, issued_at,"
                                            " counter_code) VALUES (?, ?, ?, 'A01')"),
                             {QLatin1String(number), QLatin1String(kind), when.toUTC()})
                        .ok());

        // Earlier pauses of the on-time case's 卫健 step, written as a clerk's
        // supplements would leave them: one ended in the range after beginning
        // before it (2 of its days in the range, 1 on Monday), one ended before
        // the range (none), and one that began open on Monday and ended that day
        // (1), its end moving it from the open pauses to the ended ones.
        const qint64 healthStep =
            h.t.owner()
                .scalar(QStringLiteral("SELECT s.id FROM sub_cases s JOIN cases c"
                                       " ON c.id = s.case_id WHERE c.case_number = ?"
                                       " AND s.department = ?"),
                        {onTime, QStringLiteral("卫健")})
                .value()
                .toLongLong();
        QVERIFY(healthStep > 0);
        for (const auto &[start, end] : {std::pair{QDate(2026, 2, 1), QDate(2026, 2, 10)},
                                         std::pair{QDate(2026, 1, 20), QDate(2026, 2, 5)},
                                         std::pair{QDate(2026, 2, 9), QDate()}})
            QVERIFY(
                h.t.owner()
                    .run(QStringLiteral("INSERT INTO case_pauses (case_id, sub_case_id, kind,"
                                        " started_at, start_day, ended_at, end_day)"
                                        " SELECT case_id, id, 'supplement', ?, ?, ?, ? FROM"
                                        " sub_cases WHERE id = ?"),
                         {QDateTime(start, QTime(2, 0), Qt::UTC), start,
                          SqlValue::dateTimeOrNull(
                              end.isValid() ? QDateTime(end, QTime(2, 0), Qt::UTC) : QDateTime()),
                          SqlValue::dateOrNull(end), healthStep})
                    .ok());
        QVERIFY(h.t.owner()
                    .run(QStringLiteral("UPDATE case_pauses SET ended_at = ?, end_day = ?"
                                        " WHERE sub_case_id = ? AND end_day IS NULL"),
                         {QDateTime(QDate(2026, 2, 9), QTime(8, 0), Qt::UTC), QDate(2026, 2, 9),
                          healthStep})
                    .ok());

        const QDate from(2026, 2, 9);
        const QDate today = lateDay; // the hall's clock: the last approval left it there
        QCOMPARE(h.clock.today(), today);
        QCOMPARE(dashboard.figures(h.clerk, from, today).error().code, QStringLiteral("forbidden"));
        QCOMPARE(dashboard.figures(h.supervisor, today, from).error().code,
                 QStringLiteral("bad-range"));
        auto f = dashboard.figures(h.supervisor, from, today);
        QVERIFY2(f.ok(), qPrintable(f.error().code + QLatin1Char(' ') + f.error().detail));
        QCOMPARE(f->accepted, 4);
        QCOMPARE(f->notifications, 2);
        QCOMPARE(f->nonAcceptances, 1);
        QCOMPARE(f->byCounter.size(), 2);
        QCOMPARE(f->byCounter.at(0).key, QStringLiteral("A01"));
        QCOMPARE(f->byCounter.at(0).count, 3);
        QCOMPARE(f->byCounter.at(1).key, QStringLiteral("A02"));
        QCOMPARE(f->byCounter.at(1).count, 1);
        QCOMPARE(f->byClerk.size(), 2);
        QCOMPARE(f->byClerk.at(0).label, h.clerk.displayName);
        QCOMPARE(f->byClerk.at(1).label, clerk2.displayName);
        QCOMPARE(f->byMatter.size(), 1);
        QCOMPARE(f->byMatter.at(0).key, QStringLiteral("newborn"));
        QCOMPARE(f->days.size(), int(from.daysTo(today)) + 1);
        QCOMPARE(f->days.at(0).accepted, 2); // Monday
        QCOMPARE(f->days.at(1).accepted, 2); // Tuesday, the 07:30 one included
        // On time: the one completed on its promised day, and the refusal (the
        // case completed on Tuesday with the refusal). Late: the other.
        QCOMPARE(f->completedOnTime, 2);
        QCOMPARE(f->completedLate, 1);
        QCOMPARE(f->days.at(int(from.daysTo(promised))).completedOnTime, 1);
        QCOMPARE(f->days.constLast().completedLate, 1);
        // 卫健 decided four times: two approvals, a return, a confirmed refusal.
        // Its returned step stands paused from Tuesday to today.
        const auto health = std::find_if(f->departments.cbegin(), f->departments.cend(),
                                         [](const HallFigures::Department &d) {
                                             return d.department == QStringLiteral("卫健");
                                         });
        QVERIFY(health != f->departments.cend());
        QCOMPARE(health->decisions, 4);
        QCOMPARE(health->returned, 1);
        QCOMPARE(health->refused, 1);
        // The returned step's open pause, and 2 + 1 days of the earlier ones.
        QCOMPARE(health->pausedDays, int(QDate(2026, 2, 10).daysTo(today)) + 1 + 3);
        QCOMPARE(health->open, 1); // the returned step, still listed
        // Waiting at the counter: the two completed bundles and the refusal.
        QCOMPARE(f->awaitingCollection, 3);
        QCOMPARE(f->collectionWaitLongestDays, int(QDate(2026, 2, 10).daysTo(today)));
        QCOMPARE(f->collectionWaitMedianDays, int(promised.daysTo(today)));

        // One day only: Monday.
        auto monday = dashboard.figures(h.supervisor, from, from);
        QVERIFY(monday.ok());
        QCOMPARE(monday->accepted, 2);
        QCOMPARE(monday->days.size(), 1);
        QCOMPARE(monday->byCounter.size(), 1);
        QCOMPARE(monday->notifications, 2);
        // Monday: a day of each of the two earlier pauses that reach it.
        const auto mondayHealth =
            std::find_if(monday->departments.cbegin(), monday->departments.cend(),
                         [](const HallFigures::Department &d) {
                             return d.department == QStringLiteral("卫健");
                         });
        QVERIFY(mondayHealth != monday->departments.cend());
        QCOMPARE(mondayHealth->pausedDays, 2);

        // The cases behind the numbers.
        using F = HallFigures::Figure;
        using D = HallFigures::Dimension;
        const auto behind = [&](F figure, D dimension, const QString &value) {
            return casesBehind(dashboard, h.supervisor, figure, dimension, value, from, today);
        };
        const auto sorted = [](QStringList l) {
            l.sort();
            return l;
        };
        QCOMPARE(behind(F::Accepted, D::Counter, QStringLiteral("A02")), QStringList{returned});
        QCOMPARE(behind(F::Accepted, D::Day, QStringLiteral("2026-02-10")),
                 sorted({returned, refused}));
        QCOMPARE(behind(F::Accepted, D::Clerk, QString::number(h.clerk.userId)),
                 sorted({onTime, late, refused}));
        QCOMPARE(behind(F::Accepted, D::All, {}), sorted({onTime, late, returned, refused}));
        QCOMPARE(behind(F::CompletedLate, D::All, {}), QStringList{late});
        QCOMPARE(behind(F::CompletedOnTime, D::All, {}), sorted({onTime, refused}));
        QCOMPARE(behind(F::Returned, D::Department, QStringLiteral("卫健")), QStringList{returned});
        QCOMPARE(behind(F::Refused, D::Department, QStringLiteral("卫健")), QStringList{refused});
        QCOMPARE(behind(F::Open, D::Department, QStringLiteral("卫健")), QStringList{returned});
        QCOMPARE(behind(F::AwaitingCollection, D::All, {}), sorted({onTime, late, refused}));
        QCOMPARE(dashboard.casesBehind(h.clerk, F::Accepted, D::All, {}, from, today).error().code,
                 QStringLiteral("forbidden"));

        // The CSV says the same, row by row.
        const QByteArray csv = HallFiguresFormat::csv(f.value());
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "figure,breakdown,key,label,value\r\n"));
        QVERIFY(csv.contains("\r\naccepted,all,,,4\r\n"));
        QVERIFY(csv.contains("\r\naccepted,counter,A02,A02,1\r\n"));
        QVERIFY(csv.contains("\r\ncompleted-late,all,,,1\r\n"));
        QVERIFY(csv.contains(QStringLiteral("\r\nreturned,department,卫健,卫健,1\r\n").toUtf8()));

        // An export is on the audit trail.
        QVERIFY(dashboard.recordExport(h.supervisor, QStringLiteral("csv"), from, today).ok());
        QCOMPARE(h.count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action ="
                                        " 'report-export' AND detail LIKE 'csv 2026-02-09..%'")),
                 1);
        // What the triggers counted is what the tables hold.
        QCOMPARE(Test::HallCountsCheck::differences(h.t.owner()), QString());
    }

    void percentiles_data()
    {
        QTest::addColumn<QList<int>>("sorted");
        QTest::addColumn<int>("median");
        QTest::addColumn<int>("p90");
        QTest::newRow("none") << QList<int>{} << 0 << 0;
        QTest::newRow("one") << QList<int>{7} << 7 << 7;
        QTest::newRow("two") << QList<int>{1, 9} << 1 << 9;
        QTest::newRow("ten") << QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << 5 << 9;
        QTest::newRow("eleven") << QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11} << 6 << 10;
        // Values counted more than once, as hall_counts gives them.
        QTest::newRow("repeated") << QList<int>{2, 2, 2, 5, 5, 9, 9, 9, 9, 40} << 5 << 9;
        QTest::newRow("one value") << QList<int>{4, 4, 4} << 4 << 4;
    }
    void percentiles()
    {
        QFETCH(QList<int>, sorted);
        QFETCH(int, median);
        QFETCH(int, p90);
        QMap<int, qint64> counted;
        for (int v : std::as_const(sorted))
            ++counted[v];
        QCOMPARE(CitizenFigures::percentile(counted, 50), median);
        QCOMPARE(CitizenFigures::percentile(counted, 90), p90);
    }

    // A hand-counted Thursday and Friday of visits and ratings, 12 and 13 February
    // 2026, just before the Spring Festival: six visits at two counters (one at
    // 07:50, before UTC's midnight; one from 23:50 to 00:10), five ratings of
    // every level, two poor ones whose follow-ups fall due after the holiday, and
    // a follow-up from the day before closed on Friday.
    void citizenFigures_data() { TestDatabase::addBackendRows(); }
    void citizenFigures()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        const auto local = [](int day, int hour, int minute, int second = 0) {
            return QDateTime(QDate(2026, 2, day), QTime(hour, minute, second), Qt::OffsetFromUTC,
                             8 * 3600);
        };
        Test::RatingHall h(backend, local(11, 16, 0));
        DashboardService dashboard(h.t.db(), h.audit, h.calendar, h.clock);
        Session clerk2 = h.account(QStringLiteral("clerk02"), Role::Clerk, {});
        clerk2.counterCode = QStringLiteral("A02");
        // The citizen `mother` identified at the session's counter now.
        const auto identify = [&h](const Session &at, int mother) {
            const SyntheticIdentityGenerator people(8, h.clock.today());
            const qint64 evidence = Test::recordEvidence(h.t.db(), IdentitySource::Card,
                                                         people.citizen(mother), at, h.clock.now());
            auto visit = h.visits.begin(evidence, at);
            return visit ? visit->id : 0;
        };
        // A citizen at the session's counter from `begin` to `end`, their case
        // accepted (by h.clerk, at A01) or the clerk calling the next citizen,
        // then the visit rated `level` ("" for not at all): the case accepted.
        QStringList problems;
        const auto serve = [&](const Session &at, int mother, const QDateTime &begin,
                               const QDateTime &end, bool accept, const char *level) {
            h.clock.set(begin);
            const qint64 visit = identify(at, mother);
            h.clock.set(end);
            const QString number = accept ? h.acceptFor(visit, mother) : QString();
            if (!accept && !h.visits.next(at).ok())
                problems << QStringLiteral("next %1").arg(mother);
            if (!*level)
                return number;
            h.clock.set(end.addSecs(20));
            const bool poor =
                qstrcmp(level, "dissatisfied") == 0 || qstrcmp(level, "very-dissatisfied") == 0;
            auto rated = h.ratings.rateVisit(
                visit,
                Test::RatingHall::input(level, poor ? QStringList{QStringLiteral("efficiency")}
                                                    : QStringList{}),
                at);
            if (!rated)
                problems << rated.error().code + QLatin1Char(' ') + rated.error().detail;
            return number;
        };

        // Wednesday, before the range: a poor rating at A02, its follow-up closed on Friday.
        serve(clerk2, 12, local(11, 16, 0), local(11, 16, 1), false, "dissatisfied");
        // Thursday.
        const QString c1 =
            serve(h.clerk, 0, local(12, 7, 50), local(12, 7, 55), true, "very-satisfied");
        const QString c2 = serve(h.clerk, 2, local(12, 9, 10), local(12, 9, 20), true, "satisfied");
        serve(clerk2, 4, local(12, 10, 0), local(12, 10, 2), false, "basic");
        const QString c5 =
            serve(h.clerk, 6, local(12, 15, 0), local(12, 15, 45), true, "dissatisfied");
        // Until Friday: the visit counts on Thursday, when it began.
        serve(clerk2, 8, local(12, 23, 50), local(13, 0, 10), false, "");
        // Friday.
        const QString c7 =
            serve(h.clerk, 10, local(13, 10, 0), local(13, 10, 3, 20), true, "very-dissatisfied");
        QCOMPARE(problems, QStringList{});
        for (const QString &n : {c1, c2, c5, c7})
            QVERIFY(!n.isEmpty());
        h.clock.set(local(13, 11, 0));
        const QList<FollowUp> open = h.ratings.followUps(true, h.supervisor).value();
        QCOMPARE(open.size(), 3);
        QVERIFY(
            h.ratings
                .closeFollowUp(open.constFirst().id, true, QStringLiteral("已回访"), h.supervisor)
                .ok());
        h.clock.set(local(13, 16, 0));
        QVERIFY(identify(clerk2, 14) != 0); // still at the counter: not counted

        // "Now" is the day the Friday follow-up falls due, after the holiday; the
        // Thursday one fell due the working day before.
        const QDate dueThursday = h.calendar.addWorkingDays(QDate(2026, 2, 12), 5);
        const QDate dueFriday = h.calendar.addWorkingDays(QDate(2026, 2, 13), 5);
        QVERIFY(dueThursday > QDate(2026, 2, 23));
        QVERIFY(dueThursday < dueFriday);
        h.clock.set(QDateTime(dueFriday, QTime(9, 0), Qt::OffsetFromUTC, 8 * 3600));
        const QDate from(2026, 2, 12);
        const QDate to(2026, 2, 13);
        auto f = dashboard.figures(h.supervisor, from, to);
        QVERIFY2(f.ok(), qPrintable(f.error().code + QLatin1Char(' ') + f.error().detail));

        // Six ended visits: 300, 600, 120, 2700, 1200 (across midnight) and 200 s.
        QCOMPARE(f->handling.visits, 6);
        QCOMPARE(f->handling.medianSeconds, 300);
        QCOMPARE(f->handling.p90Seconds, 2700);
        QCOMPARE(f->handlingByCounter.size(), 2);
        QCOMPARE(f->handlingByCounter.at(0).key, QStringLiteral("A01"));
        QCOMPARE(f->handlingByCounter.at(0).visits, 4);
        QCOMPARE(f->handlingByCounter.at(0).medianSeconds, 300);
        QCOMPARE(f->handlingByCounter.at(0).p90Seconds, 2700);
        QCOMPARE(f->handlingByCounter.at(1).key, QStringLiteral("A02"));
        QCOMPARE(f->handlingByCounter.at(1).medianSeconds, 120);
        QCOMPARE(f->handlingByCounter.at(1).p90Seconds, 1200);
        QCOMPARE(f->handlingByMatter.size(), 2);
        QCOMPARE(f->handlingByMatter.at(0).key, QStringLiteral("newborn"));
        QCOMPARE(f->handlingByMatter.at(0).visits, 4);
        QCOMPARE(f->handlingByMatter.at(1).key, QString()); // no case: 未受理
        QCOMPARE(f->handlingByMatter.at(1).visits, 2);
        QCOMPARE(f->handlingByMatter.at(1).p90Seconds, 1200);
        QHash<QString, int> outcomes;
        for (const HallFigures::Share &s : std::as_const(f->visitOutcomes))
            outcomes.insert(s.key, s.count);
        QCOMPARE(f->visitOutcomes.size(), 5);
        QCOMPARE(outcomes.value(QStringLiteral("accepted")), 4);
        QCOMPARE(outcomes.value(QStringLiteral("next")), 2);
        QCOMPARE(outcomes.value(QStringLiteral("notified")), 0);

        // Five ratings, one of each level; Wednesday's is outside the range.
        QCOMPARE(f->ratings.total(), 5);
        QCOMPARE(f->ratings.levels, (std::array<int, 5>{1, 1, 1, 1, 1}));
        QCOMPARE(f->ratings.satisfied(), 3);
        QCOMPARE(f->ratings.satisfactionRate(), 0.6);
        QCOMPARE(f->ratingsByCounter.size(), 2);
        QCOMPARE(f->ratingsByCounter.at(0).key, QStringLiteral("A01"));
        QCOMPARE(f->ratingsByCounter.at(0).levels, (std::array<int, 5>{1, 1, 0, 1, 1}));
        QCOMPARE(f->ratingsByCounter.at(0).satisfactionRate(), 0.5);
        QCOMPARE(f->ratingsByCounter.at(1).satisfactionRate(), 1.0);
        QCOMPARE(f->ratingsByClerk.size(), 2);
        QCOMPARE(f->ratingsByClerk.at(0).key, QString::number(h.clerk.userId));
        QCOMPARE(f->ratingsByClerk.at(0).label, h.clerk.displayName);
        QCOMPARE(f->ratingsByClerk.at(0).poor(), 2);
        QCOMPARE(f->ratingsByClerk.at(1).label, clerk2.displayName);
        QCOMPARE(f->ratingsByMatter.size(), 2);
        QCOMPARE(f->ratingsByMatter.at(0).key, QStringLiteral("newborn"));
        QCOMPARE(f->ratingsByMatter.at(0).total(), 4);
        QCOMPARE(f->ratingsByMatter.at(1).key, QString());

        // Follow-ups now: Thursday's and Friday's open, Thursday's overdue;
        // opened in the range: those two; closed in it: Wednesday's.
        QCOMPARE(f->followUpsOpen, 2);
        QCOMPARE(f->followUpsOverdue, 1);
        QCOMPARE(f->followUpsOpened, 2);
        QCOMPARE(f->followUpsClosed, 1);

        // Thursday alone: the visit across midnight is Thursday's; the ratings
        // and the follow-up opened that day.
        auto thursday = dashboard.figures(h.supervisor, from, from);
        QVERIFY(thursday.ok());
        QCOMPARE(thursday->handling.visits, 5);
        QCOMPARE(thursday->ratings.total(), 4);
        QCOMPARE(thursday->followUpsOpened, 1);
        QCOMPARE(thursday->followUpsClosed, 0);

        // The cases behind the poor ratings and the overdue follow-up.
        using F = HallFigures::Figure;
        using D = HallFigures::Dimension;
        const auto behind = [&](F figure, D dimension, const QString &value) {
            return casesBehind(dashboard, h.supervisor, figure, dimension, value, from, to);
        };
        QStringList poor{c5, c7};
        poor.sort();
        QCOMPARE(behind(F::PoorRatings, D::All, {}), poor);
        QCOMPARE(behind(F::PoorRatings, D::Level, QStringLiteral("dissatisfied")), QStringList{c5});
        QCOMPARE(behind(F::PoorRatings, D::Level, QStringLiteral("satisfied")),
                 QStringList{QStringLiteral("bad-figure")});
        QCOMPARE(behind(F::PoorRatings, D::Counter, QStringLiteral("A01")), poor);
        QCOMPARE(behind(F::PoorRatings, D::Counter, QStringLiteral("A02")), QStringList{});
        QCOMPARE(behind(F::PoorRatings, D::Clerk, QString::number(h.clerk.userId)), poor);
        QCOMPARE(behind(F::PoorRatings, D::Matter, QStringLiteral("newborn")), poor);
        QCOMPARE(behind(F::PoorRatings, D::Day, QStringLiteral("2026-02-13")), QStringList{c7});
        QCOMPARE(behind(F::OverdueFollowUps, D::All, {}), QStringList{c5});
        QCOMPARE(behind(F::PoorRatings, D::Department, QStringLiteral("卫健")),
                 QStringList{QStringLiteral("bad-figure")});
        QCOMPARE(behind(F::Accepted, D::Level, QStringLiteral("dissatisfied")),
                 QStringList{QStringLiteral("bad-figure")});

        // The CSV and JSON carry them.
        const QByteArray csv = HallFiguresFormat::csv(f.value());
        QVERIFY(csv.contains("\r\nvisits,all,,,6\r\n"));
        QVERIFY(csv.contains("\r\nhandling-median-seconds,counter,A01,"));
        QVERIFY(csv.contains("\r\nvisits,outcome,accepted,,4\r\n"));
        QVERIFY(csv.contains("\r\nratings,all,,,5\r\n"));
        QVERIFY(csv.contains("\r\nsatisfaction-rate,all,,,0.6000\r\n"));
        QVERIFY(csv.contains("\r\npoor-ratings,counter,A01,"));
        QVERIFY(csv.contains("\r\nfollow-ups-overdue,all,,,1\r\n"));
        const QJsonObject json = HallFiguresFormat::json(f.value());
        QCOMPARE(json.value(QStringLiteral("visits"))
                     .toObject()
                     .value(QStringLiteral("p90_seconds"))
                     .toInt(),
                 2700);
        QCOMPARE(json.value(QStringLiteral("ratings"))
                     .toObject()
                     .value(QStringLiteral("satisfaction_rate"))
                     .toDouble(),
                 0.6);
        QCOMPARE(json.value(QStringLiteral("follow_ups"))
                     .toObject()
                     .value(QStringLiteral("open"))
                     .toInt(),
                 2);
        QCOMPARE(Test::HallCountsCheck::differences(h.t.owner()), QString());
    }
};

QTEST_GUILESS_MAIN(tst_DashboardService)
#include "tst_DashboardService.moc"
