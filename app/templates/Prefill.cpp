#include "templates/Prefill.h"

#include "casefile/ChineseSurname.h"
#include "templates/RegionTable.h"

namespace OneWindow {

QVariant Prefill::source(const QString &binding, const CardIdentity &card, const Person &person)
{
    if (binding == QLatin1String("identity.name"))
        return card.name;
    // A newborn's name starts with a parent's family name; the clerk types the
    // given name after it (or types over it).
    if (binding == QLatin1String("identity.surname"))
        return ChineseSurname::of(card.name);
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
    if (binding == QLatin1String("identity.person")) {
        if (card.idNumber.isEmpty())
            return {};
        return QVariantMap{{QStringLiteral("name"), card.name},
                           {QStringLiteral("idNumber"), card.idNumber},
                           {QStringLiteral("phone"), person.phone},
                           {QStringLiteral("source"), QStringLiteral("card")}};
    }
    if (binding == QLatin1String("casefile.phone"))
        return person.phone;
    if (binding == QLatin1String("casefile.address"))
        return person.address.isEmpty() ? card.address : person.address;
    return {};
}

QVariant Prefill::shape(const FieldDefinition &field, const QVariant &value)
{
    if (!value.isValid())
        return value;
    switch (field.type) {
    case FieldDefinition::Type::YesNo:
        if (value.typeId() == QMetaType::Bool)
            return value;
        return value.toString() == QLatin1String("true");
    case FieldDefinition::Type::Address:
        if (value.typeId() == QMetaType::QVariantMap)
            return value;
        return value.toString().isEmpty()
                   ? QVariant()
                   : QVariant(RegionTable::instance().parseAddress(value.toString()));
    case FieldDefinition::Type::MultiChoice:
        // A default is written "a,b" in the template.
        if (value.typeId() == QMetaType::QString)
            return value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        return value;
    case FieldDefinition::Type::Person:
    case FieldDefinition::Type::Repeat:
        return value;
    default:
        // A structured value copied into a text field reads as one line.
        if (value.typeId() == QMetaType::QVariantMap)
            return RegionTable::format(value.toMap());
        return value;
    }
}

QVariantMap Prefill::values(const FormTemplate &form, const CardIdentity &card,
                            const Person &person, const QVariantMap &lastAnswers)
{
    auto given = [](const QVariant &v) {
        return v.isValid() && !(v.typeId() == QMetaType::QString && v.toString().isEmpty());
    };
    QVariantMap values;
    for (const FieldDefinition &f : form.fields) {
        QVariant v;
        if (f.prefill == QLatin1String("casefile.last"))
            v = lastAnswers.value(f.id);
        else if (!f.prefill.isEmpty() && !f.prefill.startsWith(QLatin1String("field.")))
            v = source(f.prefill, card, person);
        if (!given(v) && !f.defaultValue.isEmpty())
            v = f.defaultValue;
        v = shape(f, v);
        if (given(v))
            values.insert(f.id, v);
    }
    // Copies from other fields come last, so they see the prefilled answers.
    for (const FieldDefinition &f : form.fields) {
        if (!f.prefill.startsWith(QLatin1String("field.")) || values.contains(f.id))
            continue;
        const QVariant v = shape(f, values.value(f.prefill.mid(6)));
        if (given(v))
            values.insert(f.id, v);
    }
    return values;
}

QVariantMap Prefill::lastAnswers(const QList<CaseRecord> &cases, const QString &templateId)
{
    const CaseRecord *newest = nullptr;
    for (const CaseRecord &c : cases)
        if (c.templateId == templateId && (!newest || c.acceptedAt > newest->acceptedAt))
            newest = &c;
    return newest ? newest->formData.toVariantMap() : QVariantMap();
}

} // namespace OneWindow
