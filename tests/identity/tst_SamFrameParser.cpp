#include "CardFrameBuilder.h"
#include "identity/SamFrame.h"
#include "identity/SamFrameParser.h"

#include <QTest>

using namespace OneWindow;

// Frames of every card kind, whole, split at every chunk size, behind noise, truncated
// at every length and corrupted at every byte.
class tst_SamFrameParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requests_data();
    void requests();
    void documentedFindAnswer();
    void statusCodes_data();
    void statusCodes();
    void good_data();
    void good();
    void splitAtEveryChunkSize_data();
    void splitAtEveryChunkSize();
    void noisy_data();
    void noisy();
    void truncatedAtEveryLength_data();
    void truncatedAtEveryLength();
    void corruptedAtEveryByte_data();
    void corruptedAtEveryByte();
    void lengthErrors_data();
    void lengthErrors();
    void statusAnswers_data();
    void statusAnswers();
    void noFrame_data();
    void noFrame();
    void resyncsAfterBrokenFrame();
    void severalFramesInOneChunk();
    void hugeLengthIsRefusedWithoutWaiting();
};

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

void addKinds()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::newRow("resident") << CardFrameBuilder::readAnswer(CardFrameBuilder::residentCard());
    QTest::newRow("hkmotw") << CardFrameBuilder::readAnswer(CardFrameBuilder::hkmotwCard());
    QTest::newRow("foreign2017") << CardFrameBuilder::readAnswer(
        CardFrameBuilder::foreign2017Card());
    QTest::newRow("foreign2023") << CardFrameBuilder::readAnswer(
        CardFrameBuilder::foreign2023Card());
}

// Everything the parser produces for `bytes` fed in `chunk`-sized pieces, then finish():
// "frame:<body size>" or the error code.
QStringList parseAll(const QByteArray &bytes, int chunk,
                     SamFrameParser::Expect expect = SamFrameParser::Expect::TextPhotoAnswer)
{
    SamFrameParser parser(expect);
    QStringList out;
    const auto drain = [&] {
        while (parser.hasResult()) {
            const Result<SamFrame> r = parser.takeResult();
            out << (r.ok() ? QStringLiteral("frame:%1").arg(r.value().body().size())
                           : r.error().code);
        }
    };
    for (int at = 0; at < bytes.size(); at += chunk) {
        parser.feed(QByteArrayView(bytes).sliced(at, qMin<qsizetype>(chunk, bytes.size() - at)));
        drain();
    }
    parser.finish();
    drain();
    return out;
}

} // namespace

void tst_SamFrameParser::requests_data()
{
    QTest::addColumn<int>("command");
    QTest::addColumn<QByteArray>("wire");
    // The whole requests as the protocol notes give them.
    QTest::newRow("SAM status") << int(SamFrame::SamStatus) << hex("AAAAAA9669000311FFED");
    QTest::newRow("find card") << int(SamFrame::FindCard) << hex("AAAAAA96690003200122");
    QTest::newRow("select card") << int(SamFrame::SelectCard) << hex("AAAAAA96690003200221");
    QTest::newRow("read") << int(SamFrame::ReadTextPhoto) << hex("AAAAAA96690003300132");
}

void tst_SamFrameParser::requests()
{
    QFETCH(int, command);
    QFETCH(QByteArray, wire);
    const SamFrame request = SamFrame::request(SamFrame::Command(command));
    QCOMPARE(request.encode(), wire);
    QCOMPARE(SamFrame::checksum(QByteArrayView(wire).sliced(5, 4)), quint8(wire.back()));

    SamFrameParser parser;
    parser.feed(wire);
    QVERIFY(parser.hasResult());
    const Result<SamFrame> parsed = parser.takeResult();
    QVERIFY(parsed.ok());
    QCOMPARE(int(parsed.value().command()), command);
}

void tst_SamFrameParser::documentedFindAnswer()
{
    const QByteArray wire = hex("AAAAAA9669000800009F0000000097");
    QCOMPARE(SamFrame::response(SamFrame::FindCardSuccess, QByteArray(4, '\0')).encode(), wire);
    QCOMPARE(CardFrameBuilder::answer(0x9F, QByteArray(4, '\0')), wire);
    const Result<SamFrame> parsed =
        SamFrameParser::parseAnswer(wire, SamFrameParser::Expect::AnyFrame);
    QVERIFY(parsed.ok());
    QCOMPARE(int(parsed->sw3()), 0x9F);
    QVERIFY(parsed->isSuccess());
    QCOMPARE(parsed->data(), QByteArray(4, '\0'));
}

