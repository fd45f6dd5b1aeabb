#include "identity/HallKey.h"
#include "identity/QrPayload.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace OneWindow;

namespace {

const QByteArray kKey =
    QByteArray::fromHex("8f0c6d1e2b3a49587a6b5c4d3e2f1a0b112233445566778899aabbccddeeff00");
const QByteArray kOtherKey =
    QByteArray::fromHex("0f0c6d1e2b3a49587a6b5c4d3e2f1a0b112233445566778899aabbccddeeff00");
const QDateTime kNow(QDate(2026, 11, 24), QTime(10, 0));

QrPayload receipt()
{
    return QrPayload::receiptTracking(QStringLiteral("YC20261124000017"), QStringLiteral("510107"),
                                      QDate(2026, 11, 24));
}

QrPayload appointment()
{
    return QrPayload::appointment(QStringLiteral("AP-0091"), QStringLiteral("510107"),
                                  QStringLiteral("marriage-registration"),
                                  QDateTime(QDate(2026, 11, 24), QTime(14, 30)));
}

QrPayload electronicId()
{
    return QrPayload::electronicId(QStringLiteral("11010519491231002X"), QStringLiteral("张三"),
                                   kNow.addSecs(-60), kNow.addSecs(240));
}

QrPayload document()
{
    return QrPayload::document(QStringLiteral("510107-20261124-00017-B1"), QStringLiteral("510107"),
                               QStringLiteral("supplement"), QDate(2026, 11, 26),
                               QStringLiteral("510107-20261124-00017"));
}

QrPayload looseDocument()
{
    return QrPayload::document(QStringLiteral("510107-N20261124-00003"), QStringLiteral("510107"),
                               QStringLiteral("non-acceptance"), QDate(2026, 11, 24), QString());
}

QString signedText(const QrPayload &payload, const QByteArray &key = kKey)
{
    auto text = payload.sign(key);
    if (!text)
        qFatal("sign failed: %s", qPrintable(text.error().code));
    return text.value();
}

} // namespace

Q_DECLARE_METATYPE(QrPayload)

