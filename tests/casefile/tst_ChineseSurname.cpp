#include "casefile/ChineseSurname.h"

#include <QTest>

using namespace OneWindow;

class tst_ChineseSurname : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void surname_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one character") << QStringLiteral("王小明") << QStringLiteral("王");
        QTest::newRow("two characters") << QStringLiteral("张三") << QStringLiteral("张");
        QTest::newRow("compound") << QStringLiteral("欧阳娜娜") << QStringLiteral("欧阳");
        QTest::newRow("compound, one given character")
            << QStringLiteral("诸葛亮") << QStringLiteral("诸葛");
        // Two characters are surname and given name: Mr 东, given name 方.
        QTest::newRow("looks compound, two characters")
            << QStringLiteral("东方") << QStringLiteral("东");
        QTest::newRow("单 alone") << QStringLiteral("单雄信") << QStringLiteral("单");
        QTest::newRow("spaces around") << QStringLiteral(" 李四 ") << QStringLiteral("李");
        QTest::newRow("middle dot: no surname") << QStringLiteral("买买提·艾力") << QString();
        QTest::newRow("latin: no surname") << QStringLiteral("Anna 李") << QString();
        QTest::newRow("one character only") << QStringLiteral("李") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void surname()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(ChineseSurname::of(name), expected);
    }
};

QTEST_GUILESS_MAIN(tst_ChineseSurname)
#include "tst_ChineseSurname.moc"
