#include "casefile/IdentitySource.h"

#include <QTest>

using namespace OneWindow;

// The one list of identity sources: the keys the database stores, both ways, and
// which of them a counter records as evidence.
class tst_IdentitySource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys_data()
    {
        QTest::addColumn<int>("source");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("evidence");
        QTest::newRow("card") << int(IdentitySource::Card) << "card" << true;
        QTest::newRow("qr") << int(IdentitySource::Qr) << "qr" << true;
        QTest::newRow("manual") << int(IdentitySource::Manual) << "manual" << true;
        QTest::newRow("unverified") << int(IdentitySource::Unverified) << "unverified" << false;
    }
    void keys()
    {
        QFETCH(int, source);
        QFETCH(QString, key);
        QFETCH(bool, evidence);
        QCOMPARE(IdentitySources::key(IdentitySource(source)), key);
        QCOMPARE(IdentitySources::fromKey(key),
                 std::optional<IdentitySource>(IdentitySource(source)));
        QVERIFY(IdentitySources::keys().contains(key));
        QCOMPARE(IdentitySources::evidenceKeys().contains(key), evidence);
    }

    void unknownKeysAreNone_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("empty") << QString();
        QTest::newRow("online (the CLI's old default)") << "online";
        QTest::newRow("upper case") << "CARD";
    }
    void unknownKeysAreNone()
    {
        QFETCH(QString, key);
        QVERIFY(!IdentitySources::fromKey(key).has_value());
    }

    void everyKeyOnce()
    {
        QCOMPARE(IdentitySources::keys().size(), 4);
        QCOMPARE(IdentitySources::keys().removeDuplicates(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_IdentitySource)
#include "tst_IdentitySource.moc"
