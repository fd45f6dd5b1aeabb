// The tracker's token bucket per client address: a burst, then the steady rate;
// addresses independent; the table bounded.
#include "tracker/RateLimiter.h"

#include <QTest>

using namespace OneWindow;

class tst_RateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void burstThenRate_data()
    {
        QTest::addColumn<double>("perSecond");
        QTest::addColumn<double>("burst");
        QTest::newRow("5/s, burst 20") << 5.0 << 20.0;
        QTest::newRow("1/s, burst 3") << 1.0 << 3.0;
        QTest::newRow("100/s, burst 1") << 100.0 << 1.0;
    }
    void burstThenRate()
    {
        QFETCH(double, perSecond);
        QFETCH(double, burst);
        RateLimiter limiter({perSecond, burst, 100});
        const QString a = QStringLiteral("203.0.113.7");
        for (int i = 0; i < int(burst); ++i)
            QVERIFY2(limiter.allow(a, 1000), qPrintable(QString::number(i)));
        QVERIFY(!limiter.allow(a, 1000));
        // One token comes back after 1/perSecond seconds, not before.
        const qint64 step = qint64(1000.0 / perSecond);
        QVERIFY(!limiter.allow(a, 1000 + step / 2));
        QVERIFY(limiter.allow(a, 1000 + step));
        QVERIFY(!limiter.allow(a, 1000 + step));
        // A long pause refills only up to the burst.
        const qint64 later = 1000 + step + 3600 * 1000;
        for (int i = 0; i < int(burst); ++i)
            QVERIFY(limiter.allow(a, later));
        QVERIFY(!limiter.allow(a, later));
    }

    void addressesAreIndependent()
    {
        RateLimiter limiter({1, 2, 100});
        QVERIFY(limiter.allow(QStringLiteral("a"), 0));
        QVERIFY(limiter.allow(QStringLiteral("a"), 0));
        QVERIFY(!limiter.allow(QStringLiteral("a"), 0));
        QVERIFY(limiter.allow(QStringLiteral("b"), 0));
        QCOMPARE(limiter.clients(), 2);
    }

    void clockGoingBackwardsGivesNothing()
    {
        RateLimiter limiter({1, 1, 100});
        QVERIFY(limiter.allow(QStringLiteral("a"), 10000));
        QVERIFY(!limiter.allow(QStringLiteral("a"), 5000));
        QVERIFY(!limiter.allow(QStringLiteral("a"), 10500));
        QVERIFY(limiter.allow(QStringLiteral("a"), 11000));
    }

    void tableStaysBounded()
    {
        RateLimiter limiter({1, 5, 3});
        QVERIFY(limiter.allow(QStringLiteral("a"), 0));
        QVERIFY(limiter.allow(QStringLiteral("b"), 0));
        QVERIFY(limiter.allow(QStringLiteral("c"), 0));
        // Full, and nobody idle long enough to forget: a new address waits.
        QVERIFY(!limiter.allow(QStringLiteral("d"), 1000));
        QCOMPARE(limiter.clients(), 3);
        // Once the others' buckets are full again they are forgotten.
        QVERIFY(limiter.allow(QStringLiteral("d"), 5000));
        QCOMPARE(limiter.clients(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_RateLimiter)
#include "tst_RateLimiter.moc"
