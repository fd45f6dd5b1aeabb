#include "models/CaseListModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace OneWindow;

class tst_CaseListModel : public QObject
{
    Q_OBJECT

private:
    static CaseRecord makeCase(const QString &number, const QString &state, const QDate &deadline)
    {
        CaseRecord c;
        c.caseNumber = number;
        c.title = QStringLiteral("居住证申领");
        c.state = state;
        c.acceptedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 0));
        c.deadline = deadline;
        SubCase police;
        police.department = QStringLiteral("公安");
        police.title = QStringLiteral("居住证签发");
        police.state = QStringLiteral("in-progress");
        police.deadline = deadline;
        c.subCases << police;
        return c;
    }

private Q_SLOTS:
    void passesModelTester()
    {
        CaseListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCases({makeCase(QStringLiteral("510107-20261102-00001"), QStringLiteral("in-progress"),
                                 QDate(2026, 11, 20)),
                        makeCase(QStringLiteral("510107-20261102-00002"), QStringLiteral("completed"),
                                 QDate(2026, 11, 21))});
        QCOMPARE(model.rowCount(), 2);
        model.setCases({});
        QCOMPARE(model.rowCount(), 0);
    }

    void columns_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("expected");
        QTest::newRow("number") << int(CaseListModel::Number) << QStringLiteral("510107-20261102-00001");
        QTest::newRow("matter") << int(CaseListModel::Matter) << QStringLiteral("居住证申领");
        QTest::newRow("accepted") << int(CaseListModel::Accepted) << QStringLiteral("2026-11-02");
        QTest::newRow("state") << int(CaseListModel::State) << QStringLiteral("办理中");
        QTest::newRow("departments") << int(CaseListModel::Departments) << QStringLiteral("公安 办理中");
        QTest::newRow("deadline") << int(CaseListModel::Deadline) << QStringLiteral("2026-11-20");
    }

    void columns()
    {
        QFETCH(int, column);
        QFETCH(QString, expected);
        CaseListModel model;
        model.setCases({makeCase(QStringLiteral("510107-20261102-00001"), QStringLiteral("in-progress"),
                                 QDate(2026, 11, 20))});
        QCOMPARE(model.data(model.index(0, column)).toString(), expected);
        QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString().isEmpty());
    }

    void overdueOpenCaseIsMarked()
    {
        CaseListModel model;
        const QDate past = QDate::currentDate().addDays(-3);
        model.setCases({makeCase(QStringLiteral("A"), QStringLiteral("in-progress"), past),
                        makeCase(QStringLiteral("B"), QStringLiteral("completed"), past)});
        QVERIFY(model.data(model.index(0, CaseListModel::Deadline), Qt::ForegroundRole).isValid());
        QVERIFY(!model.data(model.index(1, CaseListModel::Deadline), Qt::ForegroundRole).isValid());
    }
};

QTEST_MAIN(tst_CaseListModel)
#include "tst_CaseListModel.moc"
