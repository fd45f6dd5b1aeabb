#include "helpers/TestDatabase.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <mutex>
#include <thread>

using namespace OneWindow;

class tst_Database : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sqliteOpenCreatesFolder();
    void sqliteFolderImpossible();
    void runBindsValues_data();
    void runBindsValues();
    void scalarWithoutRow_data();
    void scalarWithoutRow();
    void boundValuesKeepTheirMeaning_data();
    void boundValuesKeepTheirMeaning();
    void postgresPreparesEachStatementOnce();
    void postgresStatementsSurviveDiscard();
    void badStatement_data();
    void badStatement();
    void transactionCommits_data();
    void transactionCommits();
    void transactionRollsBackOnFailure_data();
    void transactionRollsBackOnFailure();
    void transactionRollsBackOnSqlError_data();
    void transactionRollsBackOnSqlError();
    void readThenWriteUnderContention_data();
    void readThenWriteUnderContention();
    void postgresWrongPort();
    void postgresUnknownDatabase();
    void postgresDatabaseDropped();
};

namespace {

int countCounters(const Database &db)
{
    const auto v = db.scalar(QStringLiteral("SELECT COUNT(*) FROM counters"));
    return v.ok() ? v.value().toInt() : -1;
}

Status insertCounter(const Database &db, const QString &code)
{
    auto q = db.run(QStringLiteral("INSERT INTO counters (code, name) VALUES (?, ?)"),
                    {code, QStringLiteral("窗口 ") + code});
    return q ? Status::success() : Status(q.error());
}

DatabaseUrl adminUrl()
{
    return DatabaseUrl::parse(qEnvironmentVariable("ONEWINDOW_TEST_PG")).value();
}

} // namespace

void tst_Database::sqliteOpenCreatesFolder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a/b/c/hall.sqlite"));
    Database db(DatabaseUrl::parse(QStringLiteral("sqlite:") + path).value());
    QVERIFY(!db.isOpen());
    const Status s = db.open();
    QVERIFY2(s.ok(), qPrintable(s.error().detail));
    QVERIFY(db.isOpen());
    QVERIFY(db.migrate().ok());
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(db.dialect(), DatabaseUrl::Dialect::Sqlite);
}

void tst_Database::sqliteFolderImpossible()
{
    // A regular file where the folder should be: even root cannot create the folder.
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Database db(DatabaseUrl::parse(QStringLiteral("sqlite:") + blocker.fileName() +
                                   QStringLiteral("/hall.sqlite"))
                    .value());
    const Status s = db.open();
    QVERIFY(!s.ok());
    QVERIFY2(s.error().code == QLatin1String("db-gone"), qPrintable(s.error().detail));
}

void tst_Database::runBindsValues_data()
{
    TestDatabase::addBackendRows();
}

void tst_Database::runBindsValues()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));

    // Text that would break a statement built by concatenation is only data here.
    const QString tricky = QStringLiteral("王'; DROP TABLE counters; --");
    auto q = t.db().run(QStringLiteral("INSERT INTO counters (code, name) VALUES (?, ?)"),
                        {QStringLiteral("B07"), tricky});
    QVERIFY2(q.ok(), qPrintable(q.error().detail));
    const auto name = t.db().scalar(QStringLiteral("SELECT name FROM counters WHERE code = ?"),
                                    {QStringLiteral("B07")});
    QVERIFY(name.ok());
    QCOMPARE(name.value().toString(), tricky);
    QCOMPARE(countCounters(t.db()), 1);
}

void tst_Database::scalarWithoutRow_data()
{
    TestDatabase::addBackendRows();
}

void tst_Database::scalarWithoutRow()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));

    const auto none = t.db().scalar(QStringLiteral("SELECT name FROM counters WHERE code = ?"),
                                    {QStringLiteral("nobody")});
    QVERIFY(none.ok());
    QVERIFY(!none.value().isValid());
}

void tst_Database::boundValuesKeepTheirMeaning_data()
{
    TestDatabase::addBackendRows();
}

// Each run of a statement, first or again, binds its own values: a null
// QString is NULL, a ? in a literal is text, quotes and backslashes are data.
void tst_Database::boundValuesKeepTheirMeaning()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));

    const QString sql = QStringLiteral("SELECT '?', CAST(? AS TEXT) IS NULL, CAST(? AS TEXT)");
    const QStringList texts{QStringLiteral("甲"), QStringLiteral("it's \\ \"窗\" ?"),
                            QStringLiteral("$1"), QString()};
    for (int round = 0; round < 3; ++round) {
        for (const QString &text : texts) {
            auto q = t.db().run(sql, {text, text});
            QVERIFY2(q.ok(), qPrintable(q.error().detail));
            QVERIFY(q.value().next());
            QCOMPARE(q.value().value(0).toString(), QStringLiteral("?"));
            QCOMPARE(q.value().value(1).toBool(), text.isNull());
            QCOMPARE(q.value().value(2).toString(), text);
        }
    }
}

