// onewindow-cli user add|disable|enable|passwd|list as processes: the first
// administrator of a new hall, passwords only from the environment, the
// password rule, and accounts that sign in (or no longer can) afterwards.
#include "helpers/TestArtifacts.h"
#include "helpers/TestDatabase.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace OneWindow;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &arguments, const QString &password = {}, const QString &newPassword = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("ONEWINDOW_PASSWORD"));
    env.remove(QStringLiteral("ONEWINDOW_NEW_PASSWORD"));
    if (!password.isNull())
        env.insert(QStringLiteral("ONEWINDOW_PASSWORD"), password);
    if (!newPassword.isNull())
        env.insert(QStringLiteral("ONEWINDOW_NEW_PASSWORD"), newPassword);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(OW_CLI_PATH), arguments);
    Run r;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    // What the command printed, for the privacy scan after the run.
    OneWindow::Test::TestArtifacts::keep(process.arguments().mid(0, 2).join(QLatin1Char('-')) +
                                             QStringLiteral(".out"),
                                         r.out + r.err);
    return r;
}

} // namespace

class tst_CliUser : public QObject
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
        // Whoever holds the database's credentials: on PostgreSQL the owner's role
        // (the counters' may not change accounts by itself, see below).
        const QString db = t.ownerUrl();
        const QString counterDb = t.url();
        // The first administrator of a hall without accounts.
        Run r = cli({"user", "add", "--database", db, "--role", "admin", "--display-name", "管理员",
                     "admin01"},
                    QStringLiteral("Admin-Password-1"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value("login").toString(),
                 QStringLiteral("admin01"));
        // No password: refused, nothing stored.
        r = cli({"user", "add", "--database", db, "--role", "clerk", "clerk01"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("no-password"));
        r = cli({"user", "add", "--database", db, "--role", "clerk", "clerk01"},
                QStringLiteral("short"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("password-too-short"));
        r = cli({"user", "add", "--database", db, "--role", "officer", "ga01"},
                QStringLiteral("Officer-Pass-1"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("department-required"));
        r = cli(
            {"user", "add", "--database", db, "--role", "officer", "--department", "公安", "ga01"},
            QStringLiteral("Officer-Pass-1"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // A one-time password, printed once.
        r = cli({"user", "add", "--database", db, "--role", "clerk", "--one-time", "clerk01"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString oneTime =
            QJsonDocument::fromJson(r.out).object().value("one_time_password").toString();
        QCOMPARE(oneTime.size(), 12);
        QCOMPARE(cli({"user", "add", "--database", db, "--role", "pilot", "x01"}).exitCode, 2);

        r = cli({"user", "list", "--database", db});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(!r.out.contains("argon2"));
        for (const QByteArray &line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value("login") == QLatin1String("clerk01"))
                QVERIFY(o.value("must_change_password").toBool());
            if (o.value("login") == QLatin1String("ga01"))
                QCOMPARE(o.value("department").toString(), QStringLiteral("公安"));
        }

        // Signing in afterwards, through the same service as the window.
        const QStringList asOfficer{"case", "list", "--database", counterDb, "--user", "ga01"};
        QCOMPARE(cli(asOfficer, QStringLiteral("Officer-Pass-1")).exitCode, 0);
        QVERIFY(cli({"user", "disable", "--database", db, "ga01"}).exitCode == 0);
        r = cli(asOfficer, QStringLiteral("Officer-Pass-1"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("account-disabled"));
        QVERIFY(cli({"user", "enable", "--database", db, "ga01"}).exitCode == 0);
        QCOMPARE(
            cli({"user", "passwd", "--database", db, "ga01"}, QStringLiteral("ga01-new-password"))
                .exitCode,
            1); // contains the login
        QCOMPARE(cli({"user", "passwd", "--database", db, "ga01"}, QStringLiteral("Another-Pass-2"))
                     .exitCode,
                 0);
        QCOMPARE(cli(asOfficer, QStringLiteral("Another-Pass-2")).exitCode, 0);
        QCOMPARE(cli({"user", "disable", "--database", db, "nobody"}).exitCode, 1);

        // A one-time password opens nothing but setting one's own, in the core,
        // whichever door: the command line too.
        const QStringList asClerk{"case", "list", "--database", counterDb, "--user", "clerk01"};
        r = cli(asClerk, oneTime);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("one-time password"), r.err.constData());
        r = cli({"user", "change-password", "--database", counterDb, "--user", "clerk01"}, oneTime,
                QStringLiteral("short"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("password-too-short"));
        r = cli({"user", "change-password", "--database", counterDb, "--user", "clerk01"}, oneTime,
                QStringLiteral("Clerk-Own-Pass-1"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(cli(asClerk, QStringLiteral("Clerk-Own-Pass-1")).exitCode, 0);
        QCOMPARE(cli(asClerk, oneTime).exitCode, 1);

        // The counters' connection settings alone do not make anyone an administrator:
        // on PostgreSQL the database refuses account changes that no signed-in
        // administrator asks for; an administrator who signs in may.
        if (backend == QLatin1String("postgresql")) {
            r = cli({"user", "add", "--database", counterDb, "--role", "admin", "evil01"},
                    QStringLiteral("Evil-Password-1"));
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains("db-denied"), r.err.constData());
            QCOMPARE(cli({"user", "enable", "--database", counterDb, "--user", "clerk01", "ga01"},
                         QStringLiteral("Clerk-Own-Pass-1"))
                         .exitCode,
                     1); // forbidden: a clerk
        }
        r = cli({"user", "add", "--database", counterDb, "--user", "admin01", "--role", "clerk",
                 "--one-time", "clerk02"},
                QStringLiteral("Admin-Password-1"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // Every change is in the trail, under the operator's account.
        QVERIFY(t.db()
                    .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action LIKE"
                                           " 'user-%' AND user_name LIKE 'operator:%'"))
                    .value()
                    .toInt() >= 6);
    }
};

QTEST_GUILESS_MAIN(tst_CliUser)
#include "tst_CliUser.moc"
