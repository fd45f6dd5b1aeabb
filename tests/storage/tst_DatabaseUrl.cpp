#include "storage/DatabaseUrl.h"

#include <QTest>

using namespace OneWindow;

class tst_DatabaseUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sqlite_data();
    void sqlite();
    void postgres_data();
    void postgres();
    void severalServers_data();
    void severalServers();
    void refused_data();
    void refused();
    void toStringRoundTrips_data();
    void toStringRoundTrips();
};

void tst_DatabaseUrl::sqlite_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("path");

    QTest::newRow("absolute") << "sqlite:/var/lib/onewindow/hall.sqlite"
                              << "/var/lib/onewindow/hall.sqlite";
    QTest::newRow("relative") << "sqlite:data/hall.sqlite"
                              << "data/hall.sqlite";
    QTest::newRow("url form") << "sqlite:///var/lib/hall.sqlite"
                              << "/var/lib/hall.sqlite";
    QTest::newRow("surrounding blanks") << "  sqlite:/tmp/a.sqlite \n"
                                        << "/tmp/a.sqlite";
    QTest::newRow("chinese folder") << "sqlite:/srv/政务大厅/hall.sqlite"
                                    << "/srv/政务大厅/hall.sqlite";
}

void tst_DatabaseUrl::sqlite()
{
    QFETCH(QString, text);
    QFETCH(QString, path);

    const auto url = DatabaseUrl::parse(text);
    QVERIFY2(url.ok(), qPrintable(url.error().code));
    QCOMPARE(url->dialect, DatabaseUrl::Dialect::Sqlite);
    QCOMPARE(url->path, path);
    QVERIFY(url->host.isEmpty());
}

void tst_DatabaseUrl::postgres_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");

    QTest::newRow("user and port") << "postgresql://clerk@db.hall.local:6543/onewindow"
                                   << "clerk"
                                   << "db.hall.local" << 6543 << "onewindow";
    QTest::newRow("no user, default port") << "postgresql://10.1.2.3/hall"
                                           << ""
                                           << "10.1.2.3" << 5432 << "hall";
    QTest::newRow("user, default port") << "postgresql://ow@localhost/ow_main"
                                        << "ow"
                                        << "localhost" << 5432 << "ow_main";
    QTest::newRow("port, no user") << "postgresql://127.0.0.1:25432/postgres"
                                   << ""
                                   << "127.0.0.1" << 25432 << "postgres";
    QTest::newRow("postgres scheme") << "postgres://ow@db:5433/x"
                                     << "ow"
                                     << "db" << 5433 << "x";
}

void tst_DatabaseUrl::postgres()
{
    QFETCH(QString, text);
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);

    const auto url = DatabaseUrl::parse(text);
    QVERIFY2(url.ok(), qPrintable(url.error().code + QLatin1Char(' ') + url.error().detail));
    QCOMPARE(url->dialect, DatabaseUrl::Dialect::Postgres);
    QCOMPARE(url->user, user);
    QCOMPARE(url->host, host);
    QCOMPARE(url->port, port);
    QCOMPARE(url->databaseName, database);
    QVERIFY(url->path.isEmpty());
}

void tst_DatabaseUrl::severalServers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("servers"); // every server, "host:port", in order
    QTest::addColumn<QString>("attrs");

    QTest::newRow("primary and standby")
        << "postgresql://counter@db1.city:5432,db2.city:5433/hall?target_session_attrs=read-write"
        << QStringList{"db1.city:5432", "db2.city:5433"} << "read-write";
    QTest::newRow("default ports") << "postgresql://counter@db1,db2,db3/hall"
                                   << QStringList{"db1:5432", "db2:5432", "db3:5432"} << "";
    QTest::newRow("one server, attrs") << "postgresql://db1/hall?target_session_attrs=standby"
                                       << QStringList{"db1:5432"} << "standby";
    QTest::newRow("ipv6") << "postgresql://[::1]:5432,[::1]:5433/hall"
                          << QStringList{"::1:5432", "::1:5433"} << "";
}

// libpq's multi-host URL: every server kept in order, the session kind kept, and
// toString() gives back a URL that parses to the same.
void tst_DatabaseUrl::severalServers()
{
    QFETCH(QString, text);
    QFETCH(QStringList, servers);
    QFETCH(QString, attrs);

    const auto url = DatabaseUrl::parse(text);
    QVERIFY2(url.ok(), qPrintable(url.error().code + QLatin1Char(' ') + url.error().detail));
    QStringList got{url->host + QLatin1Char(':') + QString::number(url->port)};
    for (const DatabaseUrl::Server &s : url->moreServers)
        got << s.host + QLatin1Char(':') + QString::number(s.port);
    QCOMPARE(got, servers);
    QCOMPARE(url->targetSessionAttrs, attrs);
    QCOMPARE(url->databaseName, QStringLiteral("hall"));

    const auto again = DatabaseUrl::parse(url->toString());
    QVERIFY2(again.ok(), qPrintable(url->toString()));
    QCOMPARE(again->toString(), url->toString());
    QCOMPARE(again->moreServers.size(), url->moreServers.size());
    QCOMPARE(again->targetSessionAttrs, attrs);
}

