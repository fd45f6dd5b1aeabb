#include "common/FixedClock.h"
#include "helpers/AuditTamper.h"
#include "helpers/TestDatabase.h"
#include "helpers/TestSession.h"
#include "security/AuditChainReader.h"
#include "security/AuditLog.h"
#include "security/AuditVerifier.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QSqlQuery>
#include <QTest>

using namespace OneWindow;

class tst_AuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyLogIsIntact_data();
    void emptyLogIsIntact();
    void recordsChain_data();
    void recordsChain();
    void keyedEventsCarryMacs_data();
    void keyedEventsCarryMacs();
    void sealedLogRefusesCountersWithoutTheKey_data();
    void sealedLogRefusesCountersWithoutTheKey();
    void sealTakesOnlyALogNeverSealed_data();
    void sealTakesOnlyALogNeverSealed();
    void eventsAreAppendOnly_data();
    void eventsAreAppendOnly();
    void nextEventFollowsTheCheckpoint_data();
    void nextEventFollowsTheCheckpoint();
    void migrationKeepsEarlierEvents_data();
    void migrationKeepsEarlierEvents();
    void rolledBackEventIsNotStored_data();
    void rolledBackEventIsNotStored();
    void twoConnectionsKeepOneChain_data();
    void twoConnectionsKeepOneChain();
    void chainHashSeparatesFields_data();
    void chainHashSeparatesFields();
};

namespace {

const QByteArray kHallKey = QByteArray::fromHex("00112233445566778899aabbccddeeff0f1e2d3c");

Session clerk()
{
    Session s;
    s.userId = 1;
    s.username = QStringLiteral("clerk01");
    s.displayName = QStringLiteral("窗口一 李敏");
    s.counterCode = QStringLiteral("A01");
    return s;
}

Session admin()
{
    return Test::session(9, QStringLiteral("admin01"), Role::Administrator, {},
                         QStringLiteral("CLI"));
}

struct Row
{
    qint64 id;
    QString at, user, counter, action, subject, detail, prev, hash;
};

QList<Row> rows(const Database &db)
{
    QList<Row> list;
    auto q = db.run(QStringLiteral("SELECT id, at, user_name, counter_code, action, subject,"
                                   " detail, prev_hash, hash FROM audit_events ORDER BY id"));
    if (!q)
        return list;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        list.append({r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(),
                     r.value(3).toString(), r.value(4).toString(), r.value(5).toString(),
                     r.value(6).toString(), r.value(7).toString(), r.value(8).toString()});
    }
    return list;
}

// Five events a morning at the counter might leave.
bool recordFive(AuditLog &log, FixedClock &clock)
{
    const QStringList actions = {"sign-in", "view-case-file", "accept-case", "view-case-file",
                                 "sign-out"};
    for (int i = 0; i < actions.size(); ++i) {
        clock.set(clock.now().addSecs(37));
        if (!log.record(clerk(), actions.at(i), QStringLiteral("person:%1").arg(i + 1),
                        QStringLiteral("第%1件").arg(i + 1)))
            return false;
    }
    return true;
}

} // namespace

void tst_AuditLog::emptyLogIsIntact_data()
{
    TestDatabase::addBackendRows();
}

void tst_AuditLog::emptyLogIsIntact()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    AuditLog log(t.db(), clock);
    const auto broken = log.firstBrokenEvent();
    QVERIFY(broken.ok());
    QCOMPARE(broken.value(), qint64(0));
}

void tst_AuditLog::recordsChain_data()
{
    TestDatabase::addBackendRows();
}

