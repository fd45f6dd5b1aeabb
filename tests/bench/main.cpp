#include "AllBench.h"
#include "AuditBench.h"
#include "BenchStats.h"
#include "CardBench.h"
#include "CaseFileBench.h"
#include "DashboardBench.h"
#include "InboxBench.h"
#include "IntakeBench.h"
#include "QrBench.h"
#include "ReceiptBench.h"
#include "TrackerBench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

// onewindow-bench SUBCOMMAND [options]: prints progress, then one JSON object
// as its last line, so scripts can take `tail -n 1`.
int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "bare-window") == 0)
        return OneWindow::AllBench::bareWindow(argc, argv); // the start's baseline
    if (argc > 1 && qstrcmp(argv[1], "intake") == 0)
        return OneWindow::IntakeBench::main(argc, argv); // widgets: its own QApplication
    if (argc > 1 && qstrcmp(argv[1], "receipts") == 0) {
        // Papers need the CJK font, so a GUI application, offscreen.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication gui(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        int runs = 40;
        for (int i = 2; i + 1 < argc; ++i)
            if (qstrcmp(argv[i], "--runs") == 0)
                runs = qMax(1, QByteArray(argv[i + 1]).toInt());
        err << "receipts: every kind on every layout, " << runs << " runs each\n";
        const QJsonObject figures = OneWindow::ReceiptBench(runs).run(err);
        out << OneWindow::BenchStats::line(figures) << '\n';
        return figures.contains(QStringLiteral("error")) ? 1 : 0;
    }
    QCoreApplication app(argc, argv); // no windows: runs on a headless machine
    QCoreApplication::setApplicationName(QStringLiteral("onewindow-bench"));
    // Progress goes to stderr in the benchmark's own words; the core's notes stay quiet.
    QLoggingCategory::setFilterRules(QStringLiteral("onewindow.*.info=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "OneWindow benchmarks: onewindow-bench qr|card|casefile|inbox|audit|"
        "dashboard|tracker|intake|receipts|all (intake and receipts take only --runs N;"
        " all runs every one of them on --database and the counter's start, passing on"
        " the options given)"));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("subcommand"),
        QStringLiteral("qr, card, casefile, inbox, audit, dashboard, tracker or all"));
    const QCommandLineOption framesOption(QStringLiteral("frames"),
                                          QStringLiteral("Frames to generate (qr)."),
                                          QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                        QStringLiteral("S"), QStringLiteral("20261124"));
    const QCommandLineOption answersOption(QStringLiteral("answers"),
                                           QStringLiteral("Card read answers to decode (card)."),
                                           QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QStringLiteral("Seeded database (casefile, inbox, audit, dashboard, tracker)."),
        QStringLiteral("URL"));
    const QCommandLineOption samplesOption(
        QStringLiteral("samples"),
        QStringLiteral("Files to open (casefile), inbox pages and actions (inbox),"
                       " first pages (audit), figures per range (dashboard), case pages"
                       " (tracker)."),
        QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption eventsOption(
        QStringLiteral("events"), QStringLiteral("Fill the audit trail to this many (audit)."),
        QStringLiteral("N"), QStringLiteral("5000000"));
    const QCommandLineOption threadsOption(
        QStringLiteral("threads"),
        QStringLiteral("Serving threads (tracker; default: the server's)."), QStringLiteral("N"),
        QStringLiteral("0"));
    const QCommandLineOption clientsOption(
        QStringLiteral("clients"),
        QStringLiteral("Clients asking at once for the throughput (tracker)."), QStringLiteral("N"),
        QStringLiteral("8"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs of each (intake, receipts)."),
                                        QStringLiteral("N"), QStringLiteral("40"));
    const QCommandLineOption startsOption(QStringLiteral("starts"),
                                          QStringLiteral("Starts of the counter to time (all)."),
                                          QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption appOption(QStringLiteral("app"),
                                       QStringLiteral("The counter's executable (all)."),
                                       QStringLiteral("PATH"), QStringLiteral(OW_APP_PATH));
    parser.addOptions({framesOption, seedOption, answersOption, databaseOption, samplesOption,
                       eventsOption, threadsOption, clientsOption, runsOption, startsOption,
                       appOption});
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) == QLatin1String("all")) {
        if (!OneWindow::DatabaseUrl::parse(parser.value(databaseOption))) {
            err << "all: --database URL of a seeded database\n";
            return 2;
        }
        OneWindow::AllBench::Options options;
        options.database = parser.value(databaseOption);
        options.appPath = parser.value(appOption);
        options.starts = qMax(1, parser.value(startsOption).toInt());
        // Only what was given: each benchmark keeps its own defaults otherwise.
        for (const QCommandLineOption &o : {framesOption, seedOption, answersOption, samplesOption,
                                            eventsOption, threadsOption, clientsOption, runsOption})
            if (parser.isSet(o))
                options.extra << QStringLiteral("--") + o.names().constFirst() << parser.value(o);
        const QJsonObject figures = OneWindow::AllBench(options).run(err);
        out << OneWindow::BenchStats::line(figures) << '\n';
        for (auto it = figures.begin(); it != figures.end(); ++it)
            if (it.value().toObject().contains(QStringLiteral("error")))
                return 1;
        return 0;
    }
    if (positional.value(0) == QLatin1String("qr")) {
        const int frames = qMax(1, parser.value(framesOption).toInt());
        err << "qr: decoding " << frames << " generated 1920x1080 frames\n";
        err.flush();
        const OneWindow::QrBench bench(frames, parser.value(seedOption).toUInt());
        out << OneWindow::BenchStats::line(bench.run()) << '\n';
        return 0;
    }
    if (positional.value(0) == QLatin1String("card")) {
        const OneWindow::CardBench bench(parser.value(answersOption).toInt());
        out << OneWindow::BenchStats::line(bench.run()) << '\n';
        return 0;
    }
    if (positional.value(0) == QLatin1String("casefile")) {
        auto url = OneWindow::DatabaseUrl::parse(parser.value(databaseOption));
        if (!url) {
            err << "casefile: --database URL: " << url.error().detail << '\n';
            return 2;
        }
        const OneWindow::CaseFileBench bench(url.value(),
                                             qMax(1, parser.value(samplesOption).toInt()),
                                             parser.value(seedOption).toUInt());
        auto figures = bench.run(err);
        if (!figures) {
            err << "casefile: " << figures.error().code << ": " << figures.error().detail << '\n';
            return 1;
        }
        out << OneWindow::BenchStats::line(figures.value()) << '\n';
        return 0;
    }
    if (positional.value(0) == QLatin1String("inbox")) {
        auto url = OneWindow::DatabaseUrl::parse(parser.value(databaseOption));
        if (!url) {
            err << "inbox: --database URL: " << url.error().detail << '\n';
            return 2;
        }
        const OneWindow::InboxBench bench(url.value(), qMax(1, parser.value(samplesOption).toInt()),
                                          parser.value(seedOption).toUInt());
        auto figures = bench.run(err);
        if (!figures) {
            err << "inbox: " << figures.error().code << ": " << figures.error().detail << '\n';
            return 1;
        }
        out << OneWindow::BenchStats::line(figures.value()) << '\n';
        return 0;
    }
    if (positional.value(0) == QLatin1String("dashboard")) {
        auto url = OneWindow::DatabaseUrl::parse(parser.value(databaseOption));
        if (!url) {
            err << "dashboard: --database URL: " << url.error().detail << '\n';
            return 2;
        }
        const OneWindow::DashboardBench bench(url.value(),
                                              qMax(1, parser.value(samplesOption).toInt()));
        auto figures = bench.run(err);
        if (!figures) {
            err << "dashboard: " << figures.error().code << ": " << figures.error().detail << '\n';
            return 1;
        }
        out << OneWindow::BenchStats::line(figures.value()) << '\n';
        return 0;
    }
    if (positional.value(0) == QLatin1String("tracker")) {
        auto url = OneWindow::DatabaseUrl::parse(parser.value(databaseOption));
        if (!url) {
            err << "tracker: --database URL: " << url.error().detail << '\n';
            return 2;
        }
        const OneWindow::TrackerBench bench(
            url.value(), qMax(1, parser.value(samplesOption).toInt()),
            parser.value(threadsOption).toInt(), qMax(1, parser.value(clientsOption).toInt()));
        auto figures = bench.run(err);
        if (!figures) {
            err << "tracker: " << figures.error().code << ": " << figures.error().detail << '\n';
            return 1;
        }
        out << OneWindow::BenchStats::line(figures.value()) << '\n';
        return 0;
    }
    if (positional.value(0) == QLatin1String("audit")) {
        auto url = OneWindow::DatabaseUrl::parse(parser.value(databaseOption));
        if (!url) {
            err << "audit: --database URL: " << url.error().detail << '\n';
            return 2;
        }
        const OneWindow::AuditBench bench(url.value(), parser.value(eventsOption).toLongLong(),
                                          qMax(1, parser.value(samplesOption).toInt()),
                                          parser.value(seedOption).toUInt());
        auto figures = bench.run(err);
        if (!figures) {
            err << "audit: " << figures.error().code << ": " << figures.error().detail << '\n';
            return 1;
        }
        out << OneWindow::BenchStats::line(figures.value()) << '\n';
        return 0;
    }
    err << "onewindow-bench: unknown subcommand; try: onewindow-bench --help\n";
    return 2;
}
