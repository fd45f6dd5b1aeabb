#pragma once

#include <QDate>
#include <QHash>
#include <QString>

namespace OneWindow {

// The hall's day of each hour of hall_counts, as HourRange::localDay() gives
// it, with the local time zone asked once per UTC day instead of once per
// hour: a report reads thousands of hours (every hour a result has waited
// since), and glibc looks the zone up on disk again at every conversion when
// TZ is not set. A UTC day whose offset changes within it (a DST change) is
// worked out hour by hour.
class LocalDays
{
public:
    QDate of(const QString &hour);

private:
    // Seconds east of UTC through a whole UTC day, by "YYYY-MM-DD".
    QHash<QString, int> m_offsets;
};

} // namespace OneWindow
