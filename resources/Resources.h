#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace OneWindow {

// Reads the tab-separated data tables compiled into the binary (":/data/*.tsv").
// Lines starting with '#' are comments (each table records its source there).
class Resources
{
public:
    static QList<QStringList> table(const QString &name);
};

} // namespace OneWindow
