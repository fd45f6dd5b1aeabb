#include "helpers/TestDatabase.h"
#include "storage/Database.h"
#include "storage/SqlErrors.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <unistd.h>

using namespace OneWindow;

class tst_SqlErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapping_data();
    void mapping();
    void detailNamesTheStep();
    void uniqueViolation_data();
    void uniqueViolation();
    void otherConstraintsAreNotDuplicates_data();
    void otherConstraintsAreNotDuplicates();
    void readOnlyConnection_data();
    void readOnlyConnection();
    void sqliteReadOnlyOpen();
    void sqliteReadOnlyFile();
    void locked_data();
    void locked();
    void sqliteFull();
};

namespace {

// The users table: on PostgreSQL only its owner writes it directly (the counters'
// role goes through checked functions), so these tests work as the owner.
const int kSqlite = int(DatabaseUrl::Dialect::Sqlite);
const int kPostgres = int(DatabaseUrl::Dialect::Postgres);

Result<QSqlQuery> insertUser(const Database &db, const QString &username)
{
    return db.run(QStringLiteral("INSERT INTO users (username, display_name, role, password_hash,"
                                 " active, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                  {username, QStringLiteral("测试"), QStringLiteral("clerk"), QStringLiteral("x"),
                   true, QStringLiteral("2026-01-05T09:00:00Z")});
}

int countUsers(const Database &db)
{
    const auto v = db.scalar(QStringLiteral("SELECT COUNT(*) FROM users"));
    return v.ok() ? v.value().toInt() : -1;
}

} // namespace

void tst_SqlErrors::mapping_data()
{
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QString>("native");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("code");

    const int stmt = int(QSqlError::StatementError);
    const int conn = int(QSqlError::ConnectionError);
    // SQLite primary result codes (sqlite.org/rescode.html) and an extended one.
    QTest::newRow("sqlite busy") << kSqlite << "5"
                                 << "database is locked" << stmt << "db-locked";
    QTest::newRow("sqlite locked") << kSqlite << "6"
                                   << "database table is locked" << stmt << "db-locked";
    QTest::newRow("sqlite readonly")
        << kSqlite << "8"
        << "attempt to write a readonly database" << stmt << "db-read-only";
    QTest::newRow("sqlite readonly, extended")
        << kSqlite << QString::number(8 | (3 << 8)) << "attempt to write a readonly database"
        << stmt << "db-read-only";
    QTest::newRow("sqlite ioerr") << kSqlite << "10"
                                  << "disk I/O error" << stmt << "db-gone";
    QTest::newRow("sqlite corrupt") << kSqlite << "11"
                                    << "database disk image is malformed" << stmt << "db-gone";
    QTest::newRow("sqlite full") << kSqlite << "13"
                                 << "database or disk is full" << stmt << "db-full";
    QTest::newRow("sqlite cantopen") << kSqlite << "14"
                                     << "unable to open database file" << conn << "db-gone";
    QTest::newRow("sqlite notadb") << kSqlite << "26"
                                   << "file is not a database" << stmt << "db-gone";
    QTest::newRow("sqlite unique")
        << kSqlite << "19"
        << "UNIQUE constraint failed: users.username" << stmt << "duplicate";
    QTest::newRow("sqlite unique, extended")
        << kSqlite << QString::number(19 | (8 << 8)) << "UNIQUE constraint failed: users.username"
        << stmt << "duplicate";
    QTest::newRow("sqlite primary key") << kSqlite << "19"
                                        << "UNIQUE constraint failed: case_number_counters.hall,"
                                           " case_number_counters.day"
                                        << stmt << "duplicate";
    QTest::newRow("sqlite foreign key") << kSqlite << "19"
                                        << "FOREIGN KEY constraint failed" << stmt << "db-error";
    QTest::newRow("sqlite not null")
        << kSqlite << "19"
        << "NOT NULL constraint failed: users.role" << stmt << "db-error";
    QTest::newRow("sqlite trigger refusal, extended")
        << kSqlite << QString::number(19 | (7 << 8)) << "audit_events is append-only" << stmt
        << "db-denied";
    QTest::newRow("sqlite trigger refusal")
        << kSqlite << "19"
        << "audit_head only moves forward" << stmt << "db-denied";
    QTest::newRow("sqlite syntax") << kSqlite << "1"
                                   << "near \"SELEKT\": syntax error" << stmt << "db-error";
    QTest::newRow("sqlite connection, no code") << kSqlite << ""
                                                << "Error opening database" << conn << "db-gone";

    // PostgreSQL SQLSTATE codes (Appendix A of the manual).
    QTest::newRow("pg unique") << kPostgres << "23505"
                               << "duplicate key value" << stmt << "duplicate";
    QTest::newRow("pg permission denied")
        << kPostgres << "42501"
        << "permission denied for table audit_events" << stmt << "db-denied";
    QTest::newRow("pg foreign key") << kPostgres << "23503"
                                    << "violates foreign key" << stmt << "db-error";
    QTest::newRow("pg disk full") << kPostgres << "53100"
                                  << "could not extend file" << stmt << "db-full";
    QTest::newRow("pg read only tx")
        << kPostgres << "25006"
        << "cannot execute INSERT in a read-only transaction" << stmt << "db-read-only";
    QTest::newRow("pg lock not available") << kPostgres << "55P03"
                                           << "canceling statement" << stmt << "db-locked";
    QTest::newRow("pg deadlock") << kPostgres << "40P01"
                                 << "deadlock detected" << stmt << "db-locked";
    QTest::newRow("pg serialization") << kPostgres << "40001"
                                      << "could not serialize" << stmt << "db-locked";
    QTest::newRow("pg connection failure") << kPostgres << "08006"
                                           << "connection failure" << stmt << "db-gone";
    QTest::newRow("pg admin shutdown") << kPostgres << "57P01"
                                       << "terminating connection" << stmt << "db-gone";
    QTest::newRow("pg connection refused")
        << kPostgres << ""
        << "could not connect to server: Connection refused" << conn << "db-gone";
    // libpq's words, without a SQLSTATE, when the server went away under a statement.
    QTest::newRow("pg server closed the connection")
        << kPostgres << ""
        << "server closed the connection unexpectedly\n\tThis probably means the server"
           " terminated abnormally"
        << stmt << "db-gone";
    QTest::newRow("pg no connection") << kPostgres << ""
                                      << "no connection to the server" << stmt << "db-gone";
    QTest::newRow("pg could not send")
        << kPostgres << ""
        << "could not send data to server: Broken pipe" << stmt << "db-gone";
    QTest::newRow("pg syntax") << kPostgres << "42601"
                               << "syntax error" << stmt << "db-error";
}