void tst_AuditLog::recordsChain()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    const QDateTime start(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    FixedClock clock(start);
    AuditLog log(t.db(), clock);
    QVERIFY(recordFive(log, clock));

    const QList<Row> list = rows(t.db());
    QCOMPARE(list.size(), 5);
    for (int i = 0; i < list.size(); ++i) {
        const Row &r = list.at(i);
        QCOMPARE(r.user, QStringLiteral("clerk01"));
        QCOMPARE(r.counter, QStringLiteral("A01"));
        QCOMPARE(r.subject, QStringLiteral("person:%1").arg(i + 1));
        // The time comes from the injected clock.
        QCOMPARE(QDateTime::fromString(r.at, Qt::ISODateWithMs), start.addSecs(37 * (i + 1)));
        QCOMPARE(r.hash, AuditLog::chainHash(r.prev, r.at, r.user, r.counter, r.action, r.subject,
                                             r.detail));
        if (i > 0)
            QCOMPARE(r.prev, list.at(i - 1).hash);
        else
            QVERIFY(!r.prev.isEmpty());
    }
    QCOMPARE(log.firstBrokenEvent().value(), qint64(0));
}

void tst_AuditLog::rolledBackEventIsNotStored_data()
{
    TestDatabase::addBackendRows();
}

void tst_AuditLog::rolledBackEventIsNotStored()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    AuditLog log(t.db(), clock, kHallKey);
    QVERIFY(log.record(clerk(), QStringLiteral("sign-in"), {}, {}).ok());

    // The change it describes fails: the event goes with it, and so does the checkpoint's move.
    const Status s = t.db().transaction([&]() -> Status {
        if (const Status a = log.recordInTransaction(clerk(), QStringLiteral("accept-case"),
                                                     QStringLiteral("HALL-20260302-00001"), {});
            !a)
            return a;
        return Status::failure(QStringLiteral("db-full"));
    });
    QVERIFY(!s.ok());
    QCOMPARE(rows(t.db()).size(), 1);
    QCOMPARE(AuditChainReader::readHead(t.db()).value()->events, qint64(1));

    QVERIFY(t.db()
                .transaction([&] {
                    return log.recordInTransaction(clerk(), QStringLiteral("accept-case"),
                                                   QStringLiteral("HALL-20260302-00001"), {});
                })
                .ok());
    QCOMPARE(rows(t.db()).size(), 2);
    QCOMPARE(log.firstBrokenEvent().value(), qint64(0));
}

void tst_AuditLog::twoConnectionsKeepOneChain_data()
{
    TestDatabase::addBackendRows();
}

void tst_AuditLog::twoConnectionsKeepOneChain()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    Database second(DatabaseUrl::parse(t.url()).value());
    QVERIFY(second.open().ok());

    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    AuditLog counterA(t.db(), clock, kHallKey);
    AuditLog counterB(second, clock, kHallKey);
    Session b = clerk();
    b.username = QStringLiteral("clerk02");
    b.counterCode = QStringLiteral("A02");
    for (int i = 0; i < 4; ++i) {
        QVERIFY(counterA.record(clerk(), QStringLiteral("view-case-file"), {}, {}).ok());
        QVERIFY(counterB.record(b, QStringLiteral("view-case-file"), {}, {}).ok());
    }
    QCOMPARE(rows(t.db()).size(), 8);
    for (const Test::AuditRow &r : Test::auditRows(t.db()))
        QVERIFY(!r.mac.isEmpty());
    QCOMPARE(counterA.firstBrokenEvent().value(), qint64(0));
    QCOMPARE(counterB.firstBrokenEvent().value(), qint64(0));
}

void tst_AuditLog::chainHashSeparatesFields_data()
{
    QTest::addColumn<QStringList>("a");
    QTest::addColumn<QStringList>("b");

    const QStringList base = {"p", "2026-03-02T09:00:00.000Z", "clerk01", "A01", "view", "s", "d"};
    QStringList movedBase = base;
    movedBase[5] = "";
    movedBase[4] = "view";
    movedBase[6] = "sd";
    QTest::newRow("text moved from subject to action")
        << QStringList{base[0], base[1], base[2], base[3], "view", "s", ""}
        << QStringList{base[0], base[1], base[2], base[3], "views", "", ""};
    QTest::newRow("text moved from subject to detail") << base << movedBase;
    QStringList otherPrev = base;
    otherPrev[0] = "q";
    QTest::newRow("other previous hash") << base << otherPrev;
    QStringList otherDetail = base;
    otherDetail[6] = "D";
    QTest::newRow("detail case") << base << otherDetail;
}

