#include "templates/Prefill.h"
#include "templates/TemplateLoader.h"

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
};

void tst_Prefill::source_data()
{
    QTest::addColumn<QString>("binding");
    QTest::addColumn<QVariant>("expected");

    QTest::newRow("identity.name")
        << QStringLiteral("identity.name") << QVariant(QStringLiteral("测试甲"));
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
                       {"a", QStringLiteral("某省某市某区卡上地址1号")}};
    QTest::newRow("casefile bindings")
        << QList<FieldDefinition>{field("p", T::Phone, "casefile.phone"),
                                  field("a", T::Address, "casefile.address")}
        << true
        << QVariantMap{{"p", QStringLiteral("13800138000")},
                       {"a", QStringLiteral("某市某区现住址2号")}};
    QTest::newRow("first visit: no phone, address from the card")
        << QList<FieldDefinition>{field("p", T::Phone, "casefile.phone"),
                                  field("a", T::Address, "casefile.address")}
        << false << QVariantMap{{"a", QStringLiteral("某省某市某区卡上地址1号")}};
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
    for (auto it = actual.cbegin(); it != actual.cend(); ++it)
        QCOMPARE(it.value().typeId(), QMetaType::QString);
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
        {"contact_phone", QStringLiteral("13800138000")},
        {"hukou_address", QStringLiteral("某市某区现住址2号")},
        {"medical_insurance", true},
        {"social_security_card", true},
    };
    QCOMPARE(values, expected);
    QCOMPARE(values.value(QStringLiteral("parents_married")).typeId(), QMetaType::Bool);
}

QTEST_GUILESS_MAIN(tst_Prefill)
#include "tst_Prefill.moc"
