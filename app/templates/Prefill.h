#pragma once

#include "casefile/CaseRecord.h"
#include "casefile/Person.h"
#include "identity/CardIdentity.h"
#include "templates/FormTemplate.h"

#include <QList>
#include <QVariantMap>

namespace OneWindow {

// First answers for a new intake, from the card just read, the person's file
// and other fields (免填单: the clerk should not retype what is known).
//   identity.name, identity.idNumber, identity.sex, identity.birth, identity.address,
//   identity.parentRole ("mother" for a woman, "father" for a man),
//   identity.person (the card holder as a person value)
//   casefile.phone, casefile.address (the address on file, else the card's)
//   casefile.last (the answer this field got in the citizen's last case of this matter)
//   field.<id> (the value of another field, once it has one)
// An address field gets its region split from the text ("四川省成都市武侯区…").
class Prefill
{
public:
    static QVariantMap values(const FormTemplate &form, const CardIdentity &card,
                              const Person &person, const QVariantMap &lastAnswers = {});
    static QVariant source(const QString &binding, const CardIdentity &card, const Person &person);
    // The answers of the newest case of `templateId` among `cases` (empty if none).
    static QVariantMap lastAnswers(const QList<CaseRecord> &cases, const QString &templateId);
    // Converts a source value to the shape the field stores.
    static QVariant shape(const FieldDefinition &field, const QVariant &value);
};

} // namespace OneWindow
