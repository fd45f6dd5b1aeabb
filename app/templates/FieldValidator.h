#pragma once

#include "templates/FormTemplate.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QVariant>

namespace OneWindow {

// Checks answers as the clerk types. Messages are translated here (tr) because
// the clerk reads them beside the field; templates may override a pattern's message.
class FieldValidator
{
    Q_DECLARE_TR_FUNCTIONS(FieldValidator)

public:
    // Empty when the value is acceptable for this field.
    static QString validate(const FieldDefinition &field, const QVariant &value,
                            const QVariantMap &allValues, const QDate &today);
    // Every visible field's problem, keyed by field id.
    static QMap<QString, QString> validateAll(const FormTemplate &form, const QVariantMap &values,
                                              const QDate &today);
    // Dates are typed as yyyy-MM-dd or yyyyMMdd; an impossible date gives an invalid QDate.
    static QDate parseDate(const QString &text);
};

} // namespace OneWindow
