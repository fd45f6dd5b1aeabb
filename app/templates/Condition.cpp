#include "templates/Condition.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

namespace OneWindow {

namespace {

struct Comparison
{
    const char *key;
    Condition::Kind kind;
};

const Comparison kComparisons[] = {
    {"lt", Condition::Kind::Less},
    {"lte", Condition::Kind::LessOrEqual},
    {"gt", Condition::Kind::Greater},
    {"gte", Condition::Kind::GreaterOrEqual},
};

QString fieldOf(const QString &path)
{
    return path.section(QLatin1Char('.'), 0, 0);
}

} // namespace

// A value in an answer map counts as given when it is not blank; a multiple
// choice or repeat (a list) when it has an item; a person or address when a part is given.
bool Condition::isGiven(const QVariant &v)
{
    if (!v.isValid())
        return false;
    if (v.typeId() == QMetaType::QStringList || v.typeId() == QMetaType::QVariantList)
        return !v.toList().isEmpty();
    if (v.typeId() == QMetaType::QVariantMap) {
        const QVariantMap m = v.toMap();
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            if (it.key() != QLatin1String("source") && isGiven(it.value()))
                return true;
        return false;
    }
    if (v.typeId() == QMetaType::Bool)
        return true;
    return !v.toString().trimmed().isEmpty();
}

QVariant Condition::lookup(const QVariantMap &values, const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('.'));
    QVariant v = values.value(parts.first());
    for (int i = 1; i < parts.size() && v.isValid(); ++i)
        v = v.toMap().value(parts.at(i));
    return v;
}

Condition Condition::fromJson(const QJsonValue &json, const QString &pointer, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    Condition c;
    if (json.isUndefined() || json.isNull())
        return c;
    if (!json.isObject()) {
        *error = pointer + QStringLiteral(": a condition must be an object");
        return c;
    }
    const QJsonObject o = json.toObject();
    // Inside all/any/not an absent rule is a mistake, not "always".
    auto child = [&](const QJsonValue &value, const QString &childPointer) {
        if (!value.isObject()) {
            *error = childPointer + QStringLiteral(": a condition must be an object");
            return Condition();
        }
        return fromJson(value, childPointer, error);
    };
    auto children = [&](const QString &key, Kind kind) {
        const QJsonValue list = o.value(key);
        if (!list.isArray() || list.toArray().isEmpty()) {
            *error = pointer + QStringLiteral("/%1: needs a non-empty list of conditions").arg(key);
            return;
        }
        c.m_kind = kind;
        const QJsonArray items = list.toArray();
        for (int i = 0; i < items.size() && error->isEmpty(); ++i)
            c.m_children.append(
                child(items.at(i), pointer + QStringLiteral("/%1/%2").arg(key).arg(i)));
    };
    if (o.contains(QLatin1String("all"))) {
        children(QStringLiteral("all"), Kind::All);
    } else if (o.contains(QLatin1String("any"))) {
        children(QStringLiteral("any"), Kind::Any);
    } else if (o.contains(QLatin1String("not"))) {
        c.m_kind = Kind::Not;
        c.m_children.append(child(o.value(QLatin1String("not")), pointer + QStringLiteral("/not")));
    } else if (o.contains(QLatin1String("field"))) {
        c.m_field = o.value(QLatin1String("field")).toString();
        bool compared = false;
        for (const Comparison &cmp : kComparisons) {
            const QString key = QLatin1String(cmp.key);
            if (!o.contains(key))
                continue;
            compared = true;
            c.m_kind = cmp.kind;
            const QJsonValue operand = o.value(key);
            if (operand.isObject()) {
                c.m_otherField = operand.toObject().value(QLatin1String("field")).toString();
                if (c.m_otherField.isEmpty())
                    *error = pointer + QStringLiteral("/%1/field: must name a field").arg(key);
            } else if (operand.isDouble() || operand.isString()) {
                c.m_value = operand.toVariant();
            } else {
                *error =
                    pointer +
                    QStringLiteral("/%1: must be a number, a date or {\"field\": ...}").arg(key);
            }
            break;
        }
        if (c.m_field.isEmpty()) {
            *error = pointer + QStringLiteral("/field: must name a field");
        } else if (compared) {
            // handled above
        } else if (o.contains(QLatin1String("equals"))) {
            c.m_kind = Kind::Equals;
            c.m_value = o.value(QLatin1String("equals")).toVariant();
        } else if (o.contains(QLatin1String("notEquals"))) {
            c.m_kind = Kind::NotEquals;
            c.m_value = o.value(QLatin1String("notEquals")).toVariant();
        } else if (o.contains(QLatin1String("in"))) {
            c.m_kind = Kind::In;
            if (!o.value(QLatin1String("in")).isArray())
                *error = pointer + QStringLiteral("/in: must be a list of values");
            c.m_values = o.value(QLatin1String("in")).toArray().toVariantList();
        } else if (o.contains(QLatin1String("isSet"))) {
            c.m_kind = Kind::IsSet;
            c.m_value = o.value(QLatin1String("isSet")).toBool();
        } else if (o.contains(QLatin1String("equalsField")) ||
                   o.contains(QLatin1String("notEqualsField"))) {
            const bool equal = o.contains(QLatin1String("equalsField"));
            c.m_kind = equal ? Kind::EqualsField : Kind::NotEqualsField;
            c.m_otherField =
                o.value(QLatin1String(equal ? "equalsField" : "notEqualsField")).toString();
            if (c.m_otherField.isEmpty())
                *error =
                    pointer + QStringLiteral("/%1: must name a field")
                                  .arg(QLatin1String(equal ? "equalsField" : "notEqualsField"));
        } else if (o.contains(QLatin1String("countAtLeast"))) {
            c.m_kind = Kind::CountAtLeast;
            if (!o.value(QLatin1String("countAtLeast")).isDouble())
                *error = pointer + QStringLiteral("/countAtLeast: must be a number");
            c.m_value = o.value(QLatin1String("countAtLeast")).toInt();
        } else {
            *error = pointer + QStringLiteral(": needs one of equals, notEquals, in, isSet");
        }
    } else {
        *error = pointer + QStringLiteral(": needs one of all, any, not, field");
    }
    if (!error->isEmpty())
        return Condition();
    return c;
}

