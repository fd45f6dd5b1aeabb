#pragma once

#include "workflow/WorkingDayCalendar.h"

#include <QDate>
#include <QList>

namespace OneWindow {

// A stretch of days on which a case's clock stood still (补正, 特别程序). The
// clock stops after the day it was stopped on and stands still up to and
// including the day it resumes: stopped on Monday and resumed on Thursday,
// Tuesday, Wednesday and Thursday do not count. An open pause (no end yet)
// stands still up to "as of" (today).
struct ClockPause
{
    QDate from;  // the day the clock was stopped
    QDate until; // the day it resumed; invalid while it still stands
};

// Time limits in working days on the official calendar, with the clock's
// pauses taken out. Pauses may overlap or nest (a special procedure during a
// supplement): a day counts once.
class Deadline
{
public:
    // The day `workingDays` counted working days after `start` (start itself not
    // counted), skipping the days the clock stood still as of `asOf`.
    static QDate due(const WorkingDayCalendar &calendar, const QDate &start, int workingDays,
                     const QList<ClockPause> &pauses, const QDate &asOf);
    // Whether the clock stands still on `day`.
    static bool isStopped(const QDate &day, const QList<ClockPause> &pauses, const QDate &asOf);
    // Working days on which the clock stood still, in (from, to].
    static int stoppedWorkingDays(const WorkingDayCalendar &calendar,
                                  const QList<ClockPause> &pauses, const QDate &from,
                                  const QDate &to, const QDate &asOf);
    // Working days from `today` to `due`: 0 when due today, negative when overdue.
    static int workingDaysLeft(const WorkingDayCalendar &calendar, const QDate &today,
                               const QDate &due);
};

} // namespace OneWindow
