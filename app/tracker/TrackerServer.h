#pragma once

#include "common/Result.h"
#include "tracker/RateLimiter.h"
#include "tracker/TrackerHttp.h"

#include <QHostAddress>
#include <QString>

#include <atomic>
#include <functional>
#include <future>
#include <memory>
#include <thread>
#include <vector>

struct MHD_Daemon;
struct MHD_Connection;

namespace OneWindow {

// The tracker's HTTP server over libmicrohttpd (docs/deployment.md says why not
// Qt HTTP Server). Answers GET and HEAD through a handler, refuses other methods
// (405), bodies on GET (413), long URLs (414) and too many requests from one
// address (429, RateLimiter), and puts the security headers on every answer.
//
// Threads: Qt SQL connections belong to the thread that opened them, so each
// request is served on a thread of ours that owns its connection. start() binds
// one listening socket and starts `threads` serving threads; each builds its
// handler with `makeHandler` (which opens that thread's database connection),
// runs a libmicrohttpd daemon on the shared socket (MHD_run_wait: no internal
// MHD thread; a thread busy with a page does not accept, an idle one does) and
// destroys the handler, closing the connection, on the same thread when
// stopped. Several threads let one page wait on the database (a commit's
// fsync) while another is served; the rate limiter is shared, the connection
// limits are per thread.
class TrackerServer
{
public:
    struct Limits
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 8088; // 0: any free port (tests)
        // The reverse proxy whose X-Forwarded-For is believed; null: nobody's.
        QHostAddress proxy;
        int maxUrlLength = 1024;
        int maxConnections = 256;
        int maxConnectionsPerAddress = 32; // the proxy is one address: keep it above nginx's
        int timeoutSeconds = 15;
        int headerMemoryBytes = 16 * 1024; // request line and headers
        qint64 maxBodyBytes = 4096;        // a rating's form; nothing else takes a body
        int threads = 4;                   // serving threads, each with its own connection
        RateLimiter::Limits rate;
    };
    using Handler = std::function<TrackerResponse(const TrackerRequest &)>;
    // Built on the serving thread; a failure stops start() with that error.
    using HandlerFactory = std::function<Result<Handler>()>;

    TrackerServer(const Limits &limits, HandlerFactory makeHandler);
    ~TrackerServer();

    // Binds and starts serving. "listen-failed" when the address cannot be bound;
    // the handler factory's error when a thread cannot build its handler.
    Status start();
    void stop();
    quint16 port() const { return m_port; }

    // The headers every answer carries.
    static QList<QPair<QByteArray, QByteArray>> securityHeaders();
    static QByteArray contentSecurityPolicy();
    // The client an X-Forwarded-For header (from the trusted proxy) names: its last
    // hop, as an address; empty when that is not an address.
    static QString forwardedClient(const QByteArray &header);

    // libmicrohttpd's access handler, through a shim with its exact signature.
    static int onRequest(void *cls, MHD_Connection *connection, const char *url, const char *method,
                         const char *version, const char *uploadData, size_t *uploadDataSize,
                         void **state);

private:
    int answer(MHD_Connection *connection, const char *url, const char *method,
               const char *uploadData, size_t *uploadDataSize, void **state);
    QString clientAddress(MHD_Connection *connection) const;
    TrackerResponse plain(int status, const QString &route) const;

    Limits m_limits;
    HandlerFactory m_makeHandler;
    struct Worker
    {
        MHD_Daemon *daemon = nullptr;
        std::thread thread;
    };
    // The listening socket on the configured address and port (0: any free
    // one; m_port says which); -1 when it cannot be bound.
    int openSocket();
    // A daemon (run by one serving thread) on the listening socket `fd`, which it owns.
    MHD_Daemon *daemonOn(int fd);
    void serve(Worker &worker, std::promise<Status> &ready);

    RateLimiter m_rate;
    std::vector<std::unique_ptr<Worker>> m_workers;
    quint16 m_port = 0;
    std::atomic<bool> m_stopping{false};
};

} // namespace OneWindow
