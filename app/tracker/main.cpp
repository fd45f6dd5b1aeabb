// onewindow-tracker: the citizen's case on their phone (docs/deployment.md).
#include "common/LogFile.h"
#include "common/SystemClock.h"
#include "identity/HallKey.h"
#include "security/AuditBatcher.h"
#include "security/HallSettings.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "tracker/TrackerConfig.h"
#include "tracker/TrackerLog.h"
#include "tracker/TrackerServer.h"
#include "tracker/TrackerSite.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <memory>

#include <sys/socket.h>
#include <unistd.h>

namespace {

int s_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    (void)!write(s_signalPipe[1], &c, 1);
}

int fail(const QString &message, int code)
{
    fprintf(stderr, "onewindow-tracker: %s\n", qPrintable(message));
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("onewindow-tracker"));
    OneWindow::LogFile::installFromEnvironment(QStringLiteral("onewindow-tracker"));
    using namespace OneWindow;

    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.contains(QLatin1String("--help"))) {
        fputs(qPrintable(TrackerConfig::usage()), stdout);
        return 0;
    }
    auto config = TrackerConfig::fromArguments(arguments);
    if (!config) {
        fputs(qPrintable(TrackerConfig::usage()), stderr);
        return fail(config.error().detail, 2);
    }
    const TrackerConfig &c = config.value();

    auto key = c.keyFile.isEmpty() ? HallKey::fromEnvironment() : HallKey::fromFile(c.keyFile);
    if (!key)
        return fail(QStringLiteral("no usable hall key (%1): set %2 or --key-file")
                        .arg(key.error().code, QString::fromLatin1(HallKey::environmentVariable())),
                    2);

    // Reachable and ours, checked here so a wrong --database fails at once with a
    // clear message; the serving thread opens its own connection (TrackerServer).
    {
        TrackerSite::Options probe{c.databaseUrl, key.value(), {}};
        auto site = TrackerSite::open(probe, std::make_unique<SystemClock>());
        if (!site)
            return fail(QStringLiteral("cannot use the database %1: %2 %3")
                            .arg(DatabaseUrl::parse(c.databaseUrl).value().toString(),
                                 site.error().code, site.error().detail),
                        1);
        Database db(DatabaseUrl::parse(c.databaseUrl).value());
        if (db.open()) {
            auto stored = HallSettings(db).trackerBaseUrl();
            if (stored && !c.baseUrl.isEmpty() &&
                stored.value() != HallSettings::normalizedBaseUrl(c.baseUrl).value_or(c.baseUrl))
                qCWarning(lcTracker).noquote()
                    << "--base-url" << c.baseUrl << "differs from the hall's setting"
                    << (stored.value().isEmpty() ? QStringLiteral("(none)") : stored.value())
                    << ": receipts carry the hall's setting (onewindow-cli hall tracker-url)";
        }
    }

    TrackerSite::Options options;
    options.databaseUrl = c.databaseUrl;
    options.hallKey = key.value();
    options.tracker.hallName = c.hallName;
    options.tracker.closedDaysVisible = c.closedDays;
    // The pages' audit events share commits: one disk flush for the pages of a moment.
    const SystemClock batchClock;
    if (c.auditBatch)
        options.readBatch = std::make_shared<AuditBatcher>(
            DatabaseUrl::parse(c.databaseUrl).value(), batchClock, key.value());
    TrackerServer server(c.limits, TrackerSite::handlerFactory(options));
    if (const Status s = server.start(); !s)
        return fail(QStringLiteral("cannot serve: %1 %2").arg(s.error().code, s.error().detail), 1);
    const QString shown = c.limits.address.protocol() == QAbstractSocket::IPv6Protocol
                              ? QStringLiteral("[%1]").arg(c.limits.address.toString())
                              : c.limits.address.toString();
    printf("onewindow-tracker listening on http://%s:%u\n", qPrintable(shown),
           unsigned(server.port()));
    fflush(stdout);

    if (socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalPipe) != 0)
        return fail(QStringLiteral("socketpair failed"), 1);
    QSocketNotifier notifier(s_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] {
        char c;
        (void)!read(s_signalPipe[0], &c, 1);
        QCoreApplication::quit();
    });
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    const int code = QCoreApplication::exec();
    server.stop();
    return code;
}
