#include "helpers/TestArtifacts.h"
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

// Runs the real onewindow-cli binary: this is what scripts see, exit codes included.
class tst_CliIdCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkOne_data();
    void checkOne();
    void severalNumbers();
    void keyOrder();
    void usageErrors_data();
    void usageErrors();
    void help_data();
    void help();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QStringList &arguments);
};

tst_CliIdCheck::Run tst_CliIdCheck::run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(OW_CLI_PATH), arguments);
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

void tst_CliIdCheck::checkOne_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QJsonValue>("valid");
    QTest::addColumn<QJsonValue>("id");
    QTest::addColumn<QJsonValue>("birth");
    QTest::addColumn<QJsonValue>("sex");
    QTest::addColumn<QJsonValue>("error");

    const QJsonValue null(QJsonValue::Null);

    // The standard's example: weighted sum 167, 167 mod 11 = 2 -> 'X'.
    QTest::newRow("valid X") << "11010519491231002X" << 0 << QJsonValue(true)
                             << QJsonValue("11010519491231002X") << QJsonValue("1949-12-31")
                             << QJsonValue("female") << null;
    QTest::newRow("lower x") << "11010519491231002x" << 0 << QJsonValue(true)
                             << QJsonValue("11010519491231002X") << QJsonValue("1949-12-31")
                             << QJsonValue("female") << null;
    // Weighted sum 154, 154 mod 11 = 0 -> '1'.
    QTest::newRow("valid male") << "110101199003070011" << 0 << QJsonValue(true)
                                << QJsonValue("110101199003070011") << QJsonValue("1990-03-07")
                                << QJsonValue("male") << null;
    QTest::newRow("15 digits") << "110105491231002" << 0 << QJsonValue(true)
                               << QJsonValue("11010519491231002X") << QJsonValue("1949-12-31")
                               << QJsonValue("female") << null;
    QTest::newRow("checksum") << "110101199003070012" << 1 << QJsonValue(false) << null
                              << QJsonValue("1990-03-07") << QJsonValue("male")
                              << QJsonValue("checksum");
    QTest::newRow("region") << "990101199003070011" << 1 << QJsonValue(false) << null
                            << QJsonValue("1990-03-07") << QJsonValue("male")
                            << QJsonValue("region");
    QTest::newRow("birth-date") << "110101199902290011" << 1 << QJsonValue(false) << null << null
                                << QJsonValue("male") << QJsonValue("birth-date");
    QTest::newRow("future birth") << "110101209901010011" << 1 << QJsonValue(false) << null
                                  << QJsonValue("2099-01-01") << QJsonValue("male")
                                  << QJsonValue("birth-date");
    QTest::newRow("length") << "12345" << 1 << QJsonValue(false) << null << null << null
                            << QJsonValue("length");
    QTest::newRow("characters") << QStringLiteral("身份证\"号") << 1 << QJsonValue(false) << null
                                << null << null << QJsonValue("characters");
}

void tst_CliIdCheck::checkOne()
{
    QFETCH(QString, input);
    QFETCH(int, exitCode);
    QFETCH(QJsonValue, valid);
    QFETCH(QJsonValue, id);
    QFETCH(QJsonValue, birth);
    QFETCH(QJsonValue, sex);
    QFETCH(QJsonValue, error);

    const Run r = run({QStringLiteral("id"), QStringLiteral("check"), input});
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(r.out.endsWith('\n'));
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(lines.first(), &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, lines.first().constData());
    const QJsonObject o = doc.object();
    QCOMPARE(o.size(), 6);
    QCOMPARE(o.value("input").toString(), input);
    QCOMPARE(o.value("valid"), valid);
    QCOMPARE(o.value("id"), id);
    QCOMPARE(o.value("birth"), birth);
    QCOMPARE(o.value("sex"), sex);
    QCOMPARE(o.value("error"), error);
}

void tst_CliIdCheck::severalNumbers()
{
    const QStringList numbers = {"11010519491231002X", "110101199003070012", "110105491231002"};
    const Run r = run(QStringList{"id", "check"} + numbers);
    QCOMPARE(r.exitCode, 1); // one invalid among them
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject o = QJsonDocument::fromJson(lines.at(i)).object();
        QCOMPARE(o.value("input").toString(), numbers.at(i));
        QCOMPARE(o.value("valid").toBool(), i != 1);
    }

    const Run allValid = run({"id", "check", "11010519491231002X", " 110101199003070011 "});
    QCOMPARE(allValid.exitCode, 0);
    QCOMPARE(allValid.out.count('\n'), 2);
    QVERIFY(allValid.err.isEmpty());
}

void tst_CliIdCheck::keyOrder()
{
    const Run r = run({"id", "check", "11010519491231002X"});
    QCOMPARE(r.exitCode, 0);
    // Compact, keys in the documented order (QJsonObject would sort them).
    QCOMPARE(r.out, QByteArray("{\"input\":\"11010519491231002X\",\"valid\":true,"
                               "\"id\":\"11010519491231002X\",\"birth\":\"1949-12-31\","
                               "\"sex\":\"female\",\"error\":null}\n"));
}

void tst_CliIdCheck::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("nothing") << QStringList();
    QTest::newRow("no numbers") << QStringList{"id", "check"};
    QTest::newRow("unknown command") << QStringList{"frobnicate"};
    QTest::newRow("unknown verb") << QStringList{"id", "fix", "11010519491231002X"};
    QTest::newRow("unknown option") << QStringList{"id", "check", "--strict", "11010519491231002X"};
}

void tst_CliIdCheck::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains("Usage: onewindow-cli"));
}

void tst_CliIdCheck::help_data()
{
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("--help") << QStringList{"--help"};
    QTest::newRow("-h") << QStringList{"-h"};
    QTest::newRow("id check --help") << QStringList{"id", "check", "--help"};
}

void tst_CliIdCheck::help()
{
    QFETCH(QStringList, arguments);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Usage: onewindow-cli"));
    QVERIFY(r.out.contains("id check NUMBER..."));
}

QTEST_GUILESS_MAIN(tst_CliIdCheck)
#include "tst_CliIdCheck.moc"
