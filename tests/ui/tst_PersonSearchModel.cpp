#include "casefile/PersonRepository.h"
#include "casefile/PersonSearch.h"
#include "helpers/TestDatabase.h"
#include "models/PersonSearchModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace OneWindow;

class tst_PersonSearchModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchAndPage_data();
    void searchAndPage();
    void debouncedTyping_data();
    void debouncedTyping();
    void badQueryEmpties_data();
    void badQueryEmpties();
};

namespace {

// The model's searcher over a bare database, as the counter's is over the service.
PersonSearchModel::Searcher searcherFor(const Database &db)
{
    return [&db](const QString &query, int limit, int offset) {
        return PersonSearch(db).search(query, limit, offset);
    };
}

// 45 made-up people called 张…: "zs" and "张" match them all.
void addPeople(const Database &db)
{
    PersonRepository repo(db);
    for (int i = 0; i < 45; ++i) {
        Person p;
        p.idNumber = QStringLiteral("1101011990010%1").arg(i, 5, 10, QLatin1Char('0'));
        p.name = QStringLiteral("张三") + QString(QChar(0x4e00 + i));
        p.sex = i % 2 ? Sex::Male : Sex::Female;
        p.birth = QDate(1990, 1, 1);
        p.phone = QStringLiteral("1390000%1").arg(i, 4, 10, QLatin1Char('0'));
        QVERIFY(repo.insert(p).ok());
    }
}

} // namespace

void tst_PersonSearchModel::searchAndPage_data()
{
    TestDatabase::addBackendRows();
}

void tst_PersonSearchModel::searchAndPage()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    addPeople(t.db());
    PersonSearchModel model(searcherFor(t.db()));
    model.setPageSize(20);
    model.setQuery(QStringLiteral("zs"));
    QCOMPARE(model.rowCount(), 20);
    QVERIFY(model.canFetchMore({}));
    QVERIFY(model.data(model.index(0, PersonSearchModel::Name))
                .toString()
                .startsWith(QStringLiteral("张三")));
    QVERIFY(model.data(model.index(0, 0), PersonSearchModel::PersonIdRole).toLongLong() > 0);
    QCOMPARE(model.data(model.index(0, PersonSearchModel::MatchedBy)).toString(),
             QStringLiteral("姓名拼音首字母"));
    model.fetchMore({});
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 45);
    QVERIFY(!model.canFetchMore({}));
    model.setQuery(QStringLiteral("1390000004"));
    QCOMPARE(model.rowCount(), 5); // 00040..00044
    QCOMPARE(model.data(model.index(0, PersonSearchModel::MatchedBy)).toString(),
             QStringLiteral("手机号"));

    // Under the tester (which pulls every page itself).
    PersonSearchModel checked(searcherFor(t.db()));
    QAbstractItemModelTester tester(&checked,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    checked.setQuery(QStringLiteral("张三"));
    while (checked.canFetchMore({}))
        checked.fetchMore({});
    QCOMPARE(checked.rowCount(), 45);
}

void tst_PersonSearchModel::debouncedTyping_data()
{
    TestDatabase::addBackendRows();
}

void tst_PersonSearchModel::debouncedTyping()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    addPeople(t.db());
    PersonSearchModel model(searcherFor(t.db()));
    model.setDebounceInterval(30);
    QSignalSpy finished(&model, &PersonSearchModel::searchFinished);
    for (const QString &typed : {QStringLiteral("1"), QStringLiteral("11"), QStringLiteral("110"),
                                 QStringLiteral("11010119900100004")})
        model.scheduleQuery(typed);
    QVERIFY(finished.wait(2000));
    QCOMPARE(finished.count(), 1); // one query for four keystrokes
    QCOMPARE(model.query(), QStringLiteral("11010119900100004"));
    QCOMPARE(model.rowCount(), 5); // 00040..00044
}

void tst_PersonSearchModel::badQueryEmpties_data()
{
    TestDatabase::addBackendRows();
}

void tst_PersonSearchModel::badQueryEmpties()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    addPeople(t.db());
    PersonSearchModel model(searcherFor(t.db()));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(QStringLiteral("张"));
    QCOMPARE(model.rowCount(), 20);
    QSignalSpy finished(&model, &PersonSearchModel::searchFinished);
    model.setQuery(QStringLiteral("%%"));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.lastError().code, QStringLiteral("bad-query"));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toBool(), true);
}

QTEST_MAIN(tst_PersonSearchModel)
#include "tst_PersonSearchModel.moc"
