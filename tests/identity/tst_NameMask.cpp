#include "identity/NameMask.h"

#include <QTest>

using namespace OneWindow;

// A name on a public screen: the first and last characters, the rest hidden.
class tst_NameMask : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void masks_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("masked");
        QTest::newRow("three") << QStringLiteral("王小禾") << QStringLiteral("王*禾");
        QTest::newRow("two") << QStringLiteral("王禾") << QStringLiteral("王*");
        QTest::newRow("one") << QStringLiteral("禾") << QStringLiteral("*");
        QTest::newRow("compound surname") << QStringLiteral("欧阳娜娜") << QStringLiteral("欧**娜");
        QTest::newRow("dotted") << QStringLiteral("阿依·买买提") << QStringLiteral("阿****提");
        QTest::newRow("outside the BMP") << QStringLiteral("𠀋小𠀋") << QStringLiteral("𠀋*𠀋");
        QTest::newRow("spaces around") << QStringLiteral(" 李四 ") << QStringLiteral("李*");
        QTest::newRow("empty") << QString() << QString();
    }
    void masks()
    {
        QFETCH(QString, name);
        QFETCH(QString, masked);
        QCOMPARE(NameMask::masked(name), masked);
    }
};

QTEST_GUILESS_MAIN(tst_NameMask)
#include "tst_NameMask.moc"
