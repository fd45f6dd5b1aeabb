// Time limits in working days on the official calendar with the clock's pauses
// taken out: across Spring Festival 2026 and National Day 2025 with their
// make-up working days, pauses that begin on a holiday, pauses inside pauses
// and a pause still running.
#include "workflow/Deadline.h"

#include <QTest>

using namespace OneWindow;

Q_DECLARE_METATYPE(QList<OneWindow::ClockPause>)

namespace {
QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}
} // namespace

class tst_Deadline : public QObject
{
    Q_OBJECT

    WorkingDayCalendar m_calendar = WorkingDayCalendar::official();

private Q_SLOTS:
    void due_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<int>("days");
        QTest::addColumn<QList<ClockPause>>("pauses");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<QDate>("expected");
        QTest::addColumn<int>("stopped");

        // Spring Festival 2026: 15-23 Feb off, Saturdays 14 and 28 Feb worked.
        QTest::newRow("spring festival, no pause")
            << d(2026, 2, 12) << 5 << QList<ClockPause>() << d(2026, 2, 12) << d(2026, 2, 26) << 0;
        // Returned Fri 13, material brought Wed 25: 14 (make-up), 24 and 25 stood still.
        QTest::newRow("supplement across the festival")
            << d(2026, 2, 12) << 5 << QList<ClockPause>{{d(2026, 2, 13), d(2026, 2, 25)}}
            << d(2026, 2, 26) << d(2026, 3, 2) << 3;
        // Stopped on a holiday Sunday: only Tue 24 stood still.
        QTest::newRow("pause begins on a holiday")
            << d(2026, 2, 12) << 5 << QList<ClockPause>{{d(2026, 2, 15), d(2026, 2, 24)}}
            << d(2026, 2, 26) << d(2026, 2, 27) << 1;
        // A special procedure inside a supplement: the days count once.
        QTest::newRow("pause inside a pause")
            << d(2026, 2, 9) << 3
            << QList<ClockPause>{{d(2026, 2, 9), d(2026, 2, 27)}, {d(2026, 2, 12), d(2026, 2, 25)}}
            << d(2026, 3, 1) << d(2026, 3, 3) << 9;
        QTest::newRow("overlapping pauses")
            << d(2026, 2, 9) << 2
            << QList<ClockPause>{{d(2026, 2, 9), d(2026, 2, 12)}, {d(2026, 2, 11), d(2026, 2, 14)}}
            << d(2026, 3, 1) << d(2026, 2, 25) << 5;
        // Still standing: as if it resumed today, so at least this late.
        QTest::newRow("pause still running")
            << d(2026, 2, 23) << 3 << QList<ClockPause>{{d(2026, 2, 24), QDate()}} << d(2026, 2, 26)
            << d(2026, 2, 28) << 2;
        // National Day 2025: 1-8 Oct off, Sunday 28 Sep and Saturday 11 Oct worked.
        QTest::newRow("national day, no pause")
            << d(2025, 9, 26) << 4 << QList<ClockPause>() << d(2025, 9, 26) << d(2025, 10, 9) << 0;
        QTest::newRow("national day with a pause")
            << d(2025, 9, 26) << 4 << QList<ClockPause>{{d(2025, 9, 29), d(2025, 10, 10)}}
            << d(2025, 10, 10) << d(2025, 10, 13) << 3;
        QTest::newRow("resumed the day it stopped")
            << d(2025, 9, 26) << 4 << QList<ClockPause>{{d(2025, 9, 29), d(2025, 9, 29)}}
            << d(2025, 10, 10) << d(2025, 10, 9) << 0;
    }

    void due()
    {
        QFETCH(QDate, start);
        QFETCH(int, days);
        QFETCH(QList<ClockPause>, pauses);
        QFETCH(QDate, asOf);
        QFETCH(QDate, expected);
        QFETCH(int, stopped);
        QCOMPARE(Deadline::due(m_calendar, start, days, pauses, asOf), expected);
        QCOMPARE(Deadline::stoppedWorkingDays(m_calendar, pauses, start, expected, asOf), stopped);
        // The promised date moves by exactly the working days the clock stood still.
        const QDate unpaused = Deadline::due(m_calendar, start, days, {}, asOf);
        QCOMPARE(Deadline::due(m_calendar, unpaused, stopped, {}, asOf), expected);
    }

    void workingDaysLeft_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<int>("left");
        QTest::newRow("across the festival") << d(2026, 2, 12) << d(2026, 2, 24) << 3;
        QTest::newRow("tomorrow") << d(2026, 2, 12) << d(2026, 2, 13) << 1;
        QTest::newRow("today") << d(2026, 2, 12) << d(2026, 2, 12) << 0;
        QTest::newRow("two working days late") << d(2026, 2, 12) << d(2026, 2, 10) << -2;
        QTest::newRow("late over a weekend") << d(2026, 3, 2) << d(2026, 2, 27) << -2;
    }

    void workingDaysLeft()
    {
        QFETCH(QDate, today);
        QFETCH(QDate, due);
        QFETCH(int, left);
        QCOMPARE(Deadline::workingDaysLeft(m_calendar, today, due), left);
    }
};

QTEST_GUILESS_MAIN(tst_Deadline)
#include "tst_Deadline.moc"
