#pragma once

#include <QDate>
#include <QSet>

namespace OneWindow {

// Counts time limits in working days. Saturdays and Sundays are rest days
// unless listed as make-up working days (调休); listed holidays are rest days.
class WorkingDayCalendar
{
public:
    void addHoliday(const QDate &day) { m_holidays.insert(day); }
    void addMakeUpWorkday(const QDate &day) { m_workdays.insert(day); }

    // The State Council's published arrangements (resources/data/calendar.tsv, with
    // its source): every listed holiday and make-up working day.
    static WorkingDayCalendar official();
    // The last year the calendar has data for (0 when empty): later years count
    // weekends only, so an administrator knows when to update the table.
    int lastYear() const { return m_lastYear; }

    bool isWorkingDay(const QDate &day) const;
    // The date `days` working days after `start` (start itself not counted).
    QDate addWorkingDays(const QDate &start, int days) const;

private:
    QSet<QDate> m_holidays;
    QSet<QDate> m_workdays;
    int m_lastYear = 0;
};

} // namespace OneWindow
