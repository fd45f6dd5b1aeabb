#include "identity/SimulatedCardReader.h"

#include <QSignalSpy>
#include <QTest>

using namespace OneWindow;

class tst_SimulatedCardReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describe();
    void emptyReaderHasNoCard();
    void deliversAsynchronously();
    void cyclesThroughSequence_data();
    void cyclesThroughSequence();
    void placedSlotsComeFirst();
    void setSequenceRestarts();
    void nothingAfterDestruction();
};

namespace {

CardIdentity card(const QString &name)
{
    CardIdentity c;
    c.name = name;
    c.idNumber = QStringLiteral("11010519491231002X");
    return c;
}

// One read, waited for: "card:<name>" or "fail:<code>".
QString readOnce(SimulatedCardReader &reader)
{
    QSignalSpy read(&reader, &CardReader::cardRead);
    QSignalSpy failed(&reader, &CardReader::readFailed);
    reader.readCard();
    if (!QTest::qWaitFor([&] { return read.count() + failed.count() > 0; }, 1000))
        return QStringLiteral("nothing");
    if (read.count() + failed.count() != 1)
        return QStringLiteral("more than one signal");
    if (!read.isEmpty())
        return QStringLiteral("card:") + read.first().first().value<CardIdentity>().name;
    return QStringLiteral("fail:") + failed.first().first().toString();
}

} // namespace

void tst_SimulatedCardReader::describe()
{
    SimulatedCardReader reader;
    QCOMPARE(reader.describe(), QStringLiteral("simulator"));
}

void tst_SimulatedCardReader::emptyReaderHasNoCard()
{
    SimulatedCardReader reader;
    QCOMPARE(readOnce(reader), QStringLiteral("fail:no-card"));
    QCOMPARE(readOnce(reader), QStringLiteral("fail:no-card"));
}

void tst_SimulatedCardReader::deliversAsynchronously()
{
    SimulatedCardReader reader;
    reader.setSequence({{card(QStringLiteral("A")), QString()}});
    QSignalSpy read(&reader, &CardReader::cardRead);
    reader.readCard();
    // Nothing yet: the answer comes from the event loop, as with real hardware.
    QCOMPARE(read.count(), 0);
    QVERIFY(read.wait(1000));
    QCOMPARE(read.count(), 1);
}

void tst_SimulatedCardReader::cyclesThroughSequence_data()
{
    QTest::addColumn<int>("reads");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("one") << 1 << QStringList{"card:A"};
    QTest::newRow("all") << 3 << QStringList{"card:A", "fail:card-read-failed", "card:C"};
    QTest::newRow("wraps") << 5
                           << QStringList{"card:A", "fail:card-read-failed", "card:C", "card:A",
                                          "fail:card-read-failed"};
}

void tst_SimulatedCardReader::cyclesThroughSequence()
{
    QFETCH(int, reads);
    QFETCH(QStringList, expected);

    SimulatedCardReader reader;
    reader.setSequence({{card(QStringLiteral("A")), QString()},
                        {CardIdentity(), QStringLiteral("card-read-failed")},
                        {card(QStringLiteral("C")), QString()}});
    QCOMPARE(reader.sequence().size(), 3);
    QStringList got;
    for (int i = 0; i < reads; ++i)
        got.append(readOnce(reader));
    QCOMPARE(got, expected);
}

void tst_SimulatedCardReader::placedSlotsComeFirst()
{
    SimulatedCardReader reader;
    reader.setSequence(
        {{card(QStringLiteral("A")), QString()}, {card(QStringLiteral("B")), QString()}});
    QCOMPARE(readOnce(reader), QStringLiteral("card:A"));
    reader.placeCard(card(QStringLiteral("P")));
    reader.placeFailure(QStringLiteral("timeout"));
    QCOMPARE(readOnce(reader), QStringLiteral("card:P"));
    QCOMPARE(readOnce(reader), QStringLiteral("fail:timeout"));
    // The sequence continues where it was.
    QCOMPARE(readOnce(reader), QStringLiteral("card:B"));

    SimulatedCardReader empty;
    empty.placeCard(card(QStringLiteral("Q")));
    QCOMPARE(readOnce(empty), QStringLiteral("card:Q"));
    QCOMPARE(readOnce(empty), QStringLiteral("fail:no-card"));
}

void tst_SimulatedCardReader::setSequenceRestarts()
{
    SimulatedCardReader reader;
    reader.setSequence(
        {{card(QStringLiteral("A")), QString()}, {card(QStringLiteral("B")), QString()}});
    QCOMPARE(readOnce(reader), QStringLiteral("card:A"));
    reader.setSequence(
        {{card(QStringLiteral("X")), QString()}, {card(QStringLiteral("Y")), QString()}});
    QCOMPARE(readOnce(reader), QStringLiteral("card:X"));

    // Several reads started at once still arrive in order, one answer each.
    QSignalSpy read(&reader, &CardReader::cardRead);
    reader.readCard();
    reader.readCard();
    QVERIFY(QTest::qWaitFor([&] { return read.count() == 2; }, 1000));
    QCOMPARE(read.at(0).first().value<CardIdentity>().name, QStringLiteral("Y"));
    QCOMPARE(read.at(1).first().value<CardIdentity>().name, QStringLiteral("X"));
}

void tst_SimulatedCardReader::nothingAfterDestruction()
{
    int delivered = 0;
    {
        SimulatedCardReader reader;
        reader.setSequence({{card(QStringLiteral("A")), QString()}});
        connect(&reader, &CardReader::cardRead, this, [&delivered] { ++delivered; });
        reader.readCard();
    }
    QTest::qWait(20);
    QCOMPARE(delivered, 0);
}

QTEST_GUILESS_MAIN(tst_SimulatedCardReader)
#include "tst_SimulatedCardReader.moc"
