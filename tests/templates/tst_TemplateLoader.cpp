#include "templates/TemplateLoader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace OneWindow;

namespace {

const QString kShipped = QStringLiteral(":/forms/newborn.json");

QString fixture(const QString &relative)
{
    return QDir(QStringLiteral(OW_TEMPLATE_FIXTURES)).filePath(relative);
}

QStringList ids(const QList<FieldDefinition> &fields)
{
    QStringList list;
    for (const FieldDefinition &f : fields)
        list << f.id;
    return list;
}

} // namespace

class tst_TemplateLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedTemplateIsCompiledIn();
    void shippedNewbornLoadsWithoutProblems();
    void shippedNewbornContents();
    void goodFixturesLoad_data();
    void goodFixturesLoad();
    void brokenFixtures_data();
    void brokenFixtures();
    void invalidJsonReportsTheParserOffset();
    void everyProblemIsReported();
    void inlineLoadUsesTheGivenName();
    void unreadableFile();
    void nullRequiredWhenAddsNoRule();
    void shippedTemplatesLoad_data();
    void shippedTemplatesLoad();
    void extendedFormat();
};

void tst_TemplateLoader::shippedTemplateIsCompiledIn()
{
    // ow_resources is a static library; Qt 6's qt_add_resources links the
    // resource object files into each executable, so no Q_INIT_RESOURCE.
    QFile compiled(kShipped);
    QVERIFY2(compiled.open(QIODevice::ReadOnly), qPrintable(compiled.errorString()));
    QFile source(QStringLiteral(OW_SOURCE_DIR "/forms/newborn.json"));
    QVERIFY2(source.open(QIODevice::ReadOnly), qPrintable(source.errorString()));
    QCOMPARE(compiled.readAll(), source.readAll());
}

void tst_TemplateLoader::shippedNewbornLoadsWithoutProblems()
{
    QStringList problems;
    const FormTemplate t = TemplateLoader::loadFile(kShipped, &problems);
    QCOMPARE(problems, QStringList());
    QCOMPARE(t.id, QStringLiteral("newborn"));
    QCOMPARE(t.sourceFile, kShipped);
}

