#include "reports/HourRange.h"
#include "reports/LocalDays.h"

#include <QDateTime>
#include <QTest>

#include <ctime>

using namespace OneWindow;

// LocalDays asks the zone once per UTC day; it must give the day that asking
// hour by hour gives, also on the days a zone moves its clocks.
class tst_LocalDays : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameDayAsEachHourAsked_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<int>("julyOffset");
        QTest::newRow("China") << QByteArray("Asia/Shanghai") << 8 * 3600;
        QTest::newRow("summer time, east") << QByteArray("Europe/Berlin") << 2 * 3600;
        QTest::newRow("summer time, west") << QByteArray("America/New_York") << -4 * 3600;
        QTest::newRow("half-hour change") << QByteArray("Australia/Lord_Howe") << 10 * 3600 + 1800;
    }

    void sameDayAsEachHourAsked()
    {
        QFETCH(QByteArray, zone);
        QFETCH(int, julyOffset);
        const QByteArray before = qgetenv("TZ");
        qputenv("TZ", zone);
        tzset();
        // The zone took: a missing zone file would leave UTC and prove nothing.
        QCOMPARE(QDateTime(QDate(2026, 7, 1), QTime(12, 0), Qt::UTC).toLocalTime().offsetFromUtc(),
                 julyOffset);
        LocalDays days;
        int checked = 0;
        for (QDateTime t(QDate(2025, 12, 28), QTime(0, 0), Qt::UTC);
             t < QDateTime(QDate(2027, 1, 4), QTime(0, 0), Qt::UTC); t = t.addSecs(3600)) {
            const QString hour = t.toString(QStringLiteral("yyyy-MM-dd'T'HH"));
            QCOMPARE(days.of(hour), HourRange::localDay(hour));
            ++checked;
        }
        QCOMPARE(checked, 372 * 24);
        // What is not an hour of hall_counts is left to localDay().
        for (const QString &odd :
             {QString(), QStringLiteral("2026-02-30T10"), QStringLiteral("2026-02-10T24"),
              QStringLiteral("2026-02-10"), QStringLiteral("2026-02-10T1x"),
              QStringLiteral("2026-02-10 10")})
            QCOMPARE(days.of(odd), HourRange::localDay(odd));
        if (before.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", before);
        tzset();
    }
};

QTEST_GUILESS_MAIN(tst_LocalDays)
#include "tst_LocalDays.moc"
