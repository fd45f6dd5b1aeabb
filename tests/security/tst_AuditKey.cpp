// The audit key and its MACs: HMAC-SHA256 as everyone computes it (checked
// against Qt's own HMAC), derived from the hall key, separate for events and
// the checkpoint.
#include "security/AuditChain.h"
#include "security/AuditKey.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace OneWindow;

namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

} // namespace

class tst_AuditKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eventMacIsHmacOfTheDerivedKey_data();
    void eventMacIsHmacOfTheDerivedKey();
    void headMacCoversEveryField();
    void nullKeyMacsNothing();
    void chainHashMatchesSha256();
};

void tst_AuditKey::eventMacIsHmacOfTheDerivedKey_data()
{
    QTest::addColumn<QByteArray>("hallKey");
    QTest::newRow("16 bytes") << QByteArray::fromHex("5a5a00112233445566778899aabbccdd");
    QTest::newRow("32 bytes") << QByteArray(32, '\x7f');
    // Longer than a SHA-256 block: HMAC hashes the key first.
    QTest::newRow("100 bytes") << QByteArray(100, 'k');
}

void tst_AuditKey::eventMacIsHmacOfTheDerivedKey()
{
    QFETCH(QByteArray, hallKey);
    const AuditKey key = AuditKey::fromHallKey(hallKey);
    QVERIFY(!key.isNull());
    const QByteArray derived = hmac(hallKey, QByteArrayLiteral("onewindow audit v1"));
    const QByteArray digest =
        QCryptographicHash::hash(QByteArrayLiteral("an event"), QCryptographicHash::Sha256);
    const QString expected =
        QString::fromLatin1(hmac(derived, QByteArray(1, '\x01') + digest).toHex());
    QCOMPARE(key.eventMac(QString::fromLatin1(digest.toHex())), expected);
    char hex[64];
    key.eventMac(reinterpret_cast<const unsigned char *>(digest.constData()), hex);
    QCOMPARE(QString::fromLatin1(hex, 64), expected);
    // Another hall key, another MAC; a malformed hash, none.
    QByteArray other = hallKey;
    other[0] = char(other[0] ^ 1);
    QVERIFY(AuditKey::fromHallKey(other).eventMac(QString::fromLatin1(digest.toHex())) != expected);
    QCOMPARE(key.eventMac(QStringLiteral("abc")), QString());
}

void tst_AuditKey::headMacCoversEveryField()
{
    const AuditKey key = AuditKey::fromHallKey(QByteArray(16, 'h'));
    AuditHead h;
    h.lastId = 12;
    h.lastHash = QString(64, QLatin1Char('a'));
    h.lastAt = QStringLiteral("2026-03-02T09:00:00.000Z");
    h.events = 12;
    h.legacyUntil = 3;
    const QString mac = key.headMac(h);
    QCOMPARE(mac.size(), 64);
    QCOMPARE(key.headMac(h), mac);
    QList<AuditHead> changed(5, h);
    changed[0].lastId = 13;
    changed[1].lastHash[0] = QLatin1Char('b');
    changed[2].lastAt = QStringLiteral("2026-03-02T09:00:00.001Z");
    changed[3].events = 11;
    changed[4].legacyUntil = 12;
    for (const AuditHead &c : changed)
        QVERIFY(key.headMac(c) != mac);
    // The checkpoint's MAC is not an event's MAC of the same bytes.
    QVERIFY(key.eventMac(h.lastHash) != mac);
}

void tst_AuditKey::nullKeyMacsNothing()
{
    const AuditKey key = AuditKey::fromHallKey({});
    QVERIFY(key.isNull());
    QCOMPARE(key.eventMac(QString(64, QLatin1Char('0'))), QString());
    QCOMPARE(key.headMac(AuditHead()), QString());
}

void tst_AuditKey::chainHashMatchesSha256()
{
    // "<bytes>:<text>" per field, UTF-8: 张 is three bytes.
    const QByteArray input = QByteArrayLiteral("7:genesis24:2026-03-02T09:00:00.000Z7:clerk01"
                                               "3:A014:view6:") +
                             QStringLiteral("张三").toUtf8() + QByteArrayLiteral("0:");
    const QString expected =
        QString::fromLatin1(QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex());
    QCOMPARE(AuditChain::hash(QStringLiteral("genesis"), QStringLiteral("2026-03-02T09:00:00.000Z"),
                              QStringLiteral("clerk01"), QStringLiteral("A01"),
                              QStringLiteral("view"), QStringLiteral("张三"), QString()),
             expected);
}

QTEST_GUILESS_MAIN(tst_AuditKey)
#include "tst_AuditKey.moc"
