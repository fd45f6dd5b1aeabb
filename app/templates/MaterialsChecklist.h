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
        bool onFile = false;   // satisfied by a held document, ticked automatically
        bool attached = false; // received through an attachment field of the form
    };

    // `held`: kinds of documents already held, e.g. "id-card" after a card read,
    // electronic licences or materials of earlier cases from the case file.
    static QList<Item> compute(const FormTemplate &form, const QVariantMap &values,
                               const QSet<QString> &held);
    // The items still missing: not on file, not attached and not in `received`.
    static QList<Item> missing(const FormTemplate &form, const QVariantMap &values,
                               const QSet<QString> &held, const QStringList &received);
};

} // namespace OneWindow
