#include "casefile/PinyinInitials.h"

#include <QTest>

using namespace OneWindow;

class tst_PinyinInitials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initials_data();
    void initials();
    void textIsNotReadAsAName();
    void matching_data();
    void matching();
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

void tst_PinyinInitials::textIsNotReadAsAName()
{
    // 单 is shan as a surname, dan elsewhere.
    QCOMPARE(PinyinInitials::of(QStringLiteral("单位")), QStringLiteral("sw"));
    QCOMPARE(PinyinInitials::of(QStringLiteral("单位"), false), QStringLiteral("dw"));
}

void tst_PinyinInitials::matching_data()
{
    // A hall's birth hospitals, the most frequent first.
    const QStringList hospitals = {
        QStringLiteral("四川大学华西第二医院"), QStringLiteral("成都市妇女儿童中心医院"),
        QStringLiteral("武侯区妇幼保健院"), QStringLiteral("四川省人民医院")};
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("initials from the start")
        << hospitals << QStringLiteral("cd")
        << QStringList{hospitals.at(1), hospitals.at(0)}; // 四川大学: scDx
    QTest::newRow("initials further on")
        << hospitals << QStringLiteral("hx") << QStringList{hospitals.at(0)};
    QTest::newRow("from the start first, then further on")
        << hospitals << QStringLiteral("s")
        << QStringList{hospitals.at(0), hospitals.at(3), hospitals.at(1)};
    QTest::newRow("further on, in the given order")
        << hospitals << QStringLiteral("yy")
        << QStringList{hospitals.at(0), hospitals.at(1), hospitals.at(3)};
    QTest::newRow("upper case as lower")
        << hospitals << QStringLiteral("WHQ") << QStringList{hospitals.at(2)};
    QTest::newRow("nothing matches") << hospitals << QStringLiteral("zz") << QStringList();
    QTest::newRow("characters are not initials")
        << hospitals << QStringLiteral("四川") << QStringList();
    QTest::newRow("digits are not initials") << hospitals << QStringLiteral("c1") << QStringList();
    QTest::newRow("nothing typed") << hospitals << QString() << QStringList();
}

void tst_PinyinInitials::matching()
{
    QFETCH(QStringList, texts);
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);
    QCOMPARE(PinyinInitials::matching(texts, typed), expected);
}

QTEST_GUILESS_MAIN(tst_PinyinInitials)
#include "tst_PinyinInitials.moc"