void tst_SamFrameParser::statusCodes_data()
{
    QTest::addColumn<int>("sw3");
    QTest::addColumn<QString>("code");
    QTest::newRow("90") << 0x90 << "status-90";
    QTest::newRow("9F") << 0x9F << "status-9f";
    QTest::newRow("10") << 0x10 << "status-10";
    QTest::newRow("41") << 0x41 << "status-41";
    QTest::newRow("80") << 0x80 << "status-80";
    QTest::newRow("05") << 0x05 << "status-05";
}

void tst_SamFrameParser::statusCodes()
{
    QFETCH(int, sw3);
    QFETCH(QString, code);
    QCOMPARE(SamFrame::statusCode(quint8(sw3)), code);
    QVERIFY(!SamFrame::statusMessage(quint8(sw3)).isEmpty());
}

void tst_SamFrameParser::good_data()
{
    addKinds();
}

void tst_SamFrameParser::good()
{
    QFETCH(QByteArray, frame);
    QCOMPARE(frame.size(), 1295);
    const Result<SamFrame> parsed =
        SamFrameParser::parseAnswer(frame, SamFrameParser::Expect::TextPhotoAnswer);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().code));
    QCOMPARE(parsed->body(), frame.mid(7, 1287));
    QCOMPARE(parseAll(frame, int(frame.size())), QStringList{"frame:1287"});
    // The generic parser does not need to know what was asked.
    QCOMPARE(parseAll(frame, int(frame.size()), SamFrameParser::Expect::AnyFrame),
             QStringList{"frame:1287"});
}

void tst_SamFrameParser::splitAtEveryChunkSize_data()
{
    addKinds();
}

void tst_SamFrameParser::splitAtEveryChunkSize()
{
    QFETCH(QByteArray, frame);
    for (int chunk = 1; chunk <= frame.size(); ++chunk) {
        const QStringList results = parseAll(frame, chunk);
        if (results != QStringList{"frame:1287"})
            QFAIL(qPrintable(QStringLiteral("chunk %1: %2").arg(chunk).arg(results.join(','))));
    }
}

void tst_SamFrameParser::noisy_data()
{
    QTest::addColumn<QByteArray>("noise");
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QStringList>("expected");

    const QStringList good{"frame:1287"};
    const QList<CardIdentity> cards{
        CardFrameBuilder::residentCard(), CardFrameBuilder::hkmotwCard(),
        CardFrameBuilder::foreign2017Card(), CardFrameBuilder::foreign2023Card()};
    for (const CardIdentity &card : cards) {
        const QByteArray frame = CardFrameBuilder::readAnswer(card);
        const QByteArray kind = cardKindKey(card.kind).toLatin1();
        QTest::newRow(kind + ", zeros") << QByteArray(17, '\0') << frame << good;
        QTest::newRow(kind + ", one AA") << hex("AA") << frame << good;
        QTest::newRow(kind + ", AA AA AA 96") << hex("AAAAAA96") << frame << good;
        QTest::newRow(kind + ", four AA") << hex("AAAAAAAA") << frame << good;
        QTest::newRow(kind + ", text") << QByteArray("garbage\r\n") << frame << good;
        QByteArray lineNoise;
        for (int i = 0; i < 300; ++i)
            lineNoise.append(char((i * 151 + 7) & 0xFF));
        QTest::newRow(kind + ", 300 bytes") << lineNoise << frame << good;
        // A stray preamble whose LEN cannot be: reported, then the real frame.
        QTest::newRow(kind + ", stray preamble")
            << hex("AAAAAA9669FFFF") << frame << QStringList{"length", "frame:1287"};
    }
}

void tst_SamFrameParser::noisy()
{
    QFETCH(QByteArray, noise);
    QFETCH(QByteArray, frame);
    QFETCH(QStringList, expected);
    for (const int chunk : {1, 3, 64, 100000})
        QCOMPARE(parseAll(noise + frame, chunk), expected);
    const Result<SamFrame> parsed =
        SamFrameParser::parseAnswer(noise + frame, SamFrameParser::Expect::TextPhotoAnswer);
    QVERIFY(parsed.ok());
}

