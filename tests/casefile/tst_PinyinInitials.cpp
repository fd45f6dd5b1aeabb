#include "casefile/PinyinInitials.h"

#include <QTest>

using namespace OneWindow;

class tst_PinyinInitials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initials_data();
    void initials();
};

void tst_PinyinInitials::initials_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("two characters") << QStringLiteral("张三") << QStringLiteral("zs");
    QTest::newRow("three characters") << QStringLiteral("王小明") << QStringLiteral("wxm");
    // Surname readings: 单 shan, 解 xie, 曾 zeng as family names.
    QTest::newRow("surname shan") << QStringLiteral("单雄信") << QStringLiteral("sxx");
    QTest::newRow("surname xie") << QStringLiteral("解缙") << QStringLiteral("xj");
    QTest::newRow("surname zeng") << QStringLiteral("曾国藩") << QStringLiteral("zgf");
    QTest::newRow("middle dot skipped") << QStringLiteral("买买提·艾力") << QStringLiteral("mmtal");
    QTest::newRow("latin kept lower") << QStringLiteral("Anna 李") << QStringLiteral("annal");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("symbols only") << QStringLiteral("（）") << QString();
}

void tst_PinyinInitials::initials()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(PinyinInitials::of(name), expected);
}

QTEST_GUILESS_MAIN(tst_PinyinInitials)
#include "tst_PinyinInitials.moc"
