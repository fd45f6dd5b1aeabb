#pragma once

#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

namespace OneWindow {

// A declarative rule over the form's answers, so templates need no scripting:
//   {"field": "married", "equals": true}   {"field": "x", "notEquals": "a"}
//   {"field": "x", "in": ["a", "b"]}        {"field": "x", "isSet": true}
//   {"field": "n", "gte": 3}                {"field": "a", "lt": {"field": "b"}}
//   {"field": "a", "equalsField": "b"}      {"field": "kids", "countAtLeast": 1}
//   {"all": [...]}  {"any": [...]}  {"not": {...}}
// A field may be a path into a person or address value: "mother.idNumber".
// lt/lte/gt/gte compare dates (yyyy-MM-dd) as dates and numbers as numbers.
// An absent condition is "always".
class Condition
{
public:
    enum class Kind
    {
        Always,
        All,
        Any,
        Not,
        Equals,
        NotEquals,
        In,
        IsSet,
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual,
        EqualsField,
        NotEqualsField,
        CountAtLeast,
    };

    // On failure `error` gets "POINTER: message" and an Always condition is returned.
    static Condition fromJson(const QJsonValue &json, const QString &pointer, QString *error);

    bool evaluate(const QVariantMap &values) const;
    // Every field the rule looks at, without paths (to catch rules on fields that do not exist).
    QStringList referencedFields() const;
    // Every (path, value) a leaf compares with a literal, for the "can never hold" check.
    QList<QPair<QString, QVariant>> literals() const;
    // True when some leaf compares a field with another field.
    bool comparesFields() const;
    bool isAlways() const { return m_kind == Kind::Always; }
    Kind kind() const { return m_kind; }

    // The value at "field" or "field.key" (person and address parts).
    static QVariant lookup(const QVariantMap &values, const QString &path);
    static bool isGiven(const QVariant &value);

private:
    static bool matches(const QVariant &actual, const QVariant &expected);
    // <0, 0, >0; or 2 when the two cannot be compared (missing, not a date or number).
    static int compare(const QVariant &a, const QVariant &b);

    Kind m_kind = Kind::Always;
    QString m_field;
    QString m_otherField;
    QVariant m_value;
    QVariantList m_values;
    QList<Condition> m_children;
};

} // namespace OneWindow
