#include "identity/CardCheck.h"
#include "identity/IdNumber.h"
#include "identity/SyntheticIdentityGenerator.h"

#include <QSet>
#include <QTest>

using namespace OneWindow;

class tst_SyntheticIdentityGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deterministic_data();
    void deterministic();
    void differentSeedsDiffer();
    void citizensAreValid_data();
    void citizensAreValid();
    void numbersAreUnique();
    void badCards();
    void readerSequence_data();
    void readerSequence();
};

namespace {

bool samePerson(const CardIdentity &a, const CardIdentity &b)
{
    return a.name == b.name && a.sex == b.sex && a.ethnicityCode == b.ethnicityCode &&
           a.birth == b.birth && a.address == b.address && a.idNumber == b.idNumber &&
           a.authority == b.authority && a.validFrom == b.validFrom &&
           a.validUntil == b.validUntil && a.longTerm == b.longTerm;
}

} // namespace

void tst_SyntheticIdentityGenerator::deterministic_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<QDate>("today");

    QTest::newRow("seed 1") << quint32(1) << QDate(2024, 6, 15);
    QTest::newRow("seed 0") << quint32(0) << QDate(2024, 6, 15);
    QTest::newRow("large seed, leap day") << quint32(0xFFFFFFFF) << QDate(2028, 2, 29);
}

void tst_SyntheticIdentityGenerator::deterministic()
{
    QFETCH(quint32, seed);
    QFETCH(QDate, today);

    const SyntheticIdentityGenerator first(seed, today);
    const SyntheticIdentityGenerator second(seed, today);
    const QList<CardIdentity> a = first.citizens(50);
    // Asked in a different order and amount: each index still gives the same person.
    for (int i = 49; i >= 0; --i)
        QVERIFY2(samePerson(a.at(i), second.citizen(i)), qPrintable(QString::number(i)));
    QCOMPARE(second.citizens(10).size(), 10);
    QVERIFY(samePerson(first.expiredCard(), second.expiredCard()));
    QVERIFY(samePerson(first.badChecksumCard(), second.badChecksumCard()));
}

void tst_SyntheticIdentityGenerator::differentSeedsDiffer()
{
    const QDate today(2024, 6, 15);
    const QList<CardIdentity> a = SyntheticIdentityGenerator(1, today).citizens(20);
    const QList<CardIdentity> b = SyntheticIdentityGenerator(2, today).citizens(20);
    int same = 0;
    for (int i = 0; i < 20; ++i)
        same += a.at(i).idNumber == b.at(i).idNumber ? 1 : 0;
    QCOMPARE(same, 0);
    QVERIFY(a.at(0).name != b.at(0).name || a.at(1).name != b.at(1).name ||
            a.at(2).name != b.at(2).name);
}

void tst_SyntheticIdentityGenerator::citizensAreValid_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<QDate>("today");

    QTest::newRow("2024") << quint32(42) << QDate(2024, 6, 15);
    QTest::newRow("leap day") << quint32(7) << QDate(2024, 2, 29);
    QTest::newRow("new year") << quint32(99) << QDate(2031, 1, 1);
}

void tst_SyntheticIdentityGenerator::citizensAreValid()
{
    QFETCH(quint32, seed);
    QFETCH(QDate, today);

    const SyntheticIdentityGenerator generator(seed, today);
    int male = 0;
    int longTerm = 0;
    int minority = 0;
    const int count = 2000;
    for (int i = 0; i < count; ++i) {
        const CardIdentity card = generator.citizen(i);
        const QString where = QStringLiteral("citizen %1").arg(i);

        const IdNumberInfo info = IdNumber::check(card.idNumber, today);
        QVERIFY2(info.valid, qPrintable(where + QLatin1Char(' ') + info.error));
        QCOMPARE(info.normalized, card.idNumber);
        QCOMPARE(info.birth, card.birth);
        QCOMPARE(info.sex, card.sex);
        // Odd sequence digit for men, even for women (GB 11643).
        QCOMPARE(card.idNumber.at(16).digitValue() % 2 == 1, card.sex == Sex::Male);

        QVERIFY(card.birth >= QDate(1950, 1, 1));
        QVERIFY2(card.birth <= today.addYears(-18), qPrintable(where));

        QVERIFY2(CardCheck::inspect(card, today).isEmpty(), qPrintable(where));
        QVERIFY(card.validFrom < today);
        QVERIFY(card.validFrom >= card.birth.addYears(16));
        if (card.longTerm) {
            QVERIFY(!card.validUntil.isValid());
            ++longTerm;
        } else {
            const bool tenOrTwenty = card.validUntil == card.validFrom.addYears(10) ||
                                     card.validUntil == card.validFrom.addYears(20);
            QVERIFY2(tenOrTwenty, qPrintable(where));
            QVERIFY(card.validUntil >= today);
        }

        QVERIFY(card.name.size() >= 2 && card.name.size() <= 3);
        QVERIFY(!ethnicityName(card.ethnicityCode).isEmpty());
        QVERIFY(card.address.endsWith(QStringLiteral("号")));
        QVERIFY(card.authority.endsWith(QStringLiteral("公安分局")));
        // Municipalities are not named twice.
        QVERIFY2(!card.address.startsWith(QStringLiteral("北京市北京市")), qPrintable(where));
        QVERIFY(!card.address.startsWith(QStringLiteral("上海市上海市")));
        QCOMPARE(card.kind, CardIdentity::Kind::Resident);

        male += card.sex == Sex::Male ? 1 : 0;
        minority += card.ethnicityCode != QLatin1String("01") ? 1 : 0;
    }
    // A plausible mix, not a statistical test: bounds are wide.
    QVERIFY(male > count / 3 && male < count * 2 / 3);
    QVERIFY(minority > 0 && minority < count / 4);
    QVERIFY(longTerm > 0);
}

