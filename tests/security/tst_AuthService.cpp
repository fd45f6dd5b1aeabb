#include "common/FixedClock.h"
#include "helpers/TestDatabase.h"
#include "security/AuditLog.h"
#include "security/AuthService.h"
#include "security/HallSettings.h"
#include "security/PasswordHasher.h"
#include "security/Permission.h"
#include "security/UserRepository.h"
#include "storage/Database.h"

#include <QMutex>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace OneWindow;

class tst_AuthService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signIn_data();
    void signIn();
    void lockoutAndUnlockByTime_data();
    void lockoutAndUnlockByTime();
    void oneTimePasswordAndChange_data();
    void oneTimePasswordAndChange();
    void rehashWhenParametersChange_data();
    void rehashWhenParametersChange();
    void parallelFailuresAllCount_data();
    void parallelFailuresAllCount();
    void unauditableCounterChecksNoPassword_data();
    void unauditableCounterChecksNoPassword();
    void oneTimePasswordOpensNothingElse_data();
    void oneTimePasswordOpensNothingElse();
    void lockScreenSignsTheOtherOut_data();
    void lockScreenSignsTheOtherOut();
};

namespace {

struct Event
{
    QString user, counter, action;
};

QList<Event> events(const Database &db)
{
    QList<Event> list;
    auto q = db.run(QStringLiteral("SELECT user_name, counter_code, action FROM audit_events"
                                   " ORDER BY id"));
    while (q && q.value().next())
        list.append({q.value().value(0).toString(), q.value().value(1).toString(),
                     q.value().value(2).toString()});
    return list;
}

} // namespace

void tst_AuthService::signIn_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("code"); // empty: signed in
    QTest::addColumn<QString>("auditAction");

    for (const QString &b : TestDatabase::backends()) {
        const auto row = [&](const char *name) {
            return &QTest::newRow(qPrintable(b + QLatin1Char(' ') + QLatin1String(name)));
        };
        *row("right password") << b << "clerk01"
                               << "Clerk-2026"
                               << ""
                               << "sign-in";
        *row("name with blanks") << b << "  clerk01 "
                                 << "Clerk-2026"
                                 << ""
                                 << "sign-in";
        *row("officer") << b << "officer01"
                        << "Officer-2026"
                        << ""
                        << "sign-in";
        *row("wrong password") << b << "clerk01"
                               << "Clerk-2025"
                               << "bad-credentials"
                               << "sign-in-failed";
        *row("empty password") << b << "clerk01"
                               << ""
                               << "bad-credentials"
                               << "sign-in-failed";
        *row("unknown user") << b << "ghost01"
                             << "Clerk-2026"
                             << "bad-credentials"
                             << "sign-in-failed";
        *row("name in other case") << b << "CLERK01"
                                   << "Clerk-2026"
                                   << "bad-credentials"
                                   << "sign-in-failed";
        *row("disabled, right password") << b << "former01"
                                         << "Former-2026"
                                         << "account-disabled"
                                         << "sign-in-failed";
        *row("disabled, wrong password") << b << "former01"
                                         << "nope"
                                         << "bad-credentials"
                                         << "sign-in-failed";
    }
}

