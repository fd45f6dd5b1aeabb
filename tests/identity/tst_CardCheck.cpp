#include "identity/CardCheck.h"

#include <QTest>

using namespace OneWindow;

class tst_CardCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inspect_data();
    void inspect();
    void detailsNeverContainTheIdNumber();
    void sexAndKindKeys();
    void ethnicityNames_data();
    void ethnicityNames();
};

namespace {

const QDate kToday(2024, 6, 15);

// 11010519491231002X is the standard's example: 167 mod 11 = 2 -> 'X'.
CardIdentity goodCard()
{
    CardIdentity card;
    card.kind = CardIdentity::Kind::Resident;
    card.name = QStringLiteral("王芳");
    card.sex = Sex::Female;
    card.ethnicityCode = QStringLiteral("01");
    card.birth = QDate(1949, 12, 31);
    card.idNumber = QStringLiteral("11010519491231002X");
    card.validFrom = QDate(2015, 3, 1);
    card.longTerm = true;
    return card;
}

} // namespace

void tst_CardCheck::inspect_data()
{
    QTest::addColumn<CardIdentity>("card");
    QTest::addColumn<QStringList>("codes");

    QTest::newRow("good, long-term") << goodCard() << QStringList();

    CardIdentity card = goodCard();
    card.longTerm = false;
    card.validUntil = QDate(2035, 3, 1);
    QTest::newRow("good, dated") << card << QStringList();

    card.validUntil = kToday;
    QTest::newRow("last valid day") << card << QStringList();

    card.validUntil = kToday.addDays(-1);
    QTest::newRow("expired") << card << QStringList{"expired"};

    card = goodCard();
    card.validUntil = QDate(2000, 1, 1); // ignored: long-term cards do not expire
    QTest::newRow("long-term ignores until") << card << QStringList();

    card = goodCard();
    card.validFrom = kToday;
    QTest::newRow("valid from today") << card << QStringList();
    card.validFrom = kToday.addDays(1);
    QTest::newRow("not yet valid") << card << QStringList{"not-yet-valid"};

    card = goodCard();
    card.idNumber = QStringLiteral("110105194912310021");
    QTest::newRow("checksum") << card << QStringList{"checksum"};
    card.idNumber = QStringLiteral("99010519491231002X");
    QTest::newRow("region") << card << QStringList{"region"};
    card.idNumber = QStringLiteral("110105202507010021");
    QTest::newRow("birth in the future") << card << QStringList{"birth-date"};
    card.idNumber = QStringLiteral("11010519491231002");
    QTest::newRow("length") << card << QStringList{"length"};
    card.idNumber = QStringLiteral("11010519491231002Y");
    QTest::newRow("characters") << card << QStringList{"characters"};
    card.idNumber.clear();
    QTest::newRow("no number") << card << QStringList{"length"};

    card = goodCard();
    card.kind = CardIdentity::Kind::Foreign2017;
    card.idNumber = QStringLiteral("USA310072070001"); // not a GB 11643 number
    QTest::newRow("foreign card number not checked") << card << QStringList();

    card = goodCard();
    card.name = QStringLiteral("  ");
    QTest::newRow("name missing") << card << QStringList{"name-missing"};

    card = goodCard();
    card.name.clear();
    card.idNumber = QStringLiteral("110105194912310021");
    card.longTerm = false;
    card.validFrom = QDate(2000, 1, 1);
    card.validUntil = QDate(2020, 1, 1);
    QTest::newRow("everything wrong") << card << QStringList{"checksum", "expired", "name-missing"};
}

void tst_CardCheck::inspect()
{
    QFETCH(CardIdentity, card);
    QFETCH(QStringList, codes);

    QStringList found;
    for (const CardFlag &flag : CardCheck::inspect(card, kToday)) {
        QVERIFY(!flag.detail.isEmpty());
        found.append(flag.code);
    }
    QCOMPARE(found, codes);
}

void tst_CardCheck::detailsNeverContainTheIdNumber()
{
    CardIdentity card = goodCard();
    card.idNumber = QStringLiteral("110105194912310021");
    card.longTerm = false;
    card.validUntil = QDate(2020, 1, 1);
    for (const CardFlag &flag : CardCheck::inspect(card, kToday)) {
        QVERIFY(!flag.detail.contains(QStringLiteral("1101051949")));
        QVERIFY(!flag.detail.contains(card.name));
    }
}

void tst_CardCheck::sexAndKindKeys()
{
    QCOMPARE(sexKey(Sex::Male), QStringLiteral("male"));
    QCOMPARE(sexKey(Sex::Female), QStringLiteral("female"));
    QCOMPARE(sexKey(Sex::Unknown), QStringLiteral("unknown"));
    QCOMPARE(sexKey(Sex::Unspecified), QStringLiteral("unknown"));
    QCOMPARE(sexFromKey(QStringLiteral("male")), Sex::Male);
    QCOMPARE(sexFromKey(QStringLiteral("female")), Sex::Female);
    QCOMPARE(sexFromKey(QStringLiteral("other")), Sex::Unknown);

    QCOMPARE(cardKindKey(CardIdentity::Kind::Resident), QStringLiteral("resident"));
    QCOMPARE(cardKindKey(CardIdentity::Kind::HkMoTw), QStringLiteral("hkmotw"));
    QCOMPARE(cardKindKey(CardIdentity::Kind::Foreign2017), QStringLiteral("foreign2017"));
    QCOMPARE(cardKindKey(CardIdentity::Kind::Foreign2023), QStringLiteral("foreign2023"));
    QCOMPARE(cardKindKey(CardIdentity::Kind::Manual), QStringLiteral("manual"));
}

void tst_CardCheck::ethnicityNames_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");

    QTest::newRow("01") << "01" << QStringLiteral("汉");
    QTest::newRow("02") << "02" << QStringLiteral("蒙古");
    QTest::newRow("03") << "03" << QStringLiteral("回");
    QTest::newRow("unknown") << "77" << QString();
    QTest::newRow("empty") << QString() << QString();
}

void tst_CardCheck::ethnicityNames()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QCOMPARE(ethnicityName(code), name);
}

QTEST_GUILESS_MAIN(tst_CardCheck)
#include "tst_CardCheck.moc"
