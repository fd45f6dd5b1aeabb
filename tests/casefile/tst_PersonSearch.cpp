#include "casefile/PersonRepository.h"
#include "casefile/PersonSearch.h"
#include "helpers/TestDatabase.h"
#include "storage/Database.h"

#include <QTest>

using namespace OneWindow;

class tst_PersonSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
    void search_data();
    void search();
    void pages_data();
    void pages();
    void badInput_data();
    void badInput();
};

namespace {

Person person(const QString &idNumber, const QString &name, const QString &phone)
{
    Person p;
    p.idNumber = idNumber;
    p.name = name;
    p.sex = Sex::Male;
    p.phone = phone;
    return p;
}

// Made-up people; the ID numbers only need to be distinct here.
void addPeople(const Database &db)
{
    PersonRepository repo(db);
    const QList<Person> people = {
        person(QStringLiteral("110101199003077777"), QStringLiteral("张三"),
               QStringLiteral("13800000001")),
        person(QStringLiteral("110101199003071234"), QStringLiteral("张珊珊"),
               QStringLiteral("13800000002")),
        person(QStringLiteral("51010719850512001X"), QStringLiteral("李四"),
               QStringLiteral("13912345678")),
        person(QStringLiteral("510107198505120029"), QStringLiteral("赵思"),
               QStringLiteral("15000000000")),
        person(QStringLiteral("440305200001010011"), QStringLiteral("单雄信"),
               QStringLiteral("18600000000")),
    };
    for (const Person &p : people)
        QVERIFY(repo.insert(p).ok());
}

QStringList names(const PersonSearchPage &page)
{
    QStringList list;
    for (const PersonHit &h : page.hits)
        list << h.name;
    return list;
}

} // namespace

void tst_PersonSearch::classify_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("kind");
    QTest::newRow("id prefix") << QStringLiteral("5101") << int(PersonSearch::Kind::IdOrPhone);
    QTest::newRow("id with x") << QStringLiteral("51010719850512001x")
                               << int(PersonSearch::Kind::IdOrPhone);
    QTest::newRow("case number") << QStringLiteral("510107-2026")
                                 << int(PersonSearch::Kind::CaseNumber);
    QTest::newRow("initials") << QStringLiteral("ZS") << int(PersonSearch::Kind::Initials);
    QTest::newRow("name") << QStringLiteral("张") << int(PersonSearch::Kind::Name);
    QTest::newRow("blank") << QStringLiteral("   ") << int(PersonSearch::Kind::Empty);
    QTest::newRow("symbols") << QStringLiteral("%_*") << int(PersonSearch::Kind::Empty);
}

void tst_PersonSearch::classify()
{
    QFETCH(QString, query);
    QFETCH(int, kind);
    QCOMPARE(int(PersonSearch::classify(query)), kind);
}

void tst_PersonSearch::search_data()
{
    TestDatabase::addBackendRows();
}

void tst_PersonSearch::search()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    addPeople(t.db());
    PersonSearch search(t.db());

    auto r = search.search(QStringLiteral("zs"));
    QVERIFY2(r.ok(), qPrintable(r.error().detail));
    // A prefix of the initials, in initials order.
    QCOMPARE(names(r.value()), (QStringList{QStringLiteral("张三"), QStringLiteral("赵思"),
                                            QStringLiteral("张珊珊")}));
    QCOMPARE(r.value().hits.first().matchedBy, QStringLiteral("initials"));
    QCOMPARE(names(search.search(QStringLiteral("ZSS")).value()),
             QStringList{QStringLiteral("张珊珊")});
    QCOMPARE(names(search.search(QStringLiteral("sxx")).value()),
             QStringList{QStringLiteral("单雄信")});
    QCOMPARE(names(search.search(QStringLiteral("张")).value()),
             (QStringList{QStringLiteral("张三"), QStringLiteral("张珊珊")}));
    // ID-number prefix, lower-case x accepted.
    QCOMPARE(names(search.search(QStringLiteral("51010719850512001x")).value()),
             QStringList{QStringLiteral("李四")});
    QCOMPARE(names(search.search(QStringLiteral("510107")).value()),
             (QStringList{QStringLiteral("李四"), QStringLiteral("赵思")}));
    // Digits starting with 1: ID numbers (Beijing) first, then mobile numbers.
    r = search.search(QStringLiteral("1380"));
    QCOMPARE(names(r.value()), (QStringList{QStringLiteral("张三"), QStringLiteral("张珊珊")}));
    QCOMPARE(r.value().hits.first().matchedBy, QStringLiteral("phone"));
    r = search.search(QStringLiteral("110"));
    QCOMPARE(r.value().hits.first().matchedBy, QStringLiteral("id-number"));
    QCOMPARE(names(search.search(QStringLiteral("139123")).value()),
             QStringList{QStringLiteral("李四")});
    QVERIFY(search.search(QStringLiteral("王")).value().hits.isEmpty());
    QVERIFY(search.search(QStringLiteral("9")).value().hits.isEmpty());
}

void tst_PersonSearch::pages_data()
{
    TestDatabase::addBackendRows();
}

void tst_PersonSearch::pages()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    addPeople(t.db());
    PersonSearch search(t.db());
    const auto first = search.search(QStringLiteral("z"), 2, 0).value();
    QCOMPARE(first.hits.size(), 2);
    QVERIFY(first.hasMore);
    const auto last = search.search(QStringLiteral("z"), 2, 2).value();
    QCOMPARE(last.hits.size(), 1);
    QVERIFY(!last.hasMore);
}

void tst_PersonSearch::badInput_data()
{
    TestDatabase::addBackendRows();
}

void tst_PersonSearch::badInput()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    PersonSearch search(t.db());
    QCOMPARE(search.search(QString()).error().code, QStringLiteral("bad-query"));
    QCOMPARE(search.search(QStringLiteral("'; DROP TABLE persons; --")).error().code,
             QStringLiteral("bad-query"));
    QCOMPARE(search.search(QStringLiteral("zs"), 0).error().code, QStringLiteral("bad-query"));
    QCOMPARE(search.search(QStringLiteral("zs"), 10, -1).error().code, QStringLiteral("bad-query"));
}

QTEST_GUILESS_MAIN(tst_PersonSearch)
#include "tst_PersonSearch.moc"