void tst_AuditLog::chainHashSeparatesFields()
{
    QFETCH(QStringList, a);
    QFETCH(QStringList, b);
    const auto hash = [](const QStringList &f) {
        return AuditLog::chainHash(f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
    };
    QVERIFY(hash(a) != hash(b));
    QCOMPARE(hash(a), hash(a));   // deterministic
    QCOMPARE(hash(a).size(), 64); // SHA-256, hex
}

void tst_AuditLog::keyedEventsCarryMacs_data()
{
    TestDatabase::addBackendRows();
}

void tst_AuditLog::keyedEventsCarryMacs()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    AuditLog log(t.db(), clock, kHallKey);
    QVERIFY(log.keyed());
    QVERIFY(recordFive(log, clock));
    const AuditKey key = AuditKey::fromHallKey(kHallKey);
    const QList<Test::AuditRow> list = Test::auditRows(t.db());
    QCOMPARE(list.size(), 5);
    for (const Test::AuditRow &r : list) {
        QCOMPARE(r.mac.size(), 64);
        QCOMPARE(r.mac, key.eventMac(r.hash));
    }
    // The checkpoint names the last event, counts them all and is sealed.
    const AuditHead head = *AuditChainReader::readHead(t.db()).value();
    QCOMPARE(head.lastId, list.constLast().id);
    QCOMPARE(head.lastHash, list.constLast().hash);
    QCOMPARE(head.lastAt, list.constLast().at);
    QCOMPARE(head.events, qint64(5));
    QCOMPARE(head.legacyUntil, qint64(0));
    QCOMPARE(head.mac, key.headMac(head));
    // Nothing about the key is in the database.
    const QString keyHex = QString::fromLatin1(kHallKey.toHex());
    for (const Test::AuditRow &r : list)
        QVERIFY(!(r.detail + r.mac + r.hash).contains(keyHex));
}

void tst_AuditLog::sealedLogRefusesCountersWithoutTheKey_data()
{
    TestDatabase::addBackendRows();
}

void tst_AuditLog::sealedLogRefusesCountersWithoutTheKey()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    // Before anyone holding the key wrote, a counter without one may (unsealed log).
    AuditLog unkeyed(t.db(), clock);
    QVERIFY(unkeyed.record(clerk(), QStringLiteral("sign-in"), {}, {}).ok());
    QVERIFY(Test::auditRows(t.db()).constFirst().mac.isEmpty());
    // A counter holding the key takes none of that on trust: it neither seals nor writes.
    AuditLog keyed(t.db(), clock, kHallKey);
    Status s = keyed.record(clerk(), QStringLiteral("sign-in"), {}, {});
    QCOMPARE(s.error().code, QStringLiteral("audit-unsealed"));
    QCOMPARE(Test::auditRows(t.db()).size(), 1);
    QVERIFY(!AuditChainReader::readHead(t.db()).value()->sealed());
    // An administrator seals it, explicitly; the seal is the first keyed event.
    const auto sealed = keyed.seal(admin());
    QVERIFY2(sealed.ok(),
             qPrintable(sealed.error().code + QLatin1Char(' ') + sealed.error().detail));
    QCOMPARE(sealed->legacyUntil, Test::auditRows(t.db()).constFirst().id);
    QCOMPARE(AuditChainReader::readHead(t.db()).value()->legacyUntil,
             Test::auditRows(t.db()).constFirst().id);
    QVERIFY(keyed.record(clerk(), QStringLiteral("sign-in"), {}, {}).ok());
    // Sealed now: without the key, or with another one, nothing is written.
    s = unkeyed.record(clerk(), QStringLiteral("view-case-file"), {}, {});
    QCOMPARE(s.error().code, QStringLiteral("audit-key-missing"));
    QCOMPARE(unkeyed.ready().error().code, QStringLiteral("audit-key-missing"));
    QByteArray otherKey = kHallKey;
    otherKey[3] = char(otherKey[3] ^ 0x40);
    AuditLog other(t.db(), clock, otherKey);
    s = other.record(clerk(), QStringLiteral("view-case-file"), {}, {});
    QCOMPARE(s.error().code, QStringLiteral("audit-key-mismatch"));
    QCOMPARE(Test::auditRows(t.db()).size(), 3);
    QCOMPARE(keyed.firstBrokenEvent().value(), qint64(0));
    QVERIFY(keyed.ready().ok());
    // Sealed once, never again.
    QCOMPARE(keyed.seal(admin()).error().code, QStringLiteral("audit-seal-refused"));
    // A checkpoint that is gone stops the writers too.
    QVERIFY(Test::disableAuditProtection(t.owner()));
    QVERIFY(t.owner().run(QStringLiteral("DELETE FROM audit_head")).ok());
    s = keyed.record(clerk(), QStringLiteral("view-case-file"), {}, {});
    QCOMPARE(s.error().code, QStringLiteral("audit-checkpoint-missing"));
}

