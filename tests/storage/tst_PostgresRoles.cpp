// docs/postgresql-roles.sql, as deployment.md tells a hall to use it, on the
// throwaway server: applied with psql, the owner role migrates, the counters'
// role works the hall's data and appends audit events, and may not update,
// delete or truncate them (grants), nor may the owner (triggers).
#include "common/FixedClock.h"
#include "helpers/TestDatabase.h"
#include "helpers/TestSession.h"
#include "identity/CardReader.h"
#include "security/AuditChainReader.h"
#include "security/AuditLog.h"
#include "security/AuditVerifier.h"
#include "security/AuthService.h"
#include "security/PasswordHasher.h"
#include "security/UserAdminService.h"
#include "security/UserRepository.h"
#include "services/AppServices.h"
#include "storage/Database.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace OneWindow;

namespace {

const QByteArray kHallKey = QByteArray::fromHex("c0c1c2c3c4c5c6c7c8c9cacbcccdcecf");

QString psqlPath()
{
    QString path = QStandardPaths::findExecutable(QStringLiteral("psql"));
    if (path.isEmpty()) {
        const QStringList found = QDir(QStringLiteral("/usr/lib/postgresql"))
                                      .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &version : found)
            if (QFile::exists(QStringLiteral("/usr/lib/postgresql/%1/bin/psql").arg(version)))
                path = QStringLiteral("/usr/lib/postgresql/%1/bin/psql").arg(version);
    }
    return path;
}

// Applies the roles file as the superuser, the way deployment.md says.
QString applyRolesFile(const QString &superuserUrl)
{
    QProcess psql;
    psql.setProcessChannelMode(QProcess::MergedChannels);
    psql.start(psqlPath(),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), superuserUrl,
                QStringLiteral("-f"), QStringLiteral(OW_SOURCE_DIR "/docs/postgresql-roles.sql")});
    if (!psql.waitForFinished(60000))
        return QStringLiteral("psql did not finish");
    if (psql.exitStatus() != QProcess::NormalExit || psql.exitCode() != 0)
        return QString::fromUtf8(psql.readAll());
    return {};
}

DatabaseUrl as(const QString &url, const QString &role)
{
    DatabaseUrl u = DatabaseUrl::parse(url).value();
    u.user = role;
    return u;
}

Session clerk()
{
    return Test::session(1, QStringLiteral("clerk01"));
}

} // namespace

class tst_PostgresRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deploymentDocShowsTheFile();
    void counterRoleMayOnlyAppendAudit();
    void counterRoleCannotWiden();
    void signInBookkeepingAsTheCounterRole();
};

void tst_PostgresRoles::deploymentDocShowsTheFile()
{
    // What a hall reads in the doc is what this test applies.
    QFile sql(QStringLiteral(OW_SOURCE_DIR "/docs/postgresql-roles.sql"));
    QFile doc(QStringLiteral(OW_SOURCE_DIR "/docs/deployment.md"));
    QVERIFY(sql.open(QIODevice::ReadOnly));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QByteArray file = sql.readAll();
    QVERIFY(file.contains("REVOKE UPDATE, DELETE, TRUNCATE ON public.audit_events"));
    QVERIFY(doc.readAll().contains("```sql\n" + file + "```"));
}

