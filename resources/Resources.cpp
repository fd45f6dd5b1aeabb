#include "Resources.h"

#include <QFile>
#include <QTextStream>

namespace OneWindow {

QList<QStringList> Resources::table(const QString &name)
{
    QList<QStringList> rows;
    QFile file(QStringLiteral(":/data/%1.tsv").arg(name));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        rows.append(line.split(QLatin1Char('\t')));
    }
    return rows;
}

} // namespace OneWindow
