#include "identity/IdNumber.h"

#include <QTest>

using namespace OneWindow;

// Written independently of IdNumber.cpp (straight from the standard's text) so
// that a mistake there is not repeated here.
static QChar referenceCheck(const QString &first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - '0') * weights[i];
    return QLatin1Char("10X98765432"[sum % 11]);
}

class tst_IdNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
    void checkCharacter_data();
    void checkCharacter();
    void everyWrongCheckCharacterIsRejected();
    void provinceExists_data();
    void provinceExists();
    void masked_data();
    void masked();
};

void tst_IdNumber::check_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QString>("sex");
    QTest::addColumn<QString>("error");

    const QDate today(2024, 6, 15);

    // The standard's own example. By hand: 1*7 + 1*9 + 0*10 + 1*5 + 0*8 + 5*4 + 1*2 + 9*1
    // + 4*6 + 9*3 + 1*7 + 2*9 + 3*10 + 1*5 + 0*8 + 0*4 + 2*2 = 167; 167 mod 11 = 2 -> 'X'.
    QTest::newRow("standard example, X")
        << "11010519491231002X" << today << true << "11010519491231002X" << QDate(1949, 12, 31)
        << "female" << QString();
    QTest::newRow("lower-case x") << "11010519491231002x" << today << true << "11010519491231002X"
                                  << QDate(1949, 12, 31) << "female" << QString();
    // By hand: 7+9+0+5+0+4+2+9+54+0+0+27+0+35+0+0+2 = 154; 154 mod 11 = 0 -> '1'. Male (1).
    QTest::newRow("male") << "110101199003070011" << today << true << "110101199003070011"
                          << QDate(1990, 3, 7) << "male" << QString();
    QTest::newRow("trimmed") << "  110101199003070011 \n"
                             << today << true << "110101199003070011" << QDate(1990, 3, 7) << "male"
                             << QString();
    // Feb 29 of a leap year. By hand: 7+9+0+5+0+4+4+0+0+0+0+18+20+45+0+0+4 = 116;
    // 116 mod 11 = 6 -> '6'.
    QTest::newRow("feb 29 leap year")
        << "110101200002290026" << today << true << "110101200002290026" << QDate(2000, 2, 29)
        << "female" << QString();
    // By hand: 7+9+0+5+0+4+4+0+12+12+0+54+10+25+0+0+2 = 144; 144 mod 11 = 1 -> '0'.
    QTest::newRow("born today") << "110101202406150010" << today << true << "110101202406150010"
                                << QDate(2024, 6, 15) << "male" << QString();
    // By hand: 56+9+0+0+0+0+2+9+54+0+0+27+0+35+0+0+2 = 194; 194 mod 11 = 7 -> '5'.
    QTest::newRow("hong kong permit province 81")
        << "810000199003070015" << today << true << "810000199003070015" << QDate(1990, 3, 7)
        << "male" << QString();

    // 15 digits: "19" inserted, check computed (same person as the standard example).
    QTest::newRow("15 to 18") << "110105491231002" << today << true << "11010519491231002X"
                              << QDate(1949, 12, 31) << "female" << QString();
    QTest::newRow("15 to 18, male") << "110101900307001" << today << true << "110101199003070011"
                                    << QDate(1990, 3, 7) << "male" << QString();
    QTest::newRow("15, bad date") << "110101901307001" << today << false << QString() << QDate()
                                  << "male"
                                  << "birth-date";

    QTest::newRow("checksum") << "110101199003070012" << today << false << QString()
                              << QDate(1990, 3, 7) << "male"
                              << "checksum";
    QTest::newRow("checksum, X where 1 belongs")
        << "11010119900307001X" << today << false << QString() << QDate(1990, 3, 7) << "male"
        << "checksum";

    QTest::newRow("letter inside")
        << "11010119900307001A" << today << false << QString() << QDate() << "unknown"
        << "characters";
    QTest::newRow("X not last") << "1101011990030700X1" << today << false << QString() << QDate()
                                << "unknown"
                                << "characters";
    QTest::newRow("X on 15 digits")
        << "11010590123100X" << today << false << QString() << QDate() << "unknown"
        << "characters";
    QTest::newRow("inner space") << "110101 199003070011" << today << false << QString() << QDate()
                                 << "unknown"
                                 << "characters";
    QTest::newRow("chinese") << QStringLiteral("身份证号") << today << false << QString() << QDate()
                             << "unknown"
                             << "characters";
    QTest::newRow("full-width digits") << QStringLiteral("１１０１０１１９９００３０７００１１")
                                       << today << false << QString() << QDate() << "unknown"
                                       << "characters";

    QTest::newRow("empty") << QString() << today << false << QString() << QDate() << "unknown"
                           << "length";
    QTest::newRow("16 digits") << "1101011990030700" << today << false << QString() << QDate()
                               << "unknown"
                               << "length";
    QTest::newRow("17 digits") << "11010119900307001" << today << false << QString() << QDate()
                               << "unknown"
                               << "length";
    QTest::newRow("19 digits") << "1101011990030700111" << today << false << QString() << QDate()
                               << "unknown"
                               << "length";

    QTest::newRow("province 00") << "000101199003070011" << today << false << QString()
                                 << QDate(1990, 3, 7) << "male"
                                 << "region";
    QTest::newRow("province 99") << "990101199003070011" << today << false << QString()
                                 << QDate(1990, 3, 7) << "male"
                                 << "region";
    QTest::newRow("province 16") << "160101199003070011" << today << false << QString()
                                 << QDate(1990, 3, 7) << "male"
                                 << "region";

    QTest::newRow("future birth") << "110101202406160012" << today << false << QString()
                                  << QDate(2024, 6, 16) << "male"
                                  << "birth-date";
    QTest::newRow("feb 29 non-leap")
        << "110101199902290011" << today << false << QString() << QDate() << "male"
        << "birth-date";
    QTest::newRow("feb 29 1900 (not leap)")
        << "110101190002290011" << today << false << QString() << QDate() << "male"
        << "birth-date";
    QTest::newRow("month 13") << "110101199013070011" << today << false << QString() << QDate()
                              << "male"
                              << "birth-date";
    // The standard's second example (check '4' is right) but born before 1900.
    QTest::newRow("before 1900") << "440524188001010014" << today << false << QString()
                                 << QDate(1880, 1, 1) << "male"
                                 << "birth-date";
}