void tst_PostgresRoles::counterRoleMayOnlyAppendAudit()
{
    OW_REQUIRE_POSTGRES();
    QVERIFY2(!psqlPath().isEmpty(), "psql not found (apt-get install postgresql-client)");
    // A new hall database, empty, made by the superuser.
    TestDatabase t(QStringLiteral("postgresql"), false);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QString problem = applyRolesFile(t.url());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // The owner migrates ...
    {
        Database owner(as(t.url(), QStringLiteral("onewindow_owner")));
        QVERIFY(owner.open().ok());
        const Status migrated = owner.migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.error().detail));
        const auto tableOwner = owner.scalar(
            QStringLiteral("SELECT tableowner FROM pg_tables WHERE tablename = 'audit_events'"));
        QCOMPARE(tableOwner.value().toString(), QStringLiteral("onewindow_owner"));
    }
    // ... and the file runs again after the upgrade, as the doc says.
    problem = applyRolesFile(t.url());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // A counter starts on its role: migrations find nothing to do, audit events append.
    const DatabaseUrl counterUrl = as(t.url(), QStringLiteral("onewindow_counter"));
    {
        AppServices services;
        AppServices::Options o;
        o.databaseUrl = counterUrl.toString();
        o.hallKey = kHallKey;
        o.liveUpdates = false;
        o.demoCitizens = 0;
        const Status started = services.start(
            o, std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)),
            nullptr);
        QVERIFY2(started.ok(),
                 qPrintable(started.error().code + QLatin1Char(' ') + started.error().detail));
        QVERIFY(services.audit().record(clerk(), QStringLiteral("sign-in"), {}, {}).ok());
    }
    Database counter(counterUrl);
    QVERIFY(counter.open().ok());
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 5), Qt::UTC));
    AuditLog log(counter, clock, kHallKey);
    for (int i = 0; i < 3; ++i)
        QVERIFY(log.record(clerk(), QStringLiteral("view-case-file"),
                           QStringLiteral("person:%1").arg(i), {})
                    .ok());
    // It works the hall's data ...
    QVERIFY(
        counter.run(QStringLiteral("INSERT INTO counters (code, name) VALUES ('A01', '窗口一')"))
            .ok());
    QVERIFY(counter.run(QStringLiteral("UPDATE counters SET name = '一号窗口'")).ok());
    // ... but may not change or remove audit events, nor the checkpoint, nor the schema.
    const QStringList refused = {
        QStringLiteral("UPDATE audit_events SET detail = 'x'"),
        QStringLiteral("DELETE FROM audit_events"),
        QStringLiteral("TRUNCATE audit_events"),
        QStringLiteral("DELETE FROM audit_head"),
        QStringLiteral("TRUNCATE audit_head"),
        QStringLiteral("INSERT INTO audit_head (id, last_id, last_hash, events, legacy_until)"
                       " VALUES (2, 0, 'genesis', 0, 0)"),
        QStringLiteral("UPDATE audit_head SET last_id = 1, events = 1"),
        QStringLiteral("INSERT INTO schema_migrations VALUES (99, 'x', 'now')"),
        QStringLiteral("CREATE TABLE mine (x INTEGER)"),
        QStringLiteral("ALTER TABLE audit_events DISABLE TRIGGER USER"),
        QStringLiteral("DROP TABLE audit_events"),
    };
    for (const QString &sql : refused) {
        const auto q = counter.run(sql);
        QVERIFY2(!q.ok(), qPrintable(QStringLiteral("allowed: ") + sql));
        QVERIFY2(q.error().code == QLatin1String("db-denied") ||
                     q.error().detail.contains(QLatin1String("must be owner")),
                 qPrintable(sql + QStringLiteral(": ") + q.error().code + QLatin1Char(' ') +
                            q.error().detail));
    }
    // The grant refuses first: the counter cannot even try.
    QVERIFY(counter.run(QStringLiteral("DELETE FROM audit_events"))
                .error()
                .detail.contains(QLatin1String("permission denied")));
    // The owner holds the privileges, and the triggers still say no.
    Database owner(as(t.url(), QStringLiteral("onewindow_owner")));
    QVERIFY(owner.open().ok());
    for (const QString &sql :
         {QStringLiteral("UPDATE audit_events SET detail = 'x'"),
          QStringLiteral("DELETE FROM audit_events"), QStringLiteral("TRUNCATE audit_events")}) {
        const auto q = owner.run(sql);
        QVERIFY2(!q.ok(), qPrintable(sql));
        QCOMPARE(q.error().code, QStringLiteral("db-denied"));
        QVERIFY(q.error().detail.contains(QLatin1String("append-only")));
    }
    // Everything the counter appended is there and checks out.
    const auto verdict = AuditVerifier(counterUrl, AuditKey::fromHallKey(kHallKey)).run();
    QVERIFY(verdict.ok());
    QCOMPARE(verdict->state, AuditVerdict::State::Intact);
    QCOMPARE(verdict->events, qint64(4));
}

namespace {

qint64 account(const Database &owner, const QString &name, const QString &password, Role role)
{
    UserAccount a;
    a.username = name;
    a.displayName = name;
    a.role = role;
    return UserRepository(owner).create(a, password, true).value();
}

} // namespace

