#include "helpers/TestDatabase.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>

#include <thread>

using namespace OneWindow;

class tst_Migrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshDatabaseMigrates_data();
    void freshDatabaseMigrates();
    void secondMigrateIsNoOp_data();
    void secondMigrateIsNoOp();
    void newerSchemaRefused_data();
    void newerSchemaRefused();
    void failedStepLeavesNothing_data();
    void failedStepLeavesNothing();
    void translateLeavesNoTokens_data();
    void translateLeavesNoTokens();
    void concurrentMigrationsAgree_data();
    void concurrentMigrationsAgree();
    void sqliteIsDurable();
    void sqliteDurableAfterReopen();
};

namespace {

const QStringList kTables = {
    QStringLiteral("schema_migrations"),
    QStringLiteral("counters"),
    QStringLiteral("users"),
    QStringLiteral("persons"),
    QStringLiteral("case_number_counters"),
    QStringLiteral("cases"),
    QStringLiteral("sub_cases"),
    QStringLiteral("materials"),
    QStringLiteral("audit_events"),
    QStringLiteral("drafts"),
};

int rowCount(Database &db, const QString &table)
{
    const auto v = db.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return v.ok() ? v.value().toInt() : -1;
}

} // namespace

void tst_Migrations::freshDatabaseMigrates_data()
{
    TestDatabase::addBackendRows();
}

void tst_Migrations::freshDatabaseMigrates()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend, /*migrate=*/false);
    QVERIFY2(t.ok(), qPrintable(t.error()));

    const auto before = Migrations::currentVersion(t.db());
    QVERIFY(before.ok());
    QCOMPARE(before.value(), 0);

    const Status migrated = t.db().migrate();
    QVERIFY2(migrated.ok(), qPrintable(migrated.error().detail));

    const auto after = Migrations::currentVersion(t.db());
    QVERIFY(after.ok());
    QCOMPARE(after.value(), Migrations::latestVersion());
    QVERIFY(Migrations::latestVersion() >= 1);

    const QStringList tables = t.db().connection().tables();
    for (const QString &table : kTables)
        QVERIFY2(tables.contains(table), qPrintable(table));
    // Each table is usable, not only listed.
    for (const QString &table : kTables)
        QVERIFY2(rowCount(t.db(), table) >= 0, qPrintable(table));
    QCOMPARE(rowCount(t.db(), QStringLiteral("schema_migrations")),
             int(Migrations::steps().size()));
}

void tst_Migrations::secondMigrateIsNoOp_data()
{
    TestDatabase::addBackendRows();
}

void tst_Migrations::secondMigrateIsNoOp()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend); // already migrated once
    QVERIFY2(t.ok(), qPrintable(t.error()));

    // Data written after the first migration must survive the second.
    QVERIFY(t.db()
                .run(QStringLiteral("INSERT INTO counters (code, name) VALUES (?, ?)"),
                     {QStringLiteral("A01"), QStringLiteral("综合窗口1")})
                .ok());
    const int applied = rowCount(t.db(), QStringLiteral("schema_migrations"));

    const Status again = t.db().migrate();
    QVERIFY2(again.ok(), qPrintable(again.error().detail));
    QCOMPARE(rowCount(t.db(), QStringLiteral("schema_migrations")), applied);
    QCOMPARE(rowCount(t.db(), QStringLiteral("counters")), 1);
    QCOMPARE(Migrations::currentVersion(t.db()).value(), Migrations::latestVersion());

    // A second program instance opening the same database migrates nothing either.
    Database other(DatabaseUrl::parse(t.url()).value());
    QVERIFY(other.open().ok());
    QVERIFY(other.migrate().ok());
    QCOMPARE(rowCount(t.db(), QStringLiteral("schema_migrations")), applied);
}

void tst_Migrations::newerSchemaRefused_data()
{
    TestDatabase::addBackendRows();
}

void tst_Migrations::newerSchemaRefused()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));

    const int newer = Migrations::latestVersion() + 1;
    QVERIFY(t.db()
                .run(QStringLiteral("INSERT INTO schema_migrations (version, description,"
                                    " applied_at) VALUES (?, ?, ?)"),
                     {newer, QStringLiteral("from a newer program"),
                      QStringLiteral("2030-01-01T00:00:00Z")})
                .ok());
    QCOMPARE(Migrations::currentVersion(t.db()).value(), newer);

    const Status s = t.db().migrate();
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("db-too-new"));
}