void tst_TemplateLoader::shippedNewbornContents()
{
    QStringList problems;
    const FormTemplate t = TemplateLoader::loadFile(kShipped, &problems);
    QVERIFY(problems.isEmpty());

    QCOMPARE(t.version, 4);
    QCOMPARE(t.matterCode, QStringLiteral("newborn"));
    QVERIFY(t.bundle);
    QCOMPARE(t.title.zh, QStringLiteral("新生儿出生\"一件事\""));
    QCOMPARE(t.title.en, QStringLiteral("Newborn registration bundle"));
    QVERIFY(t.keywords.contains(QStringLiteral("xsecs")));
    QCOMPARE(t.lifeEvent, QStringLiteral("birth"));

    QCOMPARE(t.pages.size(), 2);
    QCOMPARE(t.pages.at(0).id, QStringLiteral("applicant"));
    QCOMPARE(t.pages.at(1).id, QStringLiteral("newborn"));
    QCOMPARE(
        ids(t.fields),
        (QStringList{"applicant_name", "applicant_id", "applicant_relation", "other_parent",
                     "parents_married", "contact_phone", "child_name", "child_sex",
                     "child_birth_date", "birth_hospital", "birth_weight", "birth_certificate_no",
                     "hukou_address", "medical_insurance", "social_security_card"}));
    const FieldDefinition *otherParent = t.field(QStringLiteral("other_parent"));
    QVERIFY(otherParent);
    QCOMPARE(otherParent->type, FieldDefinition::Type::Person);
    QCOMPARE(otherParent->personRole, QStringLiteral("other-parent"));
    QVERIFY(otherParent->required);
    QCOMPARE(t.rules.size(), 1);
    QCOMPARE(t.rules.at(0).field, QStringLiteral("other_parent"));
    QCOMPARE(t.rules.at(0).message.en, QStringLiteral("The other parent cannot be the applicant"));

    const FieldDefinition *applicantId = t.field(QStringLiteral("applicant_id"));
    QVERIFY(applicantId);
    QCOMPARE(applicantId->type, FieldDefinition::Type::IdNumber);
    QCOMPARE(applicantId->prefill, QStringLiteral("identity.idNumber"));
    QVERIFY(applicantId->readOnly);
    QVERIFY(applicantId->required);
    QCOMPARE(applicantId->page, QStringLiteral("applicant"));
    QCOMPARE(applicantId->pointer, QStringLiteral("/pages/0/fields/1"));

    const FieldDefinition *relation = t.field(QStringLiteral("applicant_relation"));
    QVERIFY(relation);
    QCOMPARE(relation->type, FieldDefinition::Type::Choice);
    QCOMPARE(relation->defaultValue, QStringLiteral("mother"));
    QCOMPARE(relation->options.size(), 2);
    QCOMPARE(relation->options.at(1).value, QStringLiteral("father"));
    QCOMPARE(relation->options.at(1).label.zh, QStringLiteral("父亲"));

    const FieldDefinition *birth = t.field(QStringLiteral("child_birth_date"));
    QVERIFY(birth);
    QCOMPARE(birth->type, FieldDefinition::Type::Date);
    QCOMPARE(birth->dateRule, QStringLiteral("not-future"));
    QCOMPARE(birth->maxAgeDays, 365);
    QCOMPARE(birth->page, QStringLiteral("newborn"));

    const FieldDefinition *childName = t.field(QStringLiteral("child_name"));
    QVERIFY(childName);
    QCOMPARE(childName->minLength, 2);
    QCOMPARE(childName->maxLength, 15);
    QVERIFY(!childName->pattern.isEmpty());
    QCOMPARE(childName->patternMessage.en,
             QStringLiteral("Chinese characters and the middle dot only"));

    QCOMPARE(t.field(QStringLiteral("parents_married"))->type, FieldDefinition::Type::YesNo);
    QCOMPARE(t.field(QStringLiteral("contact_phone"))->type, FieldDefinition::Type::Phone);
    QVERIFY(!t.field(QStringLiteral("no_such_field")));

    QCOMPARE(t.materials.size(), 7);
    const MaterialDefinition &marriage = t.materials.at(4);
    QCOMPARE(marriage.id, QStringLiteral("marriage-certificate"));
    QCOMPARE(marriage.requiredWhen.kind(), Condition::Kind::Equals);
    QCOMPARE(marriage.requiredWhen.referencedFields(), QStringList{"parents_married"});
    QCOMPARE(marriage.satisfiedBy, QStringList{"e-marriage-certificate"});
    QVERIFY(t.materials.at(0).requiredWhen.isAlways());
    QCOMPARE(t.materials.at(0).count, 1);
    QVERIFY(t.materials.at(0).original);

    QCOMPARE(t.steps.size(), 4);
    QCOMPARE(t.steps.at(1).id, QStringLiteral("hukou"));
    QCOMPARE(t.steps.at(1).department, QStringLiteral("公安"));
    QCOMPARE(t.steps.at(1).workingDays, 3);
    QCOMPARE(t.steps.at(1).statutoryDays, 5);
    QCOMPARE(t.steps.at(1).after, QStringList{"birth-check"});
    QCOMPARE(t.departments(), (QStringList{"卫健", "公安", "医保", "人社"}));
    QCOMPARE(t.departmentName(QStringLiteral("医保")).zh, QStringLiteral("医疗保障局"));
    QCOMPARE(t.departmentName(QStringLiteral("未知")).zh, QStringLiteral("未知"));
    QCOMPARE(t.steps.at(1).receives.size(), 10);
    QVERIFY(t.steps.at(1).receives.contains(QStringLiteral("other_parent")));
    QCOMPARE(t.materials.at(2).kind, QStringLiteral("id"));
    QCOMPARE(t.materials.at(2).satisfiedBy, QStringList{"id-card:other_parent"});
}

void tst_TemplateLoader::goodFixturesLoad_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("id");
    QTest::newRow("minimal") << QStringLiteral("good/minimal.json")
                             << QStringLiteral("test-minimal");
    QTest::newRow("residence permit")
        << QStringLiteral("good/residence-permit.json") << QStringLiteral("residence-permit");
}

