#include "templates/FieldValidator.h"
#include "templates/TemplateLoader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

using namespace OneWindow;

Q_DECLARE_METATYPE(OneWindow::FieldDefinition)

namespace {

const QDate kToday(2026, 11, 24);

// GB 11643 MOD 11-2, written here from the standard so the test does not lean
// on identity/IdNumber.cpp. Only synthetic numbers are ever built with it.
QChar mod112(const QString &first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - '0') * weights[i];
    return QLatin1Char("10X98765432"[sum % 11]);
}

QString syntheticId(const QString &region, const QString &birth, const QString &sequence)
{
    const QString first17 = region + birth + sequence;
    return first17 + mod112(first17);
}

// A synthetic number whose check character is X, to test the lower-case x.
QString syntheticIdEndingInX()
{
    for (int seq = 0; seq < 1000; ++seq) {
        const QString id = syntheticId(QStringLiteral("110105"), QStringLiteral("19900307"),
                                       QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0')));
        if (id.endsWith(QLatin1Char('X')))
            return id;
    }
    qFatal("no sequence gives X");
    return {};
}

// The check character replaced by a different, wrong one.
QString withWrongCheck(const QString &id)
{
    const QChar right = id.at(17);
    return id.left(17) + (right == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1'));
}

Condition rule(const QByteArray &json)
{
    QString error;
    const Condition c =
        Condition::fromJson(QJsonDocument::fromJson(json).object(), QStringLiteral("/t"), &error);
    if (!error.isEmpty())
        qFatal("bad rule in the test: %s", qPrintable(error));
    return c;
}

FieldDefinition field(FieldDefinition::Type type, bool required = false)
{
    FieldDefinition f;
    f.id = QStringLiteral("f");
    f.type = type;
    f.label = LocalizedText{QStringLiteral("字段"), QStringLiteral("Field")};
    f.required = required;
    return f;
}

FieldDefinition text(int minLength, int maxLength)
{
    FieldDefinition f = field(FieldDefinition::Type::Text);
    f.minLength = minLength;
    f.maxLength = maxLength;
    return f;
}

FieldDefinition ranged(FieldDefinition::Type type, double minimum, double maximum)
{
    FieldDefinition f = field(type);
    f.hasRange = true;
    f.minimum = minimum;
    f.maximum = maximum;
    return f;
}

FieldDefinition date(const QString &rule = QString(), int maxAgeDays = 0)
{
    FieldDefinition f = field(FieldDefinition::Type::Date);
    f.dateRule = rule;
    f.maxAgeDays = maxAgeDays;
    return f;
}

FieldDefinition choice(FieldDefinition::Type type = FieldDefinition::Type::Choice)
{
    FieldDefinition f = field(type);
    f.options = {{QStringLiteral("mother"), {QStringLiteral("母亲"), QStringLiteral("Mother")}},
                 {QStringLiteral("father"), {QStringLiteral("父亲"), QStringLiteral("Father")}}};
    return f;
}

FieldDefinition certificateNumber(bool withMessage)
{
    FieldDefinition f = field(FieldDefinition::Type::Text);
    f.pattern = QStringLiteral("[A-Z]\\d{9}");
    if (withMessage)
        f.patternMessage = {QStringLiteral("应为1个大写字母加9位数字"),
                            QStringLiteral("One capital letter and 9 digits")};
    return f;
}

FormTemplate newborn()
{
    QStringList problems;
    const FormTemplate t =
        TemplateLoader::loadFile(QStringLiteral(":/forms/newborn.json"), &problems);
    if (!problems.isEmpty() || t.fields.isEmpty())
        qFatal("the shipped newborn template did not load: %s", qPrintable(problems.join('\n')));
    return t;
}

// Realistic, entirely synthetic answers for the newborn bundle.
QVariantMap newbornAnswers()
{
    return {
        {"applicant_name", QStringLiteral("测试母")},
        {"applicant_id", syntheticId("110105", "19930415", "128")},
        {"applicant_relation", QStringLiteral("mother")},
        {"other_parent", QVariantMap{{"name", QStringLiteral("测试父")},
                                     {"idNumber", syntheticId("320102", "19910812", "137")}}},
        {"parents_married", true},
        {"contact_phone", QStringLiteral("13800138000")},
        {"child_name", QStringLiteral("测试小雨")},
        {"child_sex", QStringLiteral("female")},
        {"child_birth_date", QStringLiteral("2026-11-02")},
        {"birth_hospital", QStringLiteral("某市妇幼保健院")},
        {"birth_certificate_no", QStringLiteral("Q510012345")},
        {"hukou_address", QStringLiteral("某省某市某区某路1号")},
        {"medical_insurance", true},
        {"social_security_card", false},
    };
}

} // namespace

class tst_FieldValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validate_data();
    void validate();
    void parseDate_data();
    void parseDate();
    void patternMessageFollowsTheLocale();
    void newbornCompleteAnswersHaveNoProblems();
    void newbornGaps_data();
    void newbornGaps();
};

