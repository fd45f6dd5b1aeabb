#include "casefile/DemoSeeder.h"
#include "common/FixedClock.h"
#include "helpers/TestDatabase.h"
#include "identity/IdNumber.h"
#include "security/AuditLog.h"
#include "security/AuthService.h"
#include "storage/Database.h"

#include <QSet>
#include <QSqlRecord>
#include <QTest>

using namespace OneWindow;

class tst_DemoSeeder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deterministic_data();
    void deterministic();
    void idNumbersAreValid_data();
    void idNumbersAreValid();
    void casesAreConsistent_data();
    void casesAreConsistent();
    void seedsOnlyOnce_data();
    void seedsOnlyOnce();
    void demoAccountsSignIn_data();
    void demoAccountsSignIn();
    void cancelledSeedLeavesNothing_data();
    void cancelledSeedLeavesNothing();
};

namespace {

const int kCitizens = 24;

// Everything seeded, as text, in a stable order; database ids left out.
QStringList dump(const Database &db)
{
    QStringList lines;
    const QStringList queries = {
        QStringLiteral("SELECT id_number, name, sex, birth, ethnicity, address, phone, card_kind,"
                       " card_valid_until FROM persons ORDER BY id_number"),
        QStringLiteral("SELECT c.case_number, p.id_number, c.matter_code, c.title, c.state,"
                       " c.counter_code, c.accepted_at, c.deadline, c.completed_at"
                       " FROM cases c JOIN persons p ON p.id = c.person_id ORDER BY c.case_number"),
        QStringLiteral("SELECT c.case_number, s.step_order, s.department, s.title, s.state,"
                       " s.deadline, s.completed_at FROM sub_cases s JOIN cases c"
                       " ON c.id = s.case_id ORDER BY c.case_number, s.step_order"),
        QStringLiteral("SELECT username, display_name, role, department, active FROM users"
                       " ORDER BY username"),
    };
    for (const QString &sql : queries) {
        auto q = db.run(sql);
        if (!q) {
            lines << QStringLiteral("error: ") + q.error().detail;
            continue;
        }
        while (q.value().next()) {
            QStringList fields;
            for (int i = 0; i < q.value().record().count(); ++i)
                fields << q.value().value(i).toString();
            lines << fields.join(QLatin1Char('|'));
        }
    }
    return lines;
}

int count(const Database &db, const QString &table)
{
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table).value().toInt();
}

} // namespace

void tst_DemoSeeder::deterministic_data()
{
    TestDatabase::addBackendRows();
}

void tst_DemoSeeder::deterministic()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase a(backend);
    TestDatabase b(backend);
    TestDatabase other(backend);
    QVERIFY2(a.ok() && b.ok() && other.ok(), qPrintable(a.error() + b.error() + other.error()));

    QCOMPARE(
        DemoSeeder(a.owner(), QStringLiteral("DEMO")).seedIfEmpty(kCitizens, 4242, true).value(),
        kCitizens);
    QCOMPARE(
        DemoSeeder(b.owner(), QStringLiteral("DEMO")).seedIfEmpty(kCitizens, 4242, true).value(),
        kCitizens);
    QCOMPARE(DemoSeeder(other.owner(), QStringLiteral("DEMO"))
                 .seedIfEmpty(kCitizens, 4243, true)
                 .value(),
             kCitizens);

    const QStringList first = dump(a.db());
    QVERIFY(first.size() > kCitizens + 4); // persons, users and some cases
    QCOMPARE(dump(b.db()), first);
    // Another seed is another population (so the comparison above means something).
    QVERIFY(dump(other.db()) != first);
}

void tst_DemoSeeder::idNumbersAreValid_data()
{
    TestDatabase::addBackendRows();
}

void tst_DemoSeeder::idNumbersAreValid()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QVERIFY(DemoSeeder(t.owner(), QStringLiteral("DEMO"))
                .seedIfEmpty(kCitizens, DemoSeeder::kDefaultSeed, true)
                .ok());

    auto q = t.db().run(QStringLiteral("SELECT id_number, birth, sex FROM persons"));
    QVERIFY(q.ok());
    int checked = 0;
    QSet<QString> seen;
    while (q.value().next()) {
        const QString number = q.value().value(0).toString();
        // Valid on the day the counter runs, not only on the generator's reference date.
        const IdNumberInfo info = IdNumber::check(number, QDate::currentDate());
        QVERIFY2(info.valid, qPrintable(info.error));
        QCOMPARE(info.normalized, number);
        QCOMPARE(info.birth, q.value().value(1).toDate());
        QCOMPARE(sexKey(info.sex), q.value().value(2).toString());
        QVERIFY(!seen.contains(number));
        seen.insert(number);
        ++checked;
    }
    QCOMPARE(checked, kCitizens);
}

void tst_DemoSeeder::casesAreConsistent_data()
{
    TestDatabase::addBackendRows();
}

