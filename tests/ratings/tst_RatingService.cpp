#include "helpers/RatingHall.h"
#include "ratings/FollowUpRepository.h"
#include "security/HallSettings.h"

#include <QTest>

using namespace OneWindow;
using Test::RatingHall;

// 好差评: a citizen rates a visit once, from their screen at the counter or from
// their phone within five working days; a poor rating opens a follow-up due in
// working days, flagged in the review queue once overdue; a clerk sees counts.
class tst_RatingService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checksInput_data()
    {
        QTest::addColumn<QString>("level");
        QTest::addColumn<QStringList>("reasons");
        QTest::addColumn<QString>("comment");
        QTest::addColumn<QString>("problem");
        QTest::newRow("very satisfied") << "very-satisfied" << QStringList() << ""
                                        << "";
        QTest::newRow("no level") << "" << QStringList() << ""
                                  << "bad-level";
        QTest::newRow("unknown level") << "great" << QStringList() << ""
                                       << "bad-level";
        QTest::newRow("reasons with a good level") << "satisfied" << QStringList{"attitude"} << ""
                                                   << "bad-reason";
        QTest::newRow("a comment with a good level") << "basic" << QStringList() << "ok"
                                                     << "bad-comment";
        QTest::newRow("poor with reasons")
            << "dissatisfied" << QStringList{"attitude", "efficiency"} << "等了很久"
            << "";
        QTest::newRow("an unknown reason") << "very-dissatisfied" << QStringList{"weather"} << ""
                                           << "bad-reason";
        QTest::newRow("a reason twice")
            << "dissatisfied" << QStringList{"attitude", "attitude"} << ""
            << "bad-reason";
        QTest::newRow("a control character")
            << "dissatisfied" << QStringList() << QStringLiteral("a\u0001b") << "bad-comment";
        QTest::newRow("too long") << "dissatisfied" << QStringList()
                                  << QString(RatingInput::kMaxComment + 1, QLatin1Char('x'))
                                  << "comment-too-long";
    }
    void checksInput()
    {
        QFETCH(QString, level);
        QFETCH(QStringList, reasons);
        QFETCH(QString, comment);
        QFETCH(QString, problem);
        RatingInput i;
        i.level = level;
        i.reasons = reasons;
        i.comment = comment;
        QCOMPARE(RatingService::problem(i), problem);
    }

    void atTheCounter_data() { TestDatabase::addBackendRows(); }
    void atTheCounter()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        RatingHall h(backend);
        const qint64 visit = h.identify();
        // Not while the citizen is still being served.
        QCOMPARE(h.ratings.rateVisit(visit, RatingHall::input("satisfied"), h.clerk).error().code,
                 QStringLiteral("visit-open"));
        const QString number = h.acceptFor(visit);
        h.clock.set(h.clock.now().addSecs(20));
        auto rated = h.ratings.rateVisit(visit, RatingHall::input("very-satisfied"), h.clerk);
        QVERIFY2(rated.ok(), qPrintable(rated.error().code));
        QCOMPARE(rated->caseNumber, number);
        QCOMPARE(rated->matterId, QStringLiteral("newborn"));
        QCOMPARE(rated->clerkId, h.clerk.userId);
        QCOMPARE(rated->channel, QStringLiteral("counter"));
        // Once.
        QCOMPARE(h.ratings.rateVisit(visit, RatingHall::input("basic"), h.clerk).error().code,
                 QStringLiteral("already-rated"));
        // Nothing to follow up on a good rating.
        QCOMPARE(h.count(QStringLiteral("SELECT COUNT(*) FROM follow_ups")), 0);
        // Another counter's screen cannot rate this counter's visit.
        Session other = h.clerk;
        other.counterCode = QStringLiteral("A02");
        const qint64 next = h.identify(2);
        QVERIFY(h.visits.next(h.clerk).ok());
        QCOMPARE(h.ratings.rateVisit(next, RatingHall::input("satisfied"), other).error().code,
                 QStringLiteral("other-counter"));
        // Nor long after the visit.
        h.clock.set(h.clock.now().addSecs(VisitService::kCounterRatingSeconds + 1));
        QCOMPARE(h.ratings.rateVisit(next, RatingHall::input("satisfied"), h.clerk).error().code,
                 QStringLiteral("rating-closed"));
        QCOMPARE(h.count(QStringLiteral("SELECT COUNT(*) FROM ratings")), 1);
    }

    void poorOpensFollowUp_data() { TestDatabase::addBackendRows(); }
    void poorOpensFollowUp()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        // Friday 13 February 2026: the Spring Festival holiday (15-23 Feb, with
        // make-up working days) lies inside the five working days.
        RatingHall h(backend,
                     QDateTime(QDate(2026, 2, 13), QTime(15, 0), Qt::OffsetFromUTC, 8 * 3600));
        const qint64 visit = h.identify();
        h.acceptFor(visit);
        auto rated = h.ratings.rateVisit(visit,
                                         RatingHall::input("very-dissatisfied",
                                                           {QStringLiteral("efficiency")},
                                                           QStringLiteral("排队太久")),
                                         h.clerk);
        QVERIFY(rated.ok());
        auto open = h.ratings.followUps(true, h.supervisor);
        QVERIFY(open.ok());
        QCOMPARE(open->size(), 1);
        const FollowUp f = open->constFirst();
        QCOMPARE(f.ratingId, rated->id);
        QCOMPARE(f.level, RatingLevel::VeryDissatisfied);
        // Five working days after Friday 13 February, counted on the hall's calendar.
        QCOMPARE(f.dueOn, h.calendar.addWorkingDays(QDate(2026, 2, 13), 5));
        QVERIFY(f.dueOn > QDate(2026, 2, 23));
        // A clerk reads no follow-ups.
        QCOMPARE(h.ratings.followUps(true, h.clerk).error().code, QStringLiteral("forbidden"));

        // Overdue: the review queue holds it, once.
        h.clock.set(QDateTime(f.dueOn.addDays(1), QTime(9, 0), Qt::OffsetFromUTC, 8 * 3600));
        auto queue = h.review.queue(true, QStringLiteral("overdue-follow-up"), 50, 0, h.supervisor);
        QVERIFY(queue.ok());
        QCOMPARE(queue->size(), 1);
        QCOMPARE(queue->constFirst().ref, QStringLiteral("follow-up:%1").arg(f.id));
        QCOMPARE(
            h.review.queue(true, QStringLiteral("overdue-follow-up"), 50, 0, h.supervisor)->size(),
            1);

        // Closing needs what was done.
        QCOMPARE(
            h.ratings.closeFollowUp(f.id, true, QStringLiteral("  "), h.supervisor).error().code,
            QStringLiteral("action-required"));
        QVERIFY(
            h.ratings
                .closeFollowUp(f.id, true, QStringLiteral("已回访，调整了叫号安排"), h.supervisor)
                .ok());
        QCOMPARE(
            h.ratings.closeFollowUp(f.id, true, QStringLiteral("again"), h.supervisor).error().code,
            QStringLiteral("already-closed"));
        QCOMPARE(h.ratings.followUps(true, h.supervisor)->size(), 0);
        const FollowUp closed = h.ratings.followUps(false, h.supervisor)->constFirst();
        QCOMPARE(closed.calledBackAt, h.clock.now());
        QCOMPARE(closed.action, QStringLiteral("已回访，调整了叫号安排"));
    }

    void followUpDaysIsTheHallsRule_data() { TestDatabase::addBackendRows(); }
    void followUpDaysIsTheHallsRule()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        RatingHall h(backend);
        const Session admin = h.account(QStringLiteral("admin01"), Role::Administrator, {});
        // As the database's owner: on PostgreSQL the counters' role needs a signed-in
        // administrator's proof (tst_PostgresRoles covers that).
        HallSettings settings(h.t.owner());
        HallSettings::Values v = settings.load().value();
        v.followUpDays = 31;
        QCOMPARE(settings.save(v, admin, h.audit).error().code, QStringLiteral("bad-setting"));
        v.followUpDays = 2;
        QVERIFY(settings.save(v, admin, h.audit).ok());
        QCOMPARE(settings.load()->followUpDays, 2);
        const qint64 visit = h.identify();
        h.acceptFor(visit);
        QVERIFY(h.ratings.rateVisit(visit, RatingHall::input("dissatisfied"), h.clerk).ok());
        QCOMPARE(h.ratings.followUps(true, h.supervisor)->constFirst().dueOn,
                 h.calendar.addWorkingDays(h.clock.today(), 2));
    }

    void fromThePhone_data() { TestDatabase::addBackendRows(); }
    void fromThePhone()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        RatingHall h(backend);
        const QString number = h.acceptFor(h.identify());
        const Session door = RatingHall::citizenDoor();
        // Staff never rate from the citizen's door.
        QCOMPARE(h.ratings.rateCase(number, RatingHall::input("satisfied"), h.clerk).error().code,
                 QStringLiteral("forbidden"));
        QCOMPARE(h.ratings.rateCase(QStringLiteral("NOPE"), RatingHall::input("satisfied"), door)
                     .error()
                     .code,
                 QStringLiteral("not-found"));
        // Five working days after the visit (Monday 9 Feb 2026 -> Monday 16 is a
        // holiday, so the window runs into the week after the festival).
        const QDate lastDay = h.calendar.addWorkingDays(h.clock.today(), 5);
        h.clock.set(QDateTime(lastDay, QTime(20, 0), Qt::OffsetFromUTC, 8 * 3600));
        QCOMPARE(h.ratings.openStage(number).value(), std::optional(Rating::Stage::Visit));
        auto rated = h.ratings.rateCase(number, RatingHall::input("satisfied"), door);
        QVERIFY2(rated.ok(), qPrintable(rated.error().code));
        QCOMPARE(rated->stage, Rating::Stage::Visit);
        QCOMPARE(rated->channel, QStringLiteral("tracker"));
        QCOMPARE(h.ratings.rateCase(number, RatingHall::input("basic"), door).error().code,
                 QStringLiteral("rating-closed"));
        // After completion the result is rated, once, within five working days.
        QVERIFY(h.approveNewborn(number));
        QCOMPARE(h.ratings.openStage(number).value(), std::optional(Rating::Stage::Completion));
        QVERIFY(h.ratings.rateCase(number, RatingHall::input("very-satisfied"), door).ok());
        QCOMPARE(h.ratings.rateCase(number, RatingHall::input("basic"), door).error().code,
                 QStringLiteral("already-rated"));
        QCOMPARE(h.count(QStringLiteral("SELECT COUNT(*) FROM ratings")), 2);
    }

    void phoneWindowCloses_data() { TestDatabase::addBackendRows(); }
    void phoneWindowCloses()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        RatingHall h(backend);
        const QString number = h.acceptFor(h.identify());
        const QDate after = h.calendar.addWorkingDays(h.clock.today(), 5).addDays(1);
        h.clock.set(QDateTime(after, QTime(9, 0), Qt::OffsetFromUTC, 8 * 3600));
        QCOMPARE(h.ratings.openStage(number).value(), std::optional<Rating::Stage>());
        QCOMPARE(
            h.ratings.rateCase(number, RatingHall::input("satisfied"), RatingHall::citizenDoor())
                .error()
                .code,
            QStringLiteral("rating-closed"));
    }

    void listsAndOwnFigures_data() { TestDatabase::addBackendRows(); }
    void listsAndOwnFigures()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        RatingHall h(backend);
        const char *levels[] = {"very-satisfied", "satisfied", "very-satisfied", "dissatisfied"};
        for (int i = 0; i < 4; ++i) {
            const qint64 visit = h.identify(2 * i);
            h.acceptFor(visit, 2 * i);
            QVERIFY(h.ratings.rateVisit(visit, RatingHall::input(levels[i]), h.clerk).ok());
            h.clock.set(h.clock.now().addSecs(600));
        }
        const QDate today = h.clock.today();
        auto listed = h.ratings.list(today, today, h.supervisor);
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 4);
        QCOMPARE(listed->at(3).level, RatingLevel::Dissatisfied);
        QCOMPARE(listed->at(0).clerkName, QStringLiteral("clerk01"));
        QCOMPARE(h.ratings.list(today.addDays(1), today.addDays(2), h.supervisor)->size(), 0);
        QCOMPARE(h.ratings.list(today, today, h.clerk).error().code, QStringLiteral("forbidden"));
        // The clerk sees counts per level, nothing about whose visit.
        auto own = h.ratings.ownFigures(today, today, h.clerk);
        QVERIFY(own.ok());
        QCOMPARE(own->value(QStringLiteral("very-satisfied")), 2);
        QCOMPARE(own->value(QStringLiteral("satisfied")), 1);
        QCOMPARE(own->value(QStringLiteral("dissatisfied")), 1);
        QCOMPARE(h.ratings.ownFigures(today, today, h.health)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_RatingService)
#include "tst_RatingService.moc"
