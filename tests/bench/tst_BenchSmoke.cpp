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

// Benchmarks rot when nothing runs them: `onewindow-bench all` runs here, as a
// process, with small counts on a small seeded SQLite database: every subcommand
// in turn on it, then the counter's start to its first window. It must end
// normally with one JSON object as its last line, every benchmark's figures in it
// and no "error". The figures are not checked: docs/performance.md has them,
// measured at scale.
class tst_BenchSmoke : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void all();
    void everySubcommandRuns();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run bench(const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_seeded;
};

namespace {

// The smoke run's hall key: the seed seals its audit trail with it.
const char *const kSmokeKey = "736d6f6b652d6b65792d6f6e6577696e646f772d3031";

// The subcommands `all` runs.
const QStringList kSubcommands = {
    QStringLiteral("qr"),    QStringLiteral("card"),      QStringLiteral("casefile"),
    QStringLiteral("inbox"), QStringLiteral("dashboard"), QStringLiteral("tracker"),
    QStringLiteral("audit"), QStringLiteral("intake"),    QStringLiteral("receipts"),
};

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
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
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

void tst_BenchSmoke::all()
{
    const Run r = bench(
        {QStringLiteral("all"), QStringLiteral("--database"), QStringLiteral("sqlite:") + m_seeded,
         QStringLiteral("--frames"), QStringLiteral("2"), QStringLiteral("--answers"),
         QStringLiteral("20"), QStringLiteral("--samples"), QStringLiteral("5"),
         QStringLiteral("--events"), QStringLiteral("3000"), QStringLiteral("--runs"),
         QStringLiteral("1"), QStringLiteral("--starts"), QStringLiteral("1")});
    QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("exit %1: %2")
                                             .arg(r.exitCode)
                                             .arg(QString::fromUtf8(r.err.right(3000)))));
    const QByteArray last = r.out.trimmed().split('\n').last();
    QJsonParseError parse;
    const QJsonObject figures = QJsonDocument::fromJson(last, &parse).object();
    QVERIFY2(parse.error == QJsonParseError::NoError && !figures.isEmpty(),
             qPrintable(QStringLiteral("last line is no JSON object: ") +
                        QString::fromUtf8(last.left(500))));
    for (const QString &name : kSubcommands) {
        const QJsonObject one = figures.value(name).toObject();
        QVERIFY2(!one.isEmpty() && !one.contains(QStringLiteral("error")),
                 qPrintable(name + QStringLiteral(": ") +
                            QString::fromUtf8(QJsonDocument(one).toJson())));
        // Each ran as its own process and measured its own peak memory.
        QVERIFY2(one.value(QStringLiteral("peak_rss_mb")).toDouble() > 0, qPrintable(name));
    }
    // The tracker's pages committed their audit events through the shared writer, and
    // the throughput was measured both ways.
    const QJsonObject tracker = figures.value(QStringLiteral("tracker")).toObject();
    QVERIFY2(tracker.value(QStringLiteral("audit_events_per_commit")).toDouble() >= 1,
             QJsonDocument(tracker).toJson().constData());
    QVERIFY(tracker.value(QStringLiteral("requests_per_s")).toDouble() > 0);
    QVERIFY(tracker.value(QStringLiteral("requests_per_s_commit_each")).toDouble() > 0);
    // The counter started on the seeded hall and showed its sign-in; so did the bare window.
    const QJsonObject start = figures.value(QStringLiteral("start")).toObject();
    QCOMPARE(start.value(QStringLiteral("first_window")).toString(), QStringLiteral("sign-in"));
    QVERIFY(start.value(QStringLiteral("start_p50_ms")).toDouble() > 0);
    QVERIFY(start.value(QStringLiteral("baseline_p50_ms")).toDouble() > 0);
    QVERIFY(start.value(QStringLiteral("peak_rss_mb")).toDouble() >
            start.value(QStringLiteral("baseline_peak_rss_mb")).toDouble());
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
    QSet<QString> run(kSubcommands.cbegin(), kSubcommands.cend());
    run.insert(QStringLiteral("all"));
    QCOMPARE(run, named);
}

// `all` runs every benchmark in turn: longer than QTest's five minutes per
// function in the sanitizer build.
int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "900000");
    QCoreApplication app(argc, argv);
    tst_BenchSmoke test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_BenchSmoke.moc"
