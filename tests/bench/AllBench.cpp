#include "AllBench.h"

#include "BenchStats.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

namespace OneWindow {

namespace {

struct Bench
{
    const char *name;
    bool database;
    QStringList takes; // the options of Options::extra it understands
};

const QList<Bench> &benches()
{
    static const QList<Bench> list = {
        {"qr", false, {QStringLiteral("--frames"), QStringLiteral("--seed")}},
        {"card", false, {QStringLiteral("--answers")}},
        {"casefile", true, {QStringLiteral("--samples"), QStringLiteral("--seed")}},
        {"inbox", true, {QStringLiteral("--samples"), QStringLiteral("--seed")}},
        {"dashboard", true, {QStringLiteral("--samples")}},
        {"tracker",
         true,
         {QStringLiteral("--samples"), QStringLiteral("--threads"), QStringLiteral("--clients")}},
        {"audit",
         true,
         {QStringLiteral("--samples"), QStringLiteral("--events"), QStringLiteral("--seed")}},
        {"intake", false, {QStringLiteral("--runs")}},
        {"receipts", false, {QStringLiteral("--runs")}},
    };
    return list;
}

// The last line of a benchmark's output as an object, or {"error": why}.
QJsonObject lastLine(QProcess &process, bool finished)
{
    const QByteArray out = process.readAllStandardOutput().trimmed();
    const QByteArray last = out.mid(out.lastIndexOf('\n') + 1);
    const QJsonObject o = QJsonDocument::fromJson(last).object();
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 ||
        o.isEmpty())
        return {{QStringLiteral("error"),
                 QStringLiteral("exit %1: %2")
                     .arg(process.exitCode())
                     .arg(QString::fromUtf8(process.readAllStandardError().right(500)))}};
    return o;
}

// Wall time of `program` from its start to its exit, and its last line.
QPair<double, QJsonObject> timed(const QString &program, const QStringList &arguments,
                                 const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    const bool finished = process.waitForFinished(120000);
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    return {ms, lastLine(process, finished)};
}

} // namespace

QJsonObject AllBench::run(QTextStream &err) const
{
    QJsonObject all;
    const QString self = QCoreApplication::applicationFilePath();
    for (const Bench &b : benches()) {
        QStringList args{QString::fromLatin1(b.name)};
        if (b.database)
            args << QStringLiteral("--database") << m_options.database;
        for (qsizetype i = 0; i + 1 < m_options.extra.size(); i += 2)
            if (b.takes.contains(m_options.extra.at(i)))
                args << m_options.extra.at(i) << m_options.extra.at(i + 1);
        err << "all: " << args.join(QLatin1Char(' ')) << '\n';
        err.flush();
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(self, args);
        const bool finished = process.waitForFinished(-1);
        all.insert(QString::fromLatin1(b.name), lastLine(process, finished));
    }
    all.insert(QStringLiteral("start"), start(err));
    return all;
}

QJsonObject AllBench::start(QTextStream &err) const
{
    // Its own settings and data folders: the bench never touches a person's.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ONEWINDOW_BENCH_QUIT_AT_FIRST_WINDOW"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    err << "all: the counter's start to its first window, " << m_options.starts << " times\n";
    err.flush();
    QList<double> starts;
    QList<double> bare;
    QJsonObject shown;
    QJsonObject bareShown;
    for (int i = 0; i < m_options.starts; ++i) {
        const auto counter = timed(m_options.appPath,
                                   {QStringLiteral("--database"), m_options.database,
                                    QStringLiteral("--reader"), QStringLiteral("simulator")},
                                   env);
        if (counter.second.contains(QStringLiteral("error")))
            return counter.second;
        starts << counter.first;
        shown = counter.second;
        const auto baseline =
            timed(QCoreApplication::applicationFilePath(), {QStringLiteral("bare-window")}, env);
        if (baseline.second.contains(QStringLiteral("error")))
            return baseline.second;
        bare << baseline.first;
        bareShown = baseline.second;
    }
    using BenchStats::percentile;
    using BenchStats::round2;
    return {
        {QStringLiteral("first_window"), shown.value(QStringLiteral("first_window"))},
        {QStringLiteral("start_p50_ms"), round2(percentile(starts, 0.5))},
        {QStringLiteral("start_max_ms"), round2(percentile(starts, 1.0))},
        {QStringLiteral("peak_rss_mb"),
         round2(shown.value(QStringLiteral("peak_rss_kb")).toDouble() / 1024.0)},
        {QStringLiteral("baseline_p50_ms"), round2(percentile(bare, 0.5))},
        {QStringLiteral("baseline_peak_rss_mb"),
         round2(bareShown.value(QStringLiteral("peak_rss_kb")).toDouble() / 1024.0)},
        {QStringLiteral("starts"), m_options.starts},
    };
}

int AllBench::bareWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QDialog dialog;
    QTimer::singleShot(0, &dialog, [&dialog] {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        std::printf("{\"first_window\": \"bare\", \"peak_rss_kb\": %ld}\n", usage.ru_maxrss);
        std::fflush(stdout);
        dialog.reject();
    });
    dialog.exec();
    return 0;
}

} // namespace OneWindow
