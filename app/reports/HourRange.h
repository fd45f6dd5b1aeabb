#pragma once

#include <QDate>
#include <QString>

namespace OneWindow {

// The hall's days as a range of the UTC hours hall_counts counts by
// ("YYYY-MM-DDTHH", `from` included, `to` not): from the first day's local
// midnight to the midnight after the last day.
struct HourRange
{
    QString from;
    QString to;

    static HourRange of(const QDate &first, const QDate &last);
    // The hall's day an hour of hall_counts belongs to.
    static QDate localDay(const QString &hour);
};

} // namespace OneWindow
