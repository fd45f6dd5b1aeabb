#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

namespace OneWindow {

// A declarative rule over the form's answers, so templates need no scripting:
//   {"field": "married", "equals": true}   {"field": "x", "notEquals": "a"}
//   {"field": "x", "in": ["a", "b"]}        {"field": "x", "isSet": true}
//   {"all": [...]}  {"any": [...]}  {"not": {...}}
// An absent condition is "always".
class Condition
{
public:
    enum class Kind { Always, All, Any, Not, Equals, NotEquals, In, IsSet };

    // On failure `error` gets "POINTER: message" and an Always condition is returned.
    static Condition fromJson(const QJsonValue &json, const QString &pointer, QString *error);

    bool evaluate(const QVariantMap &values) const;
    // Every field the rule looks at (to catch rules on fields that do not exist).
    QStringList referencedFields() const;
    bool isAlways() const { return m_kind == Kind::Always; }
    Kind kind() const { return m_kind; }

private:
    static bool matches(const QVariant &actual, const QVariant &expected);

    Kind m_kind = Kind::Always;
    QString m_field;
    QVariant m_value;
    QVariantList m_values;
    QList<Condition> m_children;
};

} // namespace OneWindow
