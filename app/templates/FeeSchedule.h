#pragma once

#include "templates/FormTemplate.h"

#include <QList>
#include <QVariantMap>

namespace OneWindow {

// The fees an intake owes, given its answers: a fixed amount plus a rate of a
// number or money field (e.g. deed tax on the declared price), when the fee's
// condition holds. Amounts in yuan, rounded to the fen.
class FeeSchedule
{
public:
    struct Item
    {
        FeeDefinition fee;
        double amount = 0;
    };

    static QList<Item> compute(const FormTemplate &form, const QVariantMap &values);
    static double total(const QList<Item> &items);
};

} // namespace OneWindow
