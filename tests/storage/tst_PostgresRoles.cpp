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
    if (!TestDatabase::backends().contains(QStringLiteral("postgresql")))
        QSKIP("needs the PostgreSQL server of scripts/test (ONEWINDOW_TEST_PG)");
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

QTEST_GUILESS_MAIN(tst_PostgresRoles)
#include "tst_PostgresRoles.moc"
