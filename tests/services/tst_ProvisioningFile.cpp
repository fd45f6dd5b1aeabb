#include "common/FixedClock.h"
#include "helpers/TestDatabase.h"
#include "security/AuditLog.h"
#include "services/CounterSettings.h"
#include "services/ProvisioningFile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace OneWindow;

namespace {

// The hall's trail the core records each change of the settings on.
struct Trail
{
    TestDatabase t{QStringLiteral("sqlite")};
    FixedClock clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    AuditLog audit{t.db(), clock};
};

QString fixture(const QString &name)
{
    return QDir(QStringLiteral(OW_TEST_DATA_DIR "/provisioning")).filePath(name);
}

// A broken fixture says on its first line which lines are wrong: "# expect: 3 5".
QList<int> expectedLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString first = QString::fromUtf8(f.readLine());
    QList<int> lines;
    const auto m = QRegularExpression(QStringLiteral("^# expect:((?: \\d+)+)")).match(first);
    for (const QString &n : m.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        lines << n.toInt();
    return lines;
}

} // namespace

class tst_ProvisioningFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodFile();
    void partialFileKeepsTheRest();
    void windowsLineEndingsAndBom();
    void brokenFilesNameEveryLine_data();
    void brokenFilesNameEveryLine();
    void missingFile();
    void saveLeavesProvisionedValuesToTheFile();
    void languageIsEveryonesButNotWhenProvisioned();
};

void tst_ProvisioningFile::goodFile()
{
    const ProvisioningFile file = ProvisioningFile::load(fixture(QStringLiteral("good.conf")));
    QVERIFY2(file.ok(), qPrintable(file.problemLines().join(QLatin1Char('\n'))));
    // Every key the format knows is in the good fixture.
    const QStringList known = ProvisioningFile::knownKeys();
    QCOMPARE(QSet<QString>(file.keys().cbegin(), file.keys().cend()),
             QSet<QString>(known.cbegin(), known.cend()));
    CounterSettings s;
    file.applyTo(s);
    QCOMPARE(s.databaseUrl, QStringLiteral("postgresql://counter@db.hall.example:5432/onewindow"));
    QCOMPARE(s.hallCode, QStringLiteral("510104"));
    QCOMPARE(s.hallName, QStringLiteral("锦江区政务服务中心"));
    QCOMPARE(s.counterCode, QStringLiteral("B07"));
    QCOMPARE(s.hallKeyFile, QStringLiteral("/etc/onewindow/hall.key"));
    QCOMPARE(s.printers.value(QStringLiteral("receipt")), QStringLiteral("Counter-B07-Receipts"));
    QCOMPARE(s.printers.value(QStringLiteral("notification")), QStringLiteral("Counter-B07"));
    QCOMPARE(s.readerPort, QStringLiteral("/dev/ttyUSB0"));
    QCOMPARE(s.language, QStringLiteral("en"));
    QCOMPARE(s.idleLockMinutes, 3);
    QCOMPARE(s.problem(), QString());
    // Where each value came from, by line.
    QCOMPARE(s.fromFile.value(QStringLiteral("database")), 2);
    QCOMPARE(s.fromFile.value(QStringLiteral("counter")), 6);
    QCOMPARE(s.provisioningFile, fixture(QStringLiteral("good.conf")));
}

void tst_ProvisioningFile::partialFileKeepsTheRest()
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
    store.setValue(QStringLiteral("counter/code"), QStringLiteral("C09"));
    store.setValue(QStringLiteral("hall/code"), QStringLiteral("OLDHALL"));
    const ProvisioningFile file = ProvisioningFile::load(fixture(QStringLiteral("partial.conf")));
    QVERIFY(file.ok());
    const CounterSettings s = CounterSettings::load(store, file);
    QCOMPARE(s.hallCode, QStringLiteral("HALL2"));  // the file wins
    QCOMPARE(s.counterCode, QStringLiteral("C09")); // the store keeps what the file omits
    QCOMPARE(s.databaseUrl, QStringLiteral("sqlite:/var/lib/onewindow/hall.sqlite"));
    QVERIFY(!s.fromFile.contains(QStringLiteral("counter")));
    QVERIFY(s.fromFile.contains(QStringLiteral("hall.code")));
}

