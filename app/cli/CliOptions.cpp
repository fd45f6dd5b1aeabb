#include "cli/CliOptions.h"

namespace OneWindow {

bool CliOptions::parse(const QStringList &arguments, const QStringList &known)
{
    for (int i = 0; i < arguments.size(); ++i) {
        QString a = arguments.at(i);
        if (!a.startsWith(QLatin1String("--"))) {
            m_positional << a;
            continue;
        }
        a = a.mid(2);
        QString value;
        const qsizetype eq = a.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            value = a.mid(eq + 1);
            a = a.left(eq);
        } else if (i + 1 < arguments.size()) {
            value = arguments.at(++i);
        }
        if (!known.contains(a)) {
            m_error = QStringLiteral("unknown option --%1").arg(a);
            return false;
        }
        if (value.isEmpty()) {
            m_error = QStringLiteral("--%1 needs a value").arg(a);
            return false;
        }
        m_values.insert(a, value);
    }
    return true;
}

} // namespace OneWindow
