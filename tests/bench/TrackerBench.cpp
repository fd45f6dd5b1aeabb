#include "TrackerBench.h"

#include "BenchStats.h"
#include "common/SystemClock.h"
#include "identity/HallKey.h"
#include "identity/QrPayload.h"
#include "security/AuditBatcher.h"
#include "storage/Database.h"
#include "tracker/TrackerServer.h"
#include "tracker/TrackerSite.h"

#include <QElapsedTimer>
#include <QTcpSocket>

#include <atomic>
#include <thread>
#include <vector>

namespace OneWindow {

namespace {

// One request on its own connection, as a phone makes it; its status, 0 on failure.
int fetch(quint16 port, const QByteArray &path)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return 0;
    socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    while (socket.waitForReadyRead(5000))
        answer += socket.readAll();
    answer += socket.readAll();
    const qsizetype space = answer.indexOf(' ');
    return space < 0 ? 0 : answer.mid(space + 1, 3).toInt();
}

} // namespace

Result<QJsonObject> TrackerBench::run(QTextStream &progress) const
{
    using R = Result<QJsonObject>;
    auto env = HallKey::fromEnvironment();
    const QByteArray key =
        env ? env.value()
            : QByteArray::fromHex("62656e63682d6b65792d6f6e6577696e646f772d747261636b65722d3031");

    // The cases to ask for, spread over the seed, and their receipt codes.
    QStringList paths;
    qint64 cases = 0;
    {
        Database db(m_url);
        if (const Status s = db.open(); !s)
            return R(s.error());
        auto count = db.scalar(QStringLiteral("SELECT COUNT(*) FROM cases"));
        auto last = db.scalar(QStringLiteral("SELECT MAX(id) FROM cases"));
        if (!count || !last)
            return R(count ? last.error() : count.error());
        cases = count.value().toLongLong();
        if (cases == 0)
            return R::failure(QStringLiteral("empty"), QStringLiteral("no cases: seed it first"));
        // Cases a citizen still follows (a handed-over case's code expires after 30
        // days, and most of a seed's history is handed over), picked by id.
        for (int i = 0; i < m_samples; ++i) {
            const qint64 from =
                1 + qint64(BenchStats::mix(quint64(i) + 17) % quint64(last.value().toLongLong()));
            auto number = db.scalar(
                QStringLiteral("SELECT case_number FROM cases WHERE id >= ? AND state NOT IN"
                               " ('delivered', 'withdrawn') ORDER BY id LIMIT 1"),
                {from});
            if (!number)
                return R(number.error());
            if (number.value().isNull())
                continue;
            const QString n = number.value().toString();
            auto code = QrPayload::receiptTracking(n, n.section(QLatin1Char('-'), 0, 0),
                                                   QDate::currentDate())
                            .sign(key);
            if (!code)
                return R(code.error());
            paths << QStringLiteral("/t/") + code.value();
        }
        if (paths.isEmpty())
            return R::failure(QStringLiteral("empty"), QStringLiteral("no open cases"));
    }

    TrackerServer::Limits limits;
    limits.port = 0;
    limits.rate = {1e9, 1e9, 100000}; // the bench is one address asking as fast as it can
    if (m_threads > 0)
        limits.threads = m_threads;
    const SystemClock clock;
    // The clients at once, each through every page, on a server whose pages share
    // their audit commits (as onewindow-tracker serves) or commit one by one.
    struct Throughput
    {
        double perSecond = 0;
        qint64 commits = 0;
        qint64 events = 0;
    };
    int failed = 0;
    const auto throughput = [&](const std::shared_ptr<AuditBatcher> &batch) -> Result<Throughput> {
        TrackerSite::Options options{m_url.toString(), key, {QStringLiteral("bench"), 30}, batch};
        TrackerServer server(limits, TrackerSite::handlerFactory(options));
        if (const Status s = server.start(); !s)
            return Result<Throughput>(s.error());
        const quint16 port = server.port();
        const qint64 commitsBefore = batch ? batch->transactions() : 0;
        const qint64 eventsBefore = batch ? batch->events() : 0;
        std::atomic<int> answered{0};
        std::atomic<int> wrong{0};
        QElapsedTimer wall;
        wall.start();
        std::vector<std::thread> threads;
        for (int c = 0; c < m_clients; ++c)
            threads.emplace_back([&, c] {
                for (qsizetype i = 0; i < paths.size(); ++i) {
                    const int status = fetch(port, paths.at((i + c) % paths.size()).toLatin1());
                    (status == 200 ? answered : wrong).fetch_add(1);
                }
            });
        for (std::thread &t : threads)
            t.join();
        const double seconds = double(wall.nsecsElapsed()) / 1e9;
        server.stop();
        failed += wrong.load();
        Throughput t;
        t.perSecond = seconds > 0 ? answered.load() / seconds : 0;
        if (batch) {
            t.commits = batch->transactions() - commitsBefore;
            t.events = batch->events() - eventsBefore;
        }
        return t;
    };

    const auto batch = std::make_shared<AuditBatcher>(m_url, clock, key);
    TrackerSite::Options options{m_url.toString(), key, {QStringLiteral("bench"), 30}, batch};
    QList<double> pageMs;
    QList<double> baselineMs;
    {
        TrackerServer server(limits, TrackerSite::handlerFactory(options));
        if (const Status s = server.start(); !s)
            return R(s.error());
        const quint16 port = server.port();
        progress << "tracker: " << cases << " cases, " << paths.size() << " pages on port " << port
                 << '\n';
        progress.flush();

        // Warm up once (the first page opens the templates' caches and seals an empty log).
        if (const int status = fetch(port, paths.first().toLatin1()); status != 200)
            return R::failure(QStringLiteral("bad-status"),
                              QStringLiteral("the first page answered %1").arg(status));
        for (const QString &p : std::as_const(paths)) {
            QElapsedTimer t;
            t.start();
            failed += fetch(port, p.toLatin1()) == 200 ? 0 : 1;
            pageMs << double(t.nsecsElapsed()) / 1e6;
            t.restart();
            failed += fetch(port, "/") == 200 ? 0 : 1;
            baselineMs << double(t.nsecsElapsed()) / 1e6;
        }
        server.stop();
    }
    auto shared = throughput(batch);
    if (!shared)
        return R(shared.error());
    auto oneByOne = throughput(nullptr);
    if (!oneByOne)
        return R(oneByOne.error());
    if (failed > 0)
        return R::failure(QStringLiteral("bad-status"),
                          QStringLiteral("%1 requests were not answered 200").arg(failed));

    QJsonObject figures;
    figures.insert(QStringLiteral("cases"), cases);
    figures.insert(QStringLiteral("samples"), int(paths.size()));
    figures.insert(QStringLiteral("clients"), m_clients);
    figures.insert(QStringLiteral("threads"), limits.threads);
    figures.insert(QStringLiteral("page_p50_ms"),
                   BenchStats::round2(BenchStats::percentile(pageMs, 0.5)));
    figures.insert(QStringLiteral("page_p95_ms"),
                   BenchStats::round2(BenchStats::percentile(pageMs, 0.95)));
    figures.insert(QStringLiteral("baseline_p95_ms"),
                   BenchStats::round2(BenchStats::percentile(baselineMs, 0.95)));
    figures.insert(QStringLiteral("requests_per_s"), BenchStats::round2(shared->perSecond));
    figures.insert(QStringLiteral("audit_events_per_commit"),
                   BenchStats::round2(
                       shared->commits > 0 ? double(shared->events) / double(shared->commits) : 0));
    figures.insert(QStringLiteral("requests_per_s_commit_each"),
                   BenchStats::round2(oneByOne->perSecond));
    return figures;
}

} // namespace OneWindow
