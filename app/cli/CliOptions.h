#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace OneWindow {

// The arguments of one command: "--name value" or "--name=value" options from
// a known list, and the rest as positional arguments, in order.
class CliOptions
{
public:
    // False with error() set for an unknown option or an option without a value.
    bool parse(const QStringList &arguments, const QStringList &known);

    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name, const QString &fallback = QString()) const
    {
        return m_values.value(name, fallback);
    }
    const QStringList &positional() const { return m_positional; }
    QString error() const { return m_error; }

private:
    QHash<QString, QString> m_values;
    QStringList m_positional;
    QString m_error;
};

} // namespace OneWindow
