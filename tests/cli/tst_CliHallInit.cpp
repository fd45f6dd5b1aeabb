#include "helpers/TestArtifacts.h"
#include "helpers/TestDatabase.h"
#include "identity/HallKey.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace OneWindow;

// Runs the real onewindow-cli: `hall init` and `config check`.
class tst_CliHallInit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initialisesAHall_data() { TestDatabase::addBackendRows(); }
    void initialisesAHall();
    void existingKeyFileIsKept();
    void refusals_data();
    void refusals();
    void configCheck_data();
    void configCheck();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const
        {
            return QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
        }
    };
    // `password`: null leaves ONEWINDOW_PASSWORD unset.
    static Run run(const QStringList &arguments, const QString &password = QString(),
                   const QString &folder = QString());
};

tst_CliHallInit::Run tst_CliHallInit::run(const QStringList &arguments, const QString &password,
                                          const QString &folder)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("ONEWINDOW_PASSWORD"));
    if (!password.isNull())
        env.insert(QStringLiteral("ONEWINDOW_PASSWORD"), password);
    process.setProcessEnvironment(env);
    if (!folder.isEmpty())
        process.setWorkingDirectory(folder);
    process.start(QStringLiteral(OW_CLI_PATH), arguments);
    process.closeWriteChannel(); // stdin is no terminal: nobody to ask for a password
    Run r;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    // What the command printed, for the privacy scan after the run.
    OneWindow::Test::TestArtifacts::keep(process.arguments().mid(0, 2).join(QLatin1Char('-')) +
                                             QStringLiteral(".out"),
                                         r.out + r.err);
    return r;
}

void tst_CliHallInit::initialisesAHall()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend, /*migrate=*/false);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    const QStringList args = {QStringLiteral("hall"),        QStringLiteral("init"),
                              QStringLiteral("--database"),  t.url(),
                              QStringLiteral("--hall-code"), QStringLiteral("510104"),
                              QStringLiteral("--hall-name"), QStringLiteral("锦江区政务服务中心"),
                              QStringLiteral("--admin"),     QStringLiteral("hall.admin"),
                              QStringLiteral("--templates"), QStringLiteral("newborn,retirement")};
    // No --key-file: a new key lands in the working folder.
    Run r = run(args, QStringLiteral("Jinjiang-Admin-1"), t.folder());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject summary = r.json();
    const QString keyFile = summary.value(QStringLiteral("key_file")).toString();
    QCOMPARE(QFileInfo(keyFile).absolutePath(), QFileInfo(t.folder()).absoluteFilePath());
    QVERIFY(summary.value(QStringLiteral("key_generated")).toBool());
    auto key = HallKey::fromFile(keyFile);
    QVERIFY(key.ok());
    QCOMPARE(summary.value(QStringLiteral("key_fingerprint")).toString(),
             HallKey::fingerprint(key.value()));
    QVERIFY2(r.err.contains(keyFile.toUtf8()), "says where the key file is to be copied from");
    // The password is nowhere in what the command printed.
    QVERIFY(!r.out.contains("Jinjiang-Admin-1") && !r.err.contains("Jinjiang-Admin-1"));

    QCOMPARE(t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM users")).value().toInt(), 1);
    QCOMPARE(t.db().scalar(QStringLiteral("SELECT role FROM users")).value().toString(),
             QStringLiteral("admin"));
    QCOMPARE(t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM persons")).value().toInt(), 0);
    QCOMPARE(t.db().scalar(QStringLiteral("SELECT template_ids FROM halls")).value().toString(),
             QStringLiteral("newborn,retirement"));

    // Once set up, never again.
    r = run(args, QStringLiteral("Another-Admin-2"), t.folder());
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("already"));
}

void tst_CliHallInit::existingKeyFileIsKept()
{
    TestDatabase t(QStringLiteral("sqlite"), false);
    QVERIFY(t.ok());
    const QString keyFile = QDir(t.folder()).filePath(QStringLiteral("from-first-counter.key"));
    const QByteArray key = HallKey::generate();
    QVERIFY(HallKey::writeFile(keyFile, key, QString()).ok());
    Run r = run({QStringLiteral("hall"), QStringLiteral("init"), QStringLiteral("--database"),
                 t.url(), QStringLiteral("--hall-code=HALL2"), QStringLiteral("--hall-name=Two"),
                 QStringLiteral("--admin=root2"), QStringLiteral("--key-file"), keyFile},
                QStringLiteral("Second-Hall-Admin"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(!r.json().value(QStringLiteral("key_generated")).toBool());
    QCOMPARE(HallKey::fromFile(keyFile).value(), key);
    QCOMPARE(t.db().scalar(QStringLiteral("SELECT key_fingerprint FROM halls")).value().toString(),
             HallKey::fingerprint(key));
}

void tst_CliHallInit::refusals_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("password"); // "<unset>": no ONEWINDOW_PASSWORD
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("no password and no terminal")
        << QStringList() << "<unset>" << 2 << "ONEWINDOW_PASSWORD";
    QTest::newRow("password on the command line")
        << QStringList{QStringLiteral("--password"), QStringLiteral("Long-Enough-1")}
        << "Long-Enough-1" << 2 << "unknown option --password";
    QTest::newRow("short password") << QStringList() << "Short-1" << 1 << "at least 10";
    QTest::newRow("bad hall code")
        << QStringList{QStringLiteral("--hall-code"), QStringLiteral("a b")} << "Long-Enough-1" << 1
        << "hall code";
    QTest::newRow("unknown template")
        << QStringList{QStringLiteral("--templates"), QStringLiteral("newborn,nonsense")}
        << "Long-Enough-1" << 1 << "nonsense";
}

void tst_CliHallInit::refusals()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, password);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    TestDatabase t(QStringLiteral("sqlite"), false);
    QVERIFY(t.ok());
    QStringList args = {QStringLiteral("hall"),        QStringLiteral("init"),
                        QStringLiteral("--database"),  t.url(),
                        QStringLiteral("--hall-code"), QStringLiteral("510104"),
                        QStringLiteral("--hall-name"), QStringLiteral("Hall"),
                        QStringLiteral("--admin"),     QStringLiteral("root")};
    // A later --hall-code replaces the first.
    args << extra;
    Run r = run(args, password == QLatin1String("<unset>") ? QString() : password, t.folder());
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(says.toUtf8()), r.err.constData());
    QCOMPARE(QDir(t.folder()).entryList({QStringLiteral("*.key")}, QDir::Files).size(), 0);
    // No account either (before a usage error the database is not even migrated).
    auto users = t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM users"));
    QVERIFY(!users.ok() || users.value().toInt() == 0);
}

void tst_CliHallInit::configCheck_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("good") << "partial.conf" << 0 << "\"hall.code\":\"HALL2\"";
    QTest::newRow("broken values") << "broken-values.conf" << 1 << "broken-values.conf:7: ";
    QTest::newRow("key file that is not there") << "good.conf" << 1 << "good.conf:7: hall key file";
}

void tst_CliHallInit::configCheck()
{
    QFETCH(QString, file);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    Run r = run({QStringLiteral("config"), QStringLiteral("check"),
                 QStringLiteral(OW_TEST_DATA_DIR "/provisioning/") + file});
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.out.contains(says.toUtf8()), r.out.constData());
}

QTEST_GUILESS_MAIN(tst_CliHallInit)
#include "tst_CliHallInit.moc"
