#include "workflow/Deadline.h"

namespace OneWindow {

bool Deadline::isStopped(const QDate &day, const QList<ClockPause> &pauses, const QDate &asOf)
{
    for (const ClockPause &p : pauses) {
        const QDate until = p.until.isValid() ? p.until : asOf;
        if (day > p.from && day <= until)
            return true;
    }
    return false;
}

QDate Deadline::due(const WorkingDayCalendar &calendar, const QDate &start, int workingDays,
                    const QList<ClockPause> &pauses, const QDate &asOf)
{
    QDate day = start;
    int left = workingDays;
    while (left > 0) {
        day = day.addDays(1);
        if (calendar.isWorkingDay(day) && !isStopped(day, pauses, asOf))
            --left;
    }
    return day;
}

int Deadline::stoppedWorkingDays(const WorkingDayCalendar &calendar,
                                 const QList<ClockPause> &pauses, const QDate &from,
                                 const QDate &to, const QDate &asOf)
{
    int stopped = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1))
        if (calendar.isWorkingDay(day) && isStopped(day, pauses, asOf))
            ++stopped;
    return stopped;
}

int Deadline::workingDaysLeft(const WorkingDayCalendar &calendar, const QDate &today,
                              const QDate &due)
{
    if (!due.isValid() || !today.isValid())
        return 0;
    int n = 0;
    if (due >= today) {
        for (QDate d = today.addDays(1); d <= due; d = d.addDays(1))
            n += calendar.isWorkingDay(d) ? 1 : 0;
        return n;
    }
    for (QDate d = due.addDays(1); d <= today; d = d.addDays(1))
        n += calendar.isWorkingDay(d) ? 1 : 0;
    return -qMax(1, n);
}

} // namespace OneWindow
