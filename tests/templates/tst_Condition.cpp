#include "templates/Condition.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace OneWindow;

Q_DECLARE_METATYPE(OneWindow::Condition::Kind)

namespace {

// Any JSON value (not only objects) as the condition, by wrapping it.
QJsonValue jsonValue(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("{\"c\": " + json + "}", &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in the test itself: %s", json.constData());
    return doc.object().value(QLatin1String("c"));
}

Condition parse(const QByteArray &json)
{
    QString error;
    const Condition c = Condition::fromJson(jsonValue(json), QStringLiteral("/rule"), &error);
    if (!error.isEmpty())
        qFatal("unexpected condition error: %s", qPrintable(error));
    return c;
}

} // namespace

class tst_Condition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kind_data();
    void kind();
    void evaluate_data();
    void evaluate();
    void referencedFields_data();
    void referencedFields();
    void malformed_data();
    void malformed();
    void nullErrorPointerIsAllowed();
};

void tst_Condition::kind_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Condition::Kind>("kind");

    QTest::newRow("null") << QByteArray("null") << Condition::Kind::Always;
    QTest::newRow("all") << QByteArray(R"({"all": [{"field": "a", "equals": 1}]})")
                         << Condition::Kind::All;
    QTest::newRow("any") << QByteArray(R"({"any": [{"field": "a", "equals": 1}]})")
                         << Condition::Kind::Any;
    QTest::newRow("not") << QByteArray(R"({"not": {"field": "a", "equals": 1}})")
                         << Condition::Kind::Not;
    QTest::newRow("equals") << QByteArray(R"({"field": "a", "equals": "x"})")
                            << Condition::Kind::Equals;
    QTest::newRow("notEquals") << QByteArray(R"({"field": "a", "notEquals": "x"})")
                               << Condition::Kind::NotEquals;
    QTest::newRow("in") << QByteArray(R"({"field": "a", "in": ["x", "y"]})") << Condition::Kind::In;
    QTest::newRow("isSet") << QByteArray(R"({"field": "a", "isSet": true})")
                           << Condition::Kind::IsSet;
}

void tst_Condition::kind()
{
    QFETCH(QByteArray, json);
    QFETCH(Condition::Kind, kind);
    const Condition c = parse(json);
    QCOMPARE(c.kind(), kind);
    QCOMPARE(c.isAlways(), kind == Condition::Kind::Always);
}

