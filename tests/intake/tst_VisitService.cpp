#include "helpers/RatingHall.h"

#include <QTest>

using namespace OneWindow;
using Test::RatingHall;

// A visit is one citizen's time at one counter: begun by the core on evidence it
// recorded there, ended by acceptance, a handover or "next citizen", in the
// transaction of what ended it.
class tst_VisitService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void beginsOnRecordedEvidence_data() { TestDatabase::addBackendRows(); }
    void beginsOnRecordedEvidence()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        RatingHall h(backend);
        const qint64 id = h.identify();
        QVERIFY(id > 0);
        const Visit v = h.visit(id);
        QVERIFY(v.isOpen());
        QCOMPARE(v.counterCode, QStringLiteral("A01"));
        QCOMPARE(v.clerkId, h.clerk.userId);
        QCOMPARE(v.startedAt, h.clock.now());
        QCOMPARE(h.visits.current(h.clerk).value().id, id);
        QCOMPARE(h.count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action ="
                                        " 'visit-begin' AND subject = ?"),
                         {QStringLiteral("visit:%1").arg(id)}),
                 1);
    }

    void sameCitizenGoesOn_data() { TestDatabase::addBackendRows(); }
    void sameCitizenGoesOn()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        RatingHall h(backend);
        const qint64 first = h.identify(0);
        h.clock.set(h.clock.now().addSecs(60));
        QCOMPARE(h.identify(0), first); // the same card read again
        QCOMPARE(h.count(QStringLiteral("SELECT COUNT(*) FROM visits")), 1);
        // Somebody else: the first visit ends as "next" and theirs begins.
        h.clock.set(h.clock.now().addSecs(60));
        const qint64 second = h.identify(2);
        QVERIFY(second != first);
        const Visit ended = h.visit(first);
        QCOMPARE(ended.outcome, Visit::Outcome::Next);
        QCOMPARE(ended.endedAt, h.clock.now());
        QVERIFY(h.visit(second).isOpen());
    }

    void refusesEvidenceOfElsewhere_data() { TestDatabase::addBackendRows(); }
    void refusesEvidenceOfElsewhere()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        RatingHall h(backend);
        const SyntheticIdentityGenerator people(8, h.clock.today());
        Session other = h.clerk;
        other.counterCode = QStringLiteral("A02");
        const qint64 elsewhere = Test::recordEvidence(h.t.db(), IdentitySource::Card,
                                                      people.citizen(0), other, h.clock.now());
        QCOMPARE(h.visits.begin(elsewhere, h.clerk).error().code,
                 QStringLiteral("evidence-mismatch"));
        QCOMPARE(h.visits.begin(987654, h.clerk).error().code, QStringLiteral("evidence-unknown"));
        // Old evidence does not begin a visit either.
        const qint64 old = Test::recordEvidence(h.t.db(), IdentitySource::Card, people.citizen(0),
                                                h.clerk, h.clock.now().addSecs(-9 * 3600));
        QCOMPARE(h.visits.begin(old, h.clerk).error().code, QStringLiteral("evidence-mismatch"));
        // An officer runs no intake.
        const qint64 fresh = Test::recordEvidence(h.t.db(), IdentitySource::Card, people.citizen(0),
                                                  h.clerk, h.clock.now());
        QCOMPARE(h.visits.begin(fresh, h.health).error().code, QStringLiteral("forbidden"));
        QCOMPARE(h.count(QStringLiteral("SELECT COUNT(*) FROM visits")), 0);
        QCOMPARE(h.count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action ="
                                        " 'refused'")),
                 4);
    }

    void acceptanceEndsIt_data() { TestDatabase::addBackendRows(); }
    void acceptanceEndsIt()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        RatingHall h(backend);
        const qint64 id = h.identify();
        h.clock.set(h.clock.now().addSecs(240));
        const QString number = h.acceptFor(id);
        QVERIFY(!number.isEmpty());
        Visit v = h.visit(id);
        QCOMPARE(v.outcome, Visit::Outcome::Accepted);
        QCOMPARE(v.endedAt, h.clock.now());
        QCOMPARE(v.caseNumbers, QStringList{number});
        // A second matter for the same citizen on the same card read: touched, not reopened.
        h.clock.set(h.clock.now().addSecs(300));
        const QString second = h.acceptFor(id);
        QVERIFY(!second.isEmpty());
        v = h.visit(id);
        QCOMPARE(v.caseNumbers.size(), 2);
        QCOMPARE(v.endedAt, h.clock.now().addSecs(-300));
        QCOMPARE(v.outcome, Visit::Outcome::Accepted);
    }

    void handoverAndNextEndIt_data() { TestDatabase::addBackendRows(); }
    void handoverAndNextEndIt()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        RatingHall h(backend);
        const QString number = h.acceptFor(h.identify());
        QVERIFY(h.approveNewborn(number));
        h.clock.set(h.clock.now().addSecs(3 * 86400));
        const qint64 collecting = h.identify();
        QVERIFY(h.handOverToApplicant(number).ok());
        const Visit v = h.visit(collecting);
        QCOMPARE(v.outcome, Visit::Outcome::HandedOver);
        QCOMPARE(v.caseNumbers, QStringList{number});

        const qint64 asking = h.identify(4);
        QVERIFY(h.visits.next(h.clerk).ok());
        QCOMPARE(h.visit(asking).outcome, Visit::Outcome::Next);
        QCOMPARE(h.visits.current(h.clerk).value().id, 0);
        QVERIFY(h.visits.next(h.clerk).ok()); // nobody there: nothing to end
        // The visit that just ended is the one the citizen's screen asks about.
        QCOMPARE(h.visits.justEnded(h.clerk).value().id, asking);
        h.clock.set(h.clock.now().addSecs(VisitService::kCounterRatingSeconds + 1));
        QCOMPARE(h.visits.justEnded(h.clerk).value().id, 0);
    }

    void oneOpenVisitPerCounter_data() { TestDatabase::addBackendRows(); }
    void oneOpenVisitPerCounter()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        RatingHall h(backend);
        const qint64 id = h.identify();
        const auto evidence = h.visit(id).evidenceId;
        // The schema keeps a counter to one open visit, whoever writes.
        auto q = h.t.db().run(QStringLiteral("INSERT INTO visits (counter_code, clerk_id,"
                                             " clerk_name, evidence_id, started_at)"
                                             " VALUES ('A01', ?, 'x', ?, ?)"),
                              {h.clerk.userId, evidence, h.clock.now().toUTC()});
        QVERIFY(!q.ok());
    }
};

QTEST_GUILESS_MAIN(tst_VisitService)
#include "tst_VisitService.moc"
