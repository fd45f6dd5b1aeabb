#include "common/FixedClock.h"
#include "helpers/SampleIntake.h"
#include "helpers/ScratchPostgres.h"
#include "helpers/TestDatabase.h"
#include "intake/IntakeService.h"
#include "security/AuditLog.h"
#include "security/UserRepository.h"
#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "templates/TemplateCatalogue.h"
#include "workflow/WorkingDayCalendar.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>

using namespace OneWindow;

// The server goes away under a counter: PostgreSQL stopped and started again in
// the middle of an intake, and a primary stopped and its streaming standby
// promoted while a counter accepts cases. Each test runs servers of its own
// (ScratchPostgres), which it stops; it needs PostgreSQL like every other.
class tst_PostgresOutage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void restartMidIntake();
    void failoverToStandby();

private:
    TemplateCatalogue m_catalogue;
    const FormTemplate *m_newborn = nullptr;
};

namespace {

const QDate kToday(2026, 1, 8);
const QDateTime kNow(kToday, QTime(10, 15), Qt::OffsetFromUTC, 8 * 3600);
const QString kHall = QStringLiteral("HALL");

Session clerk()
{
    Session s;
    s.userId = 1; // the account Hall creates first
    s.username = QStringLiteral("clerk01");
    s.displayName = QStringLiteral("窗口一 李敏");
    s.role = Role::Clerk;
    s.counterCode = QStringLiteral("A01");
    return s;
}

// A hall's database on the scratch server (the roles file, migrated) with the
// clerk's account.
struct Hall
{
    Hall()
        : t(QStringLiteral("postgresql"))
    {
        if (!t.ok())
            return;
        UserAccount a;
        a.username = QStringLiteral("clerk01");
        a.displayName = QStringLiteral("窗口一 李敏");
        a.role = Role::Clerk;
        const auto id = UserRepository(t.owner()).create(a, QStringLiteral("Password-123"), true);
        if (!id.ok() || id.value() != 1)
            qFatal("the fixture account");
    }
    TestDatabase t;
};

// The counter's services on `db`.
struct Counter
{
    explicit Counter(const Database &db)
        : audit(db, clock)
        , intake(db, audit, clock, days, kHall)
    {}
    FixedClock clock{kNow};
    const WorkingDayCalendar days = WorkingDayCalendar::official();
    AuditLog audit;
    IntakeService intake;
};

// -1 when the database cannot be asked.
int casesWithKey(const Database &db, const QString &key)
{
    const auto n =
        db.scalar(QStringLiteral("SELECT COUNT(*) FROM cases WHERE intake_key = ?"), {key});
    return n ? n.value().toInt() : -1;
}

QString explain(const Error &e)
{
    return e.code + QLatin1Char(' ') + e.detail;
}

} // namespace

void tst_PostgresOutage::initTestCase()
{
    m_catalogue.loadBuiltIn();
    m_newborn = m_catalogue.find(QStringLiteral("newborn"));
    QVERIFY(m_newborn);
}

