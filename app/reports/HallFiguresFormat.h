#pragma once

#include "reports/HallFigures.h"

#include <QByteArray>
#include <QJsonObject>

namespace OneWindow {

// The figures as they leave the system: one JSON object (the CLI's `report`),
// or CSV rows "figure,breakdown,key,label,value" (the CLI and the dashboard's
// export), UTF-8 with a byte-order mark so a spreadsheet reads the Chinese.
class HallFiguresFormat
{
public:
    static QJsonObject json(const HallFigures &figures);
    static QByteArray csv(const HallFigures &figures);
    // The keys both forms use for a figure ("accepted", "completed-late", …).
    static QString key(HallFigures::Figure figure);
};

} // namespace OneWindow
