#include "identity/NameMask.h"

#include <QList>

namespace OneWindow {

QString NameMask::masked(const QString &name)
{
    // Characters, not UTF-16 units: a rare character outside the BMP stays whole.
    const QList<uint> chars = name.trimmed().toUcs4();
    if (chars.isEmpty())
        return {};
    if (chars.size() == 1)
        return QStringLiteral("*");
    const auto one = [](uint c) {
        const char32_t u = c;
        return QString::fromUcs4(&u, 1);
    };
    if (chars.size() == 2)
        return one(chars.first()) + QLatin1Char('*');
    return one(chars.first()) + QString(chars.size() - 2, QLatin1Char('*')) + one(chars.last());
}

} // namespace OneWindow
