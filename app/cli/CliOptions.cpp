#include "cli/CliOptions.h"

namespace OneWindow {

CliOptions::CliOptions(const QStringList &valued, const QStringList &flags)
    : m_valued(valued)
    , m_flags(flags)
{}

bool CliOptions::parse(const QStringList &arguments)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (!a.startsWith(QLatin1String("--")) || a == QLatin1String("--")) {
            m_positional << a;
            continue;
        }
        QString name = a.mid(2);
        QString value;
        bool inlineValue = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            inlineValue = true;
        }
        if (m_flags.contains(name) && !inlineValue) {
            m_set.insert(name);
            continue;
        }
        if (!m_valued.contains(name)) {
            m_error = QStringLiteral("unknown option --%1").arg(name);
            return false;
        }
        if (!inlineValue) {
            if (i + 1 >= arguments.size()) {
                m_error = QStringLiteral("--%1 needs a value").arg(name);
                return false;
            }
            value = arguments.at(++i);
        }
        m_values.insert(name, value);
    }
    return true;
}

} // namespace OneWindow
