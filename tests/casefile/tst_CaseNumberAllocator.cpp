#include "casefile/CaseNumberAllocator.h"
#include "helpers/TestDatabase.h"
#include "storage/Database.h"

#include <QTest>
#include <QThread>

using namespace OneWindow;

class tst_CaseNumberAllocator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_data();
    void format();
    void sequence_data();
    void sequence();
    void rolledBackNumberIsReissued_data();
    void rolledBackNumberIsReissued();
    void concurrentCountersNeverShare_data();
    void concurrentCountersNeverShare();
};

void tst_CaseNumberAllocator::format_data()
{
    QTest::addColumn<QString>("hall");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<qint64>("sequence");
    QTest::addColumn<QString>("expected");

    QTest::newRow("first") << "HALL01" << QDate(2026, 1, 5) << qint64(1) << "HALL01-20260105-00001";
    QTest::newRow("padded") << "H" << QDate(2026, 12, 31) << qint64(742) << "H-20261231-00742";
    QTest::newRow("five digits") << "XA" << QDate(2027, 2, 1) << qint64(99999)
                                 << "XA-20270201-99999";
    QTest::newRow("beyond five digits")
        << "XA" << QDate(2027, 2, 1) << qint64(100000) << "XA-20270201-100000";
    QTest::newRow("leap day") << "510104" << QDate(2028, 2, 29) << qint64(12)
                              << "510104-20280229-00012";
}

void tst_CaseNumberAllocator::format()
{
    QFETCH(QString, hall);
    QFETCH(QDate, day);
    QFETCH(qint64, sequence);
    QFETCH(QString, expected);
    QCOMPARE(CaseNumberAllocator::format(hall, day, sequence), expected);
}

void tst_CaseNumberAllocator::sequence_data()
{
    TestDatabase::addBackendRows();
}

void tst_CaseNumberAllocator::sequence()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));

    const QDate monday(2026, 3, 2);
    const QDate tuesday(2026, 3, 3);
    CaseNumberAllocator east(t.db(), QStringLiteral("EAST"));
    CaseNumberAllocator west(t.db(), QStringLiteral("WEST"));
    const auto next = [](CaseNumberAllocator &a, const QDate &d) {
        const auto n = a.next(d);
        return n.ok() ? n.value() : QStringLiteral("error: ") + n.error().code;
    };

    QCOMPARE(next(east, monday), QStringLiteral("EAST-20260302-00001"));
    QCOMPARE(next(east, monday), QStringLiteral("EAST-20260302-00002"));
    QCOMPARE(next(east, monday), QStringLiteral("EAST-20260302-00003"));
    // Each hall counts on its own.
    QCOMPARE(next(west, monday), QStringLiteral("WEST-20260302-00001"));
    // Each day starts again at 1.
    QCOMPARE(next(east, tuesday), QStringLiteral("EAST-20260303-00001"));
    QCOMPARE(next(west, tuesday), QStringLiteral("WEST-20260303-00001"));
    // A late entry for the day before continues that day's count.
    QCOMPARE(next(east, monday), QStringLiteral("EAST-20260302-00004"));
    QCOMPARE(next(east, tuesday), QStringLiteral("EAST-20260303-00002"));

    // A second connection (another counter) continues the same sequence.
    Database other(DatabaseUrl::parse(t.url()).value());
    QVERIFY(other.open().ok());
    CaseNumberAllocator eastAgain(other, QStringLiteral("EAST"));
    QCOMPARE(next(eastAgain, monday), QStringLiteral("EAST-20260302-00005"));
}

void tst_CaseNumberAllocator::rolledBackNumberIsReissued_data()
{
    TestDatabase::addBackendRows();
}