void tst_DatabaseUrl::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");

    QTest::newRow("password") << "postgresql://clerk:s3cret@db/onewindow"
                              << "db-url-password";
    QTest::newRow("password, port") << "postgresql://clerk:s3cret@db:5432/onewindow"
                                    << "db-url-password";
    QTest::newRow("password, postgres scheme") << "postgres://a:b@db/x"
                                               << "db-url-password";
    QTest::newRow("empty") << ""
                           << "db-url";
    QTest::newRow("blank") << "   "
                           << "db-url";
    QTest::newRow("garbage") << "hello world"
                             << "db-url";
    QTest::newRow("other scheme") << "mysql://root@db/onewindow"
                                  << "db-url";
    QTest::newRow("bare path") << "/var/lib/onewindow/hall.sqlite"
                               << "db-url";
    QTest::newRow("sqlite without path") << "sqlite:"
                                         << "db-url";
    QTest::newRow("sqlite url without path") << "sqlite://"
                                             << "db-url";
    QTest::newRow("postgres without host") << "postgresql:///onewindow"
                                           << "db-url";
    QTest::newRow("postgres without database") << "postgresql://db.hall.local"
                                               << "db-url";
    QTest::newRow("postgres with only slash") << "postgresql://db.hall.local/"
                                              << "db-url";
    QTest::newRow("postgres bad port") << "postgresql://db:notaport/x"
                                       << "db-url";
    // A name the log and the settings could not show as it is.
    QTest::newRow("control character in database") << "postgresql://db/one%1Ewindow"
                                                   << "db-url";
    QTest::newRow("broken UTF-8 in user") << "postgresql://%FF@db/onewindow"
                                          << "db-url";
    QTest::newRow("second server bad port") << "postgresql://db1:5432,db2:nope/x"
                                            << "db-url";
    QTest::newRow("second server empty") << "postgresql://db1:5432,/x"
                                         << "db-url";
    QTest::newRow("password before a list") << "postgresql://a:s3cret@db1,db2/x"
                                            << "db-url-password";
    QTest::newRow("unknown parameter") << "postgresql://db/x?sslmode=disable"
                                       << "db-url";
    QTest::newRow("unknown session kind") << "postgresql://db/x?target_session_attrs=writable"
                                          << "db-url";
}

void tst_DatabaseUrl::refused()
{
    QFETCH(QString, text);
    QFETCH(QString, code);

    const auto url = DatabaseUrl::parse(text);
    QVERIFY(!url.ok());
    QCOMPARE(url.error().code, code);
    // The refusal must not echo the password into logs.
    QVERIFY(!url.error().detail.contains(QLatin1String("s3cret")));
}

void tst_DatabaseUrl::toStringRoundTrips_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("sqlite") << "sqlite:/tmp/hall.sqlite";
    QTest::newRow("postgres full") << "postgresql://clerk@db.hall.local:6543/onewindow";
    QTest::newRow("postgres minimal") << "postgresql://db.hall.local/onewindow";
    // Found by fuzz_DatabaseUrl: each was shown as a URL that reads differently.
    QTest::newRow("postgres IPv6 host") << "postgresql://clerk@[::1]:5432/onewindow";
    QTest::newRow("sqlite path starting //") << "sqlite:////srv/hall.sqlite";
    QTest::newRow("user holding %2") << "postgresql://a%252b@db/onewindow";
    QTest::newRow("encoded slash in database") << "postgresql://db/one%2Fwindow";
}

void tst_DatabaseUrl::toStringRoundTrips()
{
    QFETCH(QString, text);

    const auto first = DatabaseUrl::parse(text);
    QVERIFY(first.ok());
    const auto second = DatabaseUrl::parse(first->toString());
    QVERIFY2(second.ok(), qPrintable(first->toString()));
    QCOMPARE(second->dialect, first->dialect);
    QCOMPARE(second->path, first->path);
    QCOMPARE(second->user, first->user);
    QCOMPARE(second->host, first->host);
    QCOMPARE(second->port, first->port);
    QCOMPARE(second->databaseName, first->databaseName);
    QCOMPARE(second->toString(), first->toString());
}

QTEST_GUILESS_MAIN(tst_DatabaseUrl)
#include "tst_DatabaseUrl.moc"
