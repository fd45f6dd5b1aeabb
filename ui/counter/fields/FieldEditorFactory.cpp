#include "counter/fields/FieldEditorFactory.h"

#include "counter/fields/AddressFieldEditor.h"
#include "counter/fields/PersonFieldEditor.h"
#include "counter/fields/RepeatFieldEditor.h"
#include "counter/fields/ScalarFieldEditor.h"

namespace OneWindow {

FieldEditor *FieldEditorFactory::create(const FieldDefinition &field, const QString &key,
                                        QWidget *parent)
{
    switch (field.type) {
    case FieldDefinition::Type::Address:
        return new AddressFieldEditor(field, key, parent);
    case FieldDefinition::Type::Person:
        return new PersonFieldEditor(field, key, parent);
    case FieldDefinition::Type::Repeat:
        return new RepeatFieldEditor(field, key, parent);
    default:
        return new ScalarFieldEditor(field, key, parent);
    }
}

} // namespace OneWindow