// PostgreSQL: a statement run again is executed, not prepared again; the
// connection keeps one prepared statement per text.
void tst_Database::postgresPreparesEachStatementOnce()
{
    OW_REQUIRE_POSTGRES();
    TestDatabase t(QStringLiteral("postgresql"));
    QVERIFY2(t.ok(), qPrintable(t.error()));
    for (int i = 0; i < 12; ++i)
        QVERIFY(insertCounter(t.db(), QStringLiteral("P%1").arg(i)).ok());
    for (int i = 0; i < 12; ++i) {
        const auto name = t.db().scalar(QStringLiteral("SELECT name FROM counters WHERE code = ?"),
                                        {QStringLiteral("P%1").arg(i)});
        QVERIFY2(name.ok(), qPrintable(name.error().detail));
        QCOMPARE(name.value().toString(), QStringLiteral("窗口 P%1").arg(i));
    }
    auto kept = t.db().run(QStringLiteral("SELECT statement FROM pg_prepared_statements"));
    QVERIFY2(kept.ok(), qPrintable(kept.error().detail));
    QStringList statements;
    while (kept.value().next())
        statements.append(kept.value().value(0).toString());
    statements.sort();
    QCOMPARE(statements.size(), 2);
    QVERIFY2(statements.at(0).contains(
                 QLatin1String("INSERT INTO counters (code, name) VALUES ($1, $2)")),
             qPrintable(statements.at(0)));
    QVERIFY2(statements.at(1).contains(QLatin1String("WHERE code = $1")),
             qPrintable(statements.at(1)));
}

// A session that lost its prepared statements (DISCARD ALL, as a connection
// pooler sends between clients) prepares them again: the caller sees nothing.
void tst_Database::postgresStatementsSurviveDiscard()
{
    OW_REQUIRE_POSTGRES();
    TestDatabase t(QStringLiteral("postgresql"));
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QVERIFY(insertCounter(t.db(), QStringLiteral("A")).ok());
    QVERIFY(t.db().run(QStringLiteral("DISCARD ALL")).ok());
    QVERIFY(insertCounter(t.db(), QStringLiteral("B")).ok());
    QCOMPARE(countCounters(t.db()), 2);
    QCOMPARE(t.db().reconnections(), 0);
}

void tst_Database::badStatement_data()
{
    TestDatabase::addBackendRows();
}

void tst_Database::badStatement()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));

    const auto q = t.db().run(QStringLiteral("SELEKT nothing FROM nowhere"));
    QVERIFY(!q.ok());
    QCOMPARE(q.error().code, QStringLiteral("db-error"));
    QVERIFY(!q.error().detail.isEmpty());
    // The connection is still usable afterwards.
    QCOMPARE(countCounters(t.db()), 0);
}

void tst_Database::transactionCommits_data()
{
    TestDatabase::addBackendRows();
}

void tst_Database::transactionCommits()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));

    const Status s = t.db().transaction([&]() -> Status {
        if (const Status a = insertCounter(t.db(), QStringLiteral("A01")); !a)
            return a;
        return insertCounter(t.db(), QStringLiteral("A02"));
    });
    QVERIFY2(s.ok(), qPrintable(s.error().detail));

    // Visible to another connection: really committed.
    Database other(DatabaseUrl::parse(t.url()).value());
    QVERIFY(other.open().ok());
    QCOMPARE(countCounters(other), 2);
}

void tst_Database::transactionRollsBackOnFailure_data()
{
    TestDatabase::addBackendRows();
}

void tst_Database::transactionRollsBackOnFailure()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QVERIFY(insertCounter(t.db(), QStringLiteral("KEEP")).ok());

    const Status s = t.db().transaction([&]() -> Status {
        if (const Status a = insertCounter(t.db(), QStringLiteral("A01")); !a)
            return a;
        return Status::failure(QStringLiteral("materials-missing"), QStringLiteral("photo"));
    });
    QVERIFY(!s.ok());
    // The work's own error comes back unchanged.
    QCOMPARE(s.error().code, QStringLiteral("materials-missing"));
    QCOMPARE(s.error().detail, QStringLiteral("photo"));
    QCOMPARE(countCounters(t.db()), 1);

    // The connection is not left inside a transaction: the next one works and commits.
    QVERIFY(t.db().transaction([&] { return insertCounter(t.db(), QStringLiteral("A03")); }).ok());
    Database other(DatabaseUrl::parse(t.url()).value());
    QVERIFY(other.open().ok());
    QCOMPARE(countCounters(other), 2);
}