void tst_Migrations::failedStepLeavesNothing_data()
{
    TestDatabase::addBackendRows();
}

void tst_Migrations::failedStepLeavesNothing()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend, /*migrate=*/false);
    QVERIFY2(t.ok(), qPrintable(t.error()));

    // A stray table with the name of the step's last table makes the step fail
    // half-way: everything the step created before must be rolled back.
    QVERIFY(t.db().run(QStringLiteral("CREATE TABLE audit_events (x INTEGER)")).ok());
    const Status s = t.db().migrate();
    QVERIFY(!s.ok());

    const QStringList tables = t.db().connection().tables();
    QVERIFY(!tables.contains(QLatin1String("counters")));
    QVERIFY(!tables.contains(QLatin1String("persons")));
    QCOMPARE(Migrations::currentVersion(t.db()).value(), 0);
}

void tst_Migrations::translateLeavesNoTokens_data()
{
    QTest::addColumn<int>("dialect");
    QTest::newRow("sqlite") << int(DatabaseUrl::Dialect::Sqlite);
    QTest::newRow("postgresql") << int(DatabaseUrl::Dialect::Postgres);
}

void tst_Migrations::translateLeavesNoTokens()
{
    QFETCH(int, dialect);
    for (const Migrations::Step &step : Migrations::steps()) {
        for (const QString &statement : step.statements) {
            const QString sql =
                Migrations::translate(statement, static_cast<DatabaseUrl::Dialect>(dialect));
            QVERIFY2(!sql.contains(QLatin1Char('%')), qPrintable(sql));
        }
    }
    // Versions strictly increase, so "newer than" is well defined.
    int last = 0;
    for (const Migrations::Step &step : Migrations::steps()) {
        QVERIFY(step.version > last);
        last = step.version;
    }
}

void tst_Migrations::sqliteIsDurable()
{
    TestDatabase t(QStringLiteral("sqlite"));
    QVERIFY2(t.ok(), qPrintable(t.error()));

    QCOMPARE(t.db().scalar(QStringLiteral("PRAGMA journal_mode")).value().toString().toLower(),
             QStringLiteral("wal"));
    // 2 = FULL: the WAL is synced at every commit, so a commit survives a power cut.
    QCOMPARE(t.db().scalar(QStringLiteral("PRAGMA synchronous")).value().toInt(), 2);
    QCOMPARE(t.db().scalar(QStringLiteral("PRAGMA foreign_keys")).value().toInt(), 1);
}

void tst_Migrations::sqliteDurableAfterReopen()
{
    TestDatabase t(QStringLiteral("sqlite"));
    QVERIFY2(t.ok(), qPrintable(t.error()));

    // synchronous and foreign_keys are per connection: every new connection sets them.
    Database second(DatabaseUrl::parse(t.url()).value());
    QVERIFY(second.open().ok());
    QCOMPARE(second.scalar(QStringLiteral("PRAGMA journal_mode")).value().toString().toLower(),
             QStringLiteral("wal"));
    QCOMPARE(second.scalar(QStringLiteral("PRAGMA synchronous")).value().toInt(), 2);
    QCOMPARE(second.scalar(QStringLiteral("PRAGMA foreign_keys")).value().toInt(), 1);
    QVERIFY(QFileInfo::exists(t.url().mid(7) + QStringLiteral("-wal")));
}

void tst_Migrations::concurrentMigrationsAgree_data()
{
    TestDatabase::addBackendRows();
}

// Two counters start at once on an empty database: both come up on the newest
// schema, each step applied exactly once.
void tst_Migrations::concurrentMigrationsAgree()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend, /*migrate=*/false);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    const DatabaseUrl url = DatabaseUrl::parse(t.url()).value();
    Status results[2] = {Status::success(), Status::success()};
    auto start = [&](int i) {
        Database db(url);
        results[i] = db.open();
        if (results[i])
            results[i] = db.migrate();
    };
    std::thread a(start, 0);
    std::thread b(start, 1);
    a.join();
    b.join();
    QVERIFY2(results[0].ok(), qPrintable(results[0].error().detail));
    QVERIFY2(results[1].ok(), qPrintable(results[1].error().detail));
    QCOMPARE(Migrations::currentVersion(t.db()).value(), Migrations::latestVersion());
    QCOMPARE(rowCount(t.db(), QStringLiteral("schema_migrations")), Migrations::latestVersion());
}

QTEST_GUILESS_MAIN(tst_Migrations)
#include "tst_Migrations.moc"