void tst_AuthService::signIn()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(QString, code);
    QFETCH(QString, auditAction);

    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    UserRepository users(t.owner()); // accounts are the owner's to make, not a counter's
    const auto add = [&](const QString &name, const QString &pw, Role role, const QString &dept,
                         bool active) {
        UserAccount a;
        a.username = name;
        a.displayName = name.toUpper();
        a.role = role;
        a.department = dept;
        a.active = active;
        return users.create(a, pw, true);
    };
    const auto clerkId =
        add(QStringLiteral("clerk01"), QStringLiteral("Clerk-2026"), Role::Clerk, {}, true);
    QVERIFY(clerkId.ok());
    const auto officerId = add(QStringLiteral("officer01"), QStringLiteral("Officer-2026"),
                               Role::Officer, QStringLiteral("公安"), true);
    QVERIFY(officerId.ok());
    QVERIFY(add(QStringLiteral("former01"), QStringLiteral("Former-2026"), Role::Clerk, {}, false)
                .ok());

    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(8, 55), Qt::UTC));
    AuditLog audit(t.db(), clock);
    AuthService auth(t.db(), audit);
    const auto session = auth.signIn(username, password, QStringLiteral("A03"));

    if (code.isEmpty()) {
        QVERIFY2(session.ok(), qPrintable(session.error().code));
        QCOMPARE(session->username, username.trimmed());
        QCOMPARE(session->counterCode, QStringLiteral("A03"));
        QCOMPARE(session->displayName, username.trimmed().toUpper());
        if (username.trimmed() == QLatin1String("officer01")) {
            QCOMPARE(session->userId, officerId.value());
            QCOMPARE(session->role, Role::Officer);
            QCOMPARE(session->department, QStringLiteral("公安"));
        } else {
            QCOMPARE(session->userId, clerkId.value());
            QCOMPARE(session->role, Role::Clerk);
        }
    } else {
        QVERIFY(!session.ok());
        QCOMPARE(session.error().code, code);
    }

    // Every attempt, good or bad, is in the audit trail, with the name that was tried.
    const QList<Event> list = events(t.db());
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().action, auditAction);
    QCOMPARE(list.first().user, username.trimmed());
    QCOMPARE(list.first().counter, QStringLiteral("A03"));
    QCOMPARE(audit.firstBrokenEvent().value(), qint64(0));
}

namespace {

qint64 addAccount(const Database &db, const QString &name, const QString &password,
                  bool mustChange = false, Role role = Role::Clerk)
{
    UserAccount a;
    a.username = name;
    a.displayName = name;
    a.role = role;
    a.mustChangePassword = mustChange;
    return UserRepository(db).create(a, password, true).value();
}

int countEvents(const Database &db, const QString &action)
{
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = ?"), {action})
        .value()
        .toInt();
}

} // namespace

void tst_AuthService::lockoutAndUnlockByTime_data()
{
    TestDatabase::addBackendRows();
}

// Five wrong passwords lock the account for fifteen minutes (the defaults); the
// right one does not open it before its time; after, it does. Then a hall's
// own rule: three tries, two minutes.
void tst_AuthService::lockoutAndUnlockByTime()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    addAccount(t.owner(), QStringLiteral("clerk01"), QStringLiteral("Right-Password-1"));
    const QDateTime start(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    FixedClock clock(start);
    AuditLog audit(t.db(), clock);
    AuthService auth(t.db(), audit, true);
    for (int i = 1; i <= 4; ++i)
        QCOMPARE(
            auth.signIn(QStringLiteral("clerk01"), QStringLiteral("wrong"), QStringLiteral("A01"))
                .error()
                .code,
            QStringLiteral("bad-credentials"));
    auto fifth =
        auth.signIn(QStringLiteral("clerk01"), QStringLiteral("wrong"), QStringLiteral("A01"));
    QCOMPARE(fifth.error().code, QStringLiteral("account-locked"));
    QCOMPARE(QDateTime::fromString(fifth.error().detail, Qt::ISODate), start.addSecs(15 * 60));
    QCOMPARE(countEvents(t.db(), QStringLiteral("account-locked")), 1);
    clock.set(start.addSecs(14 * 60));
    QCOMPARE(auth.signIn(QStringLiteral("clerk01"), QStringLiteral("Right-Password-1"),
                         QStringLiteral("A01"))
                 .error()
                 .code,
             QStringLiteral("account-locked"));
    QCOMPARE(countEvents(t.db(), QStringLiteral("sign-in-locked")), 1);
    clock.set(start.addSecs(15 * 60 + 1));
    QVERIFY(auth.signIn(QStringLiteral("clerk01"), QStringLiteral("Right-Password-1"),
                        QStringLiteral("A01"))
                .ok());
    QCOMPARE(UserRepository(t.db()).findByUsername(QStringLiteral("clerk01"))->failedSignIns, 0);

    // The hall's rule, changed by an administrator (signed in: on PostgreSQL the
    // database checks the proof of their password).
    addAccount(t.owner(), QStringLiteral("admin01"), QStringLiteral("Admin-Password-1"), false,
               Role::Administrator);
    const Session admin = auth.signIn(QStringLiteral("admin01"), QStringLiteral("Admin-Password-1"),
                                      QStringLiteral("A01"))
                              .value();
    HallSettings::Values rules;
    rules.maxFailedSignIns = 3;
    rules.lockoutMinutes = 2;
    Session clerk;
    clerk.userId = 1;
    clerk.role = Role::Clerk;
    QCOMPARE(HallSettings(t.db()).save(rules, clerk, audit).error().code,
             QStringLiteral("forbidden"));
    QVERIFY(HallSettings(t.db()).save(rules, admin, audit).ok());
    for (int i = 1; i <= 2; ++i)
        QCOMPARE(auth.signIn(QStringLiteral("clerk01"), QStringLiteral("x"), QStringLiteral("A01"))
                     .error()
                     .code,
                 QStringLiteral("bad-credentials"));
    const QDateTime now = clock.now();
    auto third = auth.signIn(QStringLiteral("clerk01"), QStringLiteral("x"), QStringLiteral("A01"));
    QCOMPARE(third.error().code, QStringLiteral("account-locked"));
    QCOMPARE(QDateTime::fromString(third.error().detail, Qt::ISODate), now.addSecs(120));
    // An unknown name never locks anything, and says nothing more than a wrong password.
    for (int i = 0; i < 6; ++i)
        QCOMPARE(auth.signIn(QStringLiteral("nobody"), QStringLiteral("x"), QStringLiteral("A01"))
                     .error()
                     .code,
                 QStringLiteral("bad-credentials"));
}