void tst_SyntheticIdentityGenerator::numbersAreUnique()
{
    const QDate today(2024, 6, 15);
    const SyntheticIdentityGenerator generator(2024, today);
    QSet<QString> seen;
    seen.reserve(100002);
    for (int i = 0; i < 100000; ++i) {
        const QString id = generator.citizen(i).idNumber;
        QVERIFY2(!seen.contains(id), qPrintable(QStringLiteral("duplicate at %1").arg(i)));
        seen.insert(id);
    }
    QVERIFY(!seen.contains(generator.expiredCard().idNumber));
    QVERIFY(!seen.contains(generator.badChecksumCard().idNumber));
}

void tst_SyntheticIdentityGenerator::badCards()
{
    const QDate today(2024, 6, 15);
    const SyntheticIdentityGenerator generator(5, today);

    const CardIdentity expired = generator.expiredCard();
    QVERIFY(IdNumber::check(expired.idNumber, today).valid);
    QVERIFY(!expired.longTerm);
    QVERIFY(expired.validUntil < today);
    QVERIFY(expired.validFrom >= expired.birth.addYears(16));
    QStringList codes;
    for (const CardFlag &flag : CardCheck::inspect(expired, today))
        codes.append(flag.code);
    QCOMPARE(codes, QStringList{"expired"});

    const CardIdentity bad = generator.badChecksumCard();
    const IdNumberInfo info = IdNumber::check(bad.idNumber, today);
    QCOMPARE(info.error, QStringLiteral("checksum"));
    QCOMPARE(bad.idNumber.size(), 18);
    QVERIFY(IdNumber::checkCharacter(bad.idNumber.left(17)) != bad.idNumber.at(17));
    codes.clear();
    for (const CardFlag &flag : CardCheck::inspect(bad, today))
        codes.append(flag.code);
    QCOMPARE(codes, QStringList{"checksum"});
}

void tst_SyntheticIdentityGenerator::readerSequence_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("expiredAt");
    QTest::addColumn<int>("badChecksumAt");
    QTest::addColumn<int>("unreadableAt");

    QTest::newRow("20") << 20 << 3 << 7 << 11;
    QTest::newRow("9") << 9 << 3 << 7 << 11;
    QTest::newRow("5: rest appended") << 5 << 3 << 6 << 7;
    QTest::newRow("0: only the bad cards") << 0 << 0 << 1 << 2;
}

void tst_SyntheticIdentityGenerator::readerSequence()
{
    QFETCH(int, count);
    QFETCH(int, expiredAt);
    QFETCH(int, badChecksumAt);
    QFETCH(int, unreadableAt);

    const QDate today(2024, 6, 15);
    const SyntheticIdentityGenerator generator(11, today);
    const QList<SimulatedCardReader::Slot> slotList = generator.readerSequence(count);
    QCOMPARE(slotList.size(), count + 3);

    QVERIFY(samePerson(slotList.at(expiredAt).card, generator.expiredCard()));
    QVERIFY(samePerson(slotList.at(badChecksumAt).card, generator.badChecksumCard()));
    QCOMPARE(slotList.at(unreadableAt).failure, QStringLiteral("card-read-failed"));

    // Everything else: the citizens, in order, all fine.
    int next = 0;
    for (int i = 0; i < slotList.size(); ++i) {
        if (i == expiredAt || i == badChecksumAt || i == unreadableAt)
            continue;
        QVERIFY(slotList.at(i).failure.isEmpty());
        QVERIFY(samePerson(slotList.at(i).card, generator.citizen(next++)));
        QVERIFY(CardCheck::inspect(slotList.at(i).card, today).isEmpty());
    }
    QCOMPARE(next, count);
}

QTEST_GUILESS_MAIN(tst_SyntheticIdentityGenerator)
#include "tst_SyntheticIdentityGenerator.moc"
