#include "workflow/WorkingDayCalendar.h"

#include <QTest>

using namespace OneWindow;

namespace {

// National Day and Mid-Autumn 2025 as the State Council arranged them:
// 1-8 October off; Sunday 28 September and Saturday 11 October worked instead.
WorkingDayCalendar nationalDay2025()
{
    WorkingDayCalendar calendar;
    for (int day = 1; day <= 8; ++day)
        calendar.addHoliday(QDate(2025, 10, day));
    calendar.addMakeUpWorkday(QDate(2025, 9, 28));
    calendar.addMakeUpWorkday(QDate(2025, 10, 11));
    return calendar;
}

} // namespace

class tst_WorkingDayCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void officialArrangements_data();
    void officialArrangements();
    void isWorkingDay_data();
    void isWorkingDay();
    void addWorkingDays_data();
    void addWorkingDays();
    void plainWeeks_data();
    void plainWeeks();
};

void tst_WorkingDayCalendar::isWorkingDay_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("working");

    QTest::newRow("Tuesday 30 Sep") << QDate(2025, 9, 30) << true;
    QTest::newRow("Friday 26 Sep") << QDate(2025, 9, 26) << true;
    QTest::newRow("Saturday 27 Sep") << QDate(2025, 9, 27) << false;
    QTest::newRow("make-up Sunday 28 Sep") << QDate(2025, 9, 28) << true;
    QTest::newRow("holiday Wednesday 1 Oct") << QDate(2025, 10, 1) << false;
    QTest::newRow("holiday Monday 6 Oct") << QDate(2025, 10, 6) << false;
    QTest::newRow("holiday Wednesday 8 Oct") << QDate(2025, 10, 8) << false;
    QTest::newRow("Thursday 9 Oct") << QDate(2025, 10, 9) << true;
    QTest::newRow("make-up Saturday 11 Oct") << QDate(2025, 10, 11) << true;
    QTest::newRow("Sunday 12 Oct") << QDate(2025, 10, 12) << false;
    QTest::newRow("ordinary Saturday 18 Oct") << QDate(2025, 10, 18) << false;
    QTest::newRow("ordinary Sunday 19 Oct") << QDate(2025, 10, 19) << false;
    QTest::newRow("ordinary Monday 20 Oct") << QDate(2025, 10, 20) << true;
}

void tst_WorkingDayCalendar::isWorkingDay()
{
    QFETCH(QDate, day);
    QFETCH(bool, working);
    QCOMPARE(nationalDay2025().isWorkingDay(day), working);
}

void tst_WorkingDayCalendar::addWorkingDays_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("zero days") << QDate(2025, 9, 30) << 0 << QDate(2025, 9, 30);
    // Accepted on the last day before the holiday: 1-8 Oct do not count.
    QTest::newRow("1 across the holiday") << QDate(2025, 9, 30) << 1 << QDate(2025, 10, 9);
    QTest::newRow("2 across the holiday") << QDate(2025, 9, 30) << 2 << QDate(2025, 10, 10);
    QTest::newRow("3 lands on the make-up Saturday")
        << QDate(2025, 9, 30) << 3 << QDate(2025, 10, 11);
    QTest::newRow("5 across the holiday and a weekend")
        << QDate(2025, 9, 30) << 5 << QDate(2025, 10, 14);
    // Fri 26 Sep: Sat 27 rests, Sun 28 is worked, Mon 29, Tue 30, then the holiday.
    QTest::newRow("1 from Friday is the make-up Sunday")
        << QDate(2025, 9, 26) << 1 << QDate(2025, 9, 28);
    QTest::newRow("3 from Friday, up to the holiday")
        << QDate(2025, 9, 26) << 3 << QDate(2025, 9, 30);
    QTest::newRow("10 from Friday, across everything")
        << QDate(2025, 9, 26) << 10 << QDate(2025, 10, 16);
    QTest::newRow("started on a holiday") << QDate(2025, 10, 3) << 1 << QDate(2025, 10, 9);
    QTest::newRow("started on the make-up Saturday")
        << QDate(2025, 10, 11) << 1 << QDate(2025, 10, 13);
}