void tst_AuthService::oneTimePasswordAndChange_data()
{
    TestDatabase::addBackendRows();
}

void tst_AuthService::oneTimePasswordAndChange()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    addAccount(t.owner(), QStringLiteral("clerk02"), QStringLiteral("one-time-7k2"), true);
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    AuditLog audit(t.db(), clock);
    AuthService auth(t.db(), audit, true);
    auto session = auth.signIn(QStringLiteral("clerk02"), QStringLiteral("one-time-7k2"),
                               QStringLiteral("A01"));
    QVERIFY(session.ok());
    QVERIFY(session->mustChangePassword);
    Session s = session.value();
    QCOMPARE(auth.changePassword(s, QStringLiteral("wrong"), QStringLiteral("New-Password-9"))
                 .error()
                 .code,
             QStringLiteral("bad-credentials"));
    QCOMPARE(auth.changePassword(s, QStringLiteral("one-time-7k2"), QStringLiteral("short"))
                 .error()
                 .code,
             QStringLiteral("password-too-short"));
    QCOMPARE(auth.changePassword(s, QStringLiteral("one-time-7k2"), QStringLiteral("one-time-7k2"))
                 .error()
                 .code,
             QStringLiteral("same-password"));
    QVERIFY(auth.changePassword(s, QStringLiteral("one-time-7k2"), QStringLiteral("New-Password-9"))
                .ok());
    QVERIFY(!s.mustChangePassword);
    auto again = auth.signIn(QStringLiteral("clerk02"), QStringLiteral("New-Password-9"),
                             QStringLiteral("A01"));
    QVERIFY(again.ok());
    QVERIFY(!again->mustChangePassword);
    QCOMPARE(countEvents(t.db(), QStringLiteral("password-change")), 1);
}

void tst_AuthService::rehashWhenParametersChange_data()
{
    TestDatabase::addBackendRows();
}