// Whoever reads a counter's connection settings connects as the counters' role:
// it may append to the step log but not rewrite it, and it changes no account
// and no rule of the hall by itself: not with SQL, not through the functions
// without the proof of an administrator's password.
void tst_PostgresRoles::counterRoleCannotWiden()
{
    OW_REQUIRE_POSTGRES();
    TestDatabase t(QStringLiteral("postgresql"));
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QCOMPARE(DatabaseUrl::parse(t.url()).value().user, QStringLiteral("onewindow_counter"));
    const qint64 adminId = account(t.owner(), QStringLiteral("admin01"),
                                   QStringLiteral("Admin-Password-1"), Role::Administrator);
    const qint64 clerkId = account(t.owner(), QStringLiteral("clerk01"),
                                   QStringLiteral("Clerk-Password-1"), Role::Clerk);
    const Database &counter = t.db();
    const auto clerk = UserRepository(counter).findByUsername(QStringLiteral("clerk01")).value();
    const auto admin = UserRepository(counter).findByUsername(QStringLiteral("admin01")).value();
    // The clerk's own proof: who knows their password may change their own, nothing more.
    const QString clerkProof =
        PasswordHasher::proof(QStringLiteral("Clerk-Password-1"), clerk.passwordProof);
    QVERIFY(PasswordHasher::proofMatches(clerkProof, clerk.passwordProof));
    const QString id = QString::number(clerkId), adminKey = QString::number(adminId);
    const QStringList refused = {
        QStringLiteral("UPDATE users SET role = 'admin' WHERE id = ") + id,
        QStringLiteral("UPDATE users SET password_hash = 'x', password_proof = 'y'"),
        QStringLiteral("UPDATE users SET failed_signins = 0, locked_until = NULL"),
        QStringLiteral("UPDATE users SET department = '公安'"),
        QStringLiteral("INSERT INTO users (username, display_name, role, password_hash, active,"
                       " created_at) VALUES ('evil', 'evil', 'admin', 'x', TRUE, now())"),
        QStringLiteral("DELETE FROM users"),
        QStringLiteral("INSERT INTO hall_settings (key, value) VALUES ('signin.max-failures',"
                       " '20')"),
        QStringLiteral("DELETE FROM hall_settings"),
        QStringLiteral("UPDATE case_events SET reason = 'nothing'"),
        QStringLiteral("DELETE FROM case_events"),
        QStringLiteral("TRUNCATE case_events"),
        // The checked paths, asked without an administrator's proof ...
        QStringLiteral("SELECT onewindow_user_set_role(NULL, NULL, %1, 'admin', NULL)").arg(id),
        QStringLiteral("SELECT onewindow_user_create(NULL, NULL, 'evil', 'evil', 'admin', NULL,"
                       " 'h', 'p', TRUE, FALSE, now())"),
        QStringLiteral("SELECT onewindow_user_set_password(NULL, NULL, %1, 'h', 'p', FALSE)")
            .arg(adminKey),
        QStringLiteral("SELECT onewindow_user_set_active(%1, NULL, %1, FALSE)").arg(adminKey),
        QStringLiteral("SELECT onewindow_hall_setting_set(NULL, NULL, 'signin.max-failures',"
                       " '20', now(), 'x')"),
        // ... with a forged one, or with the clerk's own for anything but their own password ...
        QStringLiteral("SELECT onewindow_password_change(%1, '%2', 'h', 'p')")
            .arg(adminKey, QString(64, QLatin1Char('0'))),
        QStringLiteral("SELECT onewindow_user_set_role(%1, '%2', %1, 'admin', NULL)")
            .arg(id, clerkProof),
        QStringLiteral("SELECT onewindow_password_change(%1, '%2', 'h', 'p')")
            .arg(adminKey, clerkProof),
        // ... nor does sign-in's bookkeeping take a new hash without the proof.
        QStringLiteral("SELECT onewindow_signin_ok(%1, NULL, 'h', 'p', now())").arg(adminKey),
    };
    for (const QString &sql : refused) {
        const auto q = counter.run(sql);
        QVERIFY2(!q.ok(), qPrintable(QStringLiteral("allowed: ") + sql));
        QVERIFY2(q.error().code == QLatin1String("db-denied"),
                 qPrintable(sql + QStringLiteral(": ") + q.error().code + QLatin1Char(' ') +
                            q.error().detail));
    }
    const auto after = UserRepository(counter).findByUsername(QStringLiteral("clerk01")).value();
    QCOMPARE(after.role, Role::Clerk);
    QCOMPARE(UserRepository(counter).findByUsername(QStringLiteral("admin01"))->passwordHash,
             admin.passwordHash);
    QCOMPARE(UserRepository(counter).count().value(), 2);
    // The step log: appended to, by the counters.
    QVERIFY(counter
                .scalar(QStringLiteral("SELECT has_table_privilege('case_events', 'INSERT')"
                                       " AND has_table_privilege('case_events', 'SELECT')"))
                .value()
                .toBool());
    // An administrator signed in at a counter may, through the same role.
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    AuditLog audit(counter, clock, kHallKey);
    AuthService auth(counter, audit, true);
    UserAdminService users(counter, audit, true);
    Session signedIn = auth.signIn(QStringLiteral("admin01"), QStringLiteral("Admin-Password-1"),
                                   QStringLiteral("A01"))
                           .value();
    QVERIFY(!signedIn.credentialProof.isEmpty());
    QVERIFY(users.setRole(QStringLiteral("clerk01"), Role::Supervisor, {}, signedIn).ok());
    QCOMPARE(UserRepository(counter).findByUsername(QStringLiteral("clerk01"))->role,
             Role::Supervisor);
    // The same session without the proof: the application's own check passes, the
    // database's does not.
    Session claimed = signedIn;
    claimed.credentialProof.clear();
    QCOMPARE(
        users.setRole(QStringLiteral("clerk01"), Role::Administrator, {}, claimed).error().code,
        QStringLiteral("db-denied"));
    QCOMPARE(UserRepository(counter).findByUsername(QStringLiteral("clerk01"))->role,
             Role::Supervisor);
}