void tst_FieldValidator::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
}

void tst_FieldValidator::validate_data()
{
    using T = FieldDefinition::Type;
    QTest::addColumn<FieldDefinition>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QVariantMap>("all");
    QTest::addColumn<QString>("expected");

    const QString required = QStringLiteral("必填");
    const QVariantMap none;

    // Required and visible
    QTest::newRow("required, empty")
        << field(T::Text, true) << QVariant(QString()) << none << required;
    QTest::newRow("required, blank")
        << field(T::Text, true) << QVariant(QStringLiteral("  ")) << none << required;
    QTest::newRow("required, no value") << field(T::Text, true) << QVariant() << none << required;
    QTest::newRow("required, given")
        << field(T::Text, true) << QVariant(QStringLiteral("x")) << none << QString();
    QTest::newRow("optional, empty") << field(T::Text) << QVariant(QString()) << none << QString();

    FieldDefinition spouse = field(T::Text, true);
    spouse.visibleWhen = rule(R"({"field": "married", "equals": true})");
    QTest::newRow("hidden required field, empty")
        << spouse << QVariant() << QVariantMap{{"married", false}} << QString();
    QTest::newRow("visible required field, empty")
        << spouse << QVariant() << QVariantMap{{"married", true}} << required;
    FieldDefinition hiddenPhone = field(T::Phone);
    hiddenPhone.visibleWhen = rule(R"({"field": "married", "equals": true})");
    QTest::newRow("hidden field is not checked at all")
        << hiddenPhone << QVariant(QStringLiteral("not a phone")) << QVariantMap{{"married", false}}
        << QString();

    FieldDefinition when = field(T::Text);
    when.hasRequiredWhen = true;
    when.requiredWhen = rule(R"({"field": "relation", "equals": "father"})");
    QTest::newRow("requiredWhen holds")
        << when << QVariant() << QVariantMap{{"relation", QStringLiteral("father")}} << required;
    QTest::newRow("requiredWhen does not hold")
        << when << QVariant() << QVariantMap{{"relation", QStringLiteral("mother")}} << QString();

    QTest::newRow("required yes/no answered no")
        << field(T::YesNo, true) << QVariant(false) << none << QString();
    QTest::newRow("required yes/no answered yes")
        << field(T::YesNo, true) << QVariant(true) << none << QString();
    QTest::newRow("required yes/no unanswered")
        << field(T::YesNo, true) << QVariant() << none << required;

    // Length, counted in characters as people count them
    QTest::newRow("minLength, too short")
        << text(2, 0) << QVariant(QStringLiteral("王")) << none << QStringLiteral("至少 2 个字");
    QTest::newRow("minLength, exact")
        << text(2, 0) << QVariant(QStringLiteral("王芳")) << none << QString();
    QTest::newRow("minLength, surrounding spaces do not count")
        << text(2, 0) << QVariant(QStringLiteral(" 王 ")) << none << QStringLiteral("至少 2 个字");
    QTest::newRow("maxLength, too long") << text(0, 4) << QVariant(QStringLiteral("欧阳娜娜娜"))
                                         << none << QStringLiteral("最多 4 个字");
    QTest::newRow("maxLength, exact")
        << text(0, 4) << QVariant(QStringLiteral("欧阳娜娜")) << none << QString();
    // U+2A6A5 (CJK Extension B) is one character but two UTF-16 units.
    const QString rare = QString::fromUcs4(U"\U0002A6A5");
    QTest::newRow("maxLength, rare character counts once")
        << text(0, 2) << QVariant(QStringLiteral("王") + rare) << none << QString();
    QTest::newRow("minLength, rare character counts once")
        << text(2, 0) << QVariant(rare) << none << QStringLiteral("至少 2 个字");

    // Number and money
    QTest::newRow("number") << field(T::Number) << QVariant(QStringLiteral("12")) << none
                            << QString();
    QTest::newRow("number, decimal")
        << field(T::Number) << QVariant(QStringLiteral("12.5")) << none << QString();
    QTest::newRow("number, given as int") << field(T::Number) << QVariant(7) << none << QString();
    QTest::newRow("number, not a number") << field(T::Number) << QVariant(QStringLiteral("十二"))
                                          << none << QStringLiteral("请输入数字");
    const FieldDefinition zeroToTen = ranged(T::Number, 0, 10);
    QTest::newRow("range, nan is not a number")
        << zeroToTen << QVariant(QStringLiteral("nan")) << none << QStringLiteral("请输入数字");
    QTest::newRow("number, inf is not a number")
        << field(T::Number) << QVariant(QStringLiteral("inf")) << none
        << QStringLiteral("请输入数字");
    QTest::newRow("range, lower bound")
        << zeroToTen << QVariant(QStringLiteral("0")) << none << QString();
    QTest::newRow("range, upper bound")
        << zeroToTen << QVariant(QStringLiteral("10")) << none << QString();
    QTest::newRow("range, above") << zeroToTen << QVariant(QStringLiteral("10.5")) << none
                                  << QStringLiteral("应在 0 到 10 之间");
    QTest::newRow("range, below") << zeroToTen << QVariant(QStringLiteral("-1")) << none
                                  << QStringLiteral("应在 0 到 10 之间");
    QTest::newRow("money, two decimals")
        << field(T::Money) << QVariant(QStringLiteral("12.50")) << none << QString();
    QTest::newRow("money, whole") << field(T::Money) << QVariant(QStringLiteral("300")) << none
                                  << QString();
    QTest::newRow("money, three decimals") << field(T::Money) << QVariant(QStringLiteral("12.505"))
                                           << none << QStringLiteral("金额最多两位小数");
    QTest::newRow("money, not a number") << field(T::Money) << QVariant(QStringLiteral("abc"))
                                         << none << QStringLiteral("请输入数字");
    QTest::newRow("money, range") << ranged(T::Money, 0.5, 1000) << QVariant(QStringLiteral("0.49"))
                                  << none << QStringLiteral("应在 0.5 到 1000 之间");

    // Dates (today is 2026-11-24)
    const QString badDate =
        QStringLiteral("日期无效，请按 年-月-日 填写，例如 2026-01-31、20260131 或本年的 0131");
    QTest::newRow("date, ISO") << date() << QVariant(QStringLiteral("2026-01-31")) << none
                               << QString();
    QTest::newRow("date, yyyyMMdd")
        << date() << QVariant(QStringLiteral("20260131")) << none << QString();
    QTest::newRow("date, 29 Feb in a leap year")
        << date() << QVariant(QStringLiteral("2024-02-29")) << none << QString();
    QTest::newRow("date, 29 Feb in a common year")
        << date() << QVariant(QStringLiteral("2026-02-29")) << none << badDate;
    QTest::newRow("date, impossible 30 Feb")
        << date() << QVariant(QStringLiteral("2026-02-30")) << none << badDate;
    QTest::newRow("date, impossible 30 Feb, yyyyMMdd")
        << date() << QVariant(QStringLiteral("20260230")) << none << badDate;
    QTest::newRow("date, month 13")
        << date() << QVariant(QStringLiteral("2026-13-01")) << none << badDate;
    QTest::newRow("date, slashes")
        << date() << QVariant(QStringLiteral("2026/01/31")) << none << badDate;
    QTest::newRow("date, words") << date() << QVariant(QStringLiteral("明天")) << none << badDate;
    QTest::newRow("not-future, today")
        << date(QStringLiteral("not-future")) << QVariant(QStringLiteral("2026-11-24")) << none
        << QString();
    QTest::newRow("not-future, tomorrow")
        << date(QStringLiteral("not-future")) << QVariant(QStringLiteral("2026-11-25")) << none
        << QStringLiteral("日期不能晚于今天");
    QTest::newRow("not-future, tomorrow as yyyyMMdd")
        << date(QStringLiteral("not-future")) << QVariant(QStringLiteral("20261125")) << none
        << QStringLiteral("日期不能晚于今天");
    QTest::newRow("not-past, today") << date(QStringLiteral("not-past"))
                                     << QVariant(QStringLiteral("2026-11-24")) << none << QString();
    QTest::newRow("not-past, yesterday")
        << date(QStringLiteral("not-past")) << QVariant(QStringLiteral("2026-11-23")) << none
        << QStringLiteral("日期不能早于今天");
    // 365 days before 2026-11-24 is 2025-11-24 (no 29 February in between).
    QTest::newRow("maxAgeDays, oldest allowed")
        << date(QStringLiteral("not-future"), 365) << QVariant(QStringLiteral("2025-11-24")) << none
        << QString();
    QTest::newRow("maxAgeDays, one day too old")
        << date(QStringLiteral("not-future"), 365) << QVariant(QStringLiteral("2025-11-23")) << none
        << QStringLiteral("日期不能早于 2025-11-24");

    // Phone
    const QString badPhone = QStringLiteral("电话号码格式不正确");
    QTest::newRow("mobile") << field(T::Phone) << QVariant(QStringLiteral("13800138000")) << none
                            << QString();
    QTest::newRow("landline with area code")
        << field(T::Phone) << QVariant(QStringLiteral("010-12345678")) << none << QString();
    QTest::newRow("landline, 4-digit area code, no dash")
        << field(T::Phone) << QVariant(QStringLiteral("07551234567")) << none << QString();
    QTest::newRow("mobile, 10 digits")
        << field(T::Phone) << QVariant(QStringLiteral("1380013800")) << none << badPhone;
    QTest::newRow("mobile, 12 digits")
        << field(T::Phone) << QVariant(QStringLiteral("138001380001")) << none << badPhone;
    QTest::newRow("starts with 2")
        << field(T::Phone) << QVariant(QStringLiteral("23800138000")) << none << badPhone;
    QTest::newRow("mobile with dashes")
        << field(T::Phone) << QVariant(QStringLiteral("138-0013-8000")) << none << badPhone;

    // ID number (synthetic numbers only)
    const QString validId = syntheticId("110105", "19900307", "123");
    const QString xId = syntheticIdEndingInX();
    QTest::newRow("id, valid") << field(T::IdNumber) << QVariant(validId) << none << QString();
    QTest::newRow("id, check character X")
        << field(T::IdNumber) << QVariant(xId) << none << QString();
    QTest::newRow("id, lower-case x")
        << field(T::IdNumber) << QVariant(xId.toLower()) << none << QString();
    QTest::newRow("id, wrong check character")
        << field(T::IdNumber) << QVariant(withWrongCheck(validId)) << none
        << QStringLiteral("身份证号码校验位不正确");
    QTest::newRow("id, 17 digits") << field(T::IdNumber) << QVariant(validId.left(17)) << none
                                   << QStringLiteral("身份证号码应为18位");
    QTest::newRow("id, impossible birth date")
        << field(T::IdNumber) << QVariant(syntheticId("110105", "19900230", "123")) << none
        << QStringLiteral("身份证号码中的出生日期无效");
    QTest::newRow("id, born after today")
        << field(T::IdNumber) << QVariant(syntheticId("110105", "20261125", "123")) << none
        << QStringLiteral("身份证号码中的出生日期无效");
    QTest::newRow("id, province 99 does not exist")
        << field(T::IdNumber) << QVariant(syntheticId("990105", "19900307", "123")) << none
        << QStringLiteral("身份证号码的地区代码不存在");
    QTest::newRow("id, letter inside")
        << field(T::IdNumber) << QVariant(validId.left(10) + QLatin1Char('A') + validId.mid(11))
        << none << QStringLiteral("身份证号码含有无效字符");

    // Choice
    QTest::newRow("choice, listed")
        << choice() << QVariant(QStringLiteral("father")) << none << QString();
    QTest::newRow("choice, not listed") << choice() << QVariant(QStringLiteral("uncle")) << none
                                        << QStringLiteral("请从列表中选择");
    QTest::newRow("choice, label instead of value")
        << choice() << QVariant(QStringLiteral("父亲")) << none << QStringLiteral("请从列表中选择");
    FieldDefinition requiredMulti = choice(T::MultiChoice);
    requiredMulti.required = true;
    QTest::newRow("multichoice, picked")
        << requiredMulti << QVariant(QStringList{"mother", "father"}) << none << QString();
    QTest::newRow("multichoice, nothing picked")
        << requiredMulti << QVariant(QStringList()) << none << required;
    QTest::newRow("multichoice, unknown item")
        << requiredMulti << QVariant(QStringList{"mother", "uncle"}) << none
        << QStringLiteral("请从列表中选择");

    // Pattern (whole value), with the template's message or the generic one
    QTest::newRow("pattern, matches")
        << certificateNumber(true) << QVariant(QStringLiteral("Q510012345")) << none << QString();
    QTest::newRow("pattern, template message")
        << certificateNumber(true) << QVariant(QStringLiteral("q510012345")) << none
        << QStringLiteral("应为1个大写字母加9位数字");
    QTest::newRow("pattern, extra leading text")
        << certificateNumber(true) << QVariant(QStringLiteral("XQ510012345")) << none
        << QStringLiteral("应为1个大写字母加9位数字");
    QTest::newRow("pattern, extra trailing digit")
        << certificateNumber(true) << QVariant(QStringLiteral("Q5100123456")) << none
        << QStringLiteral("应为1个大写字母加9位数字");
    QTest::newRow("pattern, generic message")
        << certificateNumber(false) << QVariant(QStringLiteral("12345")) << none
        << QStringLiteral("格式不正确");
}

