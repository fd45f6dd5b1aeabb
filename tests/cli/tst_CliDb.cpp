#include "helpers/TestArtifacts.h"
#include "helpers/TestDatabase.h"
#include "services/BulkSeeder.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace OneWindow;

// Runs the real onewindow-cli binary against both backends.
class tst_CliDb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migrate_data();
    void migrate();
    void seed_data();
    void seed();
    void usageErrors_data();
    void usageErrors();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject lastLine() const
        {
            const QList<QByteArray> lines = out.trimmed().split('\n');
            return QJsonDocument::fromJson(lines.last()).object();
        }
    };
    static Run run(const QStringList &arguments);
};

tst_CliDb::Run tst_CliDb::run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(OW_CLI_PATH), arguments);
    Run result;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
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

void tst_CliDb::migrate_data()
{
    TestDatabase::addBackendRows();
}

void tst_CliDb::migrate()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend, /*migrate=*/false);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    Run r = run(
        {QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--database"), t.url()});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lastLine().value(QStringLiteral("from")).toInt(), 0);
    QCOMPARE(r.lastLine().value(QStringLiteral("to")).toInt(), Migrations::latestVersion());
    QCOMPARE(Migrations::currentVersion(t.db()).value(), Migrations::latestVersion());
    r = run(
        {QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--database=") + t.url()});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lastLine().value(QStringLiteral("from")).toInt(), Migrations::latestVersion());
}

void tst_CliDb::seed_data()
{
    TestDatabase::addBackendRows();
}

void tst_CliDb::seed()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend, /*migrate=*/false);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    const QStringList args = {QStringLiteral("db"),         QStringLiteral("seed"),
                              QStringLiteral("--database"), t.url(),
                              QStringLiteral("--citizens"), QStringLiteral("300"),
                              QStringLiteral("--seed"),     QStringLiteral("11"),
                              QStringLiteral("--today"),    QStringLiteral("2026-03-02")};
    Run r = run(args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject summary = r.lastLine();
    QCOMPARE(summary.value(QStringLiteral("citizens")).toInt(), 300);
    const int cases = summary.value(QStringLiteral("cases")).toInt();
    QVERIFY2(cases >= 300 * 4 && cases <= 300 * 6, qPrintable(QString::number(cases)));
    QVERIFY(summary.value(QStringLiteral("materials")).toInt() > 0);
    QVERIFY(summary.value(QStringLiteral("appointments")).toInt() > 0);
    // Every case has its step log and audit events; the last year's visits, rated.
    QVERIFY(summary.value(QStringLiteral("step_log")).toInt() > cases);
    QVERIFY(summary.value(QStringLiteral("audit_events")).toInt() > cases);
    QVERIFY(summary.value(QStringLiteral("visits")).toInt() > 0);
    QVERIFY(summary.value(QStringLiteral("ratings")).toInt() > 0);
    const auto found = t.db().scalar(QStringLiteral("SELECT name FROM persons WHERE id_number = ?"),
                                     {BulkSeeder::idNumberOf(11, 42)});
    QVERIFY(found.ok() && !found.value().toString().isEmpty());
    // A second seed into the same database is refused, not doubled.
    r = run(args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("db-not-empty"));
}

void tst_CliDb::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("migrate without url")
        << QStringList{QStringLiteral("db"), QStringLiteral("migrate")};
    QTest::newRow("password in url")
        << QStringList{QStringLiteral("db"), QStringLiteral("migrate"),
                       QStringLiteral("--database"), QStringLiteral("postgresql://u:secret@h/db")};
    QTest::newRow("bad scheme") << QStringList{QStringLiteral("db"), QStringLiteral("migrate"),
                                               QStringLiteral("--database"),
                                               QStringLiteral("mysql://h/db")};
    QTest::newRow("seed without citizens")
        << QStringList{QStringLiteral("db"), QStringLiteral("seed"), QStringLiteral("--database"),
                       QStringLiteral("sqlite:/tmp/x.sqlite")};
    QTest::newRow("seed bad count")
        << QStringList{QStringLiteral("db"),         QStringLiteral("seed"),
                       QStringLiteral("--database"), QStringLiteral("sqlite:/tmp/x.sqlite"),
                       QStringLiteral("--citizens"), QStringLiteral("many")};
    QTest::newRow("seed bad today")
        << QStringList{QStringLiteral("db"),         QStringLiteral("seed"),
                       QStringLiteral("--database"), QStringLiteral("sqlite:/tmp/x.sqlite"),
                       QStringLiteral("--citizens"), QStringLiteral("1"),
                       QStringLiteral("--today"),    QStringLiteral("yesterday")};
    QTest::newRow("seed unknown option")
        << QStringList{QStringLiteral("db"), QStringLiteral("seed"), QStringLiteral("--colour"),
                       QStringLiteral("red")};
}

void tst_CliDb::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(!r.err.contains("secret"));
}

QTEST_GUILESS_MAIN(tst_CliDb)
#include "tst_CliDb.moc"
