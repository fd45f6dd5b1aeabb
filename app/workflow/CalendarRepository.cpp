#include "workflow/CalendarRepository.h"

#include "resources/Resources.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"
#include "workflow/CalendarFile.h"
#include "workflow/WorkingDayCalendar.h"

#include <QFileInfo>
#include <QHash>
#include <QMap>

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
    summary.years = file.coveredYears();
    const int total = int(file.days().size());
    const Status stored = [&]() -> Status {
        // A year the file covers is replaced whole: the days its arrangement had
        // before, wherever they fall (a December before included). Days of other
        // years are replaced one by one, and those years stay as they were.
        for (int year : std::as_const(summary.years)) {
            auto cleared =
                m_db.run(QStringLiteral("DELETE FROM calendar_days WHERE arrangement = ?"), {year});
            if (!cleared)
                return Status(cleared.error());
            auto forgotten =
                m_db.run(QStringLiteral("DELETE FROM calendar_years WHERE year = ?"), {year});
            if (!forgotten)
                return Status(forgotten.error());
        }
        QHash<int, QPair<int, int>> perYear; // holidays, workdays, by arrangement
        int done = 0;
        for (const CalendarFile::Day &day : file.days()) {
            const int arrangement = file.arrangementOf(day.date);
            auto replaced =
                m_db.run(QStringLiteral("DELETE FROM calendar_days WHERE day = ?"), {day.date});
            if (!replaced)
                return Status(replaced.error());
            auto q = m_db.run(
                QStringLiteral("INSERT INTO calendar_days (day, kind, name, name_en,"
                               " arrangement) VALUES (?, ?, ?, ?, ?)"),
                {day.date, day.workday ? QStringLiteral("workday") : QStringLiteral("holiday"),
                 SqlValue::textOrNull(day.name), SqlValue::textOrNull(day.nameEn), arrangement});
            if (!q)
                return Status(q.error());
            auto &counts = perYear[arrangement];
            (day.workday ? counts.second : counts.first) += 1;
            (day.workday ? summary.workdays : summary.holidays) += 1;
            ++done;
            if (progress && (done % 16 == 0 || done == total) && !progress(done, total))
                return Status::failure(QStringLiteral("cancelled"));
        }
        for (int year : std::as_const(summary.years)) {
            const auto counts = perYear.value(year);
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
    // Days of a year nobody imported (the December before an imported
    // arrangement) change those days only; the year stays as it was.
    for (auto it = holidays.cbegin(); it != holidays.cend(); ++it)
        if (!years.value().contains(it.key()))
            for (const QDate &d : it.value())
                calendar.setDay(d, false);
    for (auto it = workdays.cbegin(); it != workdays.cend(); ++it)
        if (!years.value().contains(it.key()))
            for (const QDate &d : it.value())
                calendar.setDay(d, true);
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

Result<QList<CalendarRepository::ListedDay>> CalendarRepository::listYear(int year) const
{
    using R = Result<QList<ListedDay>>;
    auto years = importedYears();
    if (!years)
        return R(years.error());
    QMap<QDate, ListedDay> days;
    if (!years.value().contains(year)) {
        for (const QStringList &row : Resources::table(QStringLiteral("calendar"))) {
            const QDate day = QDate::fromString(row.value(0), Qt::ISODate);
            if (!day.isValid() || day.year() != year)
                continue;
            days.insert(day, {day, row.value(1) == QLatin1String("workday"), row.value(2),
                              row.value(3), false});
        }
    }
    auto q = m_db.run(QStringLiteral("SELECT day, kind, name, name_en FROM calendar_days"
                                     " WHERE day >= ? AND day <= ? ORDER BY day"),
                      {QDate(year, 1, 1), QDate(year, 12, 31)});
    if (!q)
        return R(q.error());
    while (q.value().next()) {
        const QDate day = q.value().value(0).toDate();
        if (day.isValid())
            days.insert(day, {day, q.value().value(1).toString() == QLatin1String("workday"),
                              q.value().value(2).toString(), q.value().value(3).toString(), true});
    }
    return days.values();
}

} // namespace OneWindow
