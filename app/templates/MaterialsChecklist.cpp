#include "templates/MaterialsChecklist.h"

namespace OneWindow {

QList<MaterialsChecklist::Item> MaterialsChecklist::compute(const FormTemplate &form,
                                                            const QVariantMap &values,
                                                            const QSet<QString> &held)
{
    QList<Item> items;
    for (const MaterialDefinition &m : form.materials) {
        if (!m.requiredWhen.evaluate(values))
            continue;
        Item item{m, false};
        for (const QString &kind : m.satisfiedBy)
            item.onFile = item.onFile || held.contains(kind);
        items.append(item);
    }
    return items;
}

} // namespace OneWindow