void tst_TemplateLoader::goodFixturesLoad()
{
    // The broken fixtures are each this minimal template with one defect.
    QFETCH(QString, file);
    QFETCH(QString, id);
    QStringList problems;
    const FormTemplate t = TemplateLoader::loadFile(fixture(file), &problems);
    QCOMPARE(problems, QStringList());
    QCOMPARE(t.id, id);
}

void tst_TemplateLoader::brokenFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("message");

    QTest::newRow("not an object") << QStringLiteral("not-an-object") << QString()
                                   << QStringLiteral("a template is a JSON object");
    QTest::newRow("unknown field type")
        << QStringLiteral("unknown-field-type") << QStringLiteral("/pages/0/fields/1/type")
        << QStringLiteral("unknown field type \"signature\"");
    QTest::newRow("duplicate field id (across pages)")
        << QStringLiteral("duplicate-field-id") << QStringLiteral("/pages/1/fields/0/id")
        << QStringLiteral("duplicate id \"name\"");
    QTest::newRow("condition on a missing field")
        << QStringLiteral("condition-missing-field")
        << QStringLiteral("/pages/1/fields/0/visibleWhen")
        << QStringLiteral("condition on missing field \"spouse\"");
    QTest::newRow("material condition on a missing field")
        << QStringLiteral("material-condition-missing-field")
        << QStringLiteral("/materials/1/requiredWhen")
        << QStringLiteral("condition on missing field \"divorced\"");
    QTest::newRow("step condition on a missing field")
        << QStringLiteral("step-condition-missing-field") << QStringLiteral("/steps/1/when")
        << QStringLiteral("condition on missing field \"has_car\"");
    QTest::newRow("malformed condition")
        << QStringLiteral("condition-malformed")
        << QStringLiteral("/pages/1/fields/0/requiredWhen/all/1")
        << QStringLiteral("needs one of equals, notEquals, in, isSet");
    // submit -> review -> approve -> review: the cycle is review/approve, and
    // the step named is on it (not "submit", which only leads into it).
    QTest::newRow("cycle in the steps")
        << QStringLiteral("step-cycle") << QStringLiteral("/steps/1")
        << QStringLiteral("the steps wait for each other in a cycle");
    QTest::newRow("step waits for itself")
        << QStringLiteral("step-self-cycle") << QStringLiteral("/steps/0")
        << QStringLiteral("the steps wait for each other in a cycle");
    QTest::newRow("step without a department")
        << QStringLiteral("step-no-department") << QStringLiteral("/steps/1/department")
        << QStringLiteral("a step needs a department");
    QTest::newRow("duplicate step id")
        << QStringLiteral("duplicate-step-id") << QStringLiteral("/steps/1/id")
        << QStringLiteral("a step needs a unique id");
    QTest::newRow("unknown step in after")
        << QStringLiteral("step-unknown-after") << QStringLiteral("/steps/1/after")
        << QStringLiteral("unknown step \"archive\"");
    QTest::newRow("choice without options")
        << QStringLiteral("choice-without-options") << QStringLiteral("/pages/0/fields/2/options")
        << QStringLiteral("a choice needs options");
    QTest::newRow("multichoice with empty options")
        << QStringLiteral("multichoice-without-options")
        << QStringLiteral("/pages/0/fields/2/options") << QStringLiteral("a choice needs options");
    QTest::newRow("bad regex pattern")
        << QStringLiteral("bad-pattern") << QStringLiteral("/pages/0/fields/0/pattern")
        << QStringLiteral("invalid regular expression");
    QTest::newRow("missing id") << QStringLiteral("missing-id") << QStringLiteral("/id")
                                << QStringLiteral("a template needs an id");
    QTest::newRow("missing version")
        << QStringLiteral("missing-version") << QStringLiteral("/version")
        << QStringLiteral("version must be a whole number from 1");
    QTest::newRow("version 0") << QStringLiteral("zero-version") << QStringLiteral("/version")
                               << QStringLiteral("version must be a whole number from 1");
    QTest::newRow("missing title") << QStringLiteral("missing-title") << QStringLiteral("/title")
                                   << QStringLiteral("a template needs a Chinese title");
    QTest::newRow("English title only")
        << QStringLiteral("english-title-only") << QStringLiteral("/title")
        << QStringLiteral("a template needs a Chinese title");
    QTest::newRow("missing pages") << QStringLiteral("missing-pages") << QStringLiteral("/pages")
                                   << QStringLiteral("a template needs at least one page");
    QTest::newRow("material rule on a value no option has")
        << QStringLiteral("material-never-required") << QStringLiteral("/materials/1/requiredWhen")
        << QStringLiteral("the rule can never be met: the material would never be asked for");
    QTest::newRow("material rule that contradicts itself")
        << QStringLiteral("material-contradiction") << QStringLiteral("/materials/1/requiredWhen")
        << QStringLiteral("the rule can never be met: the material would never be asked for");
    QTest::newRow("unknown prefill source")
        << QStringLiteral("unknown-prefill") << QStringLiteral("/pages/0/fields/0/prefill")
        << QStringLiteral("unknown prefill source \"identity.shoeSize\"");
    QTest::newRow("attachment of an unknown material")
        << QStringLiteral("attachment-unknown-material")
        << QStringLiteral("/pages/0/fields/3/material")
        << QStringLiteral("unknown material \"photo\"");
    QTest::newRow("repeat group without fields")
        << QStringLiteral("repeat-without-fields") << QStringLiteral("/pages/0/fields/3/fields")
        << QStringLiteral("a repeat group needs fields");
    QTest::newRow("repeat group in a repeat group")
        << QStringLiteral("repeat-in-repeat") << QStringLiteral("/pages/0/fields/3/fields/0/type")
        << QStringLiteral("a repeat group cannot hold another repeat group");
    QTest::newRow("rule on a missing field")
        << QStringLiteral("rule-missing-field") << QStringLiteral("/rules/0/check")
        << QStringLiteral("condition on missing field \"nickname\"");
    QTest::newRow("rule message without English")
        << QStringLiteral("rule-without-english") << QStringLiteral("/rules/0/message")
        << QStringLiteral("a rule needs a message in Chinese and English");
    QTest::newRow("step of an undeclared department")
        << QStringLiteral("step-unknown-department") << QStringLiteral("/steps/1/department")
        << QStringLiteral("department \"人社\" is not in /departments");
    QTest::newRow("step receives a missing field")
        << QStringLiteral("step-receives-missing-field") << QStringLiteral("/steps/0/receives/1")
        << QStringLiteral("unknown field \"spouse\"");
    QTest::newRow("date relation to a text field")
        << QStringLiteral("date-relation-not-date") << QStringLiteral("/pages/0/fields/3/dateAfter")
        << QStringLiteral("\"name\" is not a date field");
    QTest::newRow("statutory limit shorter than promised")
        << QStringLiteral("statutory-shorter") << QStringLiteral("/steps/0/statutoryDays")
        << QStringLiteral("the statutory limit is shorter than the promised one");
    QTest::newRow("unknown material kind")
        << QStringLiteral("unknown-material-kind") << QStringLiteral("/materials/0/kind")
        << QStringLiteral("unknown material kind \"selfie\"");
    QTest::newRow("fee rate on a text field")
        << QStringLiteral("fee-rate-on-text") << QStringLiteral("/fees/0/baseField")
        << QStringLiteral("a rate applies to a number or money field");
    QTest::newRow("person with an unknown sex")
        << QStringLiteral("person-bad-sex") << QStringLiteral("/pages/0/fields/3/sex")
        << QStringLiteral("sex is \"male\" or \"female\"");
    QTest::newRow("identity document that may follow")
        << QStringLiteral("id-may-follow") << QStringLiteral("/materials/0/mayFollow")
        << QStringLiteral("an identity document cannot follow: it is checked at acceptance");
    // Every text in both languages: a missing English text is an error (issue 10).
    QTest::newRow("label without English")
        << QStringLiteral("label-without-english") << QStringLiteral("/pages/0/fields/1/label")
        << QStringLiteral("no English text: write {\"zh\": ..., \"en\": ...}");
    QTest::newRow("help in Chinese only")
        << QStringLiteral("help-chinese-only") << QStringLiteral("/pages/0/fields/0/help")
        << QStringLiteral("Chinese only: write {\"zh\": ..., \"en\": ...}");
    QTest::newRow("missing steps")
        << QStringLiteral("missing-steps") << QStringLiteral("/steps")
        << QStringLiteral("a template needs at least one department step");
}

