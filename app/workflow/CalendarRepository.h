#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace OneWindow {

class CalendarFile;
class Database;
class WorkingDayCalendar;

// The official calendar in the hall's database, so every counter counts
// deadlines on the same days. An import replaces each year the file lists;
// years never imported keep the compiled-in table (the fallback).
class CalendarRepository
{
public:
    struct Summary
    {
        QList<int> years;
        int holidays = 0;
        int workdays = 0;
    };
    // Called as rows are written; returning false cancels the import, which
    // then rolls back whole ("cancelled").
    using Progress = std::function<bool(int done, int total)>;

    explicit CalendarRepository(const Database &db)
        : m_db(db)
    {}

    // Writes the file's years inside the caller's transaction (CalendarImport's,
    // with its permission check and audit event); a failure leaves it to roll
    // back. "calendar-file" (detail: the first problem) when the file has problems.
    Result<Summary> write(const CalendarFile &file, const QString &importedBy, const QDateTime &now,
                          const Progress &progress = {});
    // Puts every imported year over `calendar` (replacing what it had for them).
    Status loadInto(WorkingDayCalendar &calendar) const;
    Result<QList<int>> importedYears() const;

private:
    const Database &m_db;
};

} // namespace OneWindow
