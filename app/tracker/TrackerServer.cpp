#include "tracker/TrackerServer.h"

#include "tracker/TrackerLog.h"
#include "tracker/TrackerPage.h"

#include <QElapsedTimer>

#include <arpa/inet.h>
#include <fcntl.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace OneWindow {

namespace {

// Marks a connection whose first call was answered already.
char s_seen = 0;

// The serving thread's handler: each thread has its own (TrackerServer::serve).
thread_local TrackerServer::Handler s_handler;

qint64 monotonicMs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}

// A form being received (a rating): its bytes so far. Freed when the request
// ends, however it ends (requestCompleted).
struct PostBody
{
    QByteArray data;
    bool tooLarge = false;
};

void requestCompleted(void *, MHD_Connection *, void **state, MHD_RequestTerminationCode)
{
    if (*state && *state != &s_seen)
        delete static_cast<PostBody *>(*state);
    *state = nullptr;
}

MHD_Result accessHandler(void *cls, MHD_Connection *connection, const char *url, const char *method,
                         const char *version, const char *uploadData, size_t *uploadDataSize,
                         void **state)
{
    return static_cast<MHD_Result>(TrackerServer::onRequest(cls, connection, url, method, version,
                                                            uploadData, uploadDataSize, state));
}

} // namespace

TrackerServer::TrackerServer(const Limits &limits, HandlerFactory makeHandler)
    : m_limits(limits)
    , m_makeHandler(std::move(makeHandler))
    , m_rate(limits.rate)
{}

TrackerServer::~TrackerServer()
{
    stop();
}

QByteArray TrackerServer::contentSecurityPolicy()
{
    return QByteArrayLiteral("default-src 'none'; style-src 'self'; img-src 'self';"
                             " form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
}

QList<QPair<QByteArray, QByteArray>> TrackerServer::securityHeaders()
{
    return {{QByteArrayLiteral("Content-Security-Policy"), contentSecurityPolicy()},
            {QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer")},
            {QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff")},
            {QByteArrayLiteral("X-Frame-Options"), QByteArrayLiteral("DENY")}};
}

int TrackerServer::openSocket()
{
    sockaddr_storage storage{};
    socklen_t size = 0;
    const bool v6 = m_limits.address.protocol() == QAbstractSocket::IPv6Protocol;
    if (v6) {
        auto *a = reinterpret_cast<sockaddr_in6 *>(&storage);
        a->sin6_family = AF_INET6;
        a->sin6_port = htons(m_limits.port);
        const Q_IPV6ADDR ip = m_limits.address.toIPv6Address();
        memcpy(&a->sin6_addr, &ip, sizeof ip);
        size = sizeof(sockaddr_in6);
    } else {
        auto *a = reinterpret_cast<sockaddr_in *>(&storage);
        a->sin_family = AF_INET;
        a->sin_port = htons(m_limits.port);
        a->sin_addr.s_addr = htonl(m_limits.address.toIPv4Address());
        size = sizeof(sockaddr_in);
    }
    // Non-blocking: every serving thread waits on this socket, and the ones that
    // lose the race for a connection must get EAGAIN, not block in accept().
    const int fd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    const int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    if (v6)
        ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &on, sizeof on);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&storage), size) != 0 ||
        ::listen(fd, SOMAXCONN) != 0) {
        ::close(fd);
        return -1;
    }
    sockaddr_storage bound{};
    socklen_t boundSize = sizeof bound;
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&bound), &boundSize) == 0)
        m_port = ntohs(v6 ? reinterpret_cast<sockaddr_in6 *>(&bound)->sin6_port
                          : reinterpret_cast<sockaddr_in *>(&bound)->sin_port);
    return fd;
}

