#pragma once

#include "templates/FormTemplate.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QVariant>

namespace OneWindow {

// Checks answers as the clerk types. Messages are translated here (tr) because
// the clerk reads them beside the field; templates may override a pattern's
// message and give the messages of their cross-field rules in both languages.
class FieldValidator
{
    Q_DECLARE_TR_FUNCTIONS(FieldValidator)

public:
    // Empty when the value is acceptable for this field.
    static QString validate(const FieldDefinition &field, const QVariant &value,
                            const QVariantMap &allValues, const QDate &today);
    // The problems of a compound value by part, so each shows beside its own
    // editor: person "name", "idNumber", "phone"; address "region", "street";
    // repeat "INDEX/CHILD-ID" (and "" for the group); "" for the whole field.
    static QMap<QString, QString> validateParts(const FieldDefinition &field, const QVariant &value,
                                                const QVariantMap &allValues, const QDate &today);
    // Every visible field's problem, keyed by field id, then the template's
    // cross-field rules (a rule's message goes to its field if that has none yet).
    static QMap<QString, QString> validateAll(const FormTemplate &form, const QVariantMap &values,
                                              const QDate &today);
    // The message of the first cross-field rule that fails for `fieldId`.
    static QString ruleProblem(const FormTemplate &form, const QString &fieldId,
                               const QVariantMap &values);
    // Dates are typed as yyyy-MM-dd or yyyyMMdd, and with `today` given also as
    // MMdd of today's year; an impossible date gives an invalid QDate.
    static QDate parseDate(const QString &text, const QDate &today = {});
    // The words for an ID number that fails a check, by IdNumber's error code
    // ("checksum", "length", "birth-date", "region", "characters").
    static QString idNumberProblem(const QString &code);
    // Whole years from `birth` to `today`.
    static int ageInYears(const QDate &birth, const QDate &today);

private:
    static QString validateScalar(const FieldDefinition &field, const QVariant &value,
                                  const QVariantMap &scope, const QDate &today, bool required);
};

} // namespace OneWindow