void tst_TemplateLoader::brokenFixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, pointer);
    QFETCH(QString, message);
    const QString path = fixture(QStringLiteral("broken/%1.json").arg(file));
    QVERIFY2(QFile::exists(path), qPrintable(path));
    QStringList problems;
    TemplateLoader::loadFile(path, &problems);
    QCOMPARE(problems,
             QStringList{path + QLatin1Char(':') + pointer + QStringLiteral(": ") + message});
}

void tst_TemplateLoader::invalidJsonReportsTheParserOffset()
{
    const QString path = fixture(QStringLiteral("broken/invalid-json.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // The offset and wording come from Qt's parser, so ask it (not our loader).
    QJsonParseError expected;
    QJsonDocument::fromJson(file.readAll(), &expected);
    QVERIFY(expected.error != QJsonParseError::NoError);

    QStringList problems;
    TemplateLoader::loadFile(path, &problems);
    QCOMPARE(problems, QStringList{QStringLiteral("%1:: invalid JSON at offset %2: %3")
                                       .arg(path)
                                       .arg(expected.offset)
                                       .arg(expected.errorString())});
}

void tst_TemplateLoader::everyProblemIsReported()
{
    // The administrator fixes a file once, not once per problem.
    const QByteArray json = R"({"version": 0, "title": {"en": "x"},
        "pages": [{"id": "p", "fields": [{"id": "a", "type": "colour", "label": "A"}]}],
        "steps": [{"id": "s", "workingDays": 1}]})";
    QStringList problems;
    TemplateLoader::load(json, QStringLiteral("many.json"), &problems);
    QCOMPARE(problems,
             (QStringList{
                 QStringLiteral("many.json:/id: a template needs an id"),
                 QStringLiteral("many.json:/version: version must be a whole number from 1"),
                 QStringLiteral("many.json:/title: a template needs a Chinese title"),
                 QStringLiteral("many.json:/pages/0/fields/0/type: unknown field type \"colour\""),
                 QStringLiteral("many.json:/steps/0/department: a step needs a department"),
             }));
}

