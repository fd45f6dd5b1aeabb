#include "common/FixedClock.h"
#include "helpers/TestDatabase.h"
#include "security/AuditLog.h"
#include "storage/Database.h"

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
    void tamperingDetected_data();
    void tamperingDetected();
    void rolledBackEventIsNotStored_data();
    void rolledBackEventIsNotStored();
    void twoConnectionsKeepOneChain_data();
    void twoConnectionsKeepOneChain();
    void chainHashSeparatesFields_data();
    void chainHashSeparatesFields();
};

namespace {

Session clerk()
{
    Session s;
    s.userId = 1;
    s.username = QStringLiteral("clerk01");
    s.displayName = QStringLiteral("窗口一 李敏");
    s.counterCode = QStringLiteral("A01");
    return s;
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

void tst_AuditLog::tamperingDetected_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<int>("brokenIndex"); // 0-based position of the first broken event

    for (const QString &b : TestDatabase::backends()) {
        const auto row = [&](const char *name) {
            return &QTest::newRow(qPrintable(b + QLatin1Char(' ') + QLatin1String(name)));
        };
        *row("edit detail of the third") << b
                                         << "UPDATE audit_events SET detail = 'nothing'"
                                            " WHERE id = %3"
                                         << 2;
        *row("edit subject of the first") << b
                                          << "UPDATE audit_events SET subject = 'person:99'"
                                             " WHERE id = %1"
                                          << 0;
        *row("edit user of the last") << b
                                      << "UPDATE audit_events SET user_name = 'admin01'"
                                         " WHERE id = %5"
                                      << 4;
        *row("edit time of the second") << b
                                        << "UPDATE audit_events SET at ="
                                           " '2026-03-01T00:00:00.000Z' WHERE id = %2"
                                        << 1;
        *row("move text between fields") << b
                                         << "UPDATE audit_events SET action = 'view-case',"
                                            " subject = '-fileperson:2' WHERE id = %2"
                                         << 1;
        // Deleting an event is seen at the event after it.
        *row("delete the third") << b << "DELETE FROM audit_events WHERE id = %3" << 3;
        *row("delete the first") << b << "DELETE FROM audit_events WHERE id = %1" << 1;
    }
}

void tst_AuditLog::tamperingDetected()
{
    QFETCH(QString, backend);
    QFETCH(QString, tamper);
    QFETCH(int, brokenIndex);

    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    AuditLog log(t.db(), clock);
    QVERIFY(recordFive(log, clock));
    const QList<Row> before = rows(t.db());
    QCOMPARE(before.size(), 5);

    QString sql = tamper;
    for (int i = 0; i < 5; ++i)
        sql.replace(QStringLiteral("%%1").arg(i + 1), QString::number(before.at(i).id));
    const auto q = t.db().run(sql);
    QVERIFY2(q.ok(), qPrintable(q.error().detail));

    const auto broken = log.firstBrokenEvent();
    QVERIFY(broken.ok());
    QCOMPARE(broken.value(), before.at(brokenIndex).id);
}

void tst_AuditLog::rolledBackEventIsNotStored_data()
{
    TestDatabase::addBackendRows();
}

void tst_AuditLog::rolledBackEventIsNotStored()
{
    QFETCH(QString, backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    AuditLog log(t.db(), clock);
    QVERIFY(log.record(clerk(), QStringLiteral("sign-in"), {}, {}).ok());

    // The change it describes fails: the event goes with it.
    const Status s = t.db().transaction([&]() -> Status {
        if (const Status a = log.recordInTransaction(clerk(), QStringLiteral("accept-case"),
                                                     QStringLiteral("HALL-20260302-00001"), {});
            !a)
            return a;
        return Status::failure(QStringLiteral("db-full"));
    });
    QVERIFY(!s.ok());
    QCOMPARE(rows(t.db()).size(), 1);

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
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    Database second(DatabaseUrl::parse(t.url()).value());
    QVERIFY(second.open().ok());

    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    AuditLog counterA(t.db(), clock);
    AuditLog counterB(second, clock);
    Session b = clerk();
    b.username = QStringLiteral("clerk02");
    b.counterCode = QStringLiteral("A02");
    for (int i = 0; i < 4; ++i) {
        QVERIFY(counterA.record(clerk(), QStringLiteral("view-case-file"), {}, {}).ok());
        QVERIFY(counterB.record(b, QStringLiteral("view-case-file"), {}, {}).ok());
    }
    QCOMPARE(rows(t.db()).size(), 8);
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

QTEST_GUILESS_MAIN(tst_AuditLog)
#include "tst_AuditLog.moc"
