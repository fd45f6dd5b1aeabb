#include "security/CsvField.h"

#include "identity/SensitiveNumbers.h"

namespace OneWindow {

QByteArray CsvField::of(const QString &value)
{
    QString v = SensitiveNumbers::masked(value);
    if (!v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.at(0)))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) ||
        v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r')) ||
        v.startsWith(QLatin1Char('\''))) {
        v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v.toUtf8();
}

} // namespace OneWindow