void tst_AuditLog::sealTakesOnlyALogNeverSealed_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("log");
    QTest::addColumn<QString>("code"); // empty: sealed
    for (const QString &b : TestDatabase::backends()) {
        const auto row = [&](const char *name) -> QTestData & {
            return QTest::newRow(qPrintable(b + QLatin1Char(' ') + QLatin1String(name)));
        };
        row("from before the key") << b << "legacy"
                                   << "";
        row("an empty one") << b << "empty"
                            << "";
        row("by a clerk") << b << "legacy-clerk"
                          << "forbidden";
        row("without the key") << b << "legacy-no-key"
                               << "audit-key-missing";
        row("its chain broken") << b << "legacy-broken"
                                << "audit-seal-refused";
        row("sealed") << b << "sealed"
                      << "audit-seal-refused";
        row("checkpoint's seal blanked") << b << "blanked"
                                         << "audit-seal-refused";
        row("every MAC stripped, an earlier seal event left") << b << "stripped-seal-event"
                                                              << "audit-seal-refused";
        row("every MAC stripped, a hall set up with keys") << b << "stripped-hall"
                                                           << "audit-seal-refused";
    }
}

void tst_AuditLog::sealTakesOnlyALogNeverSealed()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    QFETCH(QString, log);
    QFETCH(QString, code);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    AuditLog unkeyed(t.db(), clock);
    AuditLog keyed(t.db(), clock, kHallKey);
    const Database &owner = t.owner();
    if (log.startsWith(QLatin1String("legacy"))) {
        QVERIFY(recordFive(unkeyed, clock));
        if (log == QLatin1String("legacy-broken")) {
            QVERIFY(Test::disableAuditProtection(owner));
            QVERIFY(owner.run(QStringLiteral("UPDATE audit_events SET detail = 'x' WHERE id = ?"),
                              {Test::auditRows(owner).at(2).id}));
        }
    } else if (log != QLatin1String("empty")) {
        // A hall's log, sealed from its first event, then laundered.
        if (log == QLatin1String("stripped-hall"))
            QVERIFY(owner.run(QStringLiteral("INSERT INTO halls (code, name, key_fingerprint,"
                                             " created_at) VALUES ('510107', '大厅', 'x', ?)"),
                              {QDateTime::currentDateTimeUtc().addSecs(5)}));
        if (log == QLatin1String("stripped-seal-event")) {
            QVERIFY(recordFive(unkeyed, clock));
            QVERIFY(keyed.seal(admin()).ok());
        }
        QVERIFY(recordFive(keyed, clock));
        if (log != QLatin1String("sealed")) {
            QVERIFY(Test::disableAuditProtection(owner));
            QList<Test::AuditRow> rows = Test::auditRows(owner);
            const bool strip = log != QLatin1String("blanked");
            QVERIFY(Test::rechain(owner, rows, 0, strip));
            QVERIFY(owner.run(QStringLiteral("UPDATE audit_head SET last_hash = ?,"
                                             " legacy_until = 0, mac = NULL"),
                              {rows.constLast().hash}));
        }
    }
    const int before = Test::auditRows(t.db()).size();
    Session who = admin();
    if (log == QLatin1String("legacy-clerk"))
        who = clerk();
    const auto sealed = (log == QLatin1String("legacy-no-key") ? unkeyed : keyed).seal(who);
    if (!code.isEmpty()) {
        QVERIFY(!sealed.ok());
        QCOMPARE(sealed.error().code, code);
        // Nothing sealed; at most the refusal itself, where the log takes it.
        QVERIFY(!AuditChainReader::readHead(t.db()).value()->sealed() ||
                log == QLatin1String("sealed"));
        QVERIFY(Test::auditRows(t.db()).size() <= before + 1);
        return;
    }
    QVERIFY2(sealed.ok(),
             qPrintable(sealed.error().code + QLatin1Char(' ') + sealed.error().detail));
    QCOMPARE(sealed->events, qint64(before));
    const auto v = AuditVerifier(t.db().url(), AuditKey::fromHallKey(kHallKey)).run();
    QCOMPARE(v->state, AuditVerdict::State::Intact);
    QCOMPARE(v->legacyEvents, qint64(before));
    QCOMPARE(Test::auditRows(t.db()).constLast().action, QStringLiteral("audit-seal"));
}

