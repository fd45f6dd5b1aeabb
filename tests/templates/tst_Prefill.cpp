#include "templates/Prefill.h"
#include "templates/RegionTable.h"
#include "templates/TemplateLoader.h"

#include <QJsonObject>
#include <QTest>

using namespace OneWindow;

Q_DECLARE_METATYPE(OneWindow::FieldDefinition)

namespace {

// Synthetic people only. The ID number's check character is irrelevant here:
// Prefill copies, it does not validate.
CardIdentity card()
{
    CardIdentity c;
    c.name = QStringLiteral("测试甲");
    c.idNumber = QStringLiteral("110105199003071234");
    c.sex = Sex::Female;
    c.birth = QDate(1990, 3, 7);
    c.address = QStringLiteral("某省某市某区卡上地址1号");
    return c;
}

Person person()
{
    Person p;
    p.idNumber = QStringLiteral("110105199003071234");
    p.name = QStringLiteral("测试甲");
    p.phone = QStringLiteral("13800138000");
    p.address = QStringLiteral("某市某区现住址2号");
    return p;
}

FieldDefinition field(const QString &id, FieldDefinition::Type type, const QString &prefill,
                      const QString &defaultValue = QString())
{
    FieldDefinition f;
    f.id = id;
    f.type = type;
    f.prefill = prefill;
    f.defaultValue = defaultValue;
    return f;
}

FormTemplate form(const QList<FieldDefinition> &fields)
{
    FormTemplate t;
    t.id = QStringLiteral("prefill-test");
    t.fields = fields;
    return t;
}

} // namespace

class tst_Prefill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void source_data();
    void source();
    void addressFallsBackToTheCard();
    void values_data();
    void values();
    void yesNoDefaultsBecomeBool_data();
    void yesNoDefaultsBecomeBool();
    void newborn();
    void lastAnswersAndFieldCopies_data();
    void lastAnswersAndFieldCopies();
    void lastAnswersPickTheNewestCaseOfTheMatter();
    void addressRegionFromText_data();
    void addressRegionFromText();
};

void tst_Prefill::source_data()
{
    QTest::addColumn<QString>("binding");
    QTest::addColumn<QVariant>("expected");

    QTest::newRow("identity.name")
        << QStringLiteral("identity.name") << QVariant(QStringLiteral("测试甲"));
    QTest::newRow("identity.surname")
        << QStringLiteral("identity.surname") << QVariant(QStringLiteral("测"));
    QTest::newRow("identity.idNumber")
        << QStringLiteral("identity.idNumber") << QVariant(QStringLiteral("110105199003071234"));
    QTest::newRow("identity.sex") << QStringLiteral("identity.sex")
                                  << QVariant(QStringLiteral("female"));
    QTest::newRow("identity.birth")
        << QStringLiteral("identity.birth") << QVariant(QStringLiteral("1990-03-07"));
    QTest::newRow("identity.address") << QStringLiteral("identity.address")
                                      << QVariant(QStringLiteral("某省某市某区卡上地址1号"));
    QTest::newRow("casefile.phone")
        << QStringLiteral("casefile.phone") << QVariant(QStringLiteral("13800138000"));
    QTest::newRow("casefile.address prefers the file")
        << QStringLiteral("casefile.address") << QVariant(QStringLiteral("某市某区现住址2号"));
    QTest::newRow("unknown binding") << QStringLiteral("casefile.email") << QVariant();
    QTest::newRow("wrong case") << QStringLiteral("identity.Name") << QVariant();
    QTest::newRow("empty binding") << QString() << QVariant();
}

void tst_Prefill::source()
{
    QFETCH(QString, binding);
    QFETCH(QVariant, expected);
    QCOMPARE(Prefill::source(binding, card(), person()), expected);
}

void tst_Prefill::addressFallsBackToTheCard()
{
    Person p = person();
    p.address.clear();
    QCOMPARE(Prefill::source(QStringLiteral("casefile.address"), card(), p),
             QVariant(QStringLiteral("某省某市某区卡上地址1号")));
}

