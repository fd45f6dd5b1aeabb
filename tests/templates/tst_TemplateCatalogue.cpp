#include "templates/TemplateCatalogue.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

using namespace OneWindow;

namespace {

QString fixtures(const QString &folder)
{
    return QDir(QStringLiteral(OW_TEMPLATE_FIXTURES)).filePath(folder);
}

QStringList ids(const QList<FormTemplate> &templates)
{
    QStringList list;
    for (const FormTemplate &t : templates)
        list << t.id;
    list.sort();
    return list;
}

QStringList ids(const QList<const FormTemplate *> &templates)
{
    QStringList list;
    for (const FormTemplate *t : templates)
        list << t->id;
    list.sort();
    return list;
}

// A refused file is logged (by name, never by content).
void expectRefusal(const QString &fileName)
{
    QTest::ignoreMessage(
        QtWarningMsg,
        QRegularExpression(
            QStringLiteral("^refused template \"%1\" ").arg(QRegularExpression::escape(fileName))));
}

} // namespace

class tst_TemplateCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInLoads();
    void folderKeepsGoodAndReportsBroken();
    void folderTemplateReplacesBuiltIn();
    void brokenFolderTemplateKeepsBuiltIn();
    void missingFolderIsHarmless();
    void search_data();
    void search();
};

void tst_TemplateCatalogue::builtInLoads()
{
    TemplateCatalogue catalogue;
    catalogue.loadBuiltIn();
    QCOMPARE(catalogue.problems(), QStringList());
    // Every form shipped in forms/ is compiled in and loads.
    const QStringList shipped = QDir(QStringLiteral(OW_SOURCE_DIR "/forms"))
                                    .entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(!shipped.isEmpty());
    QCOMPARE(catalogue.templates().size(), shipped.size());
    const FormTemplate *newborn = catalogue.find(QStringLiteral("newborn"));
    QVERIFY(newborn);
    QCOMPARE(newborn->version, 4);
    QCOMPARE(newborn->sourceFile, QStringLiteral(":/forms/newborn.json"));
    // The matters of issue 5, each in Chinese and English.
    QCOMPARE(ids(catalogue.templates()),
             (QStringList{"business-startup", "disability-card", "marriage-appointment", "newborn",
                          "property-transfer", "residence-permit", "retirement",
                          "social-security-card"}));
    for (const FormTemplate &t : catalogue.templates()) {
        QVERIFY2(!t.title.zh.isEmpty() && !t.title.en.isEmpty(), qPrintable(t.id));
        QVERIFY2(!t.help.zh.isEmpty() && !t.help.en.isEmpty(), qPrintable(t.id));
        QVERIFY2(!t.departmentList.isEmpty(), qPrintable(t.id));
        for (const DepartmentDefinition &d : t.departmentList)
            QVERIFY2(!d.name.zh.isEmpty() && !d.name.en.isEmpty(), qPrintable(t.id + d.id));
        for (const FieldDefinition &f : t.fields)
            QVERIFY2(!f.label.zh.isEmpty() && !f.label.en.isEmpty(), qPrintable(t.id + f.id));
        for (const MaterialDefinition &m : t.materials)
            QVERIFY2(!m.title.en.isEmpty() && !m.reason.zh.isEmpty() && !m.reason.en.isEmpty(),
                     qPrintable(t.id + m.id));
        for (const StepDefinition &st : t.steps)
            QVERIFY2(!st.title.zh.isEmpty() && !st.title.en.isEmpty() &&
                         st.statutoryDays >= st.workingDays,
                     qPrintable(t.id + st.id));
    }
}

void tst_TemplateCatalogue::folderKeepsGoodAndReportsBroken()
{
    const QString folder = fixtures(QStringLiteral("catalogue"));
    TemplateCatalogue catalogue;
    expectRefusal(QStringLiteral("broken-no-steps.json"));
    expectRefusal(QStringLiteral("broken-truncated.json"));
    catalogue.loadFolder(folder);

    QCOMPARE(ids(catalogue.templates()), (QStringList{"newborn", "residence-permit"}));
    const QDir dir(folder);
    const QStringList expected{
        dir.filePath(QStringLiteral("broken-no-steps.json")) +
            QStringLiteral(":/steps: a template needs at least one department step"),
        dir.filePath(QStringLiteral("broken-truncated.json")) +
            QStringLiteral(":: invalid JSON at offset "),
    };
    const QStringList problems = catalogue.problems();
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0), expected.at(0));
    // The parser's own offset and wording follow; TemplateLoader's test pins them.
    QVERIFY2(problems.at(1).startsWith(expected.at(1)), qPrintable(problems.at(1)));
    // README.txt is not a template and is not read.
    for (const QString &p : problems)
        QVERIFY2(!p.contains(QLatin1String("README")), qPrintable(p));
}