// The clerk presses accept; the server commits the case, then dies before its
// answer reaches the counter (the COMMIT waits for a synchronous standby that
// never comes, and the server is stopped meanwhile). The counter is told the
// database is gone, keeps the intake, and once the server is back accepts it
// again on a connection it opened by itself: the intake key finds the case the
// lost COMMIT stored, so there is exactly one. The live refresh listens again.
void tst_PostgresOutage::restartMidIntake()
{
    OW_REQUIRE_POSTGRES();
    Test::ScratchPostgres server;
    QCOMPARE(server.init(), QString());
    QCOMPARE(server.start(), QString());
    const Test::TestServerSwap swap(server.adminUrl());
    Hall hall;
    QVERIFY2(hall.t.ok(), qPrintable(hall.t.error()));
    Database &db = hall.t.db();
    Counter counter(db);

    ChangeNotifier listener(DatabaseUrl::parse(hall.t.url()).value());
    listener.setPingInterval(200);
    listener.setRetryInterval(200);
    QVERIFY(listener.start().ok());
    QSignalSpy changed(&listener, &ChangeNotifier::changed);
    QSignalSpy lost(&listener, &ChangeNotifier::connectionLost);
    QSignalSpy back(&listener, &ChangeNotifier::reconnected);

    IntakeRequest first =
        Test::readAtCounter(Test::newbornRequest(m_newborn, kToday, 0, 1), db, clerk(), kNow);
    first.intakeKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    IntakeRequest second =
        Test::readAtCounter(Test::newbornRequest(m_newborn, kToday, 2, 3), db, clerk(), kNow);
    second.intakeKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto accepted = counter.intake.accept(first, clerk());
    QVERIFY2(accepted.ok(), qPrintable(explain(accepted.error())));
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);

    // Every COMMIT now waits for a standby named "nobody".
    Database admin(DatabaseUrl::parse(server.adminUrl()).value());
    QVERIFY(admin.open().ok());
    QVERIFY(
        admin.run(QStringLiteral("ALTER SYSTEM SET synchronous_standby_names = 'nobody'")).ok());
    QVERIFY(admin.run(QStringLiteral("SELECT pg_reload_conf()")).ok());
    QTRY_COMPARE_WITH_TIMEOUT(
        db.scalar(QStringLiteral("SHOW synchronous_standby_names")).value().toString(),
        QStringLiteral("nobody"), 10000);

    // Stops the server as soon as the accept's COMMIT waits.
    QString stopProblem;
    const QString adminUrl = server.adminUrl();
    std::unique_ptr<QThread> stopper(QThread::create([&] {
        Database watch(DatabaseUrl::parse(adminUrl).value());
        if (!watch.open()) {
            stopProblem = QStringLiteral("cannot watch the server");
            return;
        }
        QElapsedTimer waited;
        waited.start();
        while (watch
                   .scalar(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity"
                                          " WHERE wait_event = 'SyncRep'"))
                   .value()
                   .toInt() == 0) {
            if (waited.elapsed() > 30000) {
                stopProblem = QStringLiteral("no COMMIT waited within 30 s");
                break;
            }
            QThread::msleep(20);
        }
        const QString stopped = server.stop(QStringLiteral("immediate"));
        if (stopProblem.isEmpty())
            stopProblem = stopped;
    }));
    stopper->start();
    const auto unanswered = counter.intake.accept(second, clerk());
    stopper->wait();
    QCOMPARE(stopProblem, QString());
    QVERIFY(!unanswered.ok());
    QCOMPARE(unanswered.error().code, QStringLiteral("db-gone"));

    // While the server is down the counter is told so, each time, and nothing breaks.
    const auto whileDown = counter.intake.accept(second, clerk());
    QVERIFY(!whileDown.ok());
    QCOMPARE(whileDown.error().code, QStringLiteral("db-gone"));
    QTRY_VERIFY_WITH_TIMEOUT(!lost.isEmpty(), 10000);

    QCOMPARE(server.start(), QString());
    Database adminAgain(DatabaseUrl::parse(server.adminUrl()).value());
    QVERIFY(adminAgain.open().ok());
    QVERIFY(adminAgain.run(QStringLiteral("ALTER SYSTEM RESET synchronous_standby_names")).ok());
    QVERIFY(adminAgain.run(QStringLiteral("SELECT pg_reload_conf()")).ok());
    // The COMMIT whose answer was lost did commit.
    QCOMPARE(casesWithKey(hall.t.owner(), second.intakeKey), 1);

    const int reconnectionsBefore = db.reconnections();
    const auto retried = counter.intake.accept(second, clerk());
    QVERIFY2(retried.ok(), qPrintable(explain(retried.error())));
    QVERIFY(db.reconnections() > reconnectionsBefore);
    QCOMPARE(casesWithKey(db, second.intakeKey), 1);
    QCOMPARE(retried->caseNumber,
             db.scalar(QStringLiteral("SELECT case_number FROM cases WHERE intake_key = ?"),
                       {second.intakeKey})
                 .value()
                 .toString());
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM cases")).value().toInt(), 2);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events"
                                      " WHERE action = 'intake-replay'"))
                 .value()
                 .toInt(),
             1);

    // The live refresh listens again by itself, says so, and hears the next change.
    QTRY_VERIFY_WITH_TIMEOUT(!back.isEmpty(), 20000);
    changed.clear();
    IntakeRequest third =
        Test::readAtCounter(Test::newbornRequest(m_newborn, kToday, 4, 5), db, clerk(), kNow);
    third.intakeKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(counter.intake.accept(third, clerk()).ok());
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(changed.cbegin(), changed.cend(),
                                         [](const QList<QVariant> &args) {
                                             return args.at(0).toString() ==
                                                    QLatin1String(ChangeNotifier::kSubCases);
                                         }),
                             10000);
}

