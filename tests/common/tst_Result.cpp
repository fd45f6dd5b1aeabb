#include "common/FixedClock.h"
#include "common/Result.h"

#include <QTest>

using namespace OneWindow;

class tst_Result : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valueAndError()
    {
        Result<int> good(42);
        QVERIFY(good.ok());
        QCOMPARE(good.value(), 42);

        auto bad = Result<int>::failure(QStringLiteral("db-locked"), QStringLiteral("busy"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, QStringLiteral("db-locked"));
        QCOMPARE(bad.error().detail, QStringLiteral("busy"));
    }

    void status()
    {
        QVERIFY(Status::success().ok());
        const Status failed = Status::failure(QStringLiteral("read-only"));
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, QStringLiteral("read-only"));
    }

    void fixedClockStandsStill()
    {
        const QDateTime t(QDate(2026, 11, 24), QTime(9, 30));
        FixedClock clock(t);
        QCOMPARE(clock.now(), t);
        QCOMPARE(clock.today(), QDate(2026, 11, 24));
        clock.set(t.addDays(1));
        QCOMPARE(clock.today(), QDate(2026, 11, 25));
    }
};

QTEST_GUILESS_MAIN(tst_Result)
#include "tst_Result.moc"