bool Condition::matches(const QVariant &actual, const QVariant &expected)
{
    if (expected.typeId() == QMetaType::Bool)
        return actual.toBool() == expected.toBool();
    if (expected.typeId() == QMetaType::Double || expected.typeId() == QMetaType::Int ||
        expected.typeId() == QMetaType::LongLong) {
        bool ok = false;
        const double a = actual.toDouble(&ok);
        return ok && a == expected.toDouble();
    }
    // A multiple choice matches when the value is among the picks.
    if (actual.typeId() == QMetaType::QStringList || actual.typeId() == QMetaType::QVariantList)
        return actual.toStringList().contains(expected.toString());
    return actual.toString() == expected.toString();
}

int Condition::compare(const QVariant &a, const QVariant &b)
{
    if (!isGiven(a) || !isGiven(b))
        return 2;
    const QDate da = QDate::fromString(a.toString().trimmed(), Qt::ISODate);
    const QDate db = QDate::fromString(b.toString().trimmed(), Qt::ISODate);
    if (da.isValid() && db.isValid())
        return da < db ? -1 : (da > db ? 1 : 0);
    bool okA = false;
    bool okB = false;
    const double na = a.toString().trimmed().toDouble(&okA);
    const double nb = b.toString().trimmed().toDouble(&okB);
    if (!okA || !okB)
        return 2;
    return na < nb ? -1 : (na > nb ? 1 : 0);
}

bool Condition::evaluate(const QVariantMap &values) const
{
    const QVariant actual = m_field.isEmpty() ? QVariant() : lookup(values, m_field);
    const QVariant other = m_otherField.isEmpty() ? m_value : lookup(values, m_otherField);
    switch (m_kind) {
    case Kind::Always:
        return true;
    case Kind::All:
        for (const Condition &c : m_children)
            if (!c.evaluate(values))
                return false;
        return true;
    case Kind::Any:
        for (const Condition &c : m_children)
            if (c.evaluate(values))
                return true;
        return false;
    case Kind::Not:
        return !m_children.first().evaluate(values);
    case Kind::Equals:
        return actual.isValid() && matches(actual, m_value);
    case Kind::NotEquals:
        return !actual.isValid() || !matches(actual, m_value);
    case Kind::In:
        for (const QVariant &v : m_values)
            if (actual.isValid() && matches(actual, v))
                return true;
        return false;
    case Kind::IsSet:
        return isGiven(actual) == m_value.toBool();
    case Kind::Less:
    case Kind::LessOrEqual:
    case Kind::Greater:
    case Kind::GreaterOrEqual: {
        const int c = compare(actual, other);
        if (c == 2)
            return false;
        switch (m_kind) {
        case Kind::Less:
            return c < 0;
        case Kind::LessOrEqual:
            return c <= 0;
        case Kind::Greater:
            return c > 0;
        default:
            return c >= 0;
        }
    }
    case Kind::EqualsField:
        return isGiven(actual) && actual.toString().trimmed() == other.toString().trimmed();
    case Kind::NotEqualsField:
        return !isGiven(actual) || !isGiven(other) ||
               actual.toString().trimmed().compare(other.toString().trimmed(),
                                                   Qt::CaseInsensitive) != 0;
    case Kind::CountAtLeast: {
        const int n = (actual.typeId() == QMetaType::QStringList ||
                       actual.typeId() == QMetaType::QVariantList)
                          ? int(actual.toList().size())
                          : (isGiven(actual) ? 1 : 0);
        return n >= m_value.toInt();
    }
    }
    return false;
}

QStringList Condition::referencedFields() const
{
    QStringList fields;
    if (!m_field.isEmpty())
        fields << fieldOf(m_field);
    if (!m_otherField.isEmpty())
        fields << fieldOf(m_otherField);
    for (const Condition &c : m_children)
        fields << c.referencedFields();
    return fields;
}

QList<QPair<QString, QVariant>> Condition::literals() const
{
    QList<QPair<QString, QVariant>> list;
    if (!m_field.isEmpty() && m_otherField.isEmpty()) {
        if (m_kind == Kind::In) {
            for (const QVariant &v : m_values)
                list.append({m_field, v});
        } else if (m_value.isValid() && m_kind != Kind::IsSet && m_kind != Kind::CountAtLeast) {
            list.append({m_field, m_value});
        }
    }
    for (const Condition &c : m_children)
        list << c.literals();
    return list;
}

bool Condition::comparesFields() const
{
    if (!m_otherField.isEmpty() || m_kind == Kind::CountAtLeast)
        return true;
    for (const Condition &c : m_children)
        if (c.comparesFields())
            return true;
    return false;
}

} // namespace OneWindow