MHD_Daemon *TrackerServer::daemonOn(int fd)
{
    unsigned int flags = MHD_USE_ERROR_LOG | MHD_USE_EPOLL;
    if (m_limits.address.protocol() == QAbstractSocket::IPv6Protocol)
        flags |= MHD_USE_IPv6;
    return MHD_start_daemon(
        flags, 0, nullptr, nullptr, &accessHandler, this, MHD_OPTION_LISTEN_SOCKET, fd,
        MHD_OPTION_CONNECTION_LIMIT, static_cast<unsigned int>(m_limits.maxConnections),
        MHD_OPTION_PER_IP_CONNECTION_LIMIT,
        static_cast<unsigned int>(m_limits.maxConnectionsPerAddress), MHD_OPTION_CONNECTION_TIMEOUT,
        static_cast<unsigned int>(m_limits.timeoutSeconds), MHD_OPTION_CONNECTION_MEMORY_LIMIT,
        static_cast<size_t>(m_limits.headerMemoryBytes), MHD_OPTION_NOTIFY_COMPLETED,
        &requestCompleted, nullptr, MHD_OPTION_END);
}

// One serving thread: its handler (and database connection) lives and dies here.
void TrackerServer::serve(Worker &worker, std::promise<Status> &ready)
{
    auto made = m_makeHandler();
    if (!made) {
        ready.set_value(Status(made.error()));
        return;
    }
    s_handler = made.value();
    ready.set_value(Status::success());
    while (!m_stopping.load())
        MHD_run_wait(worker.daemon, 200);
    s_handler = nullptr; // the database connection closes on its own thread
}

Status TrackerServer::start()
{
    if (!m_workers.empty())
        return Status::success();
    m_stopping = false;
    const int listening = openSocket();
    if (listening < 0)
        return Status::failure(
            QStringLiteral("listen-failed"),
            QStringLiteral("%1:%2").arg(m_limits.address.toString()).arg(m_limits.port));
    // Every thread's daemon waits on the one socket, each through its own copy
    // of the descriptor (a daemon closes its own when it stops): whichever
    // thread is free takes the next connection.
    const int threads = qMax(1, m_limits.threads);
    Status status = Status::success();
    for (int i = 0; i < threads && status; ++i) {
        const int fd = i == 0 ? listening : ::fcntl(listening, F_DUPFD_CLOEXEC, 0);
        auto worker = std::make_unique<Worker>();
        worker->daemon = fd < 0 ? nullptr : daemonOn(fd);
        if (!worker->daemon) {
            if (fd >= 0)
                ::close(fd);
            status = Status::failure(
                QStringLiteral("listen-failed"),
                QStringLiteral("%1:%2").arg(m_limits.address.toString()).arg(m_port));
            break;
        }
        std::promise<Status> ready;
        std::future<Status> built = ready.get_future();
        Worker &w = *worker;
        worker->thread = std::thread([this, &w, &ready] { serve(w, ready); });
        status = built.get();
        m_workers.push_back(std::move(worker));
    }
    if (!status)
        stop();
    return status;
}

void TrackerServer::stop()
{
    if (m_workers.empty())
        return;
    m_stopping = true;
    for (const auto &worker : m_workers)
        if (worker->thread.joinable())
            worker->thread.join();
    for (const auto &worker : m_workers)
        if (worker->daemon)
            MHD_stop_daemon(worker->daemon);
    m_workers.clear();
}

int TrackerServer::onRequest(void *cls, MHD_Connection *connection, const char *url,
                             const char *method, const char *, const char *uploadData,
                             size_t *uploadDataSize, void **state)
{
    return static_cast<TrackerServer *>(cls)->answer(connection, url, method, uploadData,
                                                     uploadDataSize, state);
}

QString TrackerServer::clientAddress(MHD_Connection *connection) const
{
    const MHD_ConnectionInfo *info =
        MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    QHostAddress peer;
    if (info && info->client_addr)
        peer.setAddress(info->client_addr);
    // The proxy's word only from the proxy: its last entry is the address that
    // connected to it (nginx appends $remote_addr); anything before it the
    // client could have written.
    if (!m_limits.proxy.isNull() &&
        peer.isEqual(m_limits.proxy, QHostAddress::TolerantConversion)) {
        const char *forwarded =
            MHD_lookup_connection_value(connection, MHD_HEADER_KIND, "X-Forwarded-For");
        if (forwarded) {
            const QString client = forwardedClient(QByteArray(forwarded));
            if (!client.isEmpty())
                return client;
        }
    }
    return peer.toString();
}

