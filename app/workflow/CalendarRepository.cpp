#include "workflow/CalendarRepository.h"

#include "storage/Database.h"
#include "storage/SqlValue.h"
#include "workflow/CalendarFile.h"
#include "workflow/WorkingDayCalendar.h"

#include <QFileInfo>
#include <QHash>

namespace OneWindow {

Result<CalendarRepository::Summary> CalendarRepository::write(const CalendarFile &file,
                                                              const QString &importedBy,
                                                              const QDateTime &now,
                                                              const Progress &progress)
{
    if (!file.ok()) {
        const QStringList problems = file.problemLines();
        return Result<Summary>::failure(QStringLiteral("calendar-file"),
                                        problems.value(0, QStringLiteral("no days")));
    }
    Summary summary;
    summary.years = file.years();
    const int total = int(file.days().size());
    const Status stored = [&]() -> Status {
        for (int year : std::as_const(summary.years)) {
            auto cleared =
                m_db.run(QStringLiteral("DELETE FROM calendar_days WHERE day >= ? AND day <= ?"),
                         {QDate(year, 1, 1), QDate(year, 12, 31)});
            if (!cleared)
                return Status(cleared.error());
            auto forgotten =
                m_db.run(QStringLiteral("DELETE FROM calendar_years WHERE year = ?"), {year});
            if (!forgotten)
                return Status(forgotten.error());
        }
        QHash<int, QPair<int, int>> perYear; // holidays, workdays
        int done = 0;
        for (const CalendarFile::Day &day : file.days()) {
            auto q = m_db.run(QStringLiteral("INSERT INTO calendar_days (day, kind, name, name_en)"
                                             " VALUES (?, ?, ?, ?)"),
                              {day.date,
                               day.workday ? QStringLiteral("workday") : QStringLiteral("holiday"),
                               SqlValue::textOrNull(day.name), SqlValue::textOrNull(day.nameEn)});
            if (!q)
                return Status(q.error());
            auto &counts = perYear[day.date.year()];
            (day.workday ? counts.second : counts.first) += 1;
            ++done;
            if (progress && (done % 16 == 0 || done == total) && !progress(done, total))
                return Status::failure(QStringLiteral("cancelled"));
        }
        for (int year : std::as_const(summary.years)) {
            const auto counts = perYear.value(year);
            summary.holidays += counts.first;
            summary.workdays += counts.second;
            auto q = m_db.run(QStringLiteral("INSERT INTO calendar_years (year, source, sha256,"
                                             " holidays, workdays, imported_at, imported_by)"
                                             " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                              {year, QFileInfo(file.fileName()).fileName(),
                               QString::fromLatin1(file.sha256()), counts.first, counts.second,
                               SqlValue::dateTimeOrNull(now), SqlValue::textOrNull(importedBy)});
            if (!q)
                return Status(q.error());
        }
        return Status::success();
    }();
    if (!stored)
        return Result<Summary>(stored.error());
    return summary;
}

Status CalendarRepository::loadInto(WorkingDayCalendar &calendar) const
{
    auto years = importedYears();
    if (!years)
        return Status(years.error());
    if (years.value().isEmpty())
        return Status::success();
    auto q = m_db.run(QStringLiteral("SELECT day, kind FROM calendar_days ORDER BY day"));
    if (!q)
        return Status(q.error());
    QHash<int, QList<QDate>> holidays;
    QHash<int, QList<QDate>> workdays;
    while (q.value().next()) {
        const QDate day = q.value().value(0).toDate();
        if (!day.isValid())
            continue;
        if (q.value().value(1).toString() == QLatin1String("workday"))
            workdays[day.year()].append(day);
        else
            holidays[day.year()].append(day);
    }
    for (int year : years.value())
        calendar.setYear(year, holidays.value(year), workdays.value(year));
    return Status::success();
}

Result<QList<int>> CalendarRepository::importedYears() const
{
    auto q = m_db.run(QStringLiteral("SELECT year FROM calendar_years ORDER BY year"));
    if (!q)
        return Result<QList<int>>(q.error());
    QList<int> years;
    while (q.value().next())
        years.append(q.value().value(0).toInt());
    return years;
}

} // namespace OneWindow