// Sign-in's own bookkeeping works as the counters' role: failures counted,
// the account locked and opened again, the count reset, a hash made again.
void tst_PostgresRoles::signInBookkeepingAsTheCounterRole()
{
    OW_REQUIRE_POSTGRES();
    TestDatabase t(QStringLiteral("postgresql"));
    QVERIFY2(t.ok(), qPrintable(t.error()));
    account(t.owner(), QStringLiteral("clerk01"), QStringLiteral("Clerk-Password-1"), Role::Clerk);
    const QDateTime start(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    FixedClock clock(start);
    AuditLog audit(t.db(), clock, kHallKey);
    AuthService auth(t.db(), audit, true);
    UserRepository users(t.db());
    QCOMPARE(auth.signIn(QStringLiteral("clerk01"), QStringLiteral("x"), QStringLiteral("A01"))
                 .error()
                 .code,
             QStringLiteral("bad-credentials"));
    QCOMPARE(users.findByUsername(QStringLiteral("clerk01"))->failedSignIns, 1);
    QVERIFY(auth.signIn(QStringLiteral("clerk01"), QStringLiteral("Clerk-Password-1"),
                        QStringLiteral("A01"))
                .ok());
    QCOMPARE(users.findByUsername(QStringLiteral("clerk01"))->failedSignIns, 0);
    for (int i = 0; i < 4; ++i)
        (void)auth.signIn(QStringLiteral("clerk01"), QStringLiteral("x"), QStringLiteral("A01"));
    const auto locked =
        auth.signIn(QStringLiteral("clerk01"), QStringLiteral("x"), QStringLiteral("A01"));
    QCOMPARE(locked.error().code, QStringLiteral("account-locked"));
    QCOMPARE(QDateTime::fromString(locked.error().detail, Qt::ISODate), start.addSecs(15 * 60));
    clock.set(start.addSecs(16 * 60));
    // A good sign-in after the lock, with the counter's own hashing parameters:
    // the lock and the count go, the hash is made again.
    const QString before = users.findByUsername(QStringLiteral("clerk01"))->passwordHash;
    AuthService strong(t.db(), audit, false);
    QVERIFY(strong
                .signIn(QStringLiteral("clerk01"), QStringLiteral("Clerk-Password-1"),
                        QStringLiteral("A01"))
                .ok());
    const UserAccount a = users.findByUsername(QStringLiteral("clerk01")).value();
    QCOMPARE(a.failedSignIns, 0);
    QVERIFY(!a.lockedUntil.isValid());
    QVERIFY(a.passwordHash != before);
    QVERIFY(!PasswordHasher::needsRehash(a.passwordHash, false));
    QVERIFY(PasswordHasher::verify(QStringLiteral("Clerk-Password-1"), a.passwordHash));
    QVERIFY(PasswordHasher::proofMatches(
        PasswordHasher::proof(QStringLiteral("Clerk-Password-1"), a.passwordProof),
        a.passwordProof));
    QCOMPARE(audit.firstBrokenEvent().value(), qint64(0));
}

QTEST_GUILESS_MAIN(tst_PostgresRoles)
#include "tst_PostgresRoles.moc"