void tst_SamFrameParser::truncatedAtEveryLength_data()
{
    addKinds();
}

void tst_SamFrameParser::truncatedAtEveryLength()
{
    QFETCH(QByteArray, frame);
    for (int size = 1; size < frame.size(); ++size) {
        // Before the preamble is complete nothing says a frame began.
        const QString expected =
            size < 5 ? QStringLiteral("no-frame") : QStringLiteral("truncated");
        const Result<SamFrame> parsed =
            SamFrameParser::parseAnswer(frame.left(size), SamFrameParser::Expect::TextPhotoAnswer);
        if (parsed.ok() || parsed.error().code != expected)
            QFAIL(qPrintable(QStringLiteral("cut at %1: %2")
                                 .arg(size)
                                 .arg(parsed.ok() ? QStringLiteral("ok") : parsed.error().code)));
    }
}

void tst_SamFrameParser::corruptedAtEveryByte_data()
{
    addKinds();
}

void tst_SamFrameParser::corruptedAtEveryByte()
{
    QFETCH(QByteArray, frame);
    for (int at = 0; at < frame.size(); ++at) {
        for (const quint8 mask : {quint8(0x01), quint8(0x80), quint8(0xFF)}) {
            QByteArray damaged = frame;
            damaged[at] = char(damaged.at(at) ^ mask);
            // Preamble: no frame starts; LEN and the text/photo lengths: the lengths
            // disagree; anything else: the checksum.
            QString expected = QStringLiteral("checksum");
            if (at < 5)
                expected = QStringLiteral("no-frame");
            else if (at == 5 || at == 6 || (at >= 10 && at <= 13))
                expected = QStringLiteral("length");
            const Result<SamFrame> parsed =
                SamFrameParser::parseAnswer(damaged, SamFrameParser::Expect::TextPhotoAnswer);
            // A damaged preamble byte may still leave AA AA AA 96 69 one byte on
            // (AA→AA is impossible with these masks), so never accept a frame.
            if (parsed.ok() || parsed.error().code != expected)
                QFAIL(qPrintable(
                    QStringLiteral("byte %1 ^ %2: %3 instead of %4")
                        .arg(at)
                        .arg(mask, 2, 16)
                        .arg(parsed.ok() ? QStringLiteral("ok") : parsed.error().code, expected)));
        }
    }
}

void tst_SamFrameParser::lengthErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("expect");
    QTest::addColumn<QString>("code");

    const QByteArray good = CardFrameBuilder::readAnswer(CardFrameBuilder::residentCard());
    const int any = int(SamFrameParser::Expect::AnyFrame);
    const int read = int(SamFrameParser::Expect::TextPhotoAnswer);

    QTest::newRow("LEN 0") << hex("AAAAAA9669000000") << any << "length";
    QTest::newRow("LEN 2") << hex("AAAAAA966900020000") << any << "length";
    QTest::newRow("LEN 3 for an answer") << hex("AAAAAA9669000300009F") << read << "length";
    QTest::newRow("LEN beyond any answer") << hex("AAAAAA96690914") << any << "length";
    // A success answer to 30 01 too short to hold the two lengths.
    QTest::newRow("read answer LEN 4") << CardFrameBuilder::answer(0x90) << read << "length";

    QByteArray longer = good;
    longer[6] = char(quint8(longer.at(6)) + 1); // LEN one more than the content
    QTest::newRow("LEN one too many") << longer << read << "length";
    QByteArray shorter = good;
    shorter[6] = char(quint8(shorter.at(6)) - 1);
    QTest::newRow("LEN one too few") << shorter << read << "length";
    // Text length 0x0100 stated as 0x0101: LEN no longer adds up.
    QByteArray text = good;
    text[11] = char(0x01);
    QTest::newRow("text length") << text << read << "length";
    // Lengths that agree with LEN but not with a 256-byte text are the decoder's to
    // refuse; the frame itself is fine.
    const QByteArray odd = CardFrameBuilder::readAnswer(QByteArray(200, ' '), QByteArray(10, 'x'));
    QTest::newRow("consistent odd lengths") << odd << read << "";
}

