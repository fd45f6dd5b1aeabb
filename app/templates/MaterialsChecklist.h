#pragma once

#include "templates/FormTemplate.h"

#include <QList>
#include <QSet>
#include <QVariantMap>

namespace OneWindow {

// Which materials this intake needs, given the answers so far, and which of
// them the hall already holds (减材料: never ask for what the government has).
class MaterialsChecklist
{
public:
    struct Item
    {
        MaterialDefinition material;
        bool onFile = false; // satisfied by a held document, ticked automatically
    };

    // `held`: kinds of documents already held, e.g. "id-card" after a card read,
    // or electronic licences from the case file.
    static QList<Item> compute(const FormTemplate &form, const QVariantMap &values,
                               const QSet<QString> &held);
};

} // namespace OneWindow
