#include "helpers/TestArtifacts.h"
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

// Runs the real onewindow-cli: qr sign, qr encode, then qr decode, as scripts do.
class tst_CliQr : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run run(const QStringList &arguments, const QString &keyHex = QString())
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("ONEWINDOW_HALL_KEY"));
        if (!keyHex.isEmpty())
            env.insert(QStringLiteral("ONEWINDOW_HALL_KEY"), keyHex);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(OW_CLI_PATH), arguments);
        Run result;
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
            return result;
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        // What the command printed, for the privacy scan after the run.
        OneWindow::Test::TestArtifacts::keep(process.arguments().mid(0, 2).join(QLatin1Char('-')) +
                                                 QStringLiteral(".out"),
                                             result.out + result.err);
        return result;
    }

    static QList<QJsonObject> lines(const QByteArray &out)
    {
        QList<QJsonObject> objects;
        for (const QByteArray &line : out.trimmed().split('\n')) {
            QJsonParseError error;
            objects << QJsonDocument::fromJson(line, &error).object();
            if (error.error != QJsonParseError::NoError)
                qWarning("not JSON: %s", line.constData());
        }
        return objects;
    }

    QString encode(const QString &text, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const Run r = run({"qr", "encode", text, "-o", path});
        if (r.exitCode != 0)
            qWarning("encode failed: %s", r.err.constData());
        return path;
    }

    QTemporaryDir m_dir;
    const QString m_key =
        QStringLiteral("8f0c6d1e2b3a49587a6b5c4d3e2f1a0b112233445566778899aabbcc");
    const QString m_otherKey =
        QStringLiteral("0f0c6d1e2b3a49587a6b5c4d3e2f1a0b112233445566778899aabbcc");