QString TrackerServer::forwardedClient(const QByteArray &header)
{
    const QList<QByteArray> hops = header.split(',');
    const QHostAddress client(QString::fromLatin1(hops.last().trimmed()));
    return client.isNull() ? QString() : client.toString();
}

TrackerResponse TrackerServer::plain(int status, const QString &route) const
{
    TrackerResponse r;
    r.status = status;
    r.body = TrackerPage::error(status);
    r.route = route;
    return r;
}

int TrackerServer::answer(MHD_Connection *connection, const char *url, const char *method,
                          const char *uploadData, size_t *uploadDataSize, void **state)
{
    // Later calls carry a body the first call already refused: drop it.
    if (*state == &s_seen) {
        *uploadDataSize = 0;
        return MHD_YES;
    }
    const char *length =
        MHD_lookup_connection_value(connection, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
    const char *chunked =
        MHD_lookup_connection_value(connection, MHD_HEADER_KIND, MHD_HTTP_HEADER_TRANSFER_ENCODING);
    const bool post = qstrcmp(method, "POST") == 0;
    // A form (a rating) of a stated, small length is read whole before it is answered.
    const bool formFits =
        post && length && !chunked && QByteArray(length).toLongLong() <= m_limits.maxBodyBytes;
    QByteArray body;
    bool bodyTooLarge = false;
    if (formFits) {
        if (*state == nullptr) {
            *state = new PostBody;
            return MHD_YES;
        }
        auto *received = static_cast<PostBody *>(*state);
        if (*uploadDataSize > 0) {
            if (received->data.size() + qsizetype(*uploadDataSize) > m_limits.maxBodyBytes)
                received->tooLarge = true;
            else
                received->data.append(uploadData, qsizetype(*uploadDataSize));
            *uploadDataSize = 0;
            return MHD_YES;
        }
        body = received->data;
        bodyTooLarge = received->tooLarge;
        delete received;
    }
    *state = &s_seen;
    QElapsedTimer timer;
    timer.start();
    TrackerRequest request;
    request.method = QByteArray(method);
    request.path = QString::fromUtf8(url);
    request.client = clientAddress(connection);
    request.body = body;

    TrackerResponse response;
    if (request.method != "GET" && request.method != "HEAD" && !post) {
        response = plain(405, QStringLiteral("method"));
        response.headers.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, HEAD, POST")});
    } else if (post && (!formFits || bodyTooLarge)) {
        // A form without its length, chunked, or longer than a rating can be.
        response = plain(413, QStringLiteral("body"));
    } else if (!post && ((length && qstrcmp(length, "0") != 0) || chunked)) {
        response = plain(413, QStringLiteral("body"));
    } else if (qstrlen(url) > size_t(m_limits.maxUrlLength)) {
        response = plain(414, QStringLiteral("long-url"));
    } else if (!m_rate.allow(request.client, monotonicMs())) {
        response = plain(429, QStringLiteral("rate-limited"));
        response.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
    } else if (s_handler) {
        response = s_handler(request);
    } else {
        response = plain(503, QStringLiteral("starting"));
    }

    MHD_Response *out = MHD_create_response_from_buffer(
        size_t(response.body.size()), const_cast<char *>(response.body.constData()),
        MHD_RESPMEM_MUST_COPY);
    if (!out)
        return MHD_NO;
    MHD_add_response_header(out, MHD_HTTP_HEADER_CONTENT_TYPE, response.contentType.constData());
    for (const auto &[name, value] : securityHeaders())
        MHD_add_response_header(out, name.constData(), value.constData());
    MHD_add_response_header(out, MHD_HTTP_HEADER_CACHE_CONTROL,
                            response.noStore ? "no-store" : "public, max-age=3600");
    for (const auto &[name, value] : std::as_const(response.headers))
        MHD_add_response_header(out, name.constData(), value.constData());
    const MHD_Result queued = MHD_queue_response(connection, unsigned(response.status), out);
    MHD_destroy_response(out);
    // One line per request: never the path of a case page (it holds the code).
    qCInfo(lcTracker).noquote() << request.method << response.route << response.status
                                << QStringLiteral("%1ms").arg(timer.elapsed()) << request.client;
    return queued;
}

} // namespace OneWindow
