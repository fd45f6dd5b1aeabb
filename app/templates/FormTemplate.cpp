#include "templates/FormTemplate.h"

namespace OneWindow {

namespace {

const QList<QPair<QString, FieldDefinition::Type>> &typeKeys()
{
    using Type = FieldDefinition::Type;
    static const QList<QPair<QString, Type>> keys = {
        {QStringLiteral("text"), Type::Text},
        {QStringLiteral("number"), Type::Number},
        {QStringLiteral("money"), Type::Money},
        {QStringLiteral("date"), Type::Date},
        {QStringLiteral("choice"), Type::Choice},
        {QStringLiteral("multichoice"), Type::MultiChoice},
        {QStringLiteral("yesno"), Type::YesNo},
        {QStringLiteral("phone"), Type::Phone},
        {QStringLiteral("idnumber"), Type::IdNumber},
        {QStringLiteral("address"), Type::Address},
        {QStringLiteral("person"), Type::Person},
        {QStringLiteral("repeat"), Type::Repeat},
        {QStringLiteral("attachment"), Type::Attachment},
    };
    return keys;
}

} // namespace

bool FieldDefinition::typeFromKey(const QString &key, Type *type)
{
    for (const auto &k : typeKeys()) {
        if (k.first == key) {
            *type = k.second;
            return true;
        }
    }
    return false;
}

QString FieldDefinition::typeKey(Type type)
{
    for (const auto &k : typeKeys())
        if (k.second == type)
            return k.first;
    return {};
}

bool FieldDefinition::isRequired(const QVariantMap &values) const
{
    if (!visibleWhen.evaluate(values))
        return false;
    return required || (hasRequiredWhen && requiredWhen.evaluate(values));
}

const FieldDefinition *FieldDefinition::child(const QString &childId) const
{
    for (const FieldDefinition &c : children)
        if (c.id == childId)
            return &c;
    return nullptr;
}

const FieldDefinition *FormTemplate::field(const QString &fieldId) const
{
    for (const FieldDefinition &f : fields)
        if (f.id == fieldId)
            return &f;
    return nullptr;
}

const MaterialDefinition *FormTemplate::material(const QString &materialId) const
{
    for (const MaterialDefinition &m : materials)
        if (m.id == materialId)
            return &m;
    return nullptr;
}

QStringList FormTemplate::departments() const
{
    QStringList list;
    for (const StepDefinition &s : steps)
        if (!list.contains(s.department))
            list << s.department;
    return list;
}

LocalizedText FormTemplate::departmentName(const QString &departmentId) const
{
    for (const DepartmentDefinition &d : departmentList)
        if (d.id == departmentId && !d.name.isEmpty())
            return d.name;
    return LocalizedText{departmentId, departmentId};
}

} // namespace OneWindow