// A hash made with the small parameters is made again with the counter's own
// after a good sign-in.
void tst_AuthService::rehashWhenParametersChange()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    addAccount(t.owner(), QStringLiteral("clerk03"), QStringLiteral("Password-Right-3"));
    const QString before =
        UserRepository(t.db()).findByUsername(QStringLiteral("clerk03"))->passwordHash;
    QVERIFY(PasswordHasher::needsRehash(before, false));
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    AuditLog audit(t.db(), clock);
    AuthService auth(t.db(), audit, false);
    QVERIFY(auth.signIn(QStringLiteral("clerk03"), QStringLiteral("Password-Right-3"),
                        QStringLiteral("A01"))
                .ok());
    const QString after =
        UserRepository(t.db()).findByUsername(QStringLiteral("clerk03"))->passwordHash;
    QVERIFY(after != before);
    QVERIFY(!PasswordHasher::needsRehash(after, false));
    QVERIFY(PasswordHasher::verify(QStringLiteral("Password-Right-3"), after));
    // A wrong password changes nothing.
    QVERIFY(!auth.signIn(QStringLiteral("clerk03"), QStringLiteral("nope"), QStringLiteral("A01"))
                 .ok());
    QCOMPARE(UserRepository(t.db()).findByUsername(QStringLiteral("clerk03"))->passwordHash, after);
}

void tst_AuthService::parallelFailuresAllCount_data()
{
    TestDatabase::addBackendRows();
}

// Wrong passwords typed at several counters at once, each on its own
// connection: every one counts (the count is incremented by the database in
// one statement, never read here and written back), and the next one locks.
void tst_AuthService::parallelFailuresAllCount()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    addAccount(t.owner(), QStringLiteral("clerk01"), QStringLiteral("Right-Password-1"));
    const FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    const int counters = 4; // under the default limit of 5
    QSemaphore ready, go;
    QStringList codes;
    QMutex codesLock;
    QList<QThread *> threads;
    for (int i = 0; i < counters; ++i) {
        threads << QThread::create([&, i] {
            Database db(DatabaseUrl::parse(t.url()).value());
            const bool opened = db.open().ok();
            AuditLog audit(db, clock);
            AuthService auth(db, audit, true);
            ready.release();
            go.acquire();
            const QString code =
                opened ? auth.signIn(QStringLiteral("clerk01"), QStringLiteral("wrong-%1").arg(i),
                                     QStringLiteral("A0%1").arg(i))
                             .error()
                             .code
                       : QStringLiteral("not-opened");
            QMutexLocker locked(&codesLock);
            codes << code;
        });
        threads.constLast()->start();
    }
    ready.acquire(counters);
    go.release(counters);
    for (QThread *thread : threads) {
        QVERIFY(thread->wait(60000));
        delete thread;
    }
    QCOMPARE(codes, QStringList(counters, QStringLiteral("bad-credentials")));
    QCOMPARE(UserRepository(t.db()).findByUsername(QStringLiteral("clerk01"))->failedSignIns,
             counters);
    QCOMPARE(countEvents(t.db(), QStringLiteral("sign-in-failed")), counters);
    // The fifth, wherever it is typed, locks.
    AuditLog audit(t.db(), clock);
    AuthService auth(t.db(), audit, true);
    QCOMPARE(auth.signIn(QStringLiteral("clerk01"), QStringLiteral("wrong"), QStringLiteral("A09"))
                 .error()
                 .code,
             QStringLiteral("account-locked"));
    QCOMPARE(audit.firstBrokenEvent().value(), qint64(0));
}

void tst_AuthService::unauditableCounterChecksNoPassword_data()
{
    TestDatabase::addBackendRows();
}

// A counter whose audit log refuses it (the log is sealed, the counter has no
// key) checks no password at all: a failed attempt never goes unaudited, the
// failure count stays, and the answer is the same for a right and a wrong one.
void tst_AuthService::unauditableCounterChecksNoPassword()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    addAccount(t.owner(), QStringLiteral("clerk01"), QStringLiteral("Right-Password-1"));
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    AuditLog sealing(t.db(), clock, QByteArray(32, 'k'));
    AuthService keyed(t.db(), sealing, true);
    QVERIFY(keyed
                .signIn(QStringLiteral("clerk01"), QStringLiteral("Right-Password-1"),
                        QStringLiteral("A01"))
                .ok());
    const int events = countEvents(t.db(), QStringLiteral("sign-in"));
    AuditLog keyless(t.db(), clock);
    AuthService auth(t.db(), keyless, true);
    for (const QString &password : {QStringLiteral("wrong"), QStringLiteral("Right-Password-1")})
        QCOMPARE(
            auth.signIn(QStringLiteral("clerk01"), password, QStringLiteral("A02")).error().code,
            QStringLiteral("audit-key-missing"));
    QCOMPARE(countEvents(t.db(), QStringLiteral("sign-in")), events);
    QCOMPARE(countEvents(t.db(), QStringLiteral("sign-in-failed")), 0);
    QCOMPARE(UserRepository(t.db()).findByUsername(QStringLiteral("clerk01"))->failedSignIns, 0);
}

