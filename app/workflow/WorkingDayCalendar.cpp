#include "workflow/WorkingDayCalendar.h"

#include "resources/Resources.h"

namespace OneWindow {

WorkingDayCalendar WorkingDayCalendar::official()
{
    WorkingDayCalendar calendar;
    for (const QStringList &row : Resources::table(QStringLiteral("calendar"))) {
        if (row.size() < 2)
            continue;
        const QDate day = QDate::fromString(row.at(0), Qt::ISODate);
        if (!day.isValid())
            continue;
        if (row.at(1) == QLatin1String("holiday"))
            calendar.addHoliday(day);
        else if (row.at(1) == QLatin1String("workday"))
            calendar.addMakeUpWorkday(day);
        calendar.m_lastYear = qMax(calendar.m_lastYear, day.year());
    }
    return calendar;
}

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
