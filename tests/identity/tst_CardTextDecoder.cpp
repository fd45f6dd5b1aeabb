#include "CardFrameBuilder.h"
#include "identity/CardCheck.h"
#include "identity/CardTextDecoder.h"
#include "identity/IdNumber.h"
#include "identity/SyntheticIdentityGenerator.h"

#include <QTest>

using namespace OneWindow;

class tst_CardTextDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKind_data();
    void everyKind();
    void syntheticCitizens();
    void longTerm();
    void sexCodes_data();
    void sexCodes();
    void ethnicity_data();
    void ethnicity();
    void foreign2023NameOverflow_data();
    void foreign2023NameOverflow();
    void nulPadding();
    void refused_data();
    void refused();
    void flags_data();
    void flags();
};

namespace {

const QDate kToday(2024, 6, 15);

void compareCards(const CardIdentity &actual, const CardIdentity &expected)
{
    QCOMPARE(int(actual.kind), int(expected.kind));
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(actual.nameEn, expected.nameEn);
    QCOMPARE(int(actual.sex), int(expected.sex));
    QCOMPARE(actual.ethnicityCode,
             expected.kind == CardIdentity::Kind::Resident ? expected.ethnicityCode : QString());
    QCOMPARE(actual.nationality, expected.nationality);
    QCOMPARE(actual.birth, expected.birth);
    QCOMPARE(actual.address, expected.address);
    QCOMPARE(actual.idNumber, expected.idNumber);
    QCOMPARE(actual.authority, expected.authority);
    QCOMPARE(actual.validFrom, expected.validFrom);
    QCOMPARE(actual.longTerm, expected.longTerm);
    QCOMPARE(actual.validUntil, expected.longTerm ? QDate() : expected.validUntil);
    QCOMPARE(actual.passNumber, expected.passNumber);
    QCOMPARE(actual.photoWlt, CardFrameBuilder::photo(expected));
}

} // namespace

void tst_CardTextDecoder::everyKind_data()
{
    QTest::addColumn<CardIdentity>("card");
    QTest::newRow("resident") << CardFrameBuilder::residentCard();
    QTest::newRow("hkmotw") << CardFrameBuilder::hkmotwCard();
    QTest::newRow("foreign2017") << CardFrameBuilder::foreign2017Card();
    QTest::newRow("foreign2023") << CardFrameBuilder::foreign2023Card();
}

void tst_CardTextDecoder::everyKind()
{
    QFETCH(CardIdentity, card);
    const Result<CardIdentity> decoded =
        CardTextDecoder::decodeRaw(CardFrameBuilder::readAnswer(card));
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().code));
    compareCards(decoded.value(), card);
    QCOMPARE(decoded->photoWlt.size(), 1024);
    // Every fixture card is a good card.
    QCOMPARE(CardCheck::inspect(decoded.value(), kToday).size(), 0);

    const Result<CardIdentity> text =
        CardTextDecoder::decodeText(CardFrameBuilder::textBlock(card));
    QVERIFY(text.ok());
    QVERIFY(text->photoWlt.isEmpty());
}

void tst_CardTextDecoder::syntheticCitizens()
{
    const SyntheticIdentityGenerator generator(20240615, kToday);
    const QList<CardIdentity> citizens = generator.citizens(200);
    for (const CardIdentity &citizen : citizens) {
        const Result<CardIdentity> decoded =
            CardTextDecoder::decodeRaw(CardFrameBuilder::readAnswer(citizen));
        QVERIFY(decoded.ok());
        compareCards(decoded.value(), citizen);
    }
}

void tst_CardTextDecoder::longTerm()
{
    CardIdentity card = CardFrameBuilder::residentCard();
    card.longTerm = true;
    card.validUntil = QDate();
    const Result<CardIdentity> decoded =
        CardTextDecoder::decodeText(CardFrameBuilder::textBlock(card));
    QVERIFY(decoded.ok());
    QVERIFY(decoded->longTerm);
    QVERIFY(!decoded->validUntil.isValid());
}

void tst_CardTextDecoder::sexCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::newRow("0 unknown") << 0;
    QTest::newRow("1 male") << 1;
    QTest::newRow("2 female") << 2;
    QTest::newRow("9 unspecified") << 9;
}

void tst_CardTextDecoder::sexCodes()
{
    QFETCH(int, code);
    for (CardIdentity card : {CardFrameBuilder::residentCard(), CardFrameBuilder::foreign2017Card(),
                              CardFrameBuilder::foreign2023Card()}) {
        card.sex = Sex(code);
        const Result<CardIdentity> decoded =
            CardTextDecoder::decodeText(CardFrameBuilder::textBlock(card));
        QVERIFY(decoded.ok());
        QCOMPARE(int(decoded->sex), code);
    }
}

void tst_CardTextDecoder::ethnicity_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::newRow("01") << "01" << QStringLiteral("汉");
    QTest::newRow("03") << "03" << QStringLiteral("回");
    QTest::newRow("56") << "56" << QStringLiteral("基诺");
    QTest::newRow("unknown") << "77" << QString();
}

void tst_CardTextDecoder::ethnicity()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    CardIdentity card = CardFrameBuilder::residentCard();
    card.ethnicityCode = code;
    const Result<CardIdentity> decoded =
        CardTextDecoder::decodeText(CardFrameBuilder::textBlock(card));
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->ethnicityCode, code);
    QCOMPARE(ethnicityName(decoded->ethnicityCode), name);
}

