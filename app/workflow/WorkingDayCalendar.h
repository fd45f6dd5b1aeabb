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

    bool isWorkingDay(const QDate &day) const;
    // The date `days` working days after `start` (start itself not counted).
    QDate addWorkingDays(const QDate &start, int days) const;

private:
    QSet<QDate> m_holidays;
    QSet<QDate> m_workdays;
};

} // namespace OneWindow