void tst_SqlErrors::mapping()
{
    QFETCH(int, dialect);
    QFETCH(QString, native);
    QFETCH(QString, text);
    QFETCH(int, type);
    QFETCH(QString, code);

    const QSqlError error(QStringLiteral("driver"), text, QSqlError::ErrorType(type), native);
    const Error e =
        SqlErrors::fromSql(error, static_cast<DatabaseUrl::Dialect>(dialect), QStringLiteral("x"));
    QCOMPARE(e.code, code);
}

void tst_SqlErrors::detailNamesTheStep()
{
    const QSqlError error(QStringLiteral("driver"), QStringLiteral("database is locked"),
                          QSqlError::StatementError, QStringLiteral("5"));
    const Error e =
        SqlErrors::fromSql(error, DatabaseUrl::Dialect::Sqlite, QStringLiteral("commit"));
    QVERIFY(e.detail.startsWith(QLatin1String("commit")));
    QVERIFY(e.detail.contains(QLatin1String("database is locked")));
}

void tst_SqlErrors::uniqueViolation_data()
{
    TestDatabase::addBackendRows();
}

void tst_SqlErrors::uniqueViolation()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));

    QVERIFY(insertUser(t.owner(), QStringLiteral("clerk07")).ok());
    const auto again = insertUser(t.owner(), QStringLiteral("clerk07"));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("duplicate"));
    QCOMPARE(countUsers(t.owner()), 1);
    // The detail names what clashed, never the value (PostgreSQL's DETAIL quotes
    // it: an ID number there would reach logs and the command line).
    QVERIFY2(!again.error().detail.contains(QLatin1String("clerk07")),
             qPrintable(again.error().detail));
}

void tst_SqlErrors::otherConstraintsAreNotDuplicates_data()
{
    TestDatabase::addBackendRows();
}

void tst_SqlErrors::otherConstraintsAreNotDuplicates()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));

    // A sub-case of a case that does not exist: a broken reference, not a duplicate.
    const auto orphan = t.owner().run(QStringLiteral("INSERT INTO sub_cases (case_id, step_order,"
                                                     " department, title, state)"
                                                     " VALUES (?, ?, ?, ?, ?)"),
                                      {qint64(4711), 0, QStringLiteral("公安"),
                                       QStringLiteral("出生登记"), QStringLiteral("open")});
    QVERIFY(!orphan.ok());
    QCOMPARE(orphan.error().code, QStringLiteral("db-error"));

    const auto missing = t.owner().run(QStringLiteral("INSERT INTO counters (code) VALUES (?)"),
                                       {QStringLiteral("A01")});
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, QStringLiteral("db-error"));
    QVERIFY2(!missing.error().detail.contains(QLatin1String("A01")),
             qPrintable(missing.error().detail));
}

void tst_SqlErrors::readOnlyConnection_data()
{
    TestDatabase::addBackendRows();
}