void tst_CaseNumberAllocator::rolledBackNumberIsReissued()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    const QDate day(2026, 3, 2);
    CaseNumberAllocator numbers(t.db(), QStringLiteral("HALL"));

    QCOMPARE(numbers.next(day).value(), QStringLiteral("HALL-20260302-00001"));
    QString inFailedCase;
    const Status s = t.db().transaction([&]() -> Status {
        const auto n = numbers.next(day);
        if (!n)
            return Status(n.error());
        inFailedCase = n.value();
        return Status::failure(QStringLiteral("materials-missing"));
    });
    QVERIFY(!s.ok());
    QCOMPARE(inFailedCase, QStringLiteral("HALL-20260302-00002"));
    // The case was never stored: its number is given out again.
    QCOMPARE(numbers.next(day).value(), QStringLiteral("HALL-20260302-00002"));
}

void tst_CaseNumberAllocator::concurrentCountersNeverShare_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("dayStarted");  // the day's counter row exists before the race
    QTest::addColumn<bool>("commitFirst"); // the first counter commits (or rolls back)

    for (const QString &b : TestDatabase::backends()) {
        QTest::newRow(qPrintable(b + QStringLiteral(" first of the day, commit")))
            << b << false << true;
        QTest::newRow(qPrintable(b + QStringLiteral(" later in the day, commit")))
            << b << true << true;
        QTest::newRow(qPrintable(b + QStringLiteral(" later in the day, rollback")))
            << b << true << false;
    }
}

void tst_CaseNumberAllocator::concurrentCountersNeverShare()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    QFETCH(bool, dayStarted);
    QFETCH(bool, commitFirst);

    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    const QDate day(2026, 3, 2);
    const QString url = t.url();
    qint64 base = 0;
    if (dayStarted) {
        CaseNumberAllocator warmup(t.db(), QStringLiteral("HALL"));
        for (int i = 0; i < 3; ++i)
            QVERIFY(warmup.next(day).ok());
        base = 3;
    }

    // Counter A: its own connection, a transaction left open after taking a number.
    Database a(DatabaseUrl::parse(url).value());
    QVERIFY(a.open().ok());
    QVERIFY(a.connection().transaction());
    const auto first = CaseNumberAllocator(a, QStringLiteral("HALL")).next(day);
    QVERIFY2(first.ok(), qPrintable(first.error().detail));
    QCOMPARE(first.value(), CaseNumberAllocator::format(QStringLiteral("HALL"), day, base + 1));

    // Counter B: another connection in another thread, taking a number meanwhile.
    QString second;
    QString secondError;
    QThread *thread = QThread::create([&] {
        Database b(DatabaseUrl::parse(url).value());
        if (const Status s = b.open(); !s) {
            secondError = s.error().code;
            return;
        }
        const Status s = b.transaction([&]() -> Status {
            const auto n = CaseNumberAllocator(b, QStringLiteral("HALL")).next(day);
            if (!n)
                return Status(n.error());
            second = n.value();
            return Status::success();
        });
        if (!s)
            secondError = s.error().code + QLatin1Char(' ') + s.error().detail;
    });
    thread->start();
    // B must wait for A: handing out a number while A's is undecided could repeat it.
    QVERIFY(!thread->wait(400));

    if (commitFirst)
        QVERIFY(a.connection().commit());
    else
        QVERIFY(a.connection().rollback());
    QVERIFY(thread->wait(20000));
    delete thread;

    QVERIFY2(secondError.isEmpty(), qPrintable(secondError));
    const qint64 expected = commitFirst ? base + 2 : base + 1;
    QCOMPARE(second, CaseNumberAllocator::format(QStringLiteral("HALL"), day, expected));
    if (commitFirst)
        QVERIFY(second != first.value());

    // Both outcomes are durable and the next number follows them.
    QCOMPARE(CaseNumberAllocator(t.db(), QStringLiteral("HALL")).next(day).value(),
             CaseNumberAllocator::format(QStringLiteral("HALL"), day, expected + 1));
}

QTEST_GUILESS_MAIN(tst_CaseNumberAllocator)
#include "tst_CaseNumberAllocator.moc"
