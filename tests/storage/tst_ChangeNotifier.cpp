#include "helpers/TestDatabase.h"
#include "storage/ChangeNotifier.h"
#include "storage/Database.h"

#include <QSignalSpy>
#include <QTest>

using namespace OneWindow;

class tst_ChangeNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void otherConnectionsChangeIsSeen_data();
    void otherConnectionsChangeIsSeen();
    void rolledBackChangeIsNotSent();
    void lostConnectionIsReported();
};

void tst_ChangeNotifier::otherConnectionsChangeIsSeen_data()
{
    TestDatabase::addBackendRows();
}

// Counter A listens; counter B changes a case on its own connection.
void tst_ChangeNotifier::otherConnectionsChangeIsSeen()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    ChangeNotifier listener(DatabaseUrl::parse(t.url()).value());
    listener.setPollInterval(50);
    const Status started = listener.start();
    QVERIFY2(started.ok(), qPrintable(started.error().detail));
    QVERIFY(listener.isListening());
    QSignalSpy spy(&listener, &ChangeNotifier::changed);

    Database writer(DatabaseUrl::parse(t.url()).value());
    QVERIFY(writer.open().ok());
    QVERIFY(writer
                .transaction([&]() -> Status {
                    auto q = writer.run(QStringLiteral("INSERT INTO counters (code, name)"
                                                       " VALUES (?, ?)"),
                                        {QStringLiteral("A09"), QStringLiteral("九号窗口")});
                    if (!q)
                        return Status(q.error());
                    return ChangeNotifier::notifyInTransaction(writer, QStringLiteral("cases"),
                                                               QStringLiteral("42"));
                })
                .ok());
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 1, 5000);
    if (backend == QLatin1String("postgresql")) {
        QCOMPARE(spy.first().at(0).toString(), QStringLiteral("cases"));
        QCOMPARE(spy.first().at(1).toString(), QStringLiteral("42"));
    } else {
        QCOMPARE(spy.first().at(0).toString(), QStringLiteral("*"));
    }
    listener.stop();
    QVERIFY(!listener.isListening());
}

// NOTIFY is transactional: a rolled-back change tells nobody.
void tst_ChangeNotifier::rolledBackChangeIsNotSent()
{
    OW_REQUIRE_POSTGRES();
    TestDatabase t(QStringLiteral("postgresql"));
    QVERIFY2(t.ok(), qPrintable(t.error()));
    ChangeNotifier listener(DatabaseUrl::parse(t.url()).value());
    QVERIFY(listener.start().ok());
    QSignalSpy spy(&listener, &ChangeNotifier::changed);
    Database writer(DatabaseUrl::parse(t.url()).value());
    QVERIFY(writer.open().ok());
    const Status failed = writer.transaction([&]() -> Status {
        const Status n = ChangeNotifier::notifyInTransaction(writer, QStringLiteral("cases"),
                                                             QStringLiteral("7"));
        if (!n)
            return n;
        return Status::failure(QStringLiteral("invalid-form"));
    });
    QVERIFY(!failed.ok());
    QVERIFY(ChangeNotifier::notifyInTransaction(writer, QStringLiteral("sub_cases"),
                                                QStringLiteral("公安"))
                .ok());
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5000);
    QTest::qWait(200);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().at(0).toString(), QStringLiteral("sub_cases"));
    QCOMPARE(spy.first().at(1).toString(), QStringLiteral("公安"));
}

// The server ends the listening session (a restart, a failover): the owner is told.
void tst_ChangeNotifier::lostConnectionIsReported()
{
    OW_REQUIRE_POSTGRES();
    TestDatabase t(QStringLiteral("postgresql"));
    QVERIFY2(t.ok(), qPrintable(t.error()));
    ChangeNotifier listener(DatabaseUrl::parse(t.url()).value());
    QVERIFY(listener.start().ok());
    QSignalSpy lost(&listener, &ChangeNotifier::connectionLost);
    const DatabaseUrl url = DatabaseUrl::parse(t.url()).value();
    QVERIFY(t.db()
                .run(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                                    " WHERE datname = ? AND pid <> pg_backend_pid()"
                                    " AND usename = current_user"),
                     {url.databaseName})
                .ok());
    QTRY_VERIFY_WITH_TIMEOUT(lost.count() == 1, 20000);
    QVERIFY(!listener.isListening());
    QVERIFY(listener.start().ok()); // and listens again
    QVERIFY(listener.isListening());
}

QTEST_GUILESS_MAIN(tst_ChangeNotifier)
#include "tst_ChangeNotifier.moc"
