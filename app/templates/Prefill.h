#pragma once

#include "casefile/Person.h"
#include "identity/CardIdentity.h"
#include "templates/FormTemplate.h"

#include <QVariantMap>

namespace OneWindow {

// First answers for a new intake, from the card just read and the person's
// file (免填单: the clerk should not retype what is known).
//   identity.name, identity.idNumber, identity.sex, identity.birth, identity.address,
//   identity.parentRole ("mother" for a woman, "father" for a man)
//   casefile.phone, casefile.address
class Prefill
{
public:
    static QVariantMap values(const FormTemplate &form, const CardIdentity &card, const Person &person);
    static QVariant source(const QString &binding, const CardIdentity &card, const Person &person);
};

} // namespace OneWindow
