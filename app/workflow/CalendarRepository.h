#pragma once

#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace OneWindow {

class CalendarFile;
class Database;
class WorkingDayCalendar;

// The official calendar in the hall's database, so every counter counts
// deadlines on the same days. An import replaces each year the file covers
// (CalendarFile::coveredYears) and only the very days it lists of other years;
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
    // Puts every imported year over `calendar` (replacing what it had for them),
    // and the imported days of other years over those days.
    Status loadInto(WorkingDayCalendar &calendar) const;
    Result<QList<int>> importedYears() const;

    // One day of a year's listing, and where it comes from.
    struct ListedDay
    {
        QDate date;
        bool workday = false; // a make-up working day; else a rest day
        QString name;
        QString nameEn;
        bool imported = false; // from an import into this database; else the compiled-in table
    };
    // The holidays and make-up working days `year` counts with, by date: an
    // imported year's own days, else the compiled-in table's with any imported
    // day of that year over them.
    Result<QList<ListedDay>> listYear(int year) const;

private:
    const Database &m_db;
};

} // namespace OneWindow
