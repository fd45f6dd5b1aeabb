#include "helpers/CliProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace OneWindow;
using namespace OneWindow::Test;

// Benchmarks rot when nothing runs them: every onewindow-bench subcommand runs
// here, as a process, with small counts on a small seeded SQLite database (a copy
// of it each, so none depends on what another wrote), and must end normally with
// one JSON object as its last line and no "error" in it. The figures are not
// checked: docs/performance.md has them, measured at scale.
class tst_BenchSmoke : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runs_data();
    void runs();
    void everySubcommandRuns();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run bench(const QStringList &arguments);
    // A fresh copy of the seeded database; its URL.
    QString copyOfSeed(const QString &name);

    QTemporaryDir m_dir;
    QString m_seeded;
};

namespace {

// The smoke run's hall key: the seed seals its audit trail with it.
const char *const kSmokeKey = "736d6f6b652d6b65792d6f6e6577696e646f772d3031";

// The subcommands and their small runs; a database one gets --database URL.
struct Row
{
    const char *name;
    bool database;
    QStringList arguments;
};

const QList<Row> &rows()
{
    static const QList<Row> list = {
        {"qr", false, {QStringLiteral("--frames"), QStringLiteral("2")}},
        {"card", false, {QStringLiteral("--answers"), QStringLiteral("20")}},
        {"casefile", true, {QStringLiteral("--samples"), QStringLiteral("5")}},
        {"inbox", true, {QStringLiteral("--samples"), QStringLiteral("5")}},
        {"dashboard", true, {QStringLiteral("--samples"), QStringLiteral("2")}},
        {"tracker", true, {QStringLiteral("--samples"), QStringLiteral("10")}},
        {"audit",
         true,
         {QStringLiteral("--events"), QStringLiteral("3000"), QStringLiteral("--samples"),
          QStringLiteral("8")}},
        {"intake", false, {QStringLiteral("--runs"), QStringLiteral("1")}},
        {"receipts", false, {QStringLiteral("--runs"), QStringLiteral("1")}},
    };
    return list;
}

} // namespace

tst_BenchSmoke::Run tst_BenchSmoke::bench(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The key the seed's audit trail is sealed with: every bench writes keyed events.
    env.insert(QStringLiteral("ONEWINDOW_HALL_KEY"), QString::fromLatin1(kSmokeKey));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(OW_BENCH_PATH), arguments);
    Run r;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

QString tst_BenchSmoke::copyOfSeed(const QString &name)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".sqlite"));
    if (!QFile::copy(m_seeded, path))
        return {};
    return QStringLiteral("sqlite:") + path;
}

void tst_BenchSmoke::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_seeded = m_dir.filePath(QStringLiteral("seeded.sqlite"));
    const CliRun seeded =
        runCli({QStringLiteral("db"), QStringLiteral("seed"), QStringLiteral("--database"),
                QStringLiteral("sqlite:") + m_seeded, QStringLiteral("--citizens"),
                QStringLiteral("2000"), QStringLiteral("--seed"), QStringLiteral("20160023"),
                QStringLiteral("--today"), QStringLiteral("2026-11-24")},
               {{QStringLiteral("ONEWINDOW_HALL_KEY"), QString::fromLatin1(kSmokeKey)}});
    QVERIFY2(seeded.exitCode == 0, seeded.err.constData());
    QCOMPARE(seeded.json().value(QStringLiteral("citizens")).toInt(), 2000);
    // The seeding process has closed the file: nothing is left in a WAL beside it.
    QVERIFY(!QFile::exists(m_seeded + QStringLiteral("-wal")) ||
            QFileInfo(m_seeded + QStringLiteral("-wal")).size() == 0);
}

void tst_BenchSmoke::runs_data()
{
    QTest::addColumn<QString>("subcommand");
    QTest::addColumn<bool>("database");
    QTest::addColumn<QStringList>("arguments");
    for (const Row &row : rows())
        QTest::newRow(row.name) << QString::fromLatin1(row.name) << row.database << row.arguments;
}

void tst_BenchSmoke::runs()
{
    QFETCH(QString, subcommand);
    QFETCH(bool, database);
    QFETCH(QStringList, arguments);
    QStringList args{subcommand};
    if (database) {
        const QString url = copyOfSeed(subcommand);
        QVERIFY(!url.isEmpty());
        args << QStringLiteral("--database") << url;
    }
    args << arguments;
    const Run r = bench(args);
    QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("exit %1: %2")
                                             .arg(r.exitCode)
                                             .arg(QString::fromUtf8(r.err.right(2000)))));
    const QByteArray last = r.out.trimmed().split('\n').last();
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(last, &parse);
    QVERIFY2(parse.error == QJsonParseError::NoError && doc.isObject(),
             qPrintable(QStringLiteral("last line is no JSON object: ") +
                        QString::fromUtf8(last.left(500))));
    QVERIFY2(!doc.object().contains(QStringLiteral("error")), last.constData());
    QVERIFY(!doc.object().isEmpty());
}

// The subcommands `onewindow-bench --help` names are the ones run above: a new
// one is not left out.
void tst_BenchSmoke::everySubcommandRuns()
{
    const Run help = bench({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    const QRegularExpression listed(QStringLiteral("onewindow-bench ([a-z]+(?:\\|[a-z]+)+)"));
    const QRegularExpressionMatch m = listed.match(QString::fromUtf8(help.out));
    QVERIFY2(m.hasMatch(), help.out.constData());
    QSet<QString> named;
    for (const QString &s : m.captured(1).split(QLatin1Char('|')))
        named.insert(s);
    QSet<QString> run;
    for (const Row &row : rows())
        run.insert(QString::fromLatin1(row.name));
    QCOMPARE(run, named);
}

QTEST_GUILESS_MAIN(tst_BenchSmoke)
#include "tst_BenchSmoke.moc"
