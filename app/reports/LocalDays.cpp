#include "reports/LocalDays.h"

#include "reports/HourRange.h"

#include <QDateTime>
#include <QTime>

#include <limits>

namespace OneWindow {

namespace {
constexpr int kChanges = std::numeric_limits<int>::min(); // the offset changes that day
} // namespace

QDate LocalDays::of(const QString &hour)
{
    const QDate utcDay = QDate::fromString(hour.left(10), Qt::ISODate);
    bool isHour = false;
    const int h = hour.mid(11).toInt(&isHour);
    if (hour.size() != 13 || hour.at(10) != QLatin1Char('T') || !utcDay.isValid() || !isHour ||
        h < 0 || h > 23)
        return HourRange::localDay(hour);
    auto offset = m_offsets.constFind(hour.left(10));
    if (offset == m_offsets.constEnd()) {
        const QDateTime first(utcDay, QTime(0, 0), Qt::UTC);
        const int atFirst = first.toLocalTime().offsetFromUtc();
        const int atLast = first.addSecs(23 * 3600).toLocalTime().offsetFromUtc();
        offset = m_offsets.insert(hour.left(10), atFirst == atLast ? atFirst : kChanges);
    }
    if (offset.value() == kChanges)
        return HourRange::localDay(hour);
    return QDateTime(utcDay, QTime(h, 0), Qt::UTC).addSecs(offset.value()).date();
}

} // namespace OneWindow
