#pragma once

#include <QDate>
#include <QList>
#include <QSet>

namespace OneWindow {

// Counts time limits in working days. Saturdays and Sundays are rest days
// unless listed as make-up working days (调休); listed holidays are rest days.
// A year is covered when its arrangements are known; in a year that is not,
// only weekends rest, so a deadline there is provisional.
class WorkingDayCalendar
{
public:
    // Each also marks the day's year as covered.
    void addHoliday(const QDate &day);
    void addMakeUpWorkday(const QDate &day);
    // Replaces everything known about `year` (an imported official list wins
    // over the compiled-in one) and marks it covered.
    void setYear(int year, const QList<QDate> &holidays, const QList<QDate> &workdays);
    // One day a rest day or a make-up working day, without marking its year
    // covered (a day of the December before an imported arrangement).
    void setDay(const QDate &day, bool workday);

    // The State Council's published arrangements (resources/data/calendar.tsv, with
    // its source): every listed holiday and make-up working day.
    static WorkingDayCalendar official();
    // The last year the calendar has data for (0 when empty): later years count
    // weekends only, so an administrator knows when to update the table.
    int lastYear() const;
    QList<int> years() const;
    bool coversYear(int year) const { return m_years.contains(year); }
    // True when `day` lies in a year without official data: a deadline there
    // was counted on weekends only and may move once the year is published.
    bool isProvisional(const QDate &day) const { return day.isValid() && !coversYear(day.year()); }
    // The year an administrator should import now, 0 when none: the current year
    // when it is missing, and from 1 December next year when that is.
    int missingYear(const QDate &today) const;

    bool isWorkingDay(const QDate &day) const;
    // The date `days` working days after `start` (start itself not counted).
    QDate addWorkingDays(const QDate &start, int days) const;

private:
    QSet<QDate> m_holidays;
    QSet<QDate> m_workdays;
    QSet<int> m_years;
};

} // namespace OneWindow
