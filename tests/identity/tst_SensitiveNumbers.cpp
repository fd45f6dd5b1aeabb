// Personal numbers inside free text: found (valid or not) and masked.
#include "identity/IdNumber.h"
#include "identity/SensitiveNumbers.h"

#include <QTest>

using namespace OneWindow;

namespace {

// A valid 18-character number for a region, a birth date and a serial.
QString validId(const QString &first17)
{
    return first17 + IdNumber::checkCharacter(first17);
}

QChar wrongCheck(const QString &first17)
{
    const QChar right = IdNumber::checkCharacter(first17);
    return right == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
}

} // namespace

class tst_SensitiveNumbers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void find_data();
    void find();
    void masked_data();
    void masked();
};

void tst_SensitiveNumbers::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("kind"); // of the first match
    QTest::addColumn<bool>("valid");

    const QString id = validId(QStringLiteral("11010519491231002"));
    const QString bad =
        QStringLiteral("11010519491231002") + wrongCheck(QStringLiteral("11010519491231002"));
    const int idKind = int(SensitiveNumbers::Kind::IdNumber);
    const int mobile = int(SensitiveNumbers::Kind::Mobile);
    QTest::newRow("nothing") << "opened person:12 at A01" << 0 << 0 << false;
    QTest::newRow("valid id in text")
        << QStringLiteral("查询 %1 的档案").arg(id) << 1 << idKind << true;
    QTest::newRow("id with lower-case x")
        << QStringLiteral("id=") + validId(QStringLiteral("11010519491231002")).toLower() << 1
        << idKind << validId(QStringLiteral("11010519491231002")).endsWith(QLatin1Char('X'));
    QTest::newRow("wrong check digit") << QStringLiteral("id %1").arg(bad) << 1 << idKind << false;
    QTest::newRow("old 15 digits") << "110105491231002" << 1 << idKind << false;
    QTest::newRow("mobile") << "phone 13812345678." << 1 << mobile << true;
    QTest::newRow("not a mobile: starts 12") << "12812345678" << 0 << 0 << false;
    QTest::newRow("digits inside a longer run")
        << QStringLiteral("9") + id + QStringLiteral("9") << 0 << 0 << false;
    QTest::newRow("inside a hex fingerprint") << "key 844f15200000012c" << 0 << 0 << false;
    QTest::newRow("after a Chinese word")
        << QStringLiteral("身份证%1").arg(id) << 1 << idKind << true;
    QTest::newRow("timestamp") << "20261124100000123" << 0 << 0 << false;
    QTest::newRow("two") << QStringLiteral("%1 / 15900001111").arg(id) << 2 << idKind << true;
}

void tst_SensitiveNumbers::find()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QFETCH(int, kind);
    QFETCH(bool, valid);
    const QList<SensitiveNumbers::Match> found = SensitiveNumbers::find(text, QDate(2026, 11, 24));
    QCOMPARE(found.size(), count);
    if (count > 0) {
        QCOMPARE(int(found.first().kind), kind);
        QCOMPARE(found.first().valid, valid);
    }
}

void tst_SensitiveNumbers::masked_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const QString id = validId(QStringLiteral("51010719800101123"));
    QTest::newRow("id") << QStringLiteral("身份证 %1 查询").arg(id)
                        << QStringLiteral("身份证 %1 查询").arg(IdNumber::masked(id));
    QTest::newRow("mobile") << "tel 13812345678"
                            << "tel 138****5678";
    QTest::newRow("hex fingerprint untouched") << "key 844f15200000012c"
                                               << "key 844f15200000012c";
    QTest::newRow("case number untouched") << "510107-20261124-00002"
                                           << "510107-20261124-00002";
    QTest::newRow("both") << QStringLiteral("%1,13812345678").arg(id)
                          << QStringLiteral("%1,138****5678").arg(IdNumber::masked(id));
}

void tst_SensitiveNumbers::masked()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(SensitiveNumbers::masked(text), expected);
}

QTEST_GUILESS_MAIN(tst_SensitiveNumbers)
#include "tst_SensitiveNumbers.moc"