void tst_Condition::evaluate_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QVariantMap>("values");
    QTest::addColumn<bool>("expected");

    const QByteArray marriedTrue = R"({"field": "married", "equals": true})";
    const QByteArray marriedFalse = R"({"field": "married", "equals": false})";
    QTest::newRow("always, no answers") << QByteArray("null") << QVariantMap() << true;
    QTest::newRow("always, some answers")
        << QByteArray("null") << QVariantMap{{"married", false}} << true;

    // equals: booleans
    QTest::newRow("bool true == true") << marriedTrue << QVariantMap{{"married", true}} << true;
    QTest::newRow("bool true == false") << marriedTrue << QVariantMap{{"married", false}} << false;
    QTest::newRow("bool false == false") << marriedFalse << QVariantMap{{"married", false}} << true;
    QTest::newRow("bool false == true") << marriedFalse << QVariantMap{{"married", true}} << false;
    QTest::newRow("bool, unanswered is neither (true)") << marriedTrue << QVariantMap() << false;
    QTest::newRow("bool, unanswered is neither (false)") << marriedFalse << QVariantMap() << false;
    QTest::newRow("bool, answer typed as text \"false\"")
        << marriedFalse << QVariantMap{{"married", QStringLiteral("false")}} << true;
    QTest::newRow("bool, answer typed as text \"true\"")
        << marriedTrue << QVariantMap{{"married", QStringLiteral("true")}} << true;

    // equals: numbers
    const QByteArray three = R"({"field": "children", "equals": 3})";
    QTest::newRow("number == int") << three << QVariantMap{{"children", 3}} << true;
    QTest::newRow("number == double") << three << QVariantMap{{"children", 3.0}} << true;
    QTest::newRow("number == text \"3\"")
        << three << QVariantMap{{"children", QStringLiteral("3")}} << true;
    QTest::newRow("number != 4") << three << QVariantMap{{"children", 4}} << false;
    QTest::newRow("number != 3.5") << three << QVariantMap{{"children", 3.5}} << false;
    QTest::newRow("number != non-numeric text")
        << three << QVariantMap{{"children", QStringLiteral("three")}} << false;
    QTest::newRow("fraction == 0.5") << QByteArray(R"({"field": "share", "equals": 0.5})")
                                     << QVariantMap{{"share", QStringLiteral("0.5")}} << true;

    // equals: strings
    const QByteArray mother = R"({"field": "relation", "equals": "mother"})";
    QTest::newRow("string equal") << mother << QVariantMap{{"relation", QStringLiteral("mother")}}
                                  << true;
    QTest::newRow("string different")
        << mother << QVariantMap{{"relation", QStringLiteral("father")}} << false;
    QTest::newRow("string is case-sensitive")
        << mother << QVariantMap{{"relation", QStringLiteral("Mother")}} << false;
    QTest::newRow("Chinese string") << QByteArray(R"({"field": "dept", "equals": "公安"})")
                                    << QVariantMap{{"dept", QStringLiteral("公安")}} << true;

    // notEquals
    const QByteArray notMother = R"({"field": "relation", "notEquals": "mother"})";
    QTest::newRow("notEquals, different")
        << notMother << QVariantMap{{"relation", QStringLiteral("father")}} << true;
    QTest::newRow("notEquals, same")
        << notMother << QVariantMap{{"relation", QStringLiteral("mother")}} << false;
    QTest::newRow("notEquals, unanswered") << notMother << QVariantMap() << true;
    QTest::newRow("notEquals bool") << QByteArray(R"({"field": "married", "notEquals": true})")
                                    << QVariantMap{{"married", false}} << true;
    QTest::newRow("notEquals number")
        << QByteArray(R"({"field": "n", "notEquals": 2})") << QVariantMap{{"n", 2}} << false;

    // in
    const QByteArray inList = R"({"field": "kind", "in": ["a", "b"]})";
    QTest::newRow("in, first") << inList << QVariantMap{{"kind", QStringLiteral("a")}} << true;
    QTest::newRow("in, second") << inList << QVariantMap{{"kind", QStringLiteral("b")}} << true;
    QTest::newRow("in, not listed")
        << inList << QVariantMap{{"kind", QStringLiteral("c")}} << false;
    QTest::newRow("in, unanswered") << inList << QVariantMap() << false;
    QTest::newRow("in, numbers") << QByteArray(R"({"field": "n", "in": [1, 2]})")
                                 << QVariantMap{{"n", 2}} << true;
    QTest::newRow("in, numbers, not listed")
        << QByteArray(R"({"field": "n", "in": [1, 2]})") << QVariantMap{{"n", 5}} << false;

    // isSet
    const QByteArray isSet = R"({"field": "phone", "isSet": true})";
    const QByteArray isNotSet = R"({"field": "phone", "isSet": false})";
    QTest::newRow("isSet, text") << isSet << QVariantMap{{"phone", QStringLiteral("13800138000")}}
                                 << true;
    QTest::newRow("isSet, empty text") << isSet << QVariantMap{{"phone", QString()}} << false;
    QTest::newRow("isSet, blank text")
        << isSet << QVariantMap{{"phone", QStringLiteral("   ")}} << false;
    QTest::newRow("isSet, unanswered") << isSet << QVariantMap() << false;
    QTest::newRow("isSet, a 'no' answer is an answer")
        << isSet << QVariantMap{{"phone", false}} << true;
    // A multiple choice answer is a list (two items: QVariant cannot turn it into text).
    QTest::newRow("isSet, list with items")
        << isSet << QVariantMap{{"phone", QStringList{QStringLiteral("a"), QStringLiteral("b")}}}
        << true;
    QTest::newRow("isSet, empty list") << isSet << QVariantMap{{"phone", QStringList()}} << false;
    QTest::newRow("isSet false, unanswered") << isNotSet << QVariantMap() << true;
    QTest::newRow("isSet false, answered")
        << isNotSet << QVariantMap{{"phone", QStringLiteral("x")}} << false;

    // all / any / not
    const QByteArray all =
        R"({"all": [{"field": "a", "equals": true}, {"field": "b", "equals": 1}]})";
    QTest::newRow("all, both") << all << QVariantMap{{"a", true}, {"b", 1}} << true;
    QTest::newRow("all, first fails") << all << QVariantMap{{"a", false}, {"b", 1}} << false;
    QTest::newRow("all, second fails") << all << QVariantMap{{"a", true}, {"b", 2}} << false;
    const QByteArray any =
        R"({"any": [{"field": "a", "equals": true}, {"field": "b", "equals": 1}]})";
    QTest::newRow("any, first") << any << QVariantMap{{"a", true}, {"b", 2}} << true;
    QTest::newRow("any, second") << any << QVariantMap{{"a", false}, {"b", 1}} << true;
    QTest::newRow("any, none") << any << QVariantMap{{"a", false}, {"b", 2}} << false;
    QTest::newRow("any, unanswered") << any << QVariantMap() << false;
    const QByteArray notMarried = R"({"not": {"field": "married", "equals": true}})";
    QTest::newRow("not, holds") << notMarried << QVariantMap{{"married", true}} << false;
    QTest::newRow("not, fails") << notMarried << QVariantMap{{"married", false}} << true;
    QTest::newRow("not, unanswered") << notMarried << QVariantMap() << true;

    // Nested: (relation is mother or father) and not married and a phone given.
    const QByteArray nested = R"({"all": [
        {"any": [{"field": "relation", "equals": "mother"}, {"field": "relation", "equals": "father"}]},
        {"not": {"field": "married", "equals": true}},
        {"field": "phone", "isSet": true}]})";
    const QVariantMap base{{"relation", QStringLiteral("father")},
                           {"married", false},
                           {"phone", QStringLiteral("13800138000")}};
    QTest::newRow("nested, all hold") << nested << base << true;
    QVariantMap v = base;
    v.insert(QStringLiteral("relation"), QStringLiteral("grandmother"));
    QTest::newRow("nested, any fails") << nested << v << false;
    v = base;
    v.insert(QStringLiteral("married"), true);
    QTest::newRow("nested, not fails") << nested << v << false;
    v = base;
    v.remove(QStringLiteral("phone"));
    QTest::newRow("nested, isSet fails") << nested << v << false;
    QTest::newRow("double negation")
        << QByteArray(R"({"not": {"not": {"field": "a", "in": ["x"]}}})")
        << QVariantMap{{"a", QStringLiteral("x")}} << true;

    // Comparisons: numbers as numbers, dates as dates, a missing side never holds.
    const QByteArray gte180 = R"({"field": "months", "gte": 180})";
    QTest::newRow("gte, above") << gte180 << QVariantMap{{"months", "240"}} << true;
    QTest::newRow("gte, equal") << gte180 << QVariantMap{{"months", 180}} << true;
    QTest::newRow("gte, below") << gte180 << QVariantMap{{"months", "179"}} << false;
    QTest::newRow("gte, not a number") << gte180 << QVariantMap{{"months", "many"}} << false;
    QTest::newRow("gte, unanswered") << gte180 << QVariantMap() << false;
    QTest::newRow("lt, decimals") << QByteArray(R"({"field": "area", "lt": 140})")
                                  << QVariantMap{{"area", "139.99"}} << true;
    QTest::newRow("lte, equal") << QByteArray(R"({"field": "area", "lte": 140})")
                                << QVariantMap{{"area", "140"}} << true;
    QTest::newRow("gt, date literal") << QByteArray(R"({"field": "d", "gt": "2026-01-31"})")
                                      << QVariantMap{{"d", "2026-02-01"}} << true;
    const QByteArray before = R"({"field": "birth", "lt": {"field": "wedding"}})";
    QTest::newRow("date before another field")
        << before << QVariantMap{{"birth", "1990-03-07"}, {"wedding", "2020-05-20"}} << true;
    QTest::newRow("date after another field")
        << before << QVariantMap{{"birth", "2021-03-07"}, {"wedding", "2020-05-20"}} << false;
    QTest::newRow("date compared with nothing")
        << before << QVariantMap{{"birth", "1990-03-07"}} << false;
    QTest::newRow("dates compare as dates, not text")
        << QByteArray(R"({"field": "a", "lt": {"field": "b"}})")
        << QVariantMap{{"a", "2026-09-30"}, {"b", "2026-10-01"}} << true;
    // Field against field, and paths into person values.
    const QByteArray notSame = R"({"field": "other.idNumber", "notEqualsField": "applicant_id"})";
    const QVariantMap other{{"idNumber", "11010519491231002X"}, {"name", "甲"}};
    QTest::newRow("person path, different")
        << notSame << QVariantMap{{"other", other}, {"applicant_id", "110101199003070011"}} << true;
    QTest::newRow("person path, same")
        << notSame << QVariantMap{{"other", other}, {"applicant_id", "11010519491231002X"}}
        << false;
    QTest::newRow("person path, same in lower case")
        << notSame << QVariantMap{{"other", other}, {"applicant_id", "11010519491231002x"}}
        << false;
    QTest::newRow("person path, other side empty")
        << notSame << QVariantMap{{"other", other}} << true;
    QTest::newRow("equalsField") << QByteArray(R"({"field": "a", "equalsField": "b"})")
                                 << QVariantMap{{"a", "x"}, {"b", "x"}} << true;
    QTest::newRow("equalsField, both empty")
        << QByteArray(R"({"field": "a", "equalsField": "b"})") << QVariantMap() << false;
    // Counting a repeat group or a multiple choice.
    const QByteArray two = R"({"field": "holders", "countAtLeast": 2})";
    QTest::newRow("count, two items")
        << two << QVariantMap{{"holders", QVariantList{QVariantMap(), QVariantMap()}}} << true;
    QTest::newRow("count, one item")
        << two << QVariantMap{{"holders", QVariantList{QVariantMap()}}} << false;
    QTest::newRow("count, picks") << two
                                  << QVariantMap{{"seals", QStringList{"a"}},
                                                 {"holders", QStringList{"a", "b"}}}
                                  << true;
    QTest::newRow("equals on a multiple choice: picked")
        << QByteArray(R"({"field": "seals", "equals": "finance"})")
        << QVariantMap{{"seals", QStringList{"company", "finance"}}} << true;
    QTest::newRow("isSet on an address")
        << QByteArray(R"({"field": "home", "isSet": true})")
        << QVariantMap{{"home", QVariantMap{{"street", "1号"}}}} << true;
    QTest::newRow("isSet on an empty person")
        << QByteArray(R"({"field": "p", "isSet": true})")
        << QVariantMap{{"p", QVariantMap{{"source", "typed"}}}} << false;
}