void tst_Database::transactionRollsBackOnSqlError_data()
{
    TestDatabase::addBackendRows();
}

void tst_Database::transactionRollsBackOnSqlError()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QVERIFY(insertCounter(t.db(), QStringLiteral("A01")).ok());

    const Status s = t.db().transaction([&]() -> Status {
        if (const Status a = insertCounter(t.db(), QStringLiteral("A02")); !a)
            return a;
        return insertCounter(t.db(), QStringLiteral("A01")); // duplicate code
    });
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("duplicate"));
    QCOMPARE(countCounters(t.db()), 1);
    QVERIFY(!t.db()
                 .scalar(QStringLiteral("SELECT id FROM counters WHERE code = 'A02'"))
                 .value()
                 .isValid());
}

void tst_Database::postgresWrongPort()
{
    OW_REQUIRE_POSTGRES();
    DatabaseUrl url = adminUrl();
    url.host = QStringLiteral("127.0.0.1");
    url.port = 1; // nothing listens there
    Database db(url);
    const Status s = db.open();
    QVERIFY(!s.ok());
    QVERIFY2(s.error().code == QLatin1String("db-gone"), qPrintable(s.error().detail));
}

void tst_Database::postgresUnknownDatabase()
{
    OW_REQUIRE_POSTGRES();
    DatabaseUrl url = adminUrl();
    url.databaseName = QStringLiteral("ow_no_such_database_here");
    Database db(url);
    const Status s = db.open();
    QVERIFY(!s.ok());
    QVERIFY2(s.error().code == QLatin1String("db-gone"), qPrintable(s.error().detail));
}

void tst_Database::postgresDatabaseDropped()
{
    OW_REQUIRE_POSTGRES();
    TestDatabase t(QStringLiteral("postgresql"));
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QCOMPARE(countCounters(t.db()), 0);

    {
        Database admin(adminUrl());
        QVERIFY(admin.open().ok());
        const auto dropped = admin.run(QStringLiteral("DROP DATABASE %1 WITH (FORCE)")
                                           .arg(DatabaseUrl::parse(t.url()).value().databaseName));
        QVERIFY2(dropped.ok(), qPrintable(dropped.error().detail));
    }

    const auto q = t.db().run(QStringLiteral("SELECT COUNT(*) FROM counters"));
    QVERIFY(!q.ok());
    QCOMPARE(q.error().code, QStringLiteral("db-gone"));
    const Status s = t.db().transaction([&] { return insertCounter(t.db(), QStringLiteral("X")); });
    QVERIFY(!s.ok());
    QVERIFY2(s.error().code == QLatin1String("db-gone"), qPrintable(s.error().detail));
}

void tst_Database::readThenWriteUnderContention_data()
{
    TestDatabase::addBackendRows();
}

// Two counters each read, then write, in a transaction, as fast as they can. A
// deferred BEGIN on SQLite would fail some at once with SQLITE_BUSY (the reader
// cannot upgrade after another commit); BEGIN IMMEDIATE waits for the lock.
void tst_Database::readThenWriteUnderContention()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    const DatabaseUrl url = DatabaseUrl::parse(t.url()).value();
    constexpr int kEach = 40;
    std::atomic<int> failures{0};
    QStringList errors;
    std::mutex errorsMutex;
    auto counter = [&](const QString &prefix) {
        Database db(url);
        if (!db.open()) {
            failures += kEach;
            return;
        }
        for (int i = 0; i < kEach; ++i) {
            const Status s = db.transaction([&]() -> Status {
                auto n = db.scalar(QStringLiteral("SELECT COUNT(*) FROM counters"));
                if (!n)
                    return Status(n.error());
                return insertCounter(db, prefix + QString::number(n.value().toInt()));
            });
            if (!s) {
                ++failures;
                std::lock_guard<std::mutex> lock(errorsMutex);
                errors << s.error().code + QLatin1Char(' ') + s.error().detail;
            }
        }
    };
    std::thread a(counter, QStringLiteral("A-"));
    std::thread b(counter, QStringLiteral("B-"));
    a.join();
    b.join();
    QVERIFY2(failures == 0, qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(countCounters(t.db()), 2 * kEach);
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_Database.moc"