void tst_FieldValidator::validate()
{
    QFETCH(FieldDefinition, field);
    QFETCH(QVariant, value);
    QFETCH(QVariantMap, all);
    QFETCH(QString, expected);
    QCOMPARE(FieldValidator::validate(field, value, all, kToday), expected);
}

void tst_FieldValidator::parseDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("expected");
    const QDate none;
    QTest::newRow("ISO") << QStringLiteral("2026-01-31") << none << QDate(2026, 1, 31);
    QTest::newRow("compact") << QStringLiteral("20260131") << none << QDate(2026, 1, 31);
    QTest::newRow("spaces") << QStringLiteral(" 2026-01-31 ") << none << QDate(2026, 1, 31);
    QTest::newRow("impossible") << QStringLiteral("2026-02-30") << none << QDate();
    QTest::newRow("impossible compact") << QStringLiteral("20260230") << none << QDate();
    QTest::newRow("empty") << QString() << none << QDate();
    // Month and day of the counter's year, only when the year is known.
    QTest::newRow("this year") << QStringLiteral("1108") << kToday << QDate(kToday.year(), 11, 8);
    QTest::newRow("this year, January")
        << QStringLiteral("0131") << kToday << QDate(kToday.year(), 1, 31);
    QTest::newRow("no year known") << QStringLiteral("1108") << none << QDate();
    QTest::newRow("impossible this year") << QStringLiteral("0230") << kToday << QDate();
    QTest::newRow("three digits") << QStringLiteral("118") << kToday << QDate();
    QTest::newRow("full date wins") << QStringLiteral("20251108") << kToday << QDate(2025, 11, 8);
}