void tst_TemplateLoader::inlineLoadUsesTheGivenName()
{
    QStringList problems;
    const FormTemplate t = TemplateLoader::load("{", QStringLiteral("pasted.json"), &problems);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().startsWith(QStringLiteral("pasted.json:: invalid JSON at offset ")),
             qPrintable(problems.first()));
    QCOMPARE(t.sourceFile, QStringLiteral("pasted.json"));
    QVERIFY(t.id.isEmpty());
}

void tst_TemplateLoader::unreadableFile()
{
    const QString path = fixture(QStringLiteral("broken/does-not-exist.json"));
    QStringList problems;
    TemplateLoader::loadFile(path, &problems);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().startsWith(path + QStringLiteral(":: cannot read the file")),
             qPrintable(problems.first()));
}

void tst_TemplateLoader::nullRequiredWhenAddsNoRule()
{
    // "requiredWhen": null is how an administrator switches a rule off; it
    // must not make the field always required.
    const QByteArray json = R"({"id": "t", "version": 1, "title": {"zh": "测试", "en": "Test"},
        "pages": [{"id": "p", "fields": [
            {"id": "a", "type": "text", "label": "A", "requiredWhen": null},
            {"id": "b", "type": "yesno", "label": "B"},
            {"id": "c", "type": "text", "label": "C", "requiredWhen": {"field": "b", "equals": true}}]}],
        "steps": [{"id": "s", "department": "民政", "workingDays": 1}]})";
    QStringList problems;
    const FormTemplate t = TemplateLoader::load(json, QStringLiteral("t.json"), &problems);
    QCOMPARE(problems, QStringList());
    QVERIFY(!t.field(QStringLiteral("a"))->isRequired(QVariantMap()));
    QVERIFY(!t.field(QStringLiteral("c"))->isRequired(QVariantMap{{"b", false}}));
    QVERIFY(t.field(QStringLiteral("c"))->isRequired(QVariantMap{{"b", true}}));
}