void tst_Condition::evaluate()
{
    QFETCH(QByteArray, json);
    QFETCH(QVariantMap, values);
    QFETCH(bool, expected);
    QCOMPARE(parse(json).evaluate(values), expected);
}

void tst_Condition::referencedFields_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("fields");

    QTest::newRow("always") << QByteArray("null") << QStringList();
    QTest::newRow("equals") << QByteArray(R"({"field": "a", "equals": 1})") << QStringList{"a"};
    QTest::newRow("isSet") << QByteArray(R"({"field": "b", "isSet": false})") << QStringList{"b"};
    QTest::newRow("all") << QByteArray(R"({"all": [{"field": "a", "equals": 1},
                                                   {"field": "b", "in": [1]}]})")
                         << QStringList{"a", "b"};
    QTest::newRow("nested") << QByteArray(R"({"any": [{"not": {"field": "x", "equals": 1}},
                                                      {"all": [{"field": "y", "notEquals": 2},
                                                               {"field": "z", "isSet": true}]}]})")
                            << QStringList{"x", "y", "z"};
    QTest::newRow("paths name their field, both sides")
        << QByteArray(R"({"field": "seller.idNumber", "notEqualsField": "buyer.idNumber"})")
        << QStringList{"buyer", "seller"};
    QTest::newRow("comparison with a field")
        << QByteArray(R"({"field": "a", "lt": {"field": "b"}})") << QStringList{"a", "b"};
}

