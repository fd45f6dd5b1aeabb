#include "templates/FieldValidator.h"

#include "common/PlainText.h"
#include "identity/IdNumber.h"
#include "templates/RegionTable.h"

#include <QRegularExpression>
#include <QtNumeric>

namespace OneWindow {

QDate FieldValidator::parseDate(const QString &text, const QDate &today)
{
    const QString t = text.trimmed();
    for (const char *format : {"yyyy-MM-dd", "yyyyMMdd"}) {
        const QDate d = QDate::fromString(t, QLatin1String(format));
        if (d.isValid())
            return d;
    }
    // "1108": the 8th of November of the counter's year, the fastest way to type a
    // recent date. Only with a year to put it in.
    if (today.isValid() && t.size() == 4) {
        const QDate d =
            QDate::fromString(QString::number(today.year()) + t, QStringLiteral("yyyyMMdd"));
        if (d.isValid())
            return d;
    }
    return {};
}

QString FieldValidator::idNumberProblem(const QString &code)
{
    // Worded by what is wrong with the number, never by where it came from: the
    // same words for a card, an e-ID code and a number the clerk typed.
    if (code == QLatin1String("checksum"))
        return tr("身份证号码校验位不正确");
    if (code == QLatin1String("length"))
        return tr("身份证号码应为18位");
    if (code == QLatin1String("birth-date"))
        return tr("身份证号码中的出生日期无效");
    if (code == QLatin1String("region"))
        return tr("身份证号码的地区代码不存在");
    return tr("身份证号码含有无效字符");
}

int FieldValidator::ageInYears(const QDate &birth, const QDate &today)
{
    int years = today.year() - birth.year();
    if (today.month() < birth.month() ||
        (today.month() == birth.month() && today.day() < birth.day()))
        --years;
    return years;
}

namespace {

// Characters as a person counts them: a rare name character outside the Basic
// Multilingual Plane (e.g. U+2A6A5) is one character, not two UTF-16 units.
qsizetype characterCount(const QString &text)
{
    return text.toUcs4().size();
}

QString numberProblem(const QString &text, const QDate &today)
{
    const IdNumberInfo info = IdNumber::check(text, today);
    return info.valid ? QString() : FieldValidator::idNumberProblem(info.error);
}

bool isList(const QVariant &v)
{
    return v.typeId() == QMetaType::QStringList || v.typeId() == QMetaType::QVariantList;
}

} // namespace

QString FieldValidator::validateScalar(const FieldDefinition &field, const QVariant &value,
                                       const QVariantMap &scope, const QDate &today, bool required)
{
    if (field.type == FieldDefinition::Type::MultiChoice && isList(value)) {
        // A multiple choice is a list: QVariant::toString() of a list is empty.
        const QStringList picked = value.toStringList();
        if (picked.isEmpty())
            return required ? tr("必填") : QString();
        for (const QString &p : picked) {
            bool known = false;
            for (const FieldOption &o : field.options)
                known = known || o.value == p;
            if (!known)
                return tr("请从列表中选择");
        }
        return {};
    }
    if (field.type == FieldDefinition::Type::Attachment) {
        if (required && !value.toBool())
            return tr("请收取此材料");
        return {};
    }
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        if (field.type == FieldDefinition::Type::YesNo && value.isValid())
            return {};
        return required ? tr("必填") : QString();
    }
    // Stored, shown and printed as typed: nothing PlainText refuses (a NUL, broken
    // UTF-8, a direction override), and no text longer than a reason may be.
    if (text.size() > PlainText::kMaxReason)
        return tr("最多 %1 个字").arg(PlainText::kMaxReason);
    if (!PlainText::problem(text, PlainText::Lines::Many, PlainText::kMaxReason).isEmpty())
        return tr("含有无法保存的字符（控制字符、方向控制符或无效编码）");
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
        if (field.type == FieldDefinition::Type::Money &&
            !QRegularExpression(QStringLiteral("^\\d+(\\.\\d{1,2})?$")).match(text).hasMatch())
            return tr("金额最多两位小数");
        if (field.hasRange && (n < field.minimum || n > field.maximum))
            return tr("应在 %1 到 %2 之间").arg(field.minimum).arg(field.maximum);
        break;
    }
    case FieldDefinition::Type::Date: {
        const QDate d = parseDate(text, today);
        if (!d.isValid())
            return tr("日期无效，请按 年-月-日 填写，例如 2026-01-31、20260131 或本年的 0131");
        if (field.dateRule == QLatin1String("not-future") && d > today)
            return tr("日期不能晚于今天");
        if (field.dateRule == QLatin1String("not-past") && d < today)
            return tr("日期不能早于今天");
        if (field.maxAgeDays > 0 && d < today.addDays(-field.maxAgeDays))
            return tr("日期不能早于 %1")
                .arg(today.addDays(-field.maxAgeDays).toString(Qt::ISODate));
        if (field.minAgeDays > 0 && d > today.addDays(-field.minAgeDays))
            return tr("日期不能晚于 %1")
                .arg(today.addDays(-field.minAgeDays).toString(Qt::ISODate));
        if (field.minAgeYears > 0 && ageInYears(d, today) < field.minAgeYears)
            return tr("应年满 %1 周岁").arg(field.minAgeYears);
        if (field.maxAgeYears > 0 && ageInYears(d, today) >= field.maxAgeYears)
            return tr("应未满 %1 周岁").arg(field.maxAgeYears);
        // Date relations: compared only once the other date is given and valid.
        const QDate before = parseDate(scope.value(field.dateBefore).toString(), today);
        if (!field.dateBefore.isEmpty() && before.isValid() && d >= before)
            return tr("应早于 %1").arg(before.toString(Qt::ISODate));
        const QDate after = parseDate(scope.value(field.dateAfter).toString(), today);
        if (!field.dateAfter.isEmpty() && after.isValid() && d <= after)
            return tr("应晚于 %1").arg(after.toString(Qt::ISODate));
        break;
    }
    case FieldDefinition::Type::Phone:
        if (!QRegularExpression(QStringLiteral("^(1\\d{10}|0\\d{2,3}-?\\d{7,8})$"))
                 .match(text)
                 .hasMatch())
            return tr("电话号码格式不正确");
        break;
    case FieldDefinition::Type::IdNumber: {
        const QString problem = numberProblem(text, today);
        if (!problem.isEmpty())
            return problem;
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

QMap<QString, QString> FieldValidator::validateParts(const FieldDefinition &field,
                                                     const QVariant &value,
                                                     const QVariantMap &allValues,
                                                     const QDate &today)
{
    QMap<QString, QString> parts;
    if (!field.visibleWhen.evaluate(allValues))
        return parts;
    const bool required = field.isRequired(allValues);
    auto add = [&parts](const QString &part, const QString &message) {
        if (!message.isEmpty())
            parts.insert(part, message);
    };

    switch (field.type) {
    case FieldDefinition::Type::Person: {
        const QVariantMap p = value.toMap();
        const QString name = p.value(QStringLiteral("name")).toString().trimmed();
        const QString id = p.value(QStringLiteral("idNumber")).toString().trimmed();
        const QString phone = p.value(QStringLiteral("phone")).toString().trimmed();
        if (name.isEmpty() && id.isEmpty() && phone.isEmpty()) {
            if (required) {
                add(QStringLiteral("name"), tr("必填"));
                add(QStringLiteral("idNumber"), tr("必填"));
            }
            return parts;
        }
        const int maxName = field.maxLength > 0 ? field.maxLength : 30;
        if (name.isEmpty())
            add(QStringLiteral("name"), tr("必填"));
        else if (characterCount(name) > maxName)
            add(QStringLiteral("name"), tr("最多 %1 个字").arg(maxName));
        if (id.isEmpty()) {
            add(QStringLiteral("idNumber"), tr("必填"));
        } else {
            QString problem = numberProblem(id, today);
            if (problem.isEmpty() && !field.personSex.isEmpty()) {
                const Sex sex = IdNumber::check(id, today).sex;
                if (field.personSex == QLatin1String("female") && sex != Sex::Female)
                    problem = tr("身份证号码显示为男性，此处应为女性");
                else if (field.personSex == QLatin1String("male") && sex != Sex::Male)
                    problem = tr("身份证号码显示为女性，此处应为男性");
            }
            add(QStringLiteral("idNumber"), problem);
        }
        if (field.personPhone && !phone.isEmpty() &&
            !QRegularExpression(QStringLiteral("^(1\\d{10}|0\\d{2,3}-?\\d{7,8})$"))
                 .match(phone)
                 .hasMatch())
            add(QStringLiteral("phone"), tr("电话号码格式不正确"));
        return parts;
    }
    case FieldDefinition::Type::Address: {
        const QVariantMap a = value.toMap();
        const QString code = a.value(QStringLiteral("code")).toString();
        const QString street = a.value(QStringLiteral("street")).toString().trimmed();
        if (code.isEmpty() && street.isEmpty()) {
            if (required)
                add(QStringLiteral("region"), tr("必填"));
            return parts;
        }
        if (code.isEmpty())
            add(QStringLiteral("region"), tr("请选择省、市、区县"));
        else if (!RegionTable::instance().find(code).isValid())
            add(QStringLiteral("region"), tr("行政区划代码不存在"));
        if (street.isEmpty())
            add(QStringLiteral("street"), tr("请填写街道、门牌号"));
        else if (field.maxLength > 0 && characterCount(street) > field.maxLength)
            add(QStringLiteral("street"), tr("最多 %1 个字").arg(field.maxLength));
        return parts;
    }
    case FieldDefinition::Type::Repeat: {
        const QVariantList items = value.toList();
        const int minItems = qMax(field.minItems, required ? 1 : 0);
        if (items.size() < minItems)
            add(QString(),
                minItems == 1 ? tr("至少填写 1 项") : tr("至少填写 %1 项").arg(minItems));
        if (field.maxItems > 0 && items.size() > field.maxItems)
            add(QString(), tr("最多 %1 项").arg(field.maxItems));
        for (int i = 0; i < items.size(); ++i) {
            const QVariantMap item = items.at(i).toMap();
            for (const FieldDefinition &child : field.children) {
                // A child's conditions and date relations look at its own item.
                const QMap<QString, QString> childParts =
                    validateParts(child, item.value(child.id), item, today);
                for (auto it = childParts.cbegin(); it != childParts.cend(); ++it)
                    add(QStringLiteral("%1/%2").arg(i).arg(child.id), it.value());
            }
        }
        return parts;
    }
    default:
        add(QString(), validateScalar(field, value, allValues, today, required));
        return parts;
    }
}

QString FieldValidator::validate(const FieldDefinition &field, const QVariant &value,
                                 const QVariantMap &allValues, const QDate &today)
{
    const QMap<QString, QString> parts = validateParts(field, value, allValues, today);
    if (parts.isEmpty())
        return {};
    if (field.type == FieldDefinition::Type::Repeat) {
        const QString part = parts.firstKey();
        if (part.isEmpty())
            return parts.first();
        const int index = part.section(QLatin1Char('/'), 0, 0).toInt();
        const FieldDefinition *child = field.child(part.section(QLatin1Char('/'), 1));
        return tr("第 %1 项 %2：%3")
            .arg(index + 1)
            .arg(child ? child->label.text() : QString(), parts.first());
    }
    // Parts in the order the clerk sees them; the part is named unless the message does.
    static const QList<QPair<QString, const char *>> partNames = {
        {QString(), ""},
        {QStringLiteral("name"), QT_TR_NOOP("姓名")},
        {QStringLiteral("idNumber"), QT_TR_NOOP("身份证号码")},
        {QStringLiteral("phone"), QT_TR_NOOP("电话")},
        {QStringLiteral("region"), QT_TR_NOOP("省市区")},
        {QStringLiteral("street"), QT_TR_NOOP("街道地址")},
    };
    for (const auto &[part, name] : partNames) {
        if (!parts.contains(part))
            continue;
        const QString message = parts.value(part);
        const QString partName = part.isEmpty() ? QString() : tr(name);
        if (partName.isEmpty() || message.contains(partName))
            return message;
        return tr("%1：%2").arg(partName, message);
    }
    return parts.first();
}

QString FieldValidator::ruleProblem(const FormTemplate &form, const QString &fieldId,
                                    const QVariantMap &values)
{
    for (const CrossFieldRule &rule : form.rules) {
        if (rule.field != fieldId)
            continue;
        const FieldDefinition *f = form.field(rule.field);
        if (f && !f->visibleWhen.evaluate(values))
            continue;
        if (rule.when.evaluate(values) && !rule.check.evaluate(values))
            return rule.message.text();
    }
    return {};
}

QMap<QString, QString> FieldValidator::validateAll(const FormTemplate &form,
                                                   const QVariantMap &values, const QDate &today)
{
    QMap<QString, QString> problems;
    for (const FieldDefinition &f : form.fields) {
        QString message = validate(f, values.value(f.id), values, today);
        if (message.isEmpty())
            message = ruleProblem(form, f.id, values);
        if (!message.isEmpty())
            problems.insert(f.id, message);
    }
    return problems;
}

} // namespace OneWindow
