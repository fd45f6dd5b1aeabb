#include "templates/MaterialsChecklist.h"
#include "templates/TemplateLoader.h"

#include <QTest>

using namespace OneWindow;

namespace {

FormTemplate load(const QString &path)
{
    QStringList problems;
    const FormTemplate t = TemplateLoader::loadFile(path, &problems);
    if (!problems.isEmpty() || t.materials.isEmpty())
        qFatal("template did not load: %s", qPrintable(problems.join(QLatin1Char('\n'))));
    return t;
}

const FormTemplate &newborn()
{
    static const FormTemplate t = load(QStringLiteral(":/forms/newborn.json"));
    return t;
}

} // namespace

class tst_MaterialsChecklist : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newborn_data();
    void newborn();
    void itemsCarryTheMaterial();
    void nestedConditions_data();
    void nestedConditions();
};

void tst_MaterialsChecklist::newborn_data()
{
    QTest::addColumn<QVariantMap>("values");
    QTest::addColumn<QStringList>("held");
    QTest::addColumn<QStringList>("expected"); // in template order
    QTest::addColumn<QStringList>("onFile");

    const QStringList always{"birth-certificate", "applicant-id-card", "other-parent-id-card",
                             "household-register"};

    QTest::newRow("married, card, nothing held")
        << QVariantMap{{"parents_married", true}, {"social_security_card", true}} << QStringList()
        << always + QStringList{"marriage-certificate", "photo"} << QStringList();
    QTest::newRow("not married, no card")
        << QVariantMap{{"parents_married", false}, {"social_security_card", false}} << QStringList()
        << always + QStringList{"unmarried-statement"} << QStringList();
    QTest::newRow("not married, answer typed as text")
        << QVariantMap{{"parents_married", QStringLiteral("false")}} << QStringList()
        << always + QStringList{"unmarried-statement"} << QStringList();
    QTest::newRow("marriage not answered yet: neither document")
        << QVariantMap() << QStringList() << always << QStringList();
    QTest::newRow("card read: applicant's ID card on file")
        << QVariantMap{{"parents_married", true}} << QStringList{"id-card"}
        << always + QStringList{"marriage-certificate"} << QStringList{"applicant-id-card"};
    QTest::newRow("electronic licences held")
        << QVariantMap{{"parents_married", true}, {"social_security_card", true}}
        << QStringList{"id-card", "e-birth-certificate", "e-household-register",
                       "e-marriage-certificate"}
        << always + QStringList{"marriage-certificate", "photo"}
        << QStringList{"birth-certificate", "applicant-id-card", "household-register",
                       "marriage-certificate"};
    QTest::newRow("e-marriage certificate does not cover the unmarried statement")
        << QVariantMap{{"parents_married", false}} << QStringList{"e-marriage-certificate"}
        << always + QStringList{"unmarried-statement"} << QStringList();
    QTest::newRow("unrelated documents held")
        << QVariantMap{{"parents_married", true}} << QStringList{"passport", "driving-licence"}
        << always + QStringList{"marriage-certificate"} << QStringList();
}

void tst_MaterialsChecklist::newborn()
{
    QFETCH(QVariantMap, values);
    QFETCH(QStringList, held);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, onFile);

    const QList<MaterialsChecklist::Item> items =
        MaterialsChecklist::compute(::newborn(), values, QSet<QString>(held.cbegin(), held.cend()));
    QStringList ids;
    QStringList ticked;
    for (const MaterialsChecklist::Item &item : items) {
        ids << item.material.id;
        if (item.onFile)
            ticked << item.material.id;
    }
    QCOMPARE(ids, expected);
    QCOMPARE(ticked, onFile);
}

void tst_MaterialsChecklist::itemsCarryTheMaterial()
{
    const QList<MaterialsChecklist::Item> items =
        MaterialsChecklist::compute(::newborn(), {{"parents_married", true}}, {});
    const auto it = std::find_if(items.cbegin(), items.cend(), [](const auto &item) {
        return item.material.id == QLatin1String("marriage-certificate");
    });
    QVERIFY(it != items.cend());
    QCOMPARE(it->material.title.zh, QStringLiteral("结婚证"));
    QCOMPARE(it->material.count, 1);
    QVERIFY(it->material.original);
    QCOMPARE(it->material.reason.en, QStringLiteral("When the parents are married"));
}

void tst_MaterialsChecklist::nestedConditions_data()
{
    QTest::addColumn<QVariantMap>("values");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("married") << QVariantMap{{"married", true}, {"name", QStringLiteral("测试")}}
                             << QStringList{"id-card", "marriage"};
    QTest::newRow("not married") << QVariantMap{{"married", false}} << QStringList{"id-card"};
}

void tst_MaterialsChecklist::nestedConditions()
{
    QFETCH(QVariantMap, values);
    QFETCH(QStringList, expected);
    const FormTemplate t = load(QStringLiteral(OW_TEMPLATE_FIXTURES "/good/minimal.json"));
    QStringList ids;
    for (const auto &item : MaterialsChecklist::compute(t, values, {}))
        ids << item.material.id;
    QCOMPARE(ids, expected);
}

QTEST_GUILESS_MAIN(tst_MaterialsChecklist)
#include "tst_MaterialsChecklist.moc"