void tst_Condition::referencedFields()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, fields);
    QStringList actual = parse(json).referencedFields();
    actual.sort();
    QCOMPARE(actual, fields);
}

void tst_Condition::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    QTest::newRow("number") << QByteArray("5")
                            << QStringLiteral("/rule: a condition must be an object");
    QTest::newRow("string") << QByteArray("\"married\"")
                            << QStringLiteral("/rule: a condition must be an object");
    QTest::newRow("list") << QByteArray("[]")
                          << QStringLiteral("/rule: a condition must be an object");
    QTest::newRow("comparison with a list")
        << QByteArray(R"({"field": "a", "lt": [1]})")
        << QStringLiteral("/rule/lt: must be a number, a date or {\"field\": ...}");
    QTest::newRow("comparison with a nameless field")
        << QByteArray(R"({"field": "a", "gte": {}})")
        << QStringLiteral("/rule/gte/field: must name a field");
    QTest::newRow("countAtLeast not a number")
        << QByteArray(R"({"field": "a", "countAtLeast": "2"})")
        << QStringLiteral("/rule/countAtLeast: must be a number");
    QTest::newRow("notEqualsField empty")
        << QByteArray(R"({"field": "a", "notEqualsField": ""})")
        << QStringLiteral("/rule/notEqualsField: must name a field");
    QTest::newRow("empty object") << QByteArray("{}")
                                  << QStringLiteral("/rule: needs one of all, any, not, field");
    QTest::newRow("unknown key") << QByteArray(R"({"when": "x"})")
                                 << QStringLiteral("/rule: needs one of all, any, not, field");
    QTest::newRow("all, empty list")
        << QByteArray(R"({"all": []})")
        << QStringLiteral("/rule/all: needs a non-empty list of conditions");
    QTest::newRow("any, not a list")
        << QByteArray(R"({"any": {"field": "a", "equals": 1}})")
        << QStringLiteral("/rule/any: needs a non-empty list of conditions");
    QTest::newRow("field, empty name") << QByteArray(R"({"field": "", "equals": 1})")
                                       << QStringLiteral("/rule/field: must name a field");
    QTest::newRow("field, not a string") << QByteArray(R"({"field": 7, "equals": 1})")
                                         << QStringLiteral("/rule/field: must name a field");
    QTest::newRow("field, no comparison")
        << QByteArray(R"({"field": "a"})")
        << QStringLiteral("/rule: needs one of equals, notEquals, in, isSet");
    QTest::newRow("in, not a list") << QByteArray(R"({"field": "a", "in": "x"})")
                                    << QStringLiteral("/rule/in: must be a list of values");
    QTest::newRow("not, a number") << QByteArray(R"({"not": 3})")
                                   << QStringLiteral("/rule/not: a condition must be an object");
    QTest::newRow("not, null") << QByteArray(R"({"not": null})")
                               << QStringLiteral("/rule/not: a condition must be an object");
    QTest::newRow("all, null item") << QByteArray(R"({"all": [{"field": "a", "equals": 1}, null]})")
                                    << QStringLiteral("/rule/all/1: a condition must be an object");
    QTest::newRow("all, second item broken")
        << QByteArray(R"({"all": [{"field": "a", "equals": 1}, {"field": "b"}]})")
        << QStringLiteral("/rule/all/1: needs one of equals, notEquals, in, isSet");
    QTest::newRow("deeply nested")
        << QByteArray(R"({"any": [{"field": "a", "isSet": true},
                                  {"not": {"all": [{"field": "b", "equals": 1}, {}]}}]})")
        << QStringLiteral("/rule/any/1/not/all/1: needs one of all, any, not, field");
}

void tst_Condition::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString actual;
    const Condition c = Condition::fromJson(jsonValue(json), QStringLiteral("/rule"), &actual);
    QCOMPARE(actual, error);
    // A broken rule is replaced by "always" so nothing downstream reads garbage.
    QVERIFY(c.isAlways());
    QVERIFY(c.referencedFields().isEmpty());
}

void tst_Condition::nullErrorPointerIsAllowed()
{
    const Condition broken = Condition::fromJson(jsonValue("{}"), QStringLiteral("/x"), nullptr);
    QVERIFY(broken.isAlways());
    const Condition good = Condition::fromJson(jsonValue(R"({"field": "a", "equals": 1})"),
                                               QStringLiteral("/x"), nullptr);
    QCOMPARE(good.kind(), Condition::Kind::Equals);
}

QTEST_GUILESS_MAIN(tst_Condition)
#include "tst_Condition.moc"