void tst_Prefill::values_data()
{
    using T = FieldDefinition::Type;
    QTest::addColumn<QList<FieldDefinition>>("fields");
    QTest::addColumn<bool>("personOnFile"); // false: a first visit, nothing on file
    QTest::addColumn<QVariantMap>("expected");

    QTest::newRow("identity bindings")
        << QList<FieldDefinition>{field("n", T::Text, "identity.name"),
                                  field("i", T::IdNumber, "identity.idNumber"),
                                  field("s", T::Choice, "identity.sex"),
                                  field("b", T::Date, "identity.birth"),
                                  field("a", T::Address, "identity.address")}
        << true
        << QVariantMap{{"n", QStringLiteral("测试甲")},
                       {"i", QStringLiteral("110105199003071234")},
                       {"s", QStringLiteral("female")},
                       {"b", QStringLiteral("1990-03-07")},
                       {"a", QVariantMap{{"street", QStringLiteral("某省某市某区卡上地址1号")}}}};
    QTest::newRow("casefile bindings")
        << QList<FieldDefinition>{field("p", T::Phone, "casefile.phone"),
                                  field("a", T::Address, "casefile.address")}
        << true
        << QVariantMap{{"p", QStringLiteral("13800138000")},
                       {"a", QVariantMap{{"street", QStringLiteral("某市某区现住址2号")}}}};
    QTest::newRow("first visit: no phone, address from the card")
        << QList<FieldDefinition>{field("p", T::Phone, "casefile.phone"),
                                  field("a", T::Address, "casefile.address")}
        << false
        << QVariantMap{{"a", QVariantMap{{"street", QStringLiteral("某省某市某区卡上地址1号")}}}};
    QTest::newRow("address text into a text field stays text")
        << QList<FieldDefinition>{field("t", T::Text, "casefile.address")} << true
        << QVariantMap{{"t", QStringLiteral("某市某区现住址2号")}};
    QTest::newRow("known value beats the default")
        << QList<FieldDefinition>{field("p", T::Phone, "casefile.phone", "010-12345678")} << true
        << QVariantMap{{"p", QStringLiteral("13800138000")}};
    QTest::newRow("default fills an unknown value")
        << QList<FieldDefinition>{field("p", T::Phone, "casefile.phone", "010-12345678")} << false
        << QVariantMap{{"p", QStringLiteral("010-12345678")}};
    QTest::newRow("default without a binding")
        << QList<FieldDefinition>{field("r", T::Choice, QString(), "mother")} << true
        << QVariantMap{{"r", QStringLiteral("mother")}};
    QTest::newRow("neither binding nor default: left out")
        << QList<FieldDefinition>{field("x", T::Text, QString()), field("y", T::YesNo, QString())}
        << true << QVariantMap();
    QTest::newRow("unknown binding: left out")
        << QList<FieldDefinition>{field("e", T::Text, "casefile.email")} << true << QVariantMap();
}

void tst_Prefill::values()
{
    QFETCH(QList<FieldDefinition>, fields);
    QFETCH(bool, personOnFile);
    QFETCH(QVariantMap, expected);
    const QVariantMap actual =
        Prefill::values(form(fields), card(), personOnFile ? person() : Person());
    QCOMPARE(actual, expected);
    // Scalars are text; an address is its parts.
    for (auto it = actual.cbegin(); it != actual.cend(); ++it)
        QCOMPARE(it.value().typeId(), expected.value(it.key()).typeId());
}

void tst_Prefill::yesNoDefaultsBecomeBool_data()
{
    QTest::addColumn<QString>("defaultValue");
    QTest::addColumn<bool>("expected");
    QTest::newRow("\"true\"") << QStringLiteral("true") << true;
    QTest::newRow("\"false\"") << QStringLiteral("false") << false;
}

void tst_Prefill::yesNoDefaultsBecomeBool()
{
    QFETCH(QString, defaultValue);
    QFETCH(bool, expected);
    const QVariantMap values = Prefill::values(
        form({field(QStringLiteral("q"), FieldDefinition::Type::YesNo, QString(), defaultValue)}),
        card(), person());
    QVERIFY(values.contains(QStringLiteral("q")));
    const QVariant v = values.value(QStringLiteral("q"));
    QCOMPARE(v.typeId(), QMetaType::Bool);
    QCOMPARE(v.toBool(), expected);
}

