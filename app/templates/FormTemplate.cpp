#include "templates/FormTemplate.h"

namespace OneWindow {

bool FieldDefinition::typeFromKey(const QString &key, Type *type)
{
    static const QList<QPair<QString, Type>> keys = {
        {QStringLiteral("text"), Type::Text},       {QStringLiteral("number"), Type::Number},
        {QStringLiteral("money"), Type::Money},     {QStringLiteral("date"), Type::Date},
        {QStringLiteral("choice"), Type::Choice},   {QStringLiteral("multichoice"), Type::MultiChoice},
        {QStringLiteral("yesno"), Type::YesNo},     {QStringLiteral("phone"), Type::Phone},
        {QStringLiteral("idnumber"), Type::IdNumber}, {QStringLiteral("address"), Type::Address},
    };
    for (const auto &k : keys) {
        if (k.first == key) {
            *type = k.second;
            return true;
        }
    }
    return false;
}

bool FieldDefinition::isRequired(const QVariantMap &values) const
{
    if (!visibleWhen.evaluate(values))
        return false;
    return required || (hasRequiredWhen && requiredWhen.evaluate(values));
}

const FieldDefinition *FormTemplate::field(const QString &fieldId) const
{
    for (const FieldDefinition &f : fields)
        if (f.id == fieldId)
            return &f;
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

} // namespace OneWindow
