#include "helpers/TestDatabase.h"
#include "security/PasswordHasher.h"
#include "security/UserRepository.h"
#include "storage/Database.h"

#include <QTest>

using namespace OneWindow;

class tst_UserRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createAndFind_data();
    void createAndFind();
    void unknownUser_data();
    void unknownUser();
    void duplicateUsername_data();
    void duplicateUsername();
};

void tst_UserRepository::createAndFind_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("department");
    QTest::addColumn<bool>("active");

    for (const QString &b : TestDatabase::backends()) {
        QTest::newRow(qPrintable(b + QStringLiteral(" clerk")))
            << b << int(Role::Clerk) << QString() << true;
        QTest::newRow(qPrintable(b + QStringLiteral(" officer")))
            << b << int(Role::Officer) << QStringLiteral("公安") << true;
        QTest::newRow(qPrintable(b + QStringLiteral(" supervisor, disabled")))
            << b << int(Role::Supervisor) << QString() << false;
        QTest::newRow(qPrintable(b + QStringLiteral(" admin")))
            << b << int(Role::Administrator) << QString() << true;
    }
}

void tst_UserRepository::createAndFind()
{
    QFETCH(QString, backend);
    QFETCH(int, role);
    QFETCH(QString, department);
    QFETCH(bool, active);

    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    UserRepository users(t.db());
    QCOMPARE(users.count().value(), 0);

    UserAccount a;
    a.username = QStringLiteral("user07");
    a.displayName = QStringLiteral("窗口七 周燕");
    a.role = Role(role);
    a.department = department;
    a.active = active;
    const auto id = users.create(a, QStringLiteral("Pass-07"), /*fastHash=*/true);
    QVERIFY2(id.ok(), qPrintable(id.error().detail));
    QVERIFY(id.value() > 0);
    QCOMPARE(users.count().value(), 1);

    const auto found = users.findByUsername(QStringLiteral("user07"));
    QVERIFY(found.ok());
    QCOMPARE(found->id, id.value());
    QCOMPARE(found->username, a.username);
    QCOMPARE(found->displayName, a.displayName);
    QCOMPARE(int(found->role), role);
    QCOMPARE(found->department, department);
    QCOMPARE(found->active, active);
    // Only the hash is stored, and it checks the password.
    QVERIFY(found->passwordHash.startsWith(QLatin1String("$argon2id$")));
    QVERIFY(!found->passwordHash.contains(QLatin1String("Pass-07")));
    QVERIFY(PasswordHasher::verify(QStringLiteral("Pass-07"), found->passwordHash));
    const auto raw = t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE"
                                                  " password_hash LIKE '%Pass-07%'"));
    QCOMPARE(raw.value().toInt(), 0);
}

void tst_UserRepository::unknownUser_data()
{
    TestDatabase::addBackendRows();
}

void tst_UserRepository::unknownUser()
{
    QFETCH(QString, backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    UserRepository users(t.db());
    UserAccount a;
    a.username = QStringLiteral("clerk01");
    a.displayName = QStringLiteral("甲");
    QVERIFY(users.create(a, QStringLiteral("x"), true).ok());

    for (const QString &name : {QStringLiteral("nobody"), QStringLiteral("CLERK01"),
                                QStringLiteral("clerk0"), QString()}) {
        const auto found = users.findByUsername(name);
        QVERIFY(found.ok());
        QCOMPARE(found->id, qint64(0));
        QVERIFY(found->passwordHash.isEmpty());
    }
}

void tst_UserRepository::duplicateUsername_data()
{
    TestDatabase::addBackendRows();
}

void tst_UserRepository::duplicateUsername()
{
    QFETCH(QString, backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    UserRepository users(t.db());
    UserAccount a;
    a.username = QStringLiteral("clerk01");
    a.displayName = QStringLiteral("甲");
    QVERIFY(users.create(a, QStringLiteral("first"), true).ok());
    a.displayName = QStringLiteral("乙");
    const auto again = users.create(a, QStringLiteral("second"), true);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("duplicate"));
    QCOMPARE(users.count().value(), 1);
    // The first account is untouched.
    QVERIFY(PasswordHasher::verify(QStringLiteral("first"),
                                   users.findByUsername(QStringLiteral("clerk01"))->passwordHash));
}

QTEST_GUILESS_MAIN(tst_UserRepository)
#include "tst_UserRepository.moc"