void tst_WorkingDayCalendar::addWorkingDays()
{
    QFETCH(QDate, start);
    QFETCH(int, days);
    QFETCH(QDate, expected);
    QCOMPARE(nationalDay2025().addWorkingDays(start, days), expected);
}

void tst_WorkingDayCalendar::plainWeeks_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("expected");

    // No holidays configured: only weekends rest. 2026-11-24 is a Tuesday.
    QTest::newRow("Tue + 3 = Fri") << QDate(2026, 11, 24) << 3 << QDate(2026, 11, 27);
    QTest::newRow("Tue + 4 skips the weekend") << QDate(2026, 11, 24) << 4 << QDate(2026, 11, 30);
    QTest::newRow("Fri + 1 = Mon") << QDate(2026, 11, 27) << 1 << QDate(2026, 11, 30);
    QTest::newRow("Sat + 1 = Mon") << QDate(2026, 11, 28) << 1 << QDate(2026, 11, 30);
    QTest::newRow("Sun + 1 = Mon") << QDate(2026, 11, 29) << 1 << QDate(2026, 11, 30);
    QTest::newRow("Tue + 10 = two weeks") << QDate(2026, 11, 24) << 10 << QDate(2026, 12, 8);
    QTest::newRow("across the year end") << QDate(2026, 12, 31) << 2 << QDate(2027, 1, 4);
}

void tst_WorkingDayCalendar::plainWeeks()
{
    QFETCH(QDate, start);
    QFETCH(int, days);
    QFETCH(QDate, expected);
    const WorkingDayCalendar calendar;
    QCOMPARE(calendar.addWorkingDays(start, days), expected);
}

// The 2026 arrangements as published by the State Council:
// Spring Festival 15–23 Feb with Sat 14 and Sat 28 Feb worked; National Day 1–7 Oct
// with Sun 20 Sep and Sat 10 Oct worked. Written out here by hand, not read from the table.
void tst_WorkingDayCalendar::officialArrangements_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("Fri 13 Feb + 1 = make-up Sat 14")
        << QDate(2026, 2, 13) << 1 << QDate(2026, 2, 14);
    QTest::newRow("Sat 14 Feb + 1 = Tue 24 after the festival")
        << QDate(2026, 2, 14) << 1 << QDate(2026, 2, 24);
    QTest::newRow("Thu 26 Feb + 3 = Fri, make-up Sat 28, Mon 2 Mar")
        << QDate(2026, 2, 26) << 3 << QDate(2026, 3, 2);
    QTest::newRow("Fri 18 Sep + 1 = make-up Sun 20")
        << QDate(2026, 9, 18) << 1 << QDate(2026, 9, 20);
    QTest::newRow("Wed 30 Sep + 1 = Thu 8 Oct") << QDate(2026, 9, 30) << 1 << QDate(2026, 10, 8);
    QTest::newRow("Fri 9 Oct + 1 = make-up Sat 10")
        << QDate(2026, 10, 9) << 1 << QDate(2026, 10, 10);
}

void tst_WorkingDayCalendar::officialArrangements()
{
    QFETCH(QDate, start);
    QFETCH(int, days);
    QFETCH(QDate, expected);
    const WorkingDayCalendar calendar = WorkingDayCalendar::official();
    QVERIFY(calendar.lastYear() >= 2026);
    QCOMPARE(calendar.addWorkingDays(start, days), expected);
    QVERIFY(!calendar.isWorkingDay(QDate(2026, 10, 1)));
    QVERIFY(calendar.isWorkingDay(QDate(2026, 9, 20)));
}

QTEST_GUILESS_MAIN(tst_WorkingDayCalendar)
#include "tst_WorkingDayCalendar.moc"