class tst_QrPayload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QrPayload>("payload");
        QTest::addColumn<QString>("type");
        QTest::newRow("receipt") << receipt() << "receipt";
        QTest::newRow("appointment") << appointment() << "appointment";
        QTest::newRow("e-id") << electronicId() << "e-id";
        QTest::newRow("document") << document() << "document";
        QTest::newRow("document, no case") << looseDocument() << "document";
    }

    void roundTrip()
    {
        QFETCH(QrPayload, payload);
        QFETCH(QString, type);
        const QString text = signedText(payload);
        QVERIFY(text.startsWith(QLatin1String("OW1.")));
        // Small enough for a QR version 6 code at level M (106 bytes); a document's
        // code, with its own number and its case's, for version 8 (152 bytes).
        const int limit = type == QLatin1String("document") ? 152 : 106;
        QVERIFY2(text.size() <= limit, qPrintable(QString::number(text.size())));
        QVERIFY(QrPayload::isOurs(text));
        QVERIFY(QrPayload::isWellFormed(text));

        auto parsed = QrPayload::parse(text, kKey, kNow);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().code));
        QVERIFY(parsed.value() == payload);
        QCOMPARE(QrPayload::typeName(parsed->type()), type);
        QCOMPARE(parsed->version(), 1);
        QCOMPARE(parsed->toJson().value(QStringLiteral("type")).toString(), type);
        // Signing is deterministic: one payload, one text.
        QCOMPARE(signedText(parsed.value()), text);
    }

    void fields()
    {
        auto r = QrPayload::parse(signedText(receipt()), kKey, kNow);
        QVERIFY(r.ok());
        QCOMPARE(r->caseNumber(), QStringLiteral("YC20261124000017"));
        QCOMPARE(r->hallCode(), QStringLiteral("510107"));
        QCOMPARE(r->issuedOn(), QDate(2026, 11, 24));

        auto a = QrPayload::parse(signedText(appointment()), kKey, kNow);
        QVERIFY(a.ok());
        QCOMPARE(a->appointmentCode(), QStringLiteral("AP-0091"));
        QCOMPARE(a->matterId(), QStringLiteral("marriage-registration"));
        QCOMPARE(a->slot(), QDateTime(QDate(2026, 11, 24), QTime(14, 30)));

        auto e = QrPayload::parse(signedText(electronicId()), kKey, kNow);
        QVERIFY(e.ok());
        QCOMPARE(e->idNumber(), QStringLiteral("11010519491231002X"));
        QCOMPARE(e->name(), QStringLiteral("张三"));
        QCOMPARE(e->expiresAt(), kNow.addSecs(240));

        auto d = QrPayload::parse(signedText(document()), kKey, kNow);
        QVERIFY(d.ok());
        QCOMPARE(d->documentNumber(), QStringLiteral("510107-20261124-00017-B1"));
        QCOMPARE(d->documentKind(), QStringLiteral("supplement"));
        QCOMPARE(d->issuedOn(), QDate(2026, 11, 26));
        QCOMPARE(d->caseNumber(), QStringLiteral("510107-20261124-00017"));
        QCOMPARE(d->toJson().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("supplement"));
        // Years later it still verifies: a citizen keeps the paper.
        QVERIFY(QrPayload::parse(signedText(looseDocument()), kKey, kNow.addYears(10)).ok());
        QVERIFY(QrPayload::parse(signedText(looseDocument()), kKey, kNow)->caseNumber().isEmpty());
    }

    // Any single byte changed anywhere must be refused, never accepted as
    // another valid payload.
    void everyByteFlipped_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("receipt") << signedText(receipt());
        QTest::newRow("appointment") << signedText(appointment());
        QTest::newRow("e-id") << signedText(electronicId());
        QTest::newRow("document") << signedText(document());
    }

    void everyByteFlipped()
    {
        QFETCH(QString, text);
        const QByteArray original = text.toLatin1();
        for (int i = 0; i < original.size(); ++i) {
            for (const unsigned char mask : {0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80}) {
                QByteArray altered = original;
                altered[i] = char(altered.at(i) ^ mask);
                const QString alteredText = QString::fromLatin1(altered);
                auto parsed = QrPayload::parse(alteredText, kKey, kNow);
                QVERIFY2(
                    !parsed.ok(),
                    qPrintable(
                        QStringLiteral("byte %1 mask %2: %3").arg(i).arg(mask).arg(alteredText)));
                QVERIFY(!parsed.error().code.isEmpty());
            }
        }
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QString>("code");

        const QString good = signedText(receipt());
        const QStringList parts = good.split(QLatin1Char('.'));
        QTest::newRow("wrong key") << good << kOtherKey << "bad-signature";
        QTest::newRow("signed with other key")
            << signedText(receipt(), kOtherKey) << kKey << "bad-signature";
        QTest::newRow("no key") << good << QByteArray() << "no-key";
        QTest::newRow("truncated mac") << good.left(good.size() - 1) << kKey << "malformed";
        QTest::newRow("truncated body") << good.left(10) << kKey << "malformed";
        QTest::newRow("prefix only") << "OW1." << kKey << "malformed";
        QTest::newRow("mac missing")
            << parts.at(0) + QLatin1Char('.') + parts.at(1) << kKey << "malformed";
        QTest::newRow("extra part") << good + QStringLiteral(".AAAA") << kKey << "malformed";
        QTest::newRow("padding") << good + QStringLiteral("==") << kKey << "malformed";
        QTest::newRow("trailing space") << good + QLatin1Char(' ') << kKey << "malformed";
        QTest::newRow("non-ascii") << good + QStringLiteral("中") << kKey << "malformed";
        // A body from one code with the MAC of another: a swapped signature.
        QTest::newRow("swapped mac")
            << parts.at(0) + QLatin1Char('.') + parts.at(1) + QLatin1Char('.') +
                   signedText(appointment()).split(QLatin1Char('.')).at(2)
            << kKey << "bad-signature";
        QTest::newRow("version 2")
            << QStringLiteral("OW2.") + parts.at(1) + QLatin1Char('.') + parts.at(2) << kKey
            << "unknown-version";
        QTest::newRow("version 0") << QStringLiteral("OW0.abc.def") << kKey << "unknown-version";
        QTest::newRow("expired appointment")
            << signedText(appointment()) << kKey << "expired"; // tested with kNow + 1 day below
        QTest::newRow("web address")
            << "https://zwfw.example.gov.cn/track?c=1" << kKey << "not-ours";
        QTest::newRow("plain text") << QStringLiteral("预约码 AP-0091") << kKey << "not-ours";
        QTest::newRow("bare case number") << "YC20261124000017" << kKey << "not-ours";
        QTest::newRow("empty") << "" << kKey << "not-ours";
        QTest::newRow("lower-case prefix") << good.toLower() << kKey << "not-ours";
        QTest::newRow("OW without dot") << "OW1" << kKey << "not-ours";
        QTest::newRow("OWL word") << "OWL.is.bird" << kKey << "not-ours";
    }

    void refused()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, key);
        QFETCH(QString, code);
        const QDateTime now = code == QLatin1String("expired") ? kNow.addDays(1) : kNow;
        const QrPayload::Inspection inspection = QrPayload::inspect(text, key, now);
        QVERIFY(!inspection.valid());
        QCOMPARE(inspection.error.code, code);
        QCOMPARE(inspection.ours, code != QLatin1String("not-ours"));
        auto parsed = QrPayload::parse(text, key, now);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, code);
    }

    // A refused code still shows what it claims, for the clerk to see.
    void refusedShowsFields()
    {
        const QrPayload::Inspection forged =
            QrPayload::inspect(signedText(receipt(), kOtherKey), kKey, kNow);
        QCOMPARE(forged.error.code, QStringLiteral("bad-signature"));
        QVERIFY(forged.payload);
        QCOMPARE(forged.payload->caseNumber(), QStringLiteral("YC20261124000017"));
    }

    void expiry()
    {
        const QString a = signedText(appointment());
        QVERIFY(QrPayload::parse(a, kKey, kNow.addSecs(-86400 * 7)).ok()); // early is fine
        QVERIFY(QrPayload::parse(a, kKey, QDateTime(QDate(2026, 11, 24), QTime(23, 59))).ok());
        QCOMPARE(
            QrPayload::parse(a, kKey, QDateTime(QDate(2026, 11, 25), QTime(0, 0))).error().code,
            QStringLiteral("expired"));

        const QString e = signedText(electronicId());
        QVERIFY(QrPayload::parse(e, kKey, kNow.addSecs(240)).ok());
        QCOMPARE(QrPayload::parse(e, kKey, kNow.addSecs(241)).error().code,
                 QStringLiteral("expired"));
        // Receipts never expire: a citizen tracks a case for months.
        QVERIFY(QrPayload::parse(signedText(receipt()), kKey, kNow.addYears(3)).ok());
    }

    void signRefusesBadFields_data()
    {
        QTest::addColumn<QrPayload>("payload");
        QTest::addColumn<QString>("code");
        const QDate d(2026, 11, 24);
        QTest::newRow("empty case")
            << QrPayload::receiptTracking({}, "510107", d) << "invalid-field";
        QTest::newRow("separator")
            << QrPayload::receiptTracking("YC|1", "510107", d) << "invalid-field";
        QTest::newRow("bad date") << QrPayload::receiptTracking("YC1", "510107", QDate())
                                  << "invalid-field";
        QTest::newRow("name with separator")
            << QrPayload::electronicId("11010519491231002X", QStringLiteral("张|三"), kNow,
                                       kNow.addSecs(60))
            << "invalid-field";
        QTest::newRow("expires before issue")
            << QrPayload::electronicId("11010519491231002X", QStringLiteral("张三"), kNow,
                                       kNow.addSecs(-60))
            << "invalid-field";
        QTest::newRow("document kind in capitals")
            << QrPayload::document("510107-N20261124-00003", "510107", "Refusal", d, {})
            << "invalid-field";
        QTest::newRow("document without number")
            << QrPayload::document({}, "510107", "refusal", d, {}) << "invalid-field";
        QTest::newRow("document case with separator")
            << QrPayload::document("D-1", "510107", "refusal", d, "510107|1") << "invalid-field";
        QTest::newRow("matter with space")
            << QrPayload::appointment("AP-1", "510107", "marriage registration",
                                      QDateTime(d, QTime(9, 0)))
            << "invalid-field";
    }

    void signRefusesBadFields()
    {
        QFETCH(QrPayload, payload);
        QFETCH(QString, code);
        auto text = payload.sign(kKey);
        QVERIFY(!text.ok());
        QCOMPARE(text.error().code, code);
        QCOMPARE(receipt().sign(QByteArray()).error().code, QStringLiteral("no-key"));
    }

    void hallKey_data()
    {
        QTest::addColumn<QString>("hex");
        QTest::addColumn<QString>("code");
        QTest::newRow("good") << QString::fromLatin1(kKey.toHex()) << "";
        QTest::newRow("upper case") << QString::fromLatin1(kKey.toHex().toUpper()) << "";
        QTest::newRow("empty") << ""
                               << "no-hall-key";
        QTest::newRow("too short") << "00112233"
                                   << "bad-hall-key";
        QTest::newRow("odd") << "0011223344556677889900112233445"
                             << "bad-hall-key";
        QTest::newRow("not hex") << "zz112233445566778899aabbccddeeff"
                                 << "bad-hall-key";
    }

    void hallKey()
    {
        QFETCH(QString, hex);
        QFETCH(QString, code);
        auto key = HallKey::fromHex(hex);
        QCOMPARE(key.ok(), code.isEmpty());
        if (key)
            QCOMPARE(key.value(), kKey);
        else
            QCOMPARE(key.error().code, code);
    }

    void hallKeyLoadOrCreate()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("counter.ini")), QSettings::IniFormat);
        qunsetenv(HallKey::environmentVariable());
        const QByteArray first = HallKey::loadOrCreate(settings);
        QCOMPARE(first.size(), HallKey::kGeneratedBytes);
        QCOMPARE(settings.value(HallKey::settingsKey()).toString(), HallKey::toHex(first));
        QCOMPARE(HallKey::loadOrCreate(settings), first); // stored, not regenerated
        qputenv(HallKey::environmentVariable(), kOtherKey.toHex());
        QCOMPARE(HallKey::loadOrCreate(settings), kOtherKey); // the environment wins
        qunsetenv(HallKey::environmentVariable());
    }
};

QTEST_GUILESS_MAIN(tst_QrPayload)
#include "tst_QrPayload.moc"