void tst_TemplateCatalogue::folderTemplateReplacesBuiltIn()
{
    TemplateCatalogue catalogue;
    catalogue.loadBuiltIn();
    const qsizetype builtIn = catalogue.templates().size();
    expectRefusal(QStringLiteral("broken-no-steps.json"));
    expectRefusal(QStringLiteral("broken-truncated.json"));
    catalogue.loadFolder(fixtures(QStringLiteral("catalogue")));

    // newborn and residence-permit replaced in place, nothing duplicated.
    QCOMPARE(catalogue.templates().size(), builtIn);
    const FormTemplate *newborn = catalogue.find(QStringLiteral("newborn"));
    QVERIFY(newborn);
    QCOMPARE(newborn->version, 2);
    QCOMPARE(newborn->title.zh, QStringLiteral("新生儿出生一件事（本地版）"));
    QCOMPARE(
        newborn->sourceFile,
        QDir(fixtures(QStringLiteral("catalogue"))).filePath(QStringLiteral("newborn-local.json")));
    int newbornCount = 0;
    for (const FormTemplate &t : catalogue.templates())
        newbornCount += t.id == QLatin1String("newborn");
    QCOMPARE(newbornCount, 1);
}

void tst_TemplateCatalogue::brokenFolderTemplateKeepsBuiltIn()
{
    TemplateCatalogue catalogue;
    catalogue.loadBuiltIn();
    const QString folder = fixtures(QStringLiteral("catalogue-broken-override"));
    expectRefusal(QStringLiteral("newborn.json"));
    catalogue.loadFolder(folder);

    const FormTemplate *newborn = catalogue.find(QStringLiteral("newborn"));
    QVERIFY(newborn);
    QCOMPARE(newborn->version, 4);
    QCOMPARE(newborn->sourceFile, QStringLiteral(":/forms/newborn.json"));
    QCOMPARE(catalogue.problems(),
             QStringList{QDir(folder).filePath(QStringLiteral("newborn.json")) +
                         QStringLiteral(":/version: version must be a whole number from 1")});
}

void tst_TemplateCatalogue::missingFolderIsHarmless()
{
    TemplateCatalogue catalogue;
    catalogue.loadBuiltIn();
    const qsizetype builtIn = catalogue.templates().size();
    catalogue.loadFolder(fixtures(QStringLiteral("no-such-folder")));
    QCOMPARE(catalogue.templates().size(), builtIn);
    QCOMPARE(catalogue.problems(), QStringList());
}

void tst_TemplateCatalogue::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");

    // The built-in catalogue, in file-name order.
    const QStringList all{"business-startup", "disability-card",     "marriage-appointment",
                          "newborn",          "property-transfer",   "residence-permit",
                          "retirement",       "social-security-card"};
    QTest::newRow("Chinese title") << QStringLiteral("新生儿") << QStringList{"newborn"};
    QTest::newRow("Chinese title, part")
        << QStringLiteral("一件事")
        << QStringList{"business-startup", "newborn", "property-transfer", "retirement"};
    QTest::newRow("Chinese title, other")
        << QStringLiteral("居住证申领") << QStringList{"residence-permit"};
    QTest::newRow("English title")
        << QStringLiteral("Newborn registration") << QStringList{"newborn"};
    QTest::newRow("English title, any case")
        << QStringLiteral("residence PERMIT") << QStringList{"residence-permit"};
    QTest::newRow("pinyin initials") << QStringLiteral("xsecs") << QStringList{"newborn"};
    QTest::newRow("pinyin initials, upper case")
        << QStringLiteral("XSECS") << QStringList{"newborn"};
    QTest::newRow("pinyin initials, other")
        << QStringLiteral("jzz") << QStringList{"residence-permit"};
    QTest::newRow("pinyin initials, social security card")
        << QStringLiteral("sbk") << QStringList{"social-security-card"};
    QTest::newRow("keyword") << QStringLiteral("落户") << QStringList{"newborn"};
    QTest::newRow("keyword, business")
        << QStringLiteral("营业执照") << QStringList{"business-startup"};
    QTest::newRow("keyword, home") << QStringLiteral("二手房") << QStringList{"property-transfer"};
    QTest::newRow("department, two")
        << QStringLiteral("卫健") << QStringList{"disability-card", "newborn"};
    QTest::newRow("department, several")
        << QStringLiteral("公安") << QStringList{"business-startup", "newborn", "residence-permit"};
    QTest::newRow("department, only one")
        << QStringLiteral("民政") << QStringList{"marriage-appointment"};
    QTest::newRow("department, later step")
        << QStringLiteral("人社")
        << QStringList{"business-startup", "newborn", "retirement", "social-security-card"};
    QTest::newRow("department, utilities")
        << QStringLiteral("燃气") << QStringList{"property-transfer"};
    QTest::newRow("id") << QStringLiteral("residence-perm") << QStringList{"residence-permit"};
    QTest::newRow("surrounding spaces") << QStringLiteral("  出生 ") << QStringList{"newborn"};
    QTest::newRow("empty query lists all") << QString() << all;
    QTest::newRow("no match") << QStringLiteral("护照") << QStringList();
}

void tst_TemplateCatalogue::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    TemplateCatalogue catalogue;
    catalogue.loadBuiltIn();
    QCOMPARE(catalogue.problems(), QStringList());
    QCOMPARE(ids(catalogue.search(query)), expected);
}

QTEST_GUILESS_MAIN(tst_TemplateCatalogue)
#include "tst_TemplateCatalogue.moc"
