#pragma once

#include <QByteArray>
#include <QString>

namespace OneWindow {

// One field of a CSV file the hall hands out (the audit export, the figures):
// quoted when needed, never read as a formula by a spreadsheet (a value could
// start with "="), ID numbers and phone numbers masked as on screen.
class CsvField
{
public:
    static QByteArray of(const QString &value);
};

} // namespace OneWindow