void tst_AuditLog::eventsAreAppendOnly_data()
{
    TestDatabase::addBackendRows();
}

void tst_AuditLog::eventsAreAppendOnly()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    AuditLog log(t.db(), clock, kHallKey);
    QVERIFY(recordFive(log, clock));
    // Whoever asks, even the tables' owner: the triggers refuse (the counters'
    // role is refused by its grants before that: tst_PostgresRoles).
    QStringList refused = {QStringLiteral("UPDATE audit_events SET detail = 'x'"),
                           QStringLiteral("DELETE FROM audit_events"),
                           QStringLiteral("DELETE FROM audit_head"),
                           QStringLiteral("UPDATE audit_head SET last_id = last_id - 1"),
                           QStringLiteral("UPDATE audit_head SET events = events - 1"),
                           QStringLiteral("UPDATE audit_head SET mac = NULL"),
                           QStringLiteral("UPDATE audit_head SET legacy_until = last_id")};
    if (backend == QLatin1String("postgresql"))
        refused << QStringLiteral("TRUNCATE audit_events") << QStringLiteral("TRUNCATE audit_head");
    for (const QString &sql : refused) {
        const auto q = t.owner().run(sql);
        QVERIFY2(!q.ok(), qPrintable(sql));
        QCOMPARE(q.error().code, QStringLiteral("db-denied"));
    }
    QCOMPARE(Test::auditRows(t.db()).size(), 5);
    QCOMPARE(log.firstBrokenEvent().value(), qint64(0));
    // Appending still works, and moves the checkpoint forward.
    QVERIFY(log.record(clerk(), QStringLiteral("sign-out"), {}, {}).ok());
    QCOMPARE(AuditChainReader::readHead(t.db()).value()->events, qint64(6));
}

void tst_AuditLog::nextEventFollowsTheCheckpoint_data()
{
    TestDatabase::addBackendRows();
}

void tst_AuditLog::nextEventFollowsTheCheckpoint()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    AuditLog log(t.db(), clock, kHallKey);
    QVERIFY(recordFive(log, clock));
    const QList<Test::AuditRow> before = Test::auditRows(t.db());
    // The last event deleted behind the counters' backs ...
    QVERIFY(Test::disableAuditProtection(t.owner()));
    QVERIFY(
        t.owner()
            .run(QStringLiteral("DELETE FROM audit_events WHERE id = ?"), {before.constLast().id})
            .ok());
    // ... the next event chains onto the checkpoint, not onto what is left, so
    // the gap stays visible where it is.
    QVERIFY(log.record(clerk(), QStringLiteral("sign-in"), {}, {}).ok());
    const QList<Test::AuditRow> after = Test::auditRows(t.db());
    QCOMPARE(after.constLast().prev, before.constLast().hash);
    QCOMPARE(log.firstBrokenEvent().value(), after.constLast().id);
}

