#pragma once

#include "common/Result.h"
#include "tracker/RateLimiter.h"
#include "tracker/TrackerHttp.h"

#include <QHostAddress>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

struct MHD_Daemon;
struct MHD_Connection;

namespace OneWindow {

// The tracker's HTTP server over libmicrohttpd (docs/deployment.md says why not
// Qt HTTP Server). Answers GET and HEAD through a handler, refuses other methods
// (405), bodies on GET (413), long URLs (414) and too many requests from one
// address (429, RateLimiter), and puts the security headers on every answer.
//
// Threads: Qt SQL connections belong to the thread that opened them, so every
// request is served on one thread of ours. start() binds the socket and starts
// that thread; the thread first builds the handler with `makeHandler` (which
// opens the database connection there), then runs libmicrohttpd's event loop
// (MHD_run_wait: no internal MHD thread), and destroys the handler, closing the
// connection, on the same thread when stopped. One thread is enough for a
// page that costs a few milliseconds (docs/performance.md); a connection per
// thread would be the next step.
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
        RateLimiter::Limits rate;
    };
    using Handler = std::function<TrackerResponse(const TrackerRequest &)>;
    // Built on the serving thread; a failure stops start() with that error.
    using HandlerFactory = std::function<Result<Handler>()>;

    TrackerServer(const Limits &limits, HandlerFactory makeHandler);
    ~TrackerServer();

    // Binds and starts serving. "listen-failed" when the address cannot be bound.
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
    Handler m_handler;
    RateLimiter m_rate;
    MHD_Daemon *m_daemon = nullptr;
    quint16 m_port = 0;
    std::thread m_thread;
    std::atomic<bool> m_stopping{false};
};

} // namespace OneWindow
