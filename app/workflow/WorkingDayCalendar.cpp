#include "workflow/WorkingDayCalendar.h"

#include "resources/Resources.h"

#include <algorithm>

namespace OneWindow {

void WorkingDayCalendar::addHoliday(const QDate &day)
{
    m_holidays.insert(day);
    m_years.insert(day.year());
}

void WorkingDayCalendar::addMakeUpWorkday(const QDate &day)
{
    m_workdays.insert(day);
    m_years.insert(day.year());
}

void WorkingDayCalendar::setYear(int year, const QList<QDate> &holidays,
                                 const QList<QDate> &workdays)
{
    const auto inYear = [year](const QDate &d) {
        return d.year() == year;
    };
    m_holidays.removeIf(inYear);
    m_workdays.removeIf(inYear);
    for (const QDate &d : holidays)
        if (inYear(d))
            m_holidays.insert(d);
    for (const QDate &d : workdays)
        if (inYear(d))
            m_workdays.insert(d);
    m_years.insert(year);
}

void WorkingDayCalendar::setDay(const QDate &day, bool workday)
{
    m_holidays.remove(day);
    m_workdays.remove(day);
    (workday ? m_workdays : m_holidays).insert(day);
}

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
    }
    return calendar;
}

int WorkingDayCalendar::lastYear() const
{
    return m_years.isEmpty() ? 0 : *std::max_element(m_years.cbegin(), m_years.cend());
}

QList<int> WorkingDayCalendar::years() const
{
    QList<int> all(m_years.cbegin(), m_years.cend());
    std::sort(all.begin(), all.end());
    return all;
}

int WorkingDayCalendar::missingYear(const QDate &today) const
{
    if (!coversYear(today.year()))
        return today.year();
    // The State Council publishes next year's arrangements in November or December.
    if (today.month() == 12 && !coversYear(today.year() + 1))
        return today.year() + 1;
    return 0;
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