void tst_FieldValidator::parseDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, today);
    QFETCH(QDate, expected);
    QCOMPARE(FieldValidator::parseDate(text, today), expected);
}

void tst_FieldValidator::patternMessageFollowsTheLocale()
{
    const FieldDefinition f = certificateNumber(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QString english = FieldValidator::validate(f, QStringLiteral("bad"), {}, kToday);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QCOMPARE(english, QStringLiteral("One capital letter and 9 digits"));
}

void tst_FieldValidator::newbornCompleteAnswersHaveNoProblems()
{
    const FormTemplate form = newborn();
    QCOMPARE(FieldValidator::validateAll(form, newbornAnswers(), kToday),
             (QMap<QString, QString>()));
}

void tst_FieldValidator::newbornGaps_data()
{
    QTest::addColumn<QVariantMap>("changes"); // an invalid QVariant removes the answer
    QTest::addColumn<QVariantMap>("expected");

    QTest::newRow("nothing answered, yes/no left out")
        << QVariantMap{{"applicant_name", QVariant()},       {"applicant_id", QVariant()},
                       {"applicant_relation", QVariant()},   {"other_parent", QVariant()},
                       {"parents_married", QVariant()},      {"contact_phone", QVariant()},
                       {"child_name", QVariant()},           {"child_sex", QVariant()},
                       {"child_birth_date", QVariant()},     {"birth_hospital", QVariant()},
                       {"birth_certificate_no", QVariant()}, {"hukou_address", QVariant()},
                       {"medical_insurance", QVariant()},    {"social_security_card", QVariant()}}
        // the yes/no questions are optional; every other field is required
        << QVariantMap{{"applicant_name", "必填"},     {"applicant_id", "必填"},
                       {"applicant_relation", "必填"}, {"other_parent", "姓名：必填"},
                       {"contact_phone", "必填"},      {"child_name", "必填"},
                       {"child_sex", "必填"},          {"child_birth_date", "必填"},
                       {"birth_hospital", "必填"},     {"birth_certificate_no", "必填"},
                       {"hukou_address", "必填"}};
    QTest::newRow("some gaps and mistakes")
        << QVariantMap{{"child_name", QVariant()},
                       {"contact_phone", QStringLiteral("12345")},
                       {"child_birth_date", QStringLiteral("2026-12-01")},
                       {"birth_certificate_no", QStringLiteral("510012345")}}
        << QVariantMap{{"child_name", "必填"},
                       {"contact_phone", "电话号码格式不正确"},
                       {"child_birth_date", "日期不能晚于今天"},
                       {"birth_certificate_no", "应为1个大写字母加9位数字，例如 Q510012345"}};
    QTest::newRow("birth more than a year ago")
        << QVariantMap{{"child_birth_date", QStringLiteral("2025-11-01")}}
        << QVariantMap{{"child_birth_date", "日期不能早于 2025-11-24"}};
    QTest::newRow("name with Latin letters, relation not listed")
        << QVariantMap{{"child_name", QStringLiteral("Tom")},
                       {"applicant_relation", QStringLiteral("aunt")}}
        << QVariantMap{{"child_name", "姓名只能包含汉字和间隔号"},
                       {"applicant_relation", "请从列表中选择"}};
    QTest::newRow("other parent's ID check character wrong")
        << QVariantMap{{"other_parent",
                        QVariantMap{{"name", QStringLiteral("测试父")},
                                    {"idNumber",
                                     withWrongCheck(syntheticId("320102", "19910812", "137"))}}}}
        << QVariantMap{{"other_parent", "身份证号码校验位不正确"}};
    QTest::newRow("other parent's name too long")
        << QVariantMap{{"other_parent",
                        QVariantMap{{"name", QString(31, QChar(0x738B))},
                                    {"idNumber", syntheticId("320102", "19910812", "137")}}}}
        << QVariantMap{{"other_parent", "姓名：最多 30 个字"}};
    QTest::newRow("other parent without an ID number")
        << QVariantMap{{"other_parent", QVariantMap{{"name", QStringLiteral("测试父")}}}}
        << QVariantMap{{"other_parent", "身份证号码：必填"}};
    QTest::newRow("cross-field rule: the other parent is the applicant")
        << QVariantMap{{"other_parent",
                        QVariantMap{{"name", QStringLiteral("测试母")},
                                    {"idNumber", syntheticId("110105", "19930415", "128")}}}}
        << QVariantMap{{"other_parent", "另一方父母不能是申请人本人"}};
    QTest::newRow("birth weight out of range")
        << QVariantMap{{"birth_weight", QStringLiteral("12000")}}
        << QVariantMap{{"birth_weight", "应在 300 到 7000 之间"}};
}

void tst_FieldValidator::newbornGaps()
{
    QFETCH(QVariantMap, changes);
    QFETCH(QVariantMap, expected);
    QVariantMap answers = newbornAnswers();
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (it.value().isValid())
            answers.insert(it.key(), it.value());
        else
            answers.remove(it.key());
    }
    const QMap<QString, QString> problems = FieldValidator::validateAll(newborn(), answers, kToday);
    QVariantMap actual;
    for (auto it = problems.cbegin(); it != problems.cend(); ++it)
        actual.insert(it.key(), it.value());
    QCOMPARE(actual, expected);
}

QTEST_GUILESS_MAIN(tst_FieldValidator)
#include "tst_FieldValidator.moc"
