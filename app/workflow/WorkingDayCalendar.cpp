#include "workflow/WorkingDayCalendar.h"

namespace OneWindow {

bool WorkingDayCalendar::isWorkingDay(const QDate &day) const
{
    if (m_workdays.contains(day))
        return true;
    if (m_holidays.contains(day))
        return false;
    return day.dayOfWeek() <= 5;
}

QDate WorkingDayCalendar::addWorkingDays(const QDate &start, int days) const
{
    QDate day = start;
    while (days > 0) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            --days;
    }
    return day;
}

} // namespace OneWindow
