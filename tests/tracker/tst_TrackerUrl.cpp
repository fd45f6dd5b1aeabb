// The receipt's QR code as the hall's tracking address: BASE-URL/t/PAYLOAD with
// the payload percent-encoded; the counter and the tracker find the payload in
// it; someone else's address stays an address. Through the real QR encoder and
// decoder, the longer text still makes a code that reads back.
#include "identity/QrDecoder.h"
#include "identity/QrPayload.h"
#include "identity/TrackerUrl.h"
#include "receipts/QrCodeEncoder.h"
#include "security/HallSettings.h"

#include <QTest>

using namespace OneWindow;

namespace {
const QByteArray kKey =
    QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

QString receipt()
{
    return QrPayload::receiptTracking(QStringLiteral("510107-20261207-00001"),
                                      QStringLiteral("510107"), QDate(2026, 12, 7))
        .sign(kKey)
        .value();
}
} // namespace

class tst_TrackerUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void makeAndFind_data()
    {
        QTest::addColumn<QString>("base");
        QTest::newRow("https") << QStringLiteral("https://track.example.gov.cn");
        QTest::newRow("trailing slash") << QStringLiteral("https://track.example.gov.cn/");
        QTest::newRow("path") << QStringLiteral("https://zwfw.example.gov.cn/wuhou");
        QTest::newRow("loopback with port") << QStringLiteral("http://127.0.0.1:8088");
    }
    void makeAndFind()
    {
        QFETCH(QString, base);
        const QString payload = receipt();
        const QString url = TrackerUrl::make(base, payload);
        QVERIFY(url.contains(QStringLiteral("/t/")));
        QVERIFY(!url.contains(QStringLiteral("//t/")));
        QCOMPARE(TrackerUrl::payloadOf(url), std::optional<QString>(payload));
        QCOMPARE(TrackerUrl::unwrap(url), payload);
        QVERIFY(QrPayload::parse(TrackerUrl::unwrap(url), kKey, QDateTime::currentDateTime()));
    }

    void bareWithoutBase()
    {
        QCOMPARE(TrackerUrl::make(QString(), receipt()), receipt());
        QCOMPARE(TrackerUrl::unwrap(receipt()), receipt());
    }

    void percentEncoding()
    {
        // Our payloads are base64url and dots (nothing to encode), but whatever a
        // future payload holds is encoded and decoded back.
        const QString odd = QStringLiteral("OW1.a b/c?d#e%f.g");
        const QString url = TrackerUrl::make(QStringLiteral("https://x.example"), odd);
        QCOMPARE(url, QStringLiteral("https://x.example/t/OW1.a%20b%2Fc%3Fd%23e%25f.g"));
        QCOMPARE(TrackerUrl::payloadOf(url), std::optional<QString>(odd));
        // Encoded by a phone's browser or a printer's driver: still ours.
        const QString p = receipt();
        QString encoded = QStringLiteral("https://x.example/t/") + p;
        encoded.replace(QLatin1Char('.'), QStringLiteral("%2E"));
        QCOMPARE(TrackerUrl::payloadOf(encoded), std::optional<QString>(p));
    }

    void notOurs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("someone's site") << QStringLiteral("https://zwfw.example.gov.cn/");
        QTest::newRow("someone's /t/") << QStringLiteral("https://example.com/t/hello");
        QTest::newRow("query after")
            << QStringLiteral("https://x.example/t/") + receipt() + QStringLiteral("?a=1");
        QTest::newRow("fragment after")
            << QStringLiteral("https://x.example/t/") + receipt() + QStringLiteral("#top");
        QTest::newRow("segment after")
            << QStringLiteral("https://x.example/t/") + receipt() + QStringLiteral("/rate");
        QTest::newRow("empty payload") << QStringLiteral("https://x.example/t/");
        QTest::newRow("plain text") << QStringLiteral("hello");
    }
    void notOurs()
    {
        QFETCH(QString, text);
        QCOMPARE(TrackerUrl::payloadOf(text), std::nullopt);
        QCOMPARE(TrackerUrl::unwrap(text), text);
    }

    // The receipt's code with the address in it: a real QR symbol, read back.
    void qrEncodeAndDecode_data()
    {
        QTest::addColumn<QString>("base");
        QTest::newRow("short") << QStringLiteral("http://127.0.0.1:8088");
        QTest::newRow("long, 100 characters") << QStringLiteral("https://") +
                                                     QString(85, QLatin1Char('a')) +
                                                     QStringLiteral(".gov.cn");
    }
    void qrEncodeAndDecode()
    {
        QFETCH(QString, base);
        QVERIFY(HallSettings::normalizedBaseUrl(base).has_value());
        // A document code is the longest payload the receipt route could carry.
        const QString payload =
            QrPayload::document(QStringLiteral("510107-20260209-00001-B1"),
                                QStringLiteral("510107"), QStringLiteral("supplement"),
                                QDate(2026, 2, 10), QStringLiteral("510107-20260209-00001"))
                .sign(kKey)
                .value();
        for (const QString &p : {receipt(), payload}) {
            const QString url = TrackerUrl::make(base, p);
            QVERIFY(url.size() <= 100 + 3 + QrPayload::kMaxTextLength);
            auto encoded = QrCodeEncoder::encode(url, 4);
            QVERIFY2(encoded.ok(), qPrintable(encoded.error().code));
            const QrDecoder::Decoded decoded = QrDecoder::decode(encoded.value());
            QVERIFY(decoded.found);
            QCOMPARE(decoded.text, url);
            QCOMPARE(TrackerUrl::unwrap(decoded.text), p);
        }
    }

    void baseUrlSetting_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("stored"); // "!" refused
        QTest::newRow("https") << "https://track.example.gov.cn"
                               << "https://track.example.gov.cn";
        QTest::newRow("slash dropped") << "https://t.example/x/"
                                       << "https://t.example/x";
        QTest::newRow("empty clears") << ""
                                      << "";
        QTest::newRow("ftp") << "ftp://t.example"
                             << "!";
        QTest::newRow("query") << "https://t.example/?a=1"
                               << "!";
        QTest::newRow("fragment") << "https://t.example/#x"
                                  << "!";
        QTest::newRow("space") << "https://t.example/a b"
                               << "!";
        QTest::newRow("user") << "https://u@t.example"
                              << "!";
        QTest::newRow("too long") << "https://" + QString(100, QLatin1Char('a')) << "!";
    }
    void baseUrlSetting()
    {
        QFETCH(QString, given);
        QFETCH(QString, stored);
        const auto n = HallSettings::normalizedBaseUrl(given);
        if (stored == QLatin1String("!"))
            QVERIFY(!n.has_value());
        else
            QCOMPARE(n.value(), stored);
    }
};

QTEST_GUILESS_MAIN(tst_TrackerUrl)
#include "tst_TrackerUrl.moc"
