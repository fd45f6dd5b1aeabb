#include "fields/FieldEditorFactory.h"

#include "fields/AddressFieldEditor.h"
#include "fields/PersonFieldEditor.h"
#include "fields/RepeatFieldEditor.h"
#include "fields/ScalarFieldEditor.h"

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
