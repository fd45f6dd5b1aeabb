#include "templates/Prefill.h"

namespace OneWindow {

QVariant Prefill::source(const QString &binding, const CardIdentity &card, const Person &person)
{
    if (binding == QLatin1String("identity.name"))
        return card.name;
    if (binding == QLatin1String("identity.idNumber"))
        return card.idNumber;
    if (binding == QLatin1String("identity.sex"))
        return sexKey(card.sex);
    if (binding == QLatin1String("identity.parentRole")) // the card holder as parent of a newborn
        return card.sex == Sex::Female ? QStringLiteral("mother")
               : card.sex == Sex::Male ? QStringLiteral("father")
                                       : QString();
    if (binding == QLatin1String("identity.birth"))
        return card.birth.toString(Qt::ISODate);
    if (binding == QLatin1String("identity.address"))
        return card.address;
    if (binding == QLatin1String("casefile.phone"))
        return person.phone;
    if (binding == QLatin1String("casefile.address"))
        return person.address.isEmpty() ? card.address : person.address;
    return {};
}

QVariantMap Prefill::values(const FormTemplate &form, const CardIdentity &card, const Person &person)
{
    QVariantMap values;
    for (const FieldDefinition &f : form.fields) {
        QVariant v;
        if (!f.prefill.isEmpty())
            v = source(f.prefill, card, person);
        if ((!v.isValid() || v.toString().isEmpty()) && !f.defaultValue.isEmpty())
            v = f.defaultValue;
        if (f.type == FieldDefinition::Type::YesNo && v.isValid())
            v = v.toString() == QLatin1String("true");
        if (v.isValid() && !(v.typeId() == QMetaType::QString && v.toString().isEmpty()))
            values.insert(f.id, v);
    }
    return values;
}

} // namespace OneWindow