void tst_CardTextDecoder::foreign2023NameOverflow_data()
{
    QTest::addColumn<QString>("nameEn");
    QTest::newRow("short") << "LI, ANNA";
    QTest::newRow("exactly 35") << "ABCDEFGHIJ, KLMNOPQRSTUVWXYZ ABCDEF";
    QTest::newRow("space at the split") << "ABCDEFGHIJKLMNOPQRSTUVWXYZ ABCDEFGH IJKLMN";
    QTest::newRow("46, the most") << "ABCDEFGHIJKLMNOPQRSTUVWXYZ, ABCDEFGHIJKLMNOPQR";
}

void tst_CardTextDecoder::foreign2023NameOverflow()
{
    QFETCH(QString, nameEn);
    CardIdentity card = CardFrameBuilder::foreign2023Card();
    card.nameEn = nameEn;
    const Result<CardIdentity> decoded =
        CardTextDecoder::decodeText(CardFrameBuilder::textBlock(card));
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->nameEn, nameEn);
}

void tst_CardTextDecoder::nulPadding()
{
    // Some readers pad with NULs instead of spaces.
    QByteArray text = CardFrameBuilder::textBlock(CardFrameBuilder::residentCard());
    for (int i = 0; i < text.size(); i += 2) {
        if (text.at(i) == ' ' && text.at(i + 1) == '\0')
            text[i] = '\0';
    }
    const Result<CardIdentity> decoded = CardTextDecoder::decodeText(text);
    QVERIFY(decoded.ok());
    QCOMPARE(int(decoded->kind), int(CardIdentity::Kind::Resident));
    QCOMPARE(decoded->name, CardFrameBuilder::residentCard().name);
}

void tst_CardTextDecoder::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code");

    const CardIdentity card = CardFrameBuilder::residentCard();
    QByteArray unknownType = CardFrameBuilder::textBlock(card);
    unknownType[248] = 'Q';
    QTest::newRow("card type Q") << CardFrameBuilder::readAnswer(unknownType, QByteArray(1024, 0))
                                 << "card-type";
    QTest::newRow("text too short")
        << CardFrameBuilder::readAnswer(QByteArray(254, ' '), QByteArray(1026, 0)) << "length";
    QTest::newRow("no photo") << CardFrameBuilder::readAnswer(CardFrameBuilder::textBlock(card),
                                                              QByteArray())
                              << ""; // a read without photo still gives the text
    QTest::newRow("status 41") << CardFrameBuilder::answer(0x41) << "status-41";
    QTest::newRow("truncated") << CardFrameBuilder::readAnswer(card).left(700) << "truncated";
}

void tst_CardTextDecoder::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    const Result<CardIdentity> decoded = CardTextDecoder::decodeRaw(bytes);
    QCOMPARE(decoded.ok() ? QString() : decoded.error().code, code);
}

void tst_CardTextDecoder::flags_data()
{
    QTest::addColumn<CardIdentity>("card");
    QTest::addColumn<QStringList>("codes");

    CardIdentity card = CardFrameBuilder::residentCard();
    card.validUntil = kToday.addDays(-1);
    QTest::newRow("resident expired") << card << QStringList{"expired"};
    card = CardFrameBuilder::residentCard();
    card.validFrom = kToday.addDays(3);
    QTest::newRow("resident not yet valid") << card << QStringList{"not-yet-valid"};
    card = CardFrameBuilder::residentCard();
    card.idNumber[17] =
        card.idNumber.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    QTest::newRow("resident check digit") << card << QStringList{"checksum"};
    card = CardFrameBuilder::residentCard();
    card.idNumber = QStringLiteral("99010119880229003");
    card.idNumber += IdNumber::checkCharacter(card.idNumber);
    QTest::newRow("resident region") << card << QStringList{"region"};

    card = CardFrameBuilder::hkmotwCard();
    card.idNumber = QStringLiteral("11010119950701004");
    card.idNumber += IdNumber::checkCharacter(card.idNumber);
    QTest::newRow("J with a mainland number") << card << QStringList{"region"};
    card = CardFrameBuilder::hkmotwCard();
    card.idNumber[17] =
        card.idNumber.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    QTest::newRow("J check digit") << card << QStringList{"checksum"};
    card = CardFrameBuilder::hkmotwCard();
    card.validUntil = QDate(2024, 1, 1);
    QTest::newRow("J expired") << card << QStringList{"expired"};

    card = CardFrameBuilder::foreign2023Card();
    card.idNumber[17] =
        card.idNumber.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    QTest::newRow("Y check digit") << card << QStringList{"checksum"};
    card = CardFrameBuilder::foreign2023Card();
    card.idNumber = QStringLiteral("83127619751224001");
    card.idNumber += IdNumber::checkCharacter(card.idNumber);
    QTest::newRow("Y not starting with 9") << card << QStringList{"region"};
    card = CardFrameBuilder::foreign2023Card();
    card.idNumber.chop(1);
    QTest::newRow("Y short") << card << QStringList{"length"};

    card = CardFrameBuilder::foreign2017Card();
    card.validUntil = QDate(2020, 9, 1);
    QTest::newRow("I expired") << card << QStringList{"expired"};
}

void tst_CardTextDecoder::flags()
{
    QFETCH(CardIdentity, card);
    QFETCH(QStringList, codes);
    const Result<CardIdentity> decoded =
        CardTextDecoder::decodeRaw(CardFrameBuilder::readAnswer(card));
    QVERIFY(decoded.ok());
    QStringList actual;
    for (const CardFlag &flag : CardCheck::inspect(decoded.value(), kToday)) {
        actual << flag.code;
        QVERIFY(!flag.detail.contains(card.idNumber));
    }
    QCOMPARE(actual, codes);
}

QTEST_GUILESS_MAIN(tst_CardTextDecoder)
#include "tst_CardTextDecoder.moc"
