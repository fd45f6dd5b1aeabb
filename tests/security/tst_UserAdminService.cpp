// Accounts, for administrators only: one-time passwords that must be changed,
// disabling, resetting, roles and departments; every change and refusal audited.
#include "common/FixedClock.h"
#include "helpers/TestDatabase.h"
#include "security/AuditLog.h"
#include "security/AuthService.h"
#include "security/UserAdminService.h"
#include "storage/Database.h"

#include <QTest>

using namespace OneWindow;

class tst_UserAdminService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accounts_data() { TestDatabase::addBackendRows(); }
    void accounts()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        TestDatabase t(backend);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        AuditLog audit(t.db(), clock);
        UserAdminService users(t.db(), audit, true);
        AuthService auth(t.db(), audit, true);
        auto count = [&](const QString &action) {
            return t.db()
                .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = ?"),
                        {action})
                .value()
                .toInt();
        };
        // The database's operator makes the first administrator (a new hall has no accounts).
        const Session op = UserAdminService::databaseOperator(QStringLiteral("root"));
        UserAdminService::NewAccount firstAdmin{
            QStringLiteral("admin01"), QStringLiteral("管理员"), Role::Administrator, {}};
        QCOMPARE(users.create(firstAdmin, QStringLiteral("short"), false, op).error().code,
                 QStringLiteral("password-too-short"));
        auto made = users.create(firstAdmin, QStringLiteral("Admin-Password-1"), false, op);
        QVERIFY2(made.ok(), qPrintable(made.error().code));
        QCOMPARE(made.value(), QString()); // a chosen password is not shown again
        Session admin = auth.signIn(QStringLiteral("admin01"), QStringLiteral("Admin-Password-1"),
                                    QStringLiteral("A01"))
                            .value();
        QVERIFY(!admin.mustChangePassword);

        // A clerk with a one-time password that must be changed at first sign-in.
        UserAdminService::NewAccount clerk{
            QStringLiteral("clerk01"), QStringLiteral("李敏"), Role::Clerk, {}};
        auto oneTime = users.create(clerk, {}, true, admin);
        QVERIFY(oneTime.ok());
        QCOMPARE(oneTime.value().size(), 12);
        auto first = auth.signIn(QStringLiteral("clerk01"), oneTime.value(), QStringLiteral("A01"));
        QVERIFY(first.ok());
        QVERIFY(first->mustChangePassword);
        QCOMPARE(users.create(clerk, {}, true, admin).error().code, QStringLiteral("login-taken"));
        UserAdminService::NewAccount officer{
            QStringLiteral("ga01"), QStringLiteral("陈静"), Role::Officer, {}};
        QCOMPARE(users.create(officer, {}, true, admin).error().code,
                 QStringLiteral("department-required"));
        officer.department = QStringLiteral("公安");
        QVERIFY(users.create(officer, {}, true, admin).ok());
        QCOMPARE(users.create({QStringLiteral("a b"), {}, Role::Clerk, {}}, {}, true, admin)
                     .error()
                     .code,
                 QStringLiteral("bad-login"));

        // Disabled: cannot sign in; nobody disables themselves.
        QVERIFY(users.setActive(QStringLiteral("clerk01"), false, admin).ok());
        QCOMPARE(auth.signIn(QStringLiteral("clerk01"), oneTime.value(), QStringLiteral("A01"))
                     .error()
                     .code,
                 QStringLiteral("account-disabled"));
        QCOMPARE(users.setActive(QStringLiteral("admin01"), false, admin).error().code,
                 QStringLiteral("own-account"));
        QVERIFY(users.setActive(QStringLiteral("clerk01"), true, admin).ok());
        // A reset gives a new one-time password; the old one no longer works.
        auto reset = users.resetPassword(QStringLiteral("clerk01"), admin);
        QVERIFY(reset.ok());
        QVERIFY(
            !auth.signIn(QStringLiteral("clerk01"), oneTime.value(), QStringLiteral("A01")).ok());
        QVERIFY(auth.signIn(QStringLiteral("clerk01"), reset.value(), QStringLiteral("A01"))
                    ->mustChangePassword);
        // Role and department.
        QVERIFY(
            users.setRole(QStringLiteral("clerk01"), Role::Officer, QStringLiteral("医保"), admin)
                .ok());
        const auto list = users.list(admin).value();
        const auto it = std::find_if(list.cbegin(), list.cend(), [](const UserAccount &a) {
            return a.username == QLatin1String("clerk01");
        });
        QVERIFY(it != list.cend());
        QCOMPARE(it->role, Role::Officer);
        QCOMPARE(it->department, QStringLiteral("医保"));

        // Anyone else is refused, and the refusal is audited.
        const int refusedBefore = count(QStringLiteral("refused"));
        QCOMPARE(users.list(first.value()).error().code, QStringLiteral("forbidden"));
        QCOMPARE(users.resetPassword(QStringLiteral("admin01"), first.value()).error().code,
                 QStringLiteral("forbidden"));
        QCOMPARE(count(QStringLiteral("refused")), refusedBefore + 2);
        QCOMPARE(count(QStringLiteral("user-create")), 3);
        QCOMPARE(count(QStringLiteral("user-disable")), 1);
        QCOMPARE(count(QStringLiteral("user-enable")), 1);
        QCOMPARE(count(QStringLiteral("user-password-reset")), 1);
        QCOMPARE(count(QStringLiteral("user-role")), 1);
        // The password never reaches the trail.
        QCOMPARE(
            t.db()
                .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE detail LIKE ?"),
                        {QLatin1Char('%') + reset.value() + QLatin1Char('%')})
                .value()
                .toInt(),
            0);
    }
};

QTEST_GUILESS_MAIN(tst_UserAdminService)
#include "tst_UserAdminService.moc"