void tst_SqlErrors::readOnlyConnection()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QVERIFY(insertUser(t.owner(), QStringLiteral("before")).ok());

    // Works as root too, unlike file modes: the engine itself refuses the write.
    const QString readOnly = backend == QLatin1String("sqlite")
                                 ? QStringLiteral("PRAGMA query_only = ON")
                                 : QStringLiteral("SET default_transaction_read_only = on");
    QVERIFY(t.owner().run(readOnly).ok());

    const auto write = insertUser(t.owner(), QStringLiteral("after"));
    QVERIFY(!write.ok());
    QCOMPARE(write.error().code, QStringLiteral("db-read-only"));
    const Status inTx = t.owner().transaction([&]() -> Status {
        auto q = insertUser(t.owner(), QStringLiteral("after"));
        return q ? Status::success() : Status(q.error());
    });
    QVERIFY(!inTx.ok());
    QCOMPARE(inTx.error().code, QStringLiteral("db-read-only"));
    // Reading still works: the counter can show what is on file.
    QCOMPARE(countUsers(t.owner()), 1);
}

void tst_SqlErrors::sqliteReadOnlyOpen()
{
    TestDatabase t(QStringLiteral("sqlite"));
    QVERIFY2(t.ok(), qPrintable(t.error()));
    const QString path = t.url().mid(int(qstrlen("sqlite:")));

    const QString name = QStringLiteral("tst_SqlErrors-readonly");
    {
        QSqlDatabase ro = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        ro.setDatabaseName(path);
        ro.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(ro.open());
        QSqlQuery q(ro);
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO counters (code, name) VALUES ('A', 'B')")));
        const Error e =
            SqlErrors::fromSql(q.lastError(), DatabaseUrl::Dialect::Sqlite, QStringLiteral("x"));
        QCOMPARE(e.code, QStringLiteral("db-read-only"));
    }
    QSqlDatabase::removeDatabase(name);
}

void tst_SqlErrors::sqliteReadOnlyFile()
{
    if (::geteuid() == 0)
        QSKIP("root ignores file modes; readOnlyConnection and sqliteReadOnlyOpen cover this");
    TestDatabase t(QStringLiteral("sqlite"));
    QVERIFY2(t.ok(), qPrintable(t.error()));
    const QString url = t.url();
    const QString path = url.mid(int(qstrlen("sqlite:")));
    t.db().connection().close(); // checkpoint and remove the WAL before the file turns read-only
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));

    Database db(DatabaseUrl::parse(url).value());
    const Status opened = db.open();
    if (!opened.ok()) {
        QCOMPARE(opened.error().code, QStringLiteral("db-read-only"));
    } else {
        const auto write = insertUser(db, QStringLiteral("after"));
        QVERIFY(!write.ok());
        QCOMPARE(write.error().code, QStringLiteral("db-read-only"));
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

void tst_SqlErrors::locked_data()
{
    TestDatabase::addBackendRows();
}

void tst_SqlErrors::locked()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    const bool sqlite = backend == QLatin1String("sqlite");

    Database other(DatabaseUrl::parse(t.ownerUrl()).value());
    QVERIFY(other.open().ok());
    // Give up quickly instead of the production wait.
    QVERIFY(other
                .run(sqlite ? QStringLiteral("PRAGMA busy_timeout = 150")
                            : QStringLiteral("SET lock_timeout = '150ms'"))
                .ok());

    QVERIFY(
        t.owner().run(sqlite ? QStringLiteral("BEGIN EXCLUSIVE") : QStringLiteral("BEGIN")).ok());
    if (!sqlite)
        QVERIFY(t.owner().run(QStringLiteral("LOCK TABLE users IN ACCESS EXCLUSIVE MODE")).ok());
    QVERIFY(insertUser(t.owner(), QStringLiteral("holder")).ok());

    const auto blocked = insertUser(other, QStringLiteral("waiter"));
    QVERIFY(!blocked.ok());
    QCOMPARE(blocked.error().code, QStringLiteral("db-locked"));

    QVERIFY(t.owner().run(QStringLiteral("COMMIT")).ok());
    // Once the lock is gone the same write goes through.
    const auto retried = insertUser(other, QStringLiteral("waiter"));
    QVERIFY2(retried.ok(), qPrintable(retried.error().detail));
    QCOMPARE(countUsers(t.owner()), 2);
}

void tst_SqlErrors::sqliteFull()
{
    TestDatabase t(QStringLiteral("sqlite"));
    QVERIFY2(t.ok(), qPrintable(t.error()));
    const int pages = t.db().scalar(QStringLiteral("PRAGMA page_count")).value().toInt();
    QVERIFY(pages > 0);
    // A database that may not grow any more behaves like a full disk.
    QVERIFY(t.db().run(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)).ok());

    const auto big = t.db().run(QStringLiteral("INSERT INTO counters (code, name) VALUES (?, ?)"),
                                {QStringLiteral("A01"), QString(200000, QLatin1Char('x'))});
    QVERIFY(!big.ok());
    QCOMPARE(big.error().code, QStringLiteral("db-full"));
    QCOMPARE(t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM counters")).value().toInt(), 0);
}

QTEST_GUILESS_MAIN(tst_SqlErrors)
#include "tst_SqlErrors.moc"