void tst_AuthService::oneTimePasswordOpensNothingElse_data()
{
    TestDatabase::addBackendRows();
}

// Signed in with a one-time password, the core refuses everything but changing
// it, whatever the role allows and whichever door asks; the refusal is audited.
void tst_AuthService::oneTimePasswordOpensNothingElse()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    addAccount(t.owner(), QStringLiteral("clerk02"), QStringLiteral("one-time-7k2"), true);
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    AuditLog audit(t.db(), clock);
    AuthService auth(t.db(), audit, true);
    Session s = auth.signIn(QStringLiteral("clerk02"), QStringLiteral("one-time-7k2"),
                            QStringLiteral("A01"))
                    .value();
    QVERIFY(s.mustChangePassword);
    for (Capability c : Permission::all())
        QVERIFY(!Permission::can(s, c));
    const Status refused = audit.require(s, Capability::OpenCaseFile, QStringLiteral("person:1"));
    QCOMPARE(refused.error().code, QStringLiteral("password-change-required"));
    QCOMPARE(countEvents(t.db(), QStringLiteral("refused")), 1);
    // A role's own limits still say "forbidden".
    QCOMPARE(audit.require(s, Capability::ManageUsers, QStringLiteral("users")).error().code,
             QStringLiteral("forbidden"));
    QVERIFY(auth.changePassword(s, QStringLiteral("one-time-7k2"), QStringLiteral("New-Password-9"))
                .ok());
    QVERIFY(audit.require(s, Capability::OpenCaseFile, QStringLiteral("person:1")).ok());
}

void tst_AuthService::lockScreenSignsTheOtherOut_data()
{
    TestDatabase::addBackendRows();
}

// At the lock screen the core writes what happened: the same user unlocks;
// another user's sign-in signs the locked one out first, in one transaction.
void tst_AuthService::lockScreenSignsTheOtherOut()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    addAccount(t.owner(), QStringLiteral("clerk01"), QStringLiteral("Clerk-Password-1"));
    addAccount(t.owner(), QStringLiteral("clerk02"), QStringLiteral("Clerk-Password-2"));
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    AuditLog audit(t.db(), clock);
    AuthService auth(t.db(), audit, true);
    const Session first = auth.signIn(QStringLiteral("clerk01"), QStringLiteral("Clerk-Password-1"),
                                      QStringLiteral("A01"))
                              .value();
    QVERIFY(auth.recordLock(first).ok());
    auto same = auth.signInAtLock(first, QStringLiteral("clerk01"),
                                  QStringLiteral("Clerk-Password-1"), QStringLiteral("A01"));
    QVERIFY(same.ok());
    QVERIFY(auth.recordLock(same.value()).ok());
    QCOMPARE(auth.signInAtLock(first, QStringLiteral("clerk02"), QStringLiteral("wrong"),
                               QStringLiteral("A01"))
                 .error()
                 .code,
             QStringLiteral("bad-credentials"));
    auto other = auth.signInAtLock(first, QStringLiteral("clerk02"),
                                   QStringLiteral("Clerk-Password-2"), QStringLiteral("A01"));
    QVERIFY(other.ok());
    QCOMPARE(other->username, QStringLiteral("clerk02"));
    QStringList trail;
    for (const Event &e : events(t.db()))
        trail << e.user + QLatin1Char(' ') + e.action;
    QCOMPARE(trail,
             (QStringList{"clerk01 sign-in", "clerk01 lock", "clerk01 unlock", "clerk01 lock",
                          "clerk02 sign-in-failed", "clerk01 sign-out", "clerk02 sign-in"}));
}

QTEST_GUILESS_MAIN(tst_AuthService)
#include "tst_AuthService.moc"