void tst_SamFrameParser::lengthErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, expect);
    QFETCH(QString, code);
    const Result<SamFrame> parsed =
        SamFrameParser::parseAnswer(bytes, SamFrameParser::Expect(expect));
    QCOMPARE(parsed.ok() ? QString() : parsed.error().code, code);
}

void tst_SamFrameParser::statusAnswers_data()
{
    QTest::addColumn<int>("sw3");
    for (const int sw3 :
         {0x10, 0x11, 0x21, 0x24, 0x31, 0x32, 0x33, 0x40, 0x41, 0x47, 0x60, 0x66, 0x80, 0x81, 0x91})
        QTest::addRow("%02x", sw3) << sw3;
}

void tst_SamFrameParser::statusAnswers()
{
    QFETCH(int, sw3);
    const QByteArray wire = CardFrameBuilder::answer(quint8(sw3));
    for (const auto expect :
         {SamFrameParser::Expect::AnyFrame, SamFrameParser::Expect::TextPhotoAnswer}) {
        const Result<SamFrame> parsed = SamFrameParser::parseAnswer(hex("0102") + wire, expect);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, QStringLiteral("status-%1").arg(sw3, 2, 16, QChar('0')));
        QVERIFY(!parsed.error().detail.isEmpty());
    }
}

void tst_SamFrameParser::noFrame_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("no reader here");
    QTest::newRow("partial preamble") << hex("AAAAAA96");
    QTest::newRow("preamble bytes reversed") << hex("6996AAAAAA0003200122");
}

void tst_SamFrameParser::noFrame()
{
    QFETCH(QByteArray, bytes);
    const Result<SamFrame> parsed =
        SamFrameParser::parseAnswer(bytes, SamFrameParser::Expect::TextPhotoAnswer);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, QStringLiteral("no-frame"));
}

void tst_SamFrameParser::resyncsAfterBrokenFrame()
{
    QByteArray bad = CardFrameBuilder::readAnswer(CardFrameBuilder::hkmotwCard());
    bad[500] = char(bad.at(500) ^ 0x10);
    const QByteArray good = CardFrameBuilder::readAnswer(CardFrameBuilder::foreign2023Card());
    QCOMPARE(parseAll(bad + good, 1), (QStringList{"checksum", "frame:1287"}));
    QCOMPARE(parseAll(bad + good, 4096), (QStringList{"checksum", "frame:1287"}));
    // parseAnswer takes the good frame over an earlier broken one.
    QVERIFY(SamFrameParser::parseAnswer(bad + good, SamFrameParser::Expect::TextPhotoAnswer).ok());
}

void tst_SamFrameParser::severalFramesInOneChunk()
{
    const QByteArray stream = CardFrameBuilder::answer(0x80) +
                              CardFrameBuilder::answer(0x9F, QByteArray(4, '\0')) +
                              CardFrameBuilder::answer(0x90, QByteArray(8, '\x11'));
    SamFrameParser parser;
    parser.feed(stream);
    QList<int> statuses;
    while (parser.hasResult()) {
        const Result<SamFrame> r = parser.takeResult();
        QVERIFY(r.ok());
        statuses << r->sw3();
    }
    QCOMPARE(statuses, (QList<int>{0x80, 0x9F, 0x90}));
    QVERIFY(!parser.isInsideFrame());
}

void tst_SamFrameParser::hugeLengthIsRefusedWithoutWaiting()
{
    SamFrameParser parser(SamFrameParser::Expect::AnyFrame);
    parser.feed(hex("AAAAAA9669FF00"));
    QVERIFY(parser.hasResult());
    QCOMPARE(parser.takeResult().error().code, QStringLiteral("length"));
    // And a damaged read answer LEN is refused as soon as the lengths have arrived.
    QByteArray damaged = CardFrameBuilder::readAnswer(CardFrameBuilder::residentCard());
    damaged[6] = char(0x09);
    SamFrameParser reader(SamFrameParser::Expect::TextPhotoAnswer);
    reader.feed(QByteArrayView(damaged).first(14));
    QVERIFY(reader.hasResult());
    QCOMPARE(reader.takeResult().error().code, QStringLiteral("length"));
}

QTEST_GUILESS_MAIN(tst_SamFrameParser)
#include "tst_SamFrameParser.moc"