void tst_DemoSeeder::casesAreConsistent()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QVERIFY(DemoSeeder(t.owner(), QStringLiteral("DEMO")).seedIfEmpty(kCitizens, 11, true).ok());

    QVERIFY(count(t.db(), QStringLiteral("cases")) > 0);
    // Every case has at least one department step and numbers of this hall.
    QCOMPARE(t.db()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM cases c WHERE NOT EXISTS"
                                        " (SELECT 1 FROM sub_cases s WHERE s.case_id = c.id)"))
                 .value()
                 .toInt(),
             0);
    QCOMPARE(t.db()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM cases WHERE case_number NOT LIKE"
                                        " 'DEMO-%'"))
                 .value()
                 .toInt(),
             0);
    // Finished cases have an end and a result, open ones neither; a delivered one
    // was handed over after it was completed.
    QCOMPARE(
        t.db()
            .scalar(QStringLiteral("SELECT COUNT(*) FROM cases WHERE state IN ('completed',"
                                   " 'delivered') AND (completed_at IS NULL OR result IS NULL)"))
            .value()
            .toInt(),
        0);
    QCOMPARE(t.db()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM cases WHERE state NOT IN"
                                        " ('completed', 'delivered') AND (completed_at IS NOT NULL"
                                        " OR result IS NOT NULL)"))
                 .value()
                 .toInt(),
             0);
    QCOMPARE(
        t.db()
            .scalar(QStringLiteral("SELECT COUNT(*) FROM cases WHERE state = 'delivered'"
                                   " AND (delivered_at IS NULL OR delivered_at < completed_at)"))
            .value()
            .toInt(),
        0);
    QVERIFY(t.db()
                .scalar(QStringLiteral("SELECT COUNT(*) FROM cases WHERE state = 'delivered'"))
                .value()
                .toInt() > 0);
    // The case is due when its last department is.
    QCOMPARE(t.db()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM cases c WHERE c.deadline <>"
                                        " (SELECT MAX(s.deadline) FROM sub_cases s"
                                        " WHERE s.case_id = c.id)"))
                 .value()
                 .toInt(),
             0);
    // The allocator's counters agree with the numbers handed out.
    QCOMPARE(t.db()
                 .scalar(QStringLiteral("SELECT SUM(last_value) FROM case_number_counters"))
                 .value()
                 .toInt(),
             count(t.db(), QStringLiteral("cases")));
}

void tst_DemoSeeder::seedsOnlyOnce_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("citizens");
    for (const QString &b : TestDatabase::backends()) {
        QTest::newRow(qPrintable(b + QStringLiteral(" population"))) << b << kCitizens;
        QTest::newRow(qPrintable(b + QStringLiteral(" accounts only"))) << b << 0;
    }
}

void tst_DemoSeeder::seedsOnlyOnce()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    QFETCH(int, citizens);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    DemoSeeder seeder(t.owner(), QStringLiteral("DEMO"));

    const auto first = seeder.seedIfEmpty(citizens, DemoSeeder::kDefaultSeed, true);
    QVERIFY2(first.ok(), qPrintable(first.error().detail));
    QCOMPARE(first.value(), citizens);
    const QStringList before = dump(t.db());

    const auto second = seeder.seedIfEmpty(citizens, DemoSeeder::kDefaultSeed, true);
    QVERIFY2(second.ok(),
             qPrintable(second.error().code + QLatin1Char(' ') + second.error().detail));
    QCOMPARE(second.value(), 0);
    QCOMPARE(dump(t.db()), before);
    QCOMPARE(count(t.db(), QStringLiteral("users")), int(DemoSeeder::demoAccounts().size()));
    QCOMPARE(count(t.db(), QStringLiteral("persons")), citizens);
}

void tst_DemoSeeder::cancelledSeedLeavesNothing_data()
{
    TestDatabase::addBackendRows();
}

// The window's Cancel: the seed stops and rolls back whole, accounts included.
void tst_DemoSeeder::cancelledSeedLeavesNothing()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QList<int> reported;
    const auto seeded =
        DemoSeeder(t.owner(), QStringLiteral("DEMO"))
            .seedIfEmpty(kCitizens, DemoSeeder::kDefaultSeed, true, [&](int done, int total) {
                reported << done;
                return total == kCitizens && done < 3;
            });
    QCOMPARE(seeded.error().code, QStringLiteral("cancelled"));
    QCOMPARE(reported, (QList<int>{1, 2, 3}));
    QCOMPARE(count(t.db(), QStringLiteral("persons")), 0);
    QCOMPARE(count(t.db(), QStringLiteral("users")), 0);
    QCOMPARE(count(t.db(), QStringLiteral("cases")), 0);
}

void tst_DemoSeeder::demoAccountsSignIn_data()
{
    TestDatabase::addBackendRows();
}

void tst_DemoSeeder::demoAccountsSignIn()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QVERIFY(DemoSeeder(t.owner(), QStringLiteral("DEMO"))
                .seedIfEmpty(3, DemoSeeder::kDefaultSeed, true)
                .ok());

    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(8, 30), Qt::UTC));
    AuditLog audit(t.db(), clock);
    AuthService auth(t.db(), audit);
    const QList<DemoSeeder::Account> accounts = DemoSeeder::demoAccounts();
    QCOMPARE(accounts.size(), 4);
    QSet<QString> roles;
    for (const DemoSeeder::Account &a : accounts) {
        const auto session = auth.signIn(a.username, a.password, QStringLiteral("A01"));
        QVERIFY2(session.ok(), qPrintable(a.username + QLatin1Char(' ') + session.error().code));
        QCOMPARE(roleKey(session->role), a.role);
        QCOMPARE(session->displayName, a.displayName);
        QCOMPARE(session->department, a.department);
        roles.insert(a.role);
        // And not with someone else's password.
        const QString wrong = a.password + QLatin1Char('x');
        QCOMPARE(auth.signIn(a.username, wrong, QStringLiteral("A01")).error().code,
                 QStringLiteral("bad-credentials"));
    }
    QCOMPARE(roles, (QSet<QString>{"clerk", "supervisor", "officer", "admin"}));
}

QTEST_GUILESS_MAIN(tst_DemoSeeder)
#include "tst_DemoSeeder.moc"
