#include "templates/Condition.h"

#include <QJsonArray>
#include <QJsonObject>

namespace OneWindow {

namespace {

// A value in an answer map counts as given when it is not blank; a multiple
// choice (a list) when at least one item is picked.
bool isGiven(const QVariant &v)
{
    if (!v.isValid())
        return false;
    if (v.typeId() == QMetaType::QStringList || v.typeId() == QMetaType::QVariantList)
        return !v.toList().isEmpty();
    return !v.toString().trimmed().isEmpty();
}

} // namespace

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
        if (c.m_field.isEmpty()) {
            *error = pointer + QStringLiteral("/field: must name a field");
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
    if (expected.typeId() == QMetaType::Double || expected.typeId() == QMetaType::Int
        || expected.typeId() == QMetaType::LongLong) {
        bool ok = false;
        const double a = actual.toDouble(&ok);
        return ok && a == expected.toDouble();
    }
    return actual.toString() == expected.toString();
}

bool Condition::evaluate(const QVariantMap &values) const
{
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
        return values.contains(m_field) && matches(values.value(m_field), m_value);
    case Kind::NotEquals:
        return !values.contains(m_field) || !matches(values.value(m_field), m_value);
    case Kind::In:
        for (const QVariant &v : m_values)
            if (values.contains(m_field) && matches(values.value(m_field), v))
                return true;
        return false;
    case Kind::IsSet: {
        return isGiven(values.value(m_field)) == m_value.toBool();
    }
    }
    return false;
}

QStringList Condition::referencedFields() const
{
    QStringList fields;
    if (!m_field.isEmpty())
        fields << m_field;
    for (const Condition &c : m_children)
        fields << c.referencedFields();
    return fields;
}

} // namespace OneWindow
