#include "common/FixedClock.h"
#include "helpers/TestDatabase.h"
#include "security/AuditLog.h"
#include "security/AuthService.h"
#include "security/UserRepository.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QTest>

using namespace OneWindow;

class tst_AuthService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signIn_data();
    void signIn();
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
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(QString, code);
    QFETCH(QString, auditAction);

    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    UserRepository users(t.db());
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

QTEST_GUILESS_MAIN(tst_AuthService)
#include "tst_AuthService.moc"