void tst_Prefill::newborn()
{
    QStringList problems;
    const FormTemplate t =
        TemplateLoader::loadFile(QStringLiteral(":/forms/newborn.json"), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    const QVariantMap values = Prefill::values(t, card(), person());
    const QVariantMap expected{
        {"applicant_name", QStringLiteral("测试甲")},
        {"applicant_id", QStringLiteral("110105199003071234")},
        {"applicant_relation", QStringLiteral("mother")},
        {"parents_married", true},
        {"child_name", QStringLiteral("测")}, // the mother's family name, to go on from
        {"contact_phone", QStringLiteral("13800138000")},
        {"hukou_address", QStringLiteral("某市某区现住址2号")},
        {"medical_insurance", true},
        {"social_security_card", true},
    };
    QCOMPARE(values, expected);
    QCOMPARE(values.value(QStringLiteral("parents_married")).typeId(), QMetaType::Bool);
}

void tst_Prefill::lastAnswersAndFieldCopies_data()
{
    using T = FieldDefinition::Type;
    QTest::addColumn<QList<FieldDefinition>>("fields");
    QTest::addColumn<QVariantMap>("last");
    QTest::addColumn<QVariantMap>("expected");

    QTest::newRow("the answer last given for this matter")
        << QList<FieldDefinition>{field("bank", T::Choice, "casefile.last"),
                                  field("months", T::Number, "casefile.last")}
        << QVariantMap{{"bank", QStringLiteral("icbc")},
                       {"months", QStringLiteral("240")},
                       {"other", 1}}
        << QVariantMap{{"bank", QStringLiteral("icbc")}, {"months", QStringLiteral("240")}};
    QTest::newRow("no earlier case: the default")
        << QList<FieldDefinition>{field("bank", T::Choice, "casefile.last", "boc")} << QVariantMap()
        << QVariantMap{{"bank", QStringLiteral("boc")}};
    QTest::newRow("copy of another field, after prefill")
        << QList<FieldDefinition>{field("mail", T::Text, "field.home"),
                                  field("home", T::Text, "casefile.address")}
        << QVariantMap()
        << QVariantMap{{"home", QStringLiteral("某市某区现住址2号")},
                       {"mail", QStringLiteral("某市某区现住址2号")}};
    QTest::newRow("copy of an empty field: left out")
        << QList<FieldDefinition>{field("mail", T::Text, "field.note"),
                                  field("note", T::Text, QString())}
        << QVariantMap() << QVariantMap();
    QTest::newRow("the card holder as a person")
        << QList<FieldDefinition>{field("rep", T::Person, "identity.person")} << QVariantMap()
        << QVariantMap{{"rep", QVariantMap{{"name", QStringLiteral("测试甲")},
                                           {"idNumber", QStringLiteral("110105199003071234")},
                                           {"phone", QStringLiteral("13800138000")},
                                           {"source", QStringLiteral("card")}}}};
    QTest::newRow("multiple choice default")
        << QList<FieldDefinition>{field("seals", T::MultiChoice, QString(), "company,finance")}
        << QVariantMap()
        << QVariantMap{
               {"seals", QStringList{QStringLiteral("company"), QStringLiteral("finance")}}};
}

void tst_Prefill::lastAnswersAndFieldCopies()
{
    QFETCH(QList<FieldDefinition>, fields);
    QFETCH(QVariantMap, last);
    QFETCH(QVariantMap, expected);
    QCOMPARE(Prefill::values(form(fields), card(), person(), last), expected);
}

void tst_Prefill::lastAnswersPickTheNewestCaseOfTheMatter()
{
    CaseRecord older;
    older.templateId = QStringLiteral("retirement");
    older.acceptedAt = QDateTime(QDate(2025, 1, 1), QTime(9, 0));
    older.formData = QJsonObject{{"bank", "abc"}};
    CaseRecord newer = older;
    newer.acceptedAt = QDateTime(QDate(2026, 5, 1), QTime(9, 0));
    newer.formData = QJsonObject{{"bank", "ccb"}};
    CaseRecord otherMatter = older;
    otherMatter.templateId = QStringLiteral("newborn");
    otherMatter.acceptedAt = QDateTime(QDate(2026, 9, 1), QTime(9, 0));
    otherMatter.formData = QJsonObject{{"bank", "icbc"}};
    const QList<CaseRecord> cases{older, otherMatter, newer};
    QCOMPARE(Prefill::lastAnswers(cases, QStringLiteral("retirement")).value("bank").toString(),
             QStringLiteral("ccb"));
    QVERIFY(Prefill::lastAnswers(cases, QStringLiteral("marriage-appointment")).isEmpty());
}

void tst_Prefill::addressRegionFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("street");

    QTest::newRow("province, city, district")
        << QStringLiteral("四川省成都市武侯区人民南路四段1号") << QStringLiteral("510107")
        << QStringLiteral("人民南路四段1号");
    QTest::newRow("municipality writes the city once")
        << QStringLiteral("北京市东城区东长安街1号") << QStringLiteral("110101")
        << QStringLiteral("东长安街1号");
    QTest::newRow("autonomous region")
        << QStringLiteral("广西壮族自治区南宁市青秀区民族大道100号") << QStringLiteral("450103")
        << QStringLiteral("民族大道100号");
    QTest::newRow("unknown region: all street")
        << QStringLiteral("某省某市某区某路1号") << QString()
        << QStringLiteral("某省某市某区某路1号");
}

void tst_Prefill::addressRegionFromText()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(QString, street);
    FieldDefinition f = field("home", FieldDefinition::Type::Address, "casefile.address");
    Person p = person();
    p.address = text;
    const QVariantMap value = Prefill::values(form({f}), card(), p).value("home").toMap();
    QCOMPARE(value.value("code").toString(), code);
    QCOMPARE(value.value("street").toString(), street);
    if (!code.isEmpty())
        QCOMPARE(RegionTable::format(value), text);
}

QTEST_GUILESS_MAIN(tst_Prefill)
#include "tst_Prefill.moc"