private Q_SLOTS:
    void signedReceiptRoundTrip()
    {
        const Run signedRun = run(
            {"qr", "sign", "--key", m_key, "receipt", "YC20261124000017", "510107", "2026-11-24"});
        QCOMPARE(signedRun.exitCode, 0);
        const QString text = QString::fromLatin1(signedRun.out.trimmed());
        QVERIFY(text.startsWith(QLatin1String("OW1.")));
        const QString image = encode(text, QStringLiteral("receipt.png"));

        // Key on the command line.
        Run r = run({"qr", "decode", "--key", m_key, image});
        QCOMPARE(r.exitCode, 0);
        QList<QJsonObject> out = lines(r.out);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.at(0).value("file").toString(), image);
        QCOMPARE(out.at(0).value("found").toBool(), true);
        QCOMPARE(out.at(0).value("text").toString(), text);
        QJsonObject payload = out.at(0).value("payload").toObject();
        QCOMPARE(payload.value("valid").toBool(), true);
        QCOMPARE(payload.value("type").toString(), QStringLiteral("receipt"));
        QCOMPARE(payload.value("caseNumber").toString(), QStringLiteral("YC20261124000017"));
        QCOMPARE(payload.value("hallCode").toString(), QStringLiteral("510107"));
        QCOMPARE(payload.value("issuedOn").toString(), QStringLiteral("2026-11-24"));
        // Fixed key order for the outer object.
        QVERIFY(r.out.startsWith("{\"file\":"));
        QVERIFY(r.out.indexOf("\"found\"") < r.out.indexOf("\"text\""));
        QVERIFY(r.out.indexOf("\"text\"") < r.out.indexOf("\"payload\""));

        // Key from the environment.
        r = run({"qr", "decode", image}, m_key);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(lines(r.out).at(0).value("payload").toObject().value("valid").toBool(), true);

        // Another hall's key: found, shown, refused.
        r = run({"qr", "decode", "--key", m_otherKey, image});
        QCOMPARE(r.exitCode, 0); // the image held a code
        payload = lines(r.out).at(0).value("payload").toObject();
        QCOMPARE(payload.value("valid").toBool(), false);
        QCOMPARE(payload.value("error").toString(), QStringLiteral("bad-signature"));

        // No key at all: cannot be verified.
        r = run({"qr", "decode", image});
        payload = lines(r.out).at(0).value("payload").toObject();
        QCOMPARE(payload.value("valid").toBool(), false);
        QCOMPARE(payload.value("error").toString(), QStringLiteral("no-key"));
    }

    // The receipt for phones: the hall's tracking address with the payload in it.
    void trackingAddressRoundTrip()
    {
        const Run signedRun = run(
            {"qr", "sign", "--key", m_key, "receipt", "YC20261124000017", "510107", "2026-11-24"});
        const QString payload = QString::fromLatin1(signedRun.out.trimmed());
        const QString url = QStringLiteral("https://track.example.gov.cn/t/") + payload;
        const QString image = encode(url, QStringLiteral("tracking.png"));
        Run r = run({"qr", "decode", "--key", m_key, image});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject out = lines(r.out).at(0);
        QCOMPARE(out.value("text").toString(), url);
        QCOMPARE(out.value("payload").toObject().value("valid").toBool(), true);
        QCOMPARE(out.value("payload").toObject().value("caseNumber").toString(),
                 QStringLiteral("YC20261124000017"));
        // Someone else's address: just text.
        const QString other =
            encode(QStringLiteral("https://example.org/t/hello"), QStringLiteral("other.png"));
        r = run({"qr", "decode", "--key", m_key, other});
        QVERIFY(!lines(r.out).at(0).contains("payload"));
    }

    void forgedCode()
    {
        const Run signedRun =
            run({"qr", "sign", "receipt", "YC20261124000017", "510107", "2026-11-24"}, m_key);
        QString text = QString::fromLatin1(signedRun.out.trimmed());
        // Change one character of the body: a different case number, same MAC.
        const int at = text.indexOf(QLatin1Char('.')) + 10;
        text[at] = text.at(at) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        const Run r = run({"qr", "decode", encode(text, QStringLiteral("forged.png"))}, m_key);
        const QJsonObject payload = lines(r.out).at(0).value("payload").toObject();
        QCOMPARE(payload.value("valid").toBool(), false);
        QVERIFY(payload.value("error").toString() == QLatin1String("bad-signature") ||
                payload.value("error").toString() == QLatin1String("malformed"));
    }

    void notOursAndMissing()
    {
        const QString url = encode(QStringLiteral("https://zwfw.example.gov.cn/track?c=1"),
                                   QStringLiteral("url.png"));
        const QString plain = encode(QStringLiteral("预约码 AP-0091"), QStringLiteral("plain.png"));
        QImage blankImage(200, 200, QImage::Format_Grayscale8);
        blankImage.fill(255);
        const QString blank = m_dir.filePath(QStringLiteral("blank.png"));
        QVERIFY(blankImage.save(blank));

        Run r = run({"qr", "decode", url, plain}, m_key);
        QCOMPARE(r.exitCode, 0);
        QList<QJsonObject> out = lines(r.out);
        QCOMPARE(out.size(), 2);
        QCOMPARE(out.at(0).value("text").toString(),
                 QStringLiteral("https://zwfw.example.gov.cn/track?c=1"));
        QVERIFY(!out.at(0).contains("payload")); // shown as what it is
        QCOMPARE(out.at(1).value("text").toString(), QStringLiteral("预约码 AP-0091"));
        QVERIFY(!out.at(1).contains("payload"));

        r = run({"qr", "decode", url, blank, m_dir.filePath(QStringLiteral("missing.png"))}, m_key);
        QCOMPARE(r.exitCode, 1); // not every image held a code
        out = lines(r.out);
        QCOMPARE(out.size(), 3);
        QCOMPARE(out.at(1).value("found").toBool(), false);
        QVERIFY(out.at(1).value("text").isNull());
        QCOMPARE(out.at(2).value("found").toBool(), false);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("decode nothing") << QStringList{"qr", "decode"};
        QTest::newRow("decode bad key") << QStringList{"qr", "decode", "--key", "xyz", "a.png"};
        QTest::newRow("decode unknown option") << QStringList{"qr", "decode", "--fast", "a.png"};
        QTest::newRow("encode no output") << QStringList{"qr", "encode", "TEXT"};
        QTest::newRow("encode no text") << QStringList{"qr", "encode", "-o", "x.png"};
        QTest::newRow("sign no key")
            << QStringList{"qr", "sign", "receipt", "YC1", "510107", "2026-11-24"};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_CliQr)
#include "tst_CliQr.moc"