void tst_AuditLog::migrationKeepsEarlierEvents_data()
{
    TestDatabase::addBackendRows();
}

void tst_AuditLog::migrationKeepsEarlierEvents()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    // A hall database of the version before the audit keys, with events in it.
    TestDatabase t(backend, false);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    const Database &db = t.db();
    QVERIFY(db.run(QStringLiteral("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY,"
                                  " description TEXT, applied_at TEXT NOT NULL)"))
                .ok());
    // Every step before the one that brings the audit keys.
    for (const Migrations::Step &step : Migrations::steps()) {
        if (step.statements.join(QLatin1Char(' ')).contains(QLatin1String("audit_head")))
            break;
        for (const QString &statement : step.statements) {
            const QString sql = Migrations::translate(statement, db.dialect());
            if (!sql.isEmpty())
                QVERIFY2(db.run(sql).ok(), qPrintable(sql));
        }
        QVERIFY(db.run(QStringLiteral("INSERT INTO schema_migrations VALUES (?, ?, ?)"),
                       {step.version, step.description, QStringLiteral("2026-01-01T00:00:00Z")})
                    .ok());
    }
    QString previous = QStringLiteral("genesis");
    for (int i = 0; i < 3; ++i) {
        const QString at = QStringLiteral("2026-01-0%1T09:00:00.000Z").arg(i + 1);
        const QString hash =
            AuditLog::chainHash(previous, at, QStringLiteral("clerk01"), QStringLiteral("A01"),
                                QStringLiteral("sign-in"), {}, {});
        QVERIFY(db.run(QStringLiteral("INSERT INTO audit_events (at, user_name, counter_code,"
                                      " action, subject, detail, prev_hash, hash)"
                                      " VALUES (?, 'clerk01', 'A01', 'sign-in', '', '', ?, ?)"),
                       {at, previous, hash})
                    .ok());
        previous = hash;
    }
    QVERIFY(t.db().migrate().ok());
    // The checkpoint starts where the events end; they are the unkeyed prefix.
    const AuditHead head = *AuditChainReader::readHead(db).value();
    QCOMPARE(head.events, qint64(3));
    QCOMPARE(head.lastHash, previous);
    QCOMPARE(head.legacyUntil, head.lastId);
    QVERIFY(!head.sealed());
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    AuditLog log(db, clock, kHallKey);
    // The counters holding the key do not seal it by themselves ...
    QCOMPARE(log.record(clerk(), QStringLiteral("sign-in"), {}, {}).error().code,
             QStringLiteral("audit-unsealed"));
    auto v = AuditVerifier(db.url(), AuditKey::fromHallKey(kHallKey)).run();
    QVERIFY(v.ok());
    QCOMPARE(v->state, AuditVerdict::State::Unsealed);
    QCOMPARE(v->badId, Test::auditRows(db).constFirst().id);
    // ... an administrator does, once, after checking it.
    const auto sealed = log.seal(admin());
    QVERIFY2(sealed.ok(), qPrintable(sealed.error().detail));
    QCOMPARE(sealed->events, qint64(3));
    QVERIFY(log.record(clerk(), QStringLiteral("sign-in"), {}, {}).ok());
    v = AuditVerifier(db.url(), AuditKey::fromHallKey(kHallKey)).run();
    QVERIFY(v.ok());
    QCOMPARE(v->state, AuditVerdict::State::Intact);
    QCOMPARE(v->events, qint64(5));
    QCOMPARE(v->legacyEvents, qint64(3));
    const QList<Test::AuditRow> all = Test::auditRows(db);
    QCOMPARE(all.at(3).action, QStringLiteral("audit-seal"));
    QCOMPARE(all.at(3).user, QStringLiteral("admin01"));
    QVERIFY(all.at(3).detail.contains(QStringLiteral("legacy-until=%1").arg(all.at(2).id)));
}

QTEST_GUILESS_MAIN(tst_AuditLog)
#include "tst_AuditLog.moc"
