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
        Item item{m, false, false};
        for (const QString &kind : m.satisfiedBy)
            item.onFile = item.onFile || held.contains(kind);
        for (const FieldDefinition &f : form.fields)
            if (f.type == FieldDefinition::Type::Attachment && f.material == m.id &&
                f.visibleWhen.evaluate(values) && values.value(f.id).toBool())
                item.attached = true;
        items.append(item);
    }
    return items;
}

QList<MaterialsChecklist::Item> MaterialsChecklist::missing(const FormTemplate &form,
                                                            const QVariantMap &values,
                                                            const QSet<QString> &held,
                                                            const QStringList &received)
{
    QList<Item> items;
    for (const Item &item : compute(form, values, held))
        if (!item.onFile && !item.attached && !received.contains(item.material.id))
            items.append(item);
    return items;
}

} // namespace OneWindow
