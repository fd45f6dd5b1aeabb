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
    void failuresCountedByTheDatabase_data();
    void failuresCountedByTheDatabase();
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
    OW_CHECK_BACKEND(backend);
    QFETCH(int, role);
    QFETCH(QString, department);
    QFETCH(bool, active);

    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    UserRepository users(t.owner()); // accounts are the owner's to make
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
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    UserRepository users(t.owner()); // accounts are the owner's to make
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
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    UserRepository users(t.owner()); // accounts are the owner's to make
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

void tst_UserRepository::failuresCountedByTheDatabase_data()
{
    TestDatabase::addBackendRows();
}

// Sign-in's bookkeeping through the counters' connection: each failure adds one
// in the database; the one that reaches the hall's limit (the default, 5) locks
// and starts the count again; a good sign-in forgets them. Every account gets a
// verifier, and the proof of its password matches it, that of another does not.
void tst_UserRepository::failuresCountedByTheDatabase()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    UserAccount a;
    a.username = QStringLiteral("clerk01");
    a.displayName = QStringLiteral("甲");
    const qint64 id =
        UserRepository(t.owner()).create(a, QStringLiteral("Password-01"), true).value();
    UserRepository users(t.db());
    const QDateTime now(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    for (int i = 1; i <= 4; ++i) {
        const auto f = users.recordFailure(id, 5, 15, now);
        QVERIFY2(f.ok(), qPrintable(f.error().detail));
        QCOMPARE(f->failures, i);
        QVERIFY(!f->lockedUntil.isValid());
    }
    const auto fifth = users.recordFailure(id, 5, 15, now);
    QCOMPARE(fifth->failures, 0);
    QCOMPARE(fifth->lockedUntil, now.addSecs(15 * 60));
    UserAccount stored = users.findByUsername(QStringLiteral("clerk01")).value();
    QCOMPARE(stored.failedSignIns, 0);
    QCOMPARE(stored.lockedUntil, now.addSecs(15 * 60));
    QVERIFY(users.recordFailure(id, 5, 15, now).ok());
    QCOMPARE(users.findByUsername(QStringLiteral("clerk01"))->failedSignIns, 1);
    QCOMPARE(users.recordFailure(999, 5, 15, now).error().code, QStringLiteral("not-found"));

    const QString proof =
        PasswordHasher::proof(QStringLiteral("Password-01"), stored.passwordProof);
    QVERIFY(PasswordHasher::proofMatches(proof, stored.passwordProof));
    QVERIFY(!PasswordHasher::proofMatches(
        PasswordHasher::proof(QStringLiteral("Password-02"), stored.passwordProof),
        stored.passwordProof));
    QVERIFY(users.recordSuccess(id, proof, {}, {}, now.addSecs(16 * 60)).ok());
    stored = users.findByUsername(QStringLiteral("clerk01")).value();
    QCOMPARE(stored.failedSignIns, 0);
    QVERIFY(!stored.lockedUntil.isValid());
}

QTEST_GUILESS_MAIN(tst_UserRepository)
#include "tst_UserRepository.moc"