void tst_TemplateLoader::shippedTemplatesLoad_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &name : QDir(QStringLiteral(OW_SOURCE_DIR "/forms"))
                                   .entryList({QStringLiteral("*.json")}, QDir::Files))
        QTest::newRow(qPrintable(name)) << QStringLiteral(":/forms/") + name;
}

void tst_TemplateLoader::shippedTemplatesLoad()
{
    QFETCH(QString, file);
    QStringList problems;
    const FormTemplate t = TemplateLoader::loadFile(file, &problems);
    QCOMPARE(problems, QStringList());
    QVERIFY(t.version >= 1);
    QVERIFY(!t.title.en.isEmpty());
    QVERIFY(!t.steps.isEmpty());
    QVERIFY(!t.materials.isEmpty());
    // Every step says what it receives and every department has its full name.
    for (const StepDefinition &s : t.steps) {
        QVERIFY2(!s.receives.isEmpty(), qPrintable(s.id));
        QVERIFY2(t.departmentName(s.department).zh != s.department, qPrintable(s.department));
    }
}

void tst_TemplateLoader::extendedFormat()
{
    QStringList problems;
    const FormTemplate t =
        TemplateLoader::loadFile(QStringLiteral(":/forms/business-startup.json"), &problems);
    QCOMPARE(problems, QStringList());
    const FieldDefinition *holders = t.field(QStringLiteral("shareholders"));
    QVERIFY(holders);
    QCOMPARE(holders->type, FieldDefinition::Type::Repeat);
    QCOMPARE(holders->minItems, 1);
    QCOMPARE(holders->maxItems, 50);
    QCOMPARE(ids(holders->children), (QStringList{"name", "id_number", "contribution", "share"}));
    QCOMPARE(holders->children.at(1).type, FieldDefinition::Type::IdNumber);
    QCOMPARE(holders->children.at(1).pointer, QStringLiteral("/pages/1/fields/1/fields/1"));
    QCOMPARE(t.field(QStringLiteral("legal_rep"))->type, FieldDefinition::Type::Person);
    QVERIFY(t.field(QStringLiteral("legal_rep"))->personPhone);
    QCOMPARE(t.field(QStringLiteral("business_address"))->type, FieldDefinition::Type::Address);
    QCOMPARE(t.field(QStringLiteral("seals"))->type, FieldDefinition::Type::MultiChoice);
    QCOMPARE(t.steps.size(), 5);
    QCOMPARE(t.steps.at(2).after, QStringList{"licence"});
    QCOMPARE(t.departmentList.size(), 5);
    QCOMPARE(t.fees.size(), 2);

    const FormTemplate home =
        TemplateLoader::loadFile(QStringLiteral(":/forms/property-transfer.json"), &problems);
    QCOMPARE(problems, QStringList());
    // Water waits for both the tax and the registration: a join.
    QCOMPARE(home.steps.at(2).after, (QStringList{"tax", "registration"}));
    QCOMPARE(home.fees.size(), 5);
    QCOMPARE(home.fees.at(2).rate, 0.01);
    QCOMPARE(home.fees.at(2).baseField, QStringLiteral("price"));

    const FormTemplate card =
        TemplateLoader::loadFile(QStringLiteral(":/forms/social-security-card.json"), &problems);
    QCOMPARE(problems, QStringList());
    const FieldDefinition *photo = card.field(QStringLiteral("photo_taken"));
    QCOMPARE(photo->type, FieldDefinition::Type::Attachment);
    QCOMPARE(photo->material, QStringLiteral("photo"));
    QCOMPARE(card.material(QStringLiteral("photo"))->kind, QStringLiteral("photo"));

    const FormTemplate retirement =
        TemplateLoader::loadFile(QStringLiteral(":/forms/retirement.json"), &problems);
    QCOMPARE(problems, QStringList());
    QCOMPARE(retirement.field(QStringLiteral("work_start_date"))->dateAfter,
             QStringLiteral("birth_date"));
    QCOMPARE(retirement.field(QStringLiteral("staff_type"))->prefill,
             QStringLiteral("casefile.last"));
}

QTEST_GUILESS_MAIN(tst_TemplateLoader)
#include "tst_TemplateLoader.moc"
