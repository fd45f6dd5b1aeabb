// ow-fault-worker: a counter or officer for the fault tests (tests/fault,
// docs/fault-tests.md). A test-only program: it is built with the tests and
// never installed.
//
//   ow-fault-worker --database URL --mode mixed|counter|officer --user LOGIN
//                   [--officers L1,L2,...] [--cases N1,N2,...] [--count N]
//                   [--seconds S] [--seed S] [--applicant-base N]
//
// The hall key comes from ONEWINDOW_HALL_KEY. Prints one JSON line per
// committed change (FaultWorker).
#include "common/LogFile.h"
#include "fault/FaultWorker.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    OneWindow::LogFile::installFromEnvironment(QStringLiteral("ow-fault-worker"));
    QCommandLineParser parser;
    const QList<QCommandLineOption> options = {
        {QStringLiteral("database"), QStringLiteral("database URL"), QStringLiteral("URL")},
        {QStringLiteral("mode"), QStringLiteral("mixed, counter or officer"), QStringLiteral("M")},
        {QStringLiteral("user"), QStringLiteral("login"), QStringLiteral("LOGIN")},
        {QStringLiteral("officers"), QStringLiteral("officers' logins"), QStringLiteral("L")},
        {QStringLiteral("cases"), QStringLiteral("hot case numbers"), QStringLiteral("N")},
        {QStringLiteral("count"), QStringLiteral("turns at most"), QStringLiteral("N")},
        {QStringLiteral("seconds"), QStringLiteral("time limit"), QStringLiteral("S")},
        {QStringLiteral("seed"), QStringLiteral("random seed"), QStringLiteral("S")},
        {QStringLiteral("applicant-base"), QStringLiteral("first applicant"), QStringLiteral("N")},
    };
    parser.addOptions(options);
    parser.process(app);
    OneWindow::FaultWorker::Options o;
    o.url = parser.value(QStringLiteral("database"));
    o.mode = parser.value(QStringLiteral("mode"));
    o.user = parser.value(QStringLiteral("user"));
    o.officers =
        parser.value(QStringLiteral("officers")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    o.cases = parser.value(QStringLiteral("cases")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    o.count = parser.value(QStringLiteral("count")).toInt();
    o.seconds = parser.value(QStringLiteral("seconds")).toInt();
    o.seed = parser.value(QStringLiteral("seed")).toUInt();
    o.applicantBase = parser.value(QStringLiteral("applicant-base")).toInt();
    if (o.url.isEmpty() || o.user.isEmpty() ||
        (o.mode == QLatin1String("officer") && o.cases.isEmpty()))
        parser.showHelp(2);
    return OneWindow::FaultWorker(o).run();
}
