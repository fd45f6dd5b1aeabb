#include "templates/FieldValidator.h"

#include "identity/IdNumber.h"

#include <QRegularExpression>
#include <QtNumeric>

namespace OneWindow {

QDate FieldValidator::parseDate(const QString &text)
{
    const QString t = text.trimmed();
    QDate d = QDate::fromString(t, QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid())
        d = QDate::fromString(t, QStringLiteral("yyyyMMdd"));
    return d;
}

namespace {

// Characters as a person counts them: a rare name character outside the Basic
// Multilingual Plane (e.g. U+2A6A5) is one character, not two UTF-16 units.
qsizetype characterCount(const QString &text)
{
    return text.toUcs4().size();
}

} // namespace

QString FieldValidator::validate(const FieldDefinition &field, const QVariant &value,
                                 const QVariantMap &allValues, const QDate &today)
{
    if (!field.visibleWhen.evaluate(allValues))
        return {};
    if (field.type == FieldDefinition::Type::MultiChoice &&
        (value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList)) {
        // A multiple choice is a list: QVariant::toString() of a list is empty.
        const QStringList picked = value.toStringList();
        if (picked.isEmpty())
            return field.isRequired(allValues) ? tr("必填") : QString();
        for (const QString &p : picked) {
            bool known = false;
            for (const FieldOption &o : field.options)
                known = known || o.value == p;
            if (!known)
                return tr("请从列表中选择");
        }
        return {};
    }
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        if (field.type == FieldDefinition::Type::YesNo && value.isValid())
            return {};
        return field.isRequired(allValues) ? tr("必填") : QString();
    }
    if (field.minLength > 0 && characterCount(text) < field.minLength)
        return tr("至少 %1 个字").arg(field.minLength);
    if (field.maxLength > 0 && characterCount(text) > field.maxLength)
        return tr("最多 %1 个字").arg(field.maxLength);

    switch (field.type) {
    case FieldDefinition::Type::Number:
    case FieldDefinition::Type::Money: {
        bool ok = false;
        const double n = text.toDouble(&ok);
        // toDouble() accepts "nan" and "inf", which every range check lets through.
        if (!ok || !qIsFinite(n))
            return tr("请输入数字");
        if (field.type == FieldDefinition::Type::Money
            && !QRegularExpression(QStringLiteral("^\\d+(\\.\\d{1,2})?$")).match(text).hasMatch())
            return tr("金额最多两位小数");
        if (field.hasRange && (n < field.minimum || n > field.maximum))
            return tr("应在 %1 到 %2 之间").arg(field.minimum).arg(field.maximum);
        break;
    }
    case FieldDefinition::Type::Date: {
        const QDate d = parseDate(text);
        if (!d.isValid())
            return tr("日期无效，请按 年-月-日 填写，例如 2026-01-31");
        if (field.dateRule == QLatin1String("not-future") && d > today)
            return tr("日期不能晚于今天");
        if (field.dateRule == QLatin1String("not-past") && d < today)
            return tr("日期不能早于今天");
        if (field.maxAgeDays > 0 && d < today.addDays(-field.maxAgeDays))
            return tr("日期不能早于 %1").arg(today.addDays(-field.maxAgeDays).toString(Qt::ISODate));
        break;
    }
    case FieldDefinition::Type::Phone:
        if (!QRegularExpression(QStringLiteral("^(1\\d{10}|0\\d{2,3}-?\\d{7,8})$")).match(text).hasMatch())
            return tr("电话号码格式不正确");
        break;
    case FieldDefinition::Type::IdNumber: {
        const IdNumberInfo info = IdNumber::check(text, today);
        if (!info.valid) {
            if (info.error == QLatin1String("checksum"))
                return tr("身份证号码校验位不正确");
            if (info.error == QLatin1String("length"))
                return tr("身份证号码应为18位");
            if (info.error == QLatin1String("birth-date"))
                return tr("身份证号码中的出生日期无效");
            if (info.error == QLatin1String("region"))
                return tr("身份证号码的地区代码不存在");
            return tr("身份证号码含有无效字符");
        }
        break;
    }
    case FieldDefinition::Type::Choice: {
        bool known = false;
        for (const FieldOption &o : field.options)
            known = known || o.value == text;
        if (!known)
            return tr("请从列表中选择");
        break;
    }
    default:
        break;
    }
    if (!field.pattern.isEmpty()) {
        const QRegularExpression re(QRegularExpression::anchoredPattern(field.pattern));
        if (!re.match(text).hasMatch())
            return field.patternMessage.isEmpty() ? tr("格式不正确") : field.patternMessage.text();
    }
    return {};
}

QMap<QString, QString> FieldValidator::validateAll(const FormTemplate &form, const QVariantMap &values,
                                                   const QDate &today)
{
    QMap<QString, QString> problems;
    for (const FieldDefinition &f : form.fields) {
        const QString message = validate(f, values.value(f.id), values, today);
        if (!message.isEmpty())
            problems.insert(f.id, message);
    }
    return problems;
}

} // namespace OneWindow
