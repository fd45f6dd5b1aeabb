#pragma once

#include "templates/FormTemplate.h"

class QWidget;

namespace OneWindow {

class FieldEditor;

// The editor for a field's type.
class FieldEditorFactory
{
public:
    static FieldEditor *create(const FieldDefinition &field, const QString &key, QWidget *parent);
};

} // namespace OneWindow
