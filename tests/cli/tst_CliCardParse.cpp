#include "CardFrameBuilder.h"
#include "helpers/TestArtifacts.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace OneWindow;

// Runs the real onewindow-cli on answer files written here: what scripts see.
class tst_CliCardParse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void goodAnswers_data();
    void goodAnswers();
    void brokenAnswers_data();
    void brokenAnswers();
    void usageErrors_data();
    void usageErrors();
    void keyOrder();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments);
    QString write(const QByteArray &bytes);

    QTemporaryDir m_dir;
    int m_files = 0;
};

tst_CliCardParse::Run tst_CliCardParse::run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(OW_CLI_PATH), QStringList{"card", "parse"} + arguments);
    Run result;
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
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

QString tst_CliCardParse::write(const QByteArray &bytes)
{
    const QString path = m_dir.filePath(QStringLiteral("answer-%1.bin").arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void tst_CliCardParse::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_CliCardParse::goodAnswers_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QJsonObject>("expected");

    const CardIdentity resident = CardFrameBuilder::residentCard();
    const QJsonObject residentJson{{"kind", "resident"},
                                   {"name", resident.name},
                                   {"sex", "male"},
                                   {"ethnicity", QStringLiteral("汉")},
                                   {"birth", "1988-02-29"},
                                   {"address", resident.address},
                                   {"id", resident.idNumber},
                                   {"authority", resident.authority},
                                   {"validFrom", "2016-05-10"},
                                   {"validUntil", "2036-05-10"}};
    QTest::newRow("resident") << CardFrameBuilder::readAnswer(resident) << residentJson;
    QTest::newRow("resident behind noise")
        << QByteArray::fromHex("00FFAAAA0D0A") + CardFrameBuilder::readAnswer(resident)
        << residentJson;

    CardIdentity longTerm = resident;
    longTerm.longTerm = true;
    longTerm.ethnicityCode = QStringLiteral("03");
    longTerm.sex = Sex::Unspecified;
    QJsonObject longTermJson = residentJson;
    longTermJson["validUntil"] = "long-term";
    longTermJson["ethnicity"] = QStringLiteral("回");
    longTermJson["sex"] = "unknown";
    QTest::newRow("resident, long-term") << CardFrameBuilder::readAnswer(longTerm) << longTermJson;

    const CardIdentity j = CardFrameBuilder::hkmotwCard();
    QTest::newRow("hkmotw") << CardFrameBuilder::readAnswer(j)
                            << QJsonObject{{"kind", "hkmotw"},
                                           {"name", j.name},
                                           {"sex", "female"},
                                           {"birth", "1995-07-01"},
                                           {"address", j.address},
                                           {"id", j.idNumber},
                                           {"authority", j.authority},
                                           {"validFrom", "2019-03-01"},
                                           {"validUntil", "2029-03-01"},
                                           {"passNumber", "H12345678"}};

    const CardIdentity i = CardFrameBuilder::foreign2017Card();
    QTest::newRow("foreign2017") << CardFrameBuilder::readAnswer(i)
                                 << QJsonObject{
                                        {"kind", "foreign2017"},     {"name", i.name},
                                        {"nameEn", i.nameEn},        {"sex", "female"},
                                        {"nationality", "CAN"},      {"birth", "1980-03-15"},
                                        {"id", i.idNumber},          {"authority", "1100"},
                                        {"validFrom", "2020-09-01"}, {"validUntil", "2030-09-01"}};

    const CardIdentity y = CardFrameBuilder::foreign2023Card();
    QTest::newRow("foreign2023") << CardFrameBuilder::readAnswer(y)
                                 << QJsonObject{
                                        {"kind", "foreign2023"},     {"name", y.name},
                                        {"nameEn", y.nameEn},        {"sex", "male"},
                                        {"nationality", "DEU"},      {"birth", "1975-12-24"},
                                        {"id", y.idNumber},          {"validFrom", "2023-12-01"},
                                        {"validUntil", "2033-12-01"}};
}

void tst_CliCardParse::goodAnswers()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QJsonObject, expected);
    const Run result = run({write(bytes)});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.isEmpty());
    QCOMPARE(result.out.count('\n'), 1);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    QVERIFY2(document.isObject(), qPrintable(error.errorString()));
    QCOMPARE(document.object(), expected);
}

void tst_CliCardParse::brokenAnswers_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code");

    const QList<CardIdentity> cards{
        CardFrameBuilder::residentCard(), CardFrameBuilder::hkmotwCard(),
        CardFrameBuilder::foreign2017Card(), CardFrameBuilder::foreign2023Card()};
    for (const CardIdentity &card : cards) {
        const QByteArray kind = cardKindKey(card.kind).toLatin1();
        const QByteArray good = CardFrameBuilder::readAnswer(card);

        QByteArray checksum = good;
        checksum[800] = char(checksum.at(800) ^ 0x04);
        QTest::newRow(kind + ", bad checksum") << checksum << "checksum";
        QByteArray chk = good;
        chk[chk.size() - 1] = char(chk.back() ^ 0xFF);
        QTest::newRow(kind + ", bad CHK byte") << chk << "checksum";
        QByteArray longer = good;
        longer[5] = char(0x06);
        QTest::newRow(kind + ", LEN too large") << longer << "length";
        QByteArray shorter = good;
        shorter[6] = char(0x00);
        QTest::newRow(kind + ", LEN too small") << shorter << "length";
        QTest::newRow(kind + ", truncated") << good.left(1000) << "truncated";
        QTest::newRow(kind + ", noise, truncated")
            << QByteArray("junk") + good.left(12) << "truncated";
    }
    QTest::newRow("empty file") << QByteArray() << "no-frame";
    QTest::newRow("no frame") << QByteArray("AT+GMR\r\nOK\r\n") << "no-frame";
    QTest::newRow("status 41") << CardFrameBuilder::answer(0x41) << "status-41";
    QTest::newRow("status 80") << QByteArray(3, '\0') + CardFrameBuilder::answer(0x80)
                               << "status-80";
    QTest::newRow("status 9f") << CardFrameBuilder::answer(0x9F, QByteArray(4, '\0')) << "length";
}

void tst_CliCardParse::brokenAnswers()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    const Run result = run({write(bytes)});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out.count('\n'), 1);
    const QJsonDocument document = QJsonDocument::fromJson(result.out);
    QCOMPARE(document.object(), (QJsonObject{{"error", code}}));
}

void tst_CliCardParse::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no file") << QStringList();
    QTest::newRow("two files") << QStringList{"a", "b"};
    QTest::newRow("unknown option") << QStringList{"--hex"};
    QTest::newRow("missing file") << QStringList{"/nonexistent/answer.bin"};
}

void tst_CliCardParse::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY(!result.err.isEmpty());
}

void tst_CliCardParse::keyOrder()
{
    const Run result = run({write(CardFrameBuilder::readAnswer(CardFrameBuilder::hkmotwCard()))});
    QVERIFY(result.out.startsWith("{\"kind\": \"hkmotw\", \"name\": "));
    const QList<QByteArray> keys{
        "\"kind\"", "\"name\"",      "\"sex\"",       "\"birth\"",      "\"address\"",
        "\"id\"",   "\"authority\"", "\"validFrom\"", "\"validUntil\"", "\"passNumber\""};
    qsizetype last = -1;
    for (const QByteArray &key : keys) {
        const qsizetype at = result.out.indexOf(key);
        QVERIFY2(at > last, key.constData());
        last = at;
    }
}

QTEST_GUILESS_MAIN(tst_CliCardParse)
#include "tst_CliCardParse.moc"