void tst_IdNumber::check()
{
    QFETCH(QString, input);
    QFETCH(QDate, today);
    QFETCH(bool, valid);
    QFETCH(QString, normalized);
    QFETCH(QDate, birth);
    QFETCH(QString, sex);
    QFETCH(QString, error);

    const IdNumberInfo info = IdNumber::check(input, today);
    QCOMPARE(info.input, input);
    QCOMPARE(info.error, error);
    QCOMPARE(info.valid, valid);
    QCOMPARE(info.normalized, normalized);
    QCOMPARE(info.birth, birth);
    QCOMPARE(sexKey(info.sex), sex);
    if (valid)
        QCOMPARE(info.regionCode, normalized.left(6));
}

void tst_IdNumber::checkCharacter_data()
{
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QChar>("expected");

    QTest::newRow("X") << "11010519491231002" << QChar('X'); // 167 mod 11 = 2
    QTest::newRow("1") << "11010119900307001" << QChar('1'); // 154 mod 11 = 0
    QTest::newRow("6") << "11010120000229002" << QChar('6'); // 116 mod 11 = 6
    // 4*7+4*9+0+5*5+2*8+4*4+1*2+8*1+8*6+0+0+1*9+0+1*5+0+0+1*2 = 195; 195 mod 11 = 8 -> '4'
    QTest::newRow("4") << "44052418800101001" << QChar('4');
    QTest::newRow("too short") << "1101051949123100" << QChar();
    QTest::newRow("not digits") << "1101051949123100A" << QChar();
}

void tst_IdNumber::checkCharacter()
{
    QFETCH(QString, first17);
    QFETCH(QChar, expected);
    QCOMPARE(IdNumber::checkCharacter(first17), expected);
}

void tst_IdNumber::everyWrongCheckCharacterIsRejected()
{
    const QDate today(2024, 6, 15);
    const QString alphabet = QStringLiteral("0123456789X");
    // A spread of prefixes; the right character comes from the reference code above.
    for (int n = 0; n < 200; ++n) {
        const QString first17 = QStringLiteral("3201021985%1%2%3")
                                    .arg(1 + n % 12, 2, 10, QLatin1Char('0'))
                                    .arg(1 + n % 28, 2, 10, QLatin1Char('0'))
                                    .arg(n * 7 % 1000, 3, 10, QLatin1Char('0'));
        const QChar right = referenceCheck(first17);
        for (const QChar c : alphabet) {
            const IdNumberInfo info = IdNumber::check(first17 + c, today);
            if (c == right) {
                QVERIFY2(info.valid, qPrintable(info.error));
            } else {
                QVERIFY(!info.valid);
                QCOMPARE(info.error, QStringLiteral("checksum"));
            }
        }
    }
}

void tst_IdNumber::provinceExists_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("exists");

    const QList<int> existing = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34,
                                 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
                                 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83};
    for (int code = 0; code <= 99; ++code)
        QTest::addRow("%02d", code) << code << existing.contains(code);
}

void tst_IdNumber::provinceExists()
{
    QFETCH(int, code);
    QFETCH(bool, exists);
    QCOMPARE(IdNumber::provinceExists(code), exists);
}

void tst_IdNumber::masked_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("18") << "11010519491231002X"
                        << "110105********002X";
    QTest::newRow("15") << "110105491231002"
                        << "110105*****1002";
    QTest::newRow("11") << "12345678901"
                        << "123456*8901";
    QTest::newRow("10 hides all") << "1234567890"
                                  << "**********";
    QTest::newRow("empty") << QString() << QString();
}

void tst_IdNumber::masked()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(IdNumber::masked(input), expected);
}

QTEST_GUILESS_MAIN(tst_IdNumber)
#include "tst_IdNumber.moc"
