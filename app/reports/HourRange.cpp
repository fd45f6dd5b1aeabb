#include "reports/HourRange.h"

#include <QDateTime>
#include <QTime>

namespace OneWindow {

namespace {
QString hourOf(const QDate &day)
{
    return QDateTime(day, QTime(0, 0)).toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH"));
}
} // namespace

HourRange HourRange::of(const QDate &first, const QDate &last)
{
    return {hourOf(first), hourOf(last.addDays(1))};
}

QDate HourRange::localDay(const QString &hour)
{
    return QDateTime::fromString(hour + QStringLiteral(":00:00Z"), Qt::ISODate)
        .toLocalTime()
        .date();
}

} // namespace OneWindow