// A primary and a streaming hot standby (synchronous, so a case the primary
// confirmed is on the standby too). The counter names both in its URL with
// target_session_attrs=read-write. While it accepts cases, the primary dies and
// the standby is promoted: the counter finds the new primary by itself, retries
// what failed with the same intake key, and every case is there exactly once.
void tst_PostgresOutage::failoverToStandby()
{
    OW_REQUIRE_POSTGRES();
    Test::ScratchPostgres primary;
    Test::ScratchPostgres standby;
    QCOMPARE(primary.init(), QString());
    QCOMPARE(primary.start(), QString());
    const Test::TestServerSwap swap(primary.adminUrl());
    Hall hall;
    QVERIFY2(hall.t.ok(), qPrintable(hall.t.error()));
    QCOMPARE(standby.initStandbyOf(primary), QString());
    QCOMPARE(standby.start(), QString());
    Database admin(DatabaseUrl::parse(primary.adminUrl()).value());
    QVERIFY(admin.open().ok());
    QTRY_COMPARE_WITH_TIMEOUT(admin
                                  .scalar(QStringLiteral("SELECT COUNT(*) FROM pg_stat_replication"
                                                         " WHERE state = 'streaming'"))
                                  .value()
                                  .toInt(),
                              1, 30000);
    QVERIFY(admin.run(QStringLiteral("ALTER SYSTEM SET synchronous_standby_names = '*'")).ok());
    QVERIFY(admin.run(QStringLiteral("SELECT pg_reload_conf()")).ok());
    QTRY_COMPARE_WITH_TIMEOUT(
        admin.scalar(QStringLiteral("SELECT sync_state FROM pg_stat_replication"))
            .value()
            .toString(),
        QStringLiteral("sync"), 10000);

    // The counter's URL: both servers, the one that takes writes.
    const auto written = DatabaseUrl::parse(
        hall.t.url().replace(QStringLiteral("/ow_test_"),
                             QStringLiteral(",127.0.0.1:%1/ow_test_").arg(standby.port())) +
        QStringLiteral("?target_session_attrs=read-write"));
    QVERIFY2(written.ok(), qPrintable(explain(written.error())));
    QCOMPARE(written->moreServers.size(), 1);
    Database db(written.value());
    QVERIFY(db.open().ok());
    Counter counter(db);
    ChangeNotifier listener(written.value());
    listener.setPingInterval(200);
    listener.setRetryInterval(200);
    QVERIFY(listener.start().ok());
    QSignalSpy back(&listener, &ChangeNotifier::reconnected);

    constexpr int kCases = 12;
    constexpr int kFailAfter = 4;
    QList<IntakeRequest> requests;
    for (int i = 0; i < kCases; ++i) {
        IntakeRequest r = Test::readAtCounter(
            Test::newbornRequest(m_newborn, kToday, 2 * i, 2 * i + 1), db, clerk(), kNow);
        QVERIFY(r.applicantEvidence > 0);
        r.intakeKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        requests.append(r);
    }

    // The primary dies while the counter works, and the standby takes over.
    std::atomic<int> accepted{0};
    QString failoverProblem;
    std::unique_ptr<QThread> failover(QThread::create([&] {
        while (accepted.load() < kFailAfter)
            QThread::msleep(2);
        failoverProblem = primary.stop(QStringLiteral("immediate"));
        if (failoverProblem.isEmpty())
            failoverProblem = standby.promote();
    }));
    failover->start();

    QElapsedTimer elapsed;
    elapsed.start();
    QHash<QString, QString> numberOf; // intake key -> the case number the counter was told
    for (const IntakeRequest &r : requests) {
        for (;;) {
            const auto result = counter.intake.accept(r, clerk());
            if (result.ok()) {
                numberOf.insert(r.intakeKey, result->caseNumber);
                accepted.fetch_add(1);
                break;
            }
            // Between the primary's death and the promotion no server takes writes.
            QVERIFY2(result.error().code == QLatin1String("db-gone"),
                     qPrintable(explain(result.error())));
            QVERIFY2(elapsed.elapsed() < 90000, "no server took writes within 90 s");
            QThread::msleep(100);
        }
    }
    failover->wait();
    QCOMPARE(failoverProblem, QString());
    QVERIFY(db.reconnections() >= 1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT current_setting('port')")).value().toInt(),
             standby.port());
    QCOMPARE(db.scalar(QStringLiteral("SELECT pg_is_in_recovery()")).value().toBool(), false);

    // Every case the counter was told of is there once, under its number; nothing else.
    auto stored = db.run(QStringLiteral("SELECT intake_key, case_number FROM cases"));
    QVERIFY(stored.ok());
    QHash<QString, QString> found;
    QSet<QString> numbers;
    while (stored.value().next()) {
        const QString key = stored.value().value(0).toString();
        QVERIFY2(!found.contains(key), qPrintable(QStringLiteral("twice: ") + key));
        found.insert(key, stored.value().value(1).toString());
        numbers.insert(stored.value().value(1).toString());
    }
    QCOMPARE(found, numberOf);
    QCOMPARE(numbers.size(), kCases);

    // The live refresh follows to the new primary.
    QTRY_VERIFY_WITH_TIMEOUT(!back.isEmpty(), 20000);
}

QTEST_GUILESS_MAIN(tst_PostgresOutage)
#include "tst_PostgresOutage.moc"
