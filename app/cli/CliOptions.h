#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

namespace OneWindow {

// The arguments after a command's words: "--name value", "--name=value",
// flags without a value, and positional arguments, checked against what the
// command knows. Unknown options and missing values are usage errors.
class CliOptions
{
public:
    // `valued`: options that take a value; `flags`: options that do not.
    CliOptions(const QStringList &valued, const QStringList &flags = {});

    // False with error() set when the arguments do not fit.
    bool parse(const QStringList &arguments);
    QString error() const { return m_error; }

    bool has(const QString &name) const { return m_values.contains(name) || m_set.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const
    {
        return m_values.value(name, fallback);
    }
    const QStringList &positional() const { return m_positional; }

private:
    QStringList m_valued;
    QStringList m_flags;
    QHash<QString, QString> m_values;
    QSet<QString> m_set;
    QStringList m_positional;
    QString m_error;
};

} // namespace OneWindow