void tst_ProvisioningFile::windowsLineEndingsAndBom()
{
    const ProvisioningFile file =
        ProvisioningFile::load(fixture(QStringLiteral("windows-bom-crlf.conf")));
    QVERIFY2(file.ok(), qPrintable(file.problemLines().join(QLatin1Char('\n'))));
    QCOMPARE(file.value(QStringLiteral("counter")), QStringLiteral("A02"));
    QCOMPARE(file.value(QStringLiteral("language")), QStringLiteral("zh"));
}

void tst_ProvisioningFile::brokenFilesNameEveryLine_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : QDir(QStringLiteral(OW_TEST_DATA_DIR "/provisioning"))
                                   .entryList({QStringLiteral("broken-*.conf")}, QDir::Files))
        QTest::newRow(qPrintable(name)) << name;
}

void tst_ProvisioningFile::brokenFilesNameEveryLine()
{
    QFETCH(QString, name);
    const QList<int> expected = expectedLines(fixture(name));
    QVERIFY2(!expected.isEmpty(), "the fixture says which lines are wrong");
    const ProvisioningFile file = ProvisioningFile::load(fixture(name));
    QVERIFY(!file.ok());
    QList<int> lines;
    for (const ProvisioningFile::Problem &p : file.problems()) {
        QVERIFY2(!p.message.isEmpty(), "every problem says what is wrong");
        lines << p.line;
    }
    QCOMPARE(lines, expected);
    // The printed form names the file and the line.
    for (int i = 0; i < expected.size(); ++i)
        QVERIFY(file.problemLines().at(i).startsWith(
            QStringLiteral("%1:%2: ").arg(fixture(name)).arg(expected.at(i))));
}

void tst_ProvisioningFile::missingFile()
{
    const ProvisioningFile file = ProvisioningFile::load(fixture(QStringLiteral("absent.conf")));
    QVERIFY(!file.ok());
    QCOMPARE(file.problems().first().line, 0);
}

void tst_ProvisioningFile::saveLeavesProvisionedValuesToTheFile()
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
    const ProvisioningFile file = ProvisioningFile::load(fixture(QStringLiteral("partial.conf")));
    CounterSettings s = CounterSettings::load(store, file);
    s.hallCode = QStringLiteral("TYPED");  // a value the file decides
    s.counterCode = QStringLiteral("D04"); // a value the file leaves to the counter
    Session admin;
    admin.userId = 7; // signed in
    admin.role = Role::Administrator;
    Trail trail;
    QVERIFY(s.save(store, admin, trail.audit).ok());
    QVERIFY(!store.contains(QStringLiteral("hall/code")));
    QVERIFY(!store.contains(QStringLiteral("database/url")));
    QCOMPARE(store.value(QStringLiteral("counter/code")).toString(), QStringLiteral("D04"));
    // And what applies is still the file's.
    QCOMPARE(CounterSettings::load(store, file).hallCode, QStringLiteral("HALL2"));
}

void tst_ProvisioningFile::languageIsEveryonesButNotWhenProvisioned()
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
    CounterSettings s = CounterSettings::load(store);
    s.language = QStringLiteral("en");
    Trail trail;
    Session anyone;
    anyone.userId = 3;
    anyone.username = QStringLiteral("clerk01");
    QVERIFY(s.saveLanguage(store, anyone, trail.audit).ok());
    QCOMPARE(CounterSettings::load(store).language, QStringLiteral("en"));
    s.language = QStringLiteral("fr");
    QCOMPARE(s.saveLanguage(store, anyone, trail.audit).error().code, QStringLiteral("language"));

    const ProvisioningFile file = ProvisioningFile::load(fixture(QStringLiteral("good.conf")));
    CounterSettings fixed = CounterSettings::load(store, file);
    fixed.language = QStringLiteral("zh");
    QCOMPARE(fixed.saveLanguage(store, anyone, trail.audit).error().code,
             QStringLiteral("provisioned"));
}

QTEST_GUILESS_MAIN(tst_ProvisioningFile)
#include "tst_ProvisioningFile.moc"
