// onewindow-tracker as a process over HTTP, on both backends: a case page in
// every state, forged, altered and expired codes, an unknown case, malformed and
// oversized requests, a wrong method, the rate limit (429) with X-Forwarded-For
// believed only from the configured proxy, the security headers on every answer;
// the page in headless Chromium at phone size; nginx with TLS in front of it; and
// a privacy scan of every body served in the run.
#include "CaseInState.h"
#include "casefile/PersonRepository.h"
#include "helpers/RatingHall.h"
#include "helpers/TestArtifacts.h"
#include "identity/QrPayload.h"
#include "identity/SensitiveNumbers.h"
#include "storage/DatabaseUrl.h"
#include "tracker/TrackerPage.h"
#include "tracker/TrackerServer.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <condition_variable>
#include <mutex>
#include <set>
#include <thread>

using namespace OneWindow;

namespace {

const QString kKeyHex =
    QStringLiteral("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
const QByteArray kKey = QByteArray::fromHex(kKeyHex.toLatin1());

struct Http
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // names lower-case
    QByteArray body;
    QByteArray raw;
};

Http parse(const QByteArray &raw)
{
    Http r;
    r.raw = raw;
    const qsizetype end = raw.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = raw.left(end < 0 ? raw.size() : end).split('\n');
    if (lines.isEmpty())
        return r;
    const QList<QByteArray> first = lines.first().trimmed().split(' ');
    if (first.size() >= 2)
        r.status = first.at(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            r.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                             lines.at(i).mid(colon + 1).trimmed());
    }
    if (end >= 0)
        r.body = raw.mid(end + 4);
    return r;
}

// Sends `request` as it is and reads until the server closes.
Http exchange(QTcpSocket &socket, const QByteArray &request)
{
    socket.write(request);
    socket.flush();
    QByteArray raw;
    QElapsedTimer t;
    t.start();
    while (socket.state() != QAbstractSocket::UnconnectedState && t.elapsed() < 15000) {
        if (socket.waitForReadyRead(500))
            raw += socket.readAll();
    }
    raw += socket.readAll();
    return parse(raw);
}

Http raw(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    return exchange(socket, request);
}

Http get(quint16 port, const QString &path, const QByteArray &method = "GET",
         const QByteArray &extra = {})
{
    return raw(port, method + ' ' + path.toUtf8() +
                         " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + extra + "\r\n");
}

// A tracker process on a free loopback port.
struct Tracker
{
    QProcess process;
    quint16 port = 0;
    QByteArray output;

    bool start(const QStringList &arguments, const QByteArray &key = kKeyHex.toLatin1())
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ONEWINDOW_HALL_KEY"), QString::fromLatin1(key));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(QStringLiteral(OW_TRACKER_PATH),
                      arguments +
                          QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QElapsedTimer t;
        t.start();
        static const QRegularExpression listening(
            QStringLiteral("listening on http://[^:]+:(\\d+)"));
        while (t.elapsed() < 20000) {
            process.waitForReadyRead(200);
            output += process.readAllStandardOutput();
            const auto m = listening.match(QString::fromUtf8(output));
            if (m.hasMatch()) {
                port = quint16(m.captured(1).toUInt());
                return true;
            }
            if (process.state() == QProcess::NotRunning)
                return false;
        }
        return false;
    }
    ~Tracker()
    {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            if (!process.waitForFinished(5000))
                process.kill();
            process.waitForFinished(2000);
        }
    }
};

QString receiptCode(const QString &number, const QByteArray &key = kKey)
{
    return QrPayload::receiptTracking(number, QStringLiteral("510107"), QDate::currentDate())
        .sign(key)
        .value();
}

QString tool(const QString &name)
{
    return QStandardPaths::findExecutable(name,
                                          {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"),
                                           QStringLiteral("/sbin"), QStringLiteral("/bin")});
}

// The counters hold the hall key, so the first keyed write seals the audit log;
// the fixtures wrote without it, so an administrator seals it as a hall would.
bool seal(Test::WorkflowHall &h)
{
    const Session admin = h.account(QStringLiteral("admin01"), Role::Administrator, QString());
    AuditLog keyed(h.t.db(), h.clock, kKey);
    auto sealed = keyed.seal(admin);
    if (!sealed)
        qWarning() << "seal failed" << sealed.error().code << sealed.error().detail;
    return sealed.ok();
}

} // namespace

class tst_TrackerServer : public QObject
{
    Q_OBJECT

    // Every body any tracker answered in this run, for the privacy scan.
    QList<QByteArray> m_bodies;
    // The citizens of the test halls: none of their numbers may be served.
    QStringList m_secrets;

    Http keep(const Http &r)
    {
        m_bodies << r.body;
        Test::TestArtifacts::keep(QStringLiteral("page.html"), r.body);
        return r;
    }

    static void checkSecurityHeaders(const Http &r)
    {
        QCOMPARE(r.headers.value("content-security-policy"),
                 TrackerServer::contentSecurityPolicy());
        QCOMPARE(r.headers.value("referrer-policy"), QByteArray("no-referrer"));
        QCOMPARE(r.headers.value("x-content-type-options"), QByteArray("nosniff"));
        QCOMPARE(r.headers.value("x-frame-options"), QByteArray("DENY"));
    }

    // A hall with a case in every state, sealed with the hall's key as the
    // counters leave it; returns state -> case number.
    QHash<QString, QString> buildHall(Test::WorkflowHall &h)
    {
        QHash<QString, QString> cases;
        for (const QString &state : Test::kTrackedStates) {
            const QString number = Test::caseInState(h, state, int(cases.size()) * 2 + 1);
            if (number.isEmpty())
                return {}; // the caller sees too few cases
            cases.insert(state, number);
        }
        // Handed over 60 days ago: its code has expired (30 days by default).
        const QDateTime now = h.clock.now();
        h.clock.set(now.addDays(-61));
        const QString old = Test::caseInState(h, QStringLiteral("delivered"), 21);
        cases.insert(QStringLiteral("expired"), old);
        h.clock.set(now);
        for (const QString &n : std::as_const(cases)) {
            const Person p = PersonRepository(h.t.db()).findById(h.load(n).record.personId).value();
            m_secrets << p.idNumber << p.name;
            if (!p.phone.isEmpty())
                m_secrets << p.phone;
        }
        m_secrets << QStringLiteral("17000000123"); // the sample's contact phone
        if (old.isEmpty() || !seal(h))
            return {};
        return cases;
    }

    // The database the tracker connects to: on PostgreSQL as its own role
    // (docs/postgresql-roles.sql, applied after the migration as a hall does).
    static QString trackerUrl(Test::WorkflowHall &h, const QString &backend)
    {
        if (backend != QLatin1String("postgresql"))
            return h.t.url();
        DatabaseUrl superuser =
            DatabaseUrl::parse(qEnvironmentVariable("ONEWINDOW_TEST_PG")).value();
        DatabaseUrl mine = DatabaseUrl::parse(h.t.url()).value();
        superuser.databaseName = mine.databaseName;
        const QString problem = TestDatabase::applyRolesFile(superuser.toString());
        if (!problem.isEmpty()) {
            qWarning() << "roles:" << problem;
            return {};
        }
        mine.user = QStringLiteral("onewindow_tracker");
        return mine.toString();
    }

    static Http post(quint16 port, const QString &code, const QByteArray &form)
    {
        return raw(port, "POST /t/" + code.toUtf8() +
                             "/rate HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                             "Content-Type: application/x-www-form-urlencoded\r\n"
                             "Content-Length: " +
                             QByteArray::number(form.size()) + "\r\n\r\n" + form);
    }

private Q_SLOTS:
    // 好差评 from the phone: the case page offers the form only while the case's
    // visit may be rated; a rating is taken once, checked as at the counter, and
    // a poor one opens a follow-up; a forged code rates nothing. On PostgreSQL
    // the tracker does this as its own role.
    void ratesOverHttp_data() { TestDatabase::addBackendRows(); }
    void ratesOverHttp()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        Test::RatingHall h(backend, QDateTime::currentDateTime());
        QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
        const QString good = h.acceptFor(h.identify(0), 0);
        const QString poor = h.acceptFor(h.identify(2), 2);
        const QString noVisit = h.acceptNewborn(4); // accepted without a visit
        QVERIFY(!good.isEmpty() && !poor.isEmpty() && !noVisit.isEmpty());
        QVERIFY(seal(h));
        const QString url = trackerUrl(h, backend);
        QVERIFY(!url.isEmpty());
        Tracker tracker;
        QVERIFY2(tracker.start({QStringLiteral("--database"), url, QStringLiteral("--rate"),
                                QStringLiteral("1000"), QStringLiteral("--burst"),
                                QStringLiteral("1000")}),
                 tracker.output.constData());
        const quint16 port = tracker.port;

        const Http page = keep(get(port, QStringLiteral("/t/") + receiptCode(good)));
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("id=\"rate\""));
        QVERIFY(page.body.contains("method=\"post\""));
        QVERIFY(!page.body.contains("checked")); // nothing chosen for the citizen
        QVERIFY(!keep(get(port, QStringLiteral("/t/") + receiptCode(noVisit)))
                     .body.contains("id=\"rate\""));

        Http r = keep(post(port, receiptCode(good), "level=satisfied"));
        QCOMPARE(r.status, 200);
        checkSecurityHeaders(r);
        QCOMPARE(r.headers.value("cache-control"), QByteArray("no-store"));
        QCOMPARE(keep(post(port, receiptCode(good), "level=basic")).status, 409);
        QVERIFY(!keep(get(port, QStringLiteral("/t/") + receiptCode(good)))
                     .body.contains("id=\"rate\""));
        // Checked as at the counter.
        QCOMPARE(keep(post(port, receiptCode(poor), "level=satisfied&reason=attitude")).status,
                 400);
        QCOMPARE(keep(post(port, receiptCode(poor), "level=")).status, 400);
        QCOMPARE(keep(post(port, receiptCode(poor), "level=great")).status, 400);
        QCOMPARE(keep(post(port, receiptCode(noVisit), "level=satisfied")).status, 409);
        QCOMPARE(keep(post(port, receiptCode(poor, QByteArray(32, 'y')), "level=satisfied")).status,
                 403);
        // Too much to be a rating, or of no stated length.
        QCOMPARE(keep(raw(port, "POST /t/" + receiptCode(poor).toUtf8() +
                                    "/rate HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                                    "Content-Length: 9000\r\n\r\n" +
                                    QByteArray(9000, 'a')))
                     .status,
                 413);
        QCOMPARE(keep(raw(port, "POST /t/" + receiptCode(poor).toUtf8() +
                                    "/rate HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                                    "Transfer-Encoding: chunked\r\n\r\n5\r\nlevel\r\n0\r\n\r\n"))
                     .status,
                 413);
        QCOMPARE(h.count(QStringLiteral("SELECT COUNT(*) FROM ratings")), 1);

        // A poor one, with reasons and a comment ('+' a space, as browsers send it).
        r = keep(post(port, receiptCode(poor),
                      "level=very-dissatisfied&reason=attitude&reason=efficiency&comment="
                      "%E7%AD%89%E4%BA%86+%E5%BE%88%E4%B9%85"));
        QCOMPARE(r.status, 200);
        QCOMPARE(h.count(QStringLiteral("SELECT COUNT(*) FROM ratings WHERE channel = 'tracker'"
                                        " AND level = 'very-dissatisfied' AND comment = ?"),
                         {QStringLiteral("等了 很久")}),
                 1);
        QCOMPARE(h.count(QStringLiteral("SELECT COUNT(*) FROM follow_ups WHERE closed_at IS NULL")),
                 1);
        QCOMPARE(h.count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'rate'"
                                        " AND user_name LIKE 'tracker%'")),
                 2);
    }

    void casePagesOverHttp_data() { TestDatabase::addBackendRows(); }
    void casePagesOverHttp()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        Test::WorkflowHall h(backend, QDateTime::currentDateTime());
        QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
        const QHash<QString, QString> cases = buildHall(h);
        QCOMPARE(cases.size(), 8);

        // On PostgreSQL the tracker connects as its own role (docs/postgresql-roles.sql,
        // applied again after the migration as a hall does after every upgrade).
        const QString url = trackerUrl(h, backend);
        QVERIFY(!url.isEmpty());
        if (backend == QLatin1String("postgresql")) {
            const DatabaseUrl mine = DatabaseUrl::parse(url).value();
            Database asTracker(mine);
            QVERIFY(asTracker.open().ok());
            QVERIFY(asTracker.scalar(QStringLiteral("SELECT name FROM persons LIMIT 1")).ok());
            QVERIFY(
                !asTracker.scalar(QStringLiteral("SELECT id_number FROM persons LIMIT 1")).ok());
            QVERIFY(!asTracker.scalar(QStringLiteral("SELECT phone FROM persons LIMIT 1")).ok());
            QVERIFY(!asTracker.run(QStringLiteral("UPDATE cases SET title = 'x'")).ok());
            QVERIFY(!asTracker.scalar(QStringLiteral("SELECT COUNT(*) FROM drafts")).ok());
            // Ratings are added, never changed; the visit's evidence is not its to read.
            QVERIFY(!asTracker.scalar(QStringLiteral("SELECT id_number FROM visit_evidence")).ok());
            QVERIFY(!asTracker.run(QStringLiteral("UPDATE ratings SET level = 'x'")).ok());
            QVERIFY(!asTracker.run(QStringLiteral("DELETE FROM follow_ups")).ok());
        }
        Tracker tracker;
        QVERIFY2(tracker.start({QStringLiteral("--database"), url, QStringLiteral("--hall-name"),
                                QStringLiteral("武侯区政务服务中心"), QStringLiteral("--rate"),
                                QStringLiteral("1000"), QStringLiteral("--burst"),
                                QStringLiteral("1000")}),
                 tracker.process.readAllStandardError().constData());
        const quint16 port = tracker.port;

        for (auto it = cases.begin(); it != cases.end(); ++it) {
            const Http r = keep(get(port, QStringLiteral("/t/") + receiptCode(it.value())));
            checkSecurityHeaders(r);
            QCOMPARE(r.headers.value("cache-control"), QByteArray("no-store"));
            const QString body = QString::fromUtf8(r.body);
            if (it.key() == QLatin1String("expired")) {
                QCOMPARE(r.status, 410);
                QVERIFY(body.contains(QStringLiteral("id=\"refusal\"")));
                QVERIFY(!body.contains(it.value()));
                continue;
            }
            QCOMPARE(r.status, 200);
            QVERIFY(r.headers.value("content-type").startsWith("text/html"));
            QVERIFY2(body.contains(TrackerPage::stateText(it.key(), false)), qPrintable(it.key()));
            QVERIFY(body.contains(TrackerPage::stateText(it.key(), true)));
            QVERIFY(body.contains(it.value()));
            QVERIFY(!body.contains(QStringLiteral("<script")));
        }
        const QString waiting = QString::fromUtf8(
            keep(get(port, QStringLiteral("/t/") + receiptCode(cases.value("awaiting-supplement"))))
                .body);
        QVERIFY(waiting.contains(QStringLiteral("id=\"missing\"")));
        const QString completed = QString::fromUtf8(
            keep(get(port, QStringLiteral("/t/") + receiptCode(cases.value("completed")))).body);
        QVERIFY(completed.contains(QStringLiteral("id=\"collect\"")));
        QVERIFY(completed.contains(QStringLiteral("武侯区政务服务中心")));

        // The receipt's own URL form works when percent-encoded by a browser.
        QString encoded = receiptCode(cases.value("accepted"));
        encoded.replace(QLatin1Char('.'), QStringLiteral("%2E"));
        QCOMPARE(keep(get(port, QStringLiteral("/t/") + encoded)).status, 200);

        // Forged (another hall's key), altered (one character), unknown case, no code of ours.
        const QString good = receiptCode(cases.value("accepted"));
        QString altered = good;
        const int at = altered.indexOf(QLatin1Char('.')) + 6;
        altered[at] = altered.at(at) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        const struct
        {
            QString path;
            int status;
        } refusals[] = {
            {QStringLiteral("/t/") + receiptCode(cases.value("accepted"), QByteArray(32, 'x')),
             403},
            {QStringLiteral("/t/") + altered, 403},
            {QStringLiteral("/t/") + receiptCode(QStringLiteral("510107-20200101-99999")), 404},
            {QStringLiteral("/t/hello"), 400},
            {QStringLiteral("/t/") +
                 QrPayload::electronicId(QStringLiteral("11010519491231002X"),
                                         QStringLiteral("张三"), QDateTime::currentDateTime(),
                                         QDateTime::currentDateTime().addSecs(300))
                     .sign(kKey)
                     .value(),
             400},
        };
        for (const auto &refusal : refusals) {
            const Http r = keep(get(port, refusal.path));
            QCOMPARE(r.status, refusal.status);
            checkSecurityHeaders(r);
            QCOMPARE(r.headers.value("cache-control"), QByteArray("no-store"));
            const QString body = QString::fromUtf8(r.body);
            QVERIFY(body.contains(QStringLiteral("id=\"refusal\"")));
            QVERIFY(!body.contains(QStringLiteral("id=\"steps\"")));
            for (const QString &n : cases)
                QVERIFY(!body.contains(n));
        }

        // The server's own pages, unknown paths and wrong methods.
        Http home = keep(get(port, QStringLiteral("/")));
        QCOMPARE(home.status, 200);
        checkSecurityHeaders(home);
        Http css = keep(get(port, TrackerPage::stylesheetPath()));
        QCOMPARE(css.status, 200);
        QVERIFY(css.headers.value("content-type").startsWith("text/css"));
        checkSecurityHeaders(css);
        Http head = get(port, QStringLiteral("/t/") + good, "HEAD");
        QCOMPARE(head.status, 200);
        QVERIFY(head.body.isEmpty());
        for (const QString &path : {QStringLiteral("/nothing"), QStringLiteral("/t/"),
                                    QStringLiteral("/t/") + good + QStringLiteral("/more"),
                                    QStringLiteral("/static/../etc/passwd")}) {
            const Http r = keep(get(port, path));
            QCOMPARE(r.status, 404);
            checkSecurityHeaders(r);
        }
        for (const QByteArray method : {"POST", "PUT", "DELETE", "OPTIONS", "PATCH"}) {
            const Http r =
                keep(get(port, QStringLiteral("/t/") + good, method, "Content-Length: 0\r\n"));
            QCOMPARE(r.status, 405);
            QVERIFY(r.headers.value("allow").contains("GET"));
            checkSecurityHeaders(r);
        }
        // A body on a GET, a URL too long, headers too big, and garbage.
        Http body = keep(raw(port, "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                                   "Content-Length: 5\r\n\r\nhello"));
        QCOMPARE(body.status, 413);
        Http longUrl = keep(get(port, QStringLiteral("/t/") + QString(1500, QLatin1Char('A'))));
        QCOMPARE(longUrl.status, 414);
        const Http huge = keep(get(port, QStringLiteral("/"), "GET",
                                   "X-Filler: " + QByteArray(64 * 1024, 'a') + "\r\n"));
        QCOMPARE(huge.status, 431); // libmicrohttpd's own answer
        const Http garbage = keep(raw(port, "\x01\x02 nonsense\r\n\r\n"));
        QCOMPARE(garbage.status, 400);
        // A request line beyond the header memory: libmicrohttpd answers 414 itself.
        QCOMPARE(keep(get(port, QStringLiteral("/t/") + QString(20000, QLatin1Char('A')))).status,
                 414);
        // Still serving after all that.
        QCOMPARE(get(port, QStringLiteral("/t/") + good).status, 200);

        // Every read is on the record as the tracker's, and the chain still holds.
        QVERIFY(h.count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action ="
                                       " 'track-case' AND user_name = 'tracker:web'")) >= 8);
        AuditLog keyed(h.t.db(), h.clock, kKey);
        QCOMPARE(keyed.firstBrokenEvent().value(), 0);

        // The request log names routes and statuses, never a code or a case number.
        tracker.process.terminate();
        QVERIFY(tracker.process.waitForFinished(10000));
        QCOMPARE(tracker.process.exitStatus(), QProcess::NormalExit);
        const QString log = QString::fromUtf8(tracker.process.readAllStandardError());
        QVERIFY2(log.contains(QStringLiteral("GET case 200")), qPrintable(log.left(2000)));
        QVERIFY(!log.contains(good));
        for (const QString &n : cases)
            QVERIFY(!log.contains(n));
    }

    void rateLimitAndProxy()
    {
        Test::WorkflowHall h(QStringLiteral("sqlite"), QDateTime::currentDateTime());
        QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
        const QString number = h.acceptNewborn();
        QVERIFY(seal(h));
        const QString path = QStringLiteral("/t/") + receiptCode(number);
        const QStringList base{QStringLiteral("--database"), h.t.url(),
                               QStringLiteral("--rate"),     QStringLiteral("1"),
                               QStringLiteral("--burst"),    QStringLiteral("3")};
        const auto from = [](int n) {
            return QByteArray("X-Forwarded-For: 198.51.100.1, 203.0.113.") + QByteArray::number(n) +
                   "\r\n";
        };
        {
            // No proxy configured: one address, 3 at once, then 429.
            Tracker t;
            QVERIFY(t.start(base));
            QList<int> statuses;
            for (int i = 0; i < 5; ++i)
                statuses << keep(get(t.port, path, "GET", from(i))).status;
            QCOMPARE(statuses.mid(0, 3), QList<int>({200, 200, 200}));
            QCOMPARE(statuses.at(3), 429);
            const Http limited = get(t.port, path);
            QCOMPARE(limited.status, 429);
            QCOMPARE(limited.headers.value("retry-after"), QByteArray("1"));
            checkSecurityHeaders(limited);
        }
        {
            // The proxy is 127.0.0.1: each forwarded address has its own bucket.
            Tracker t;
            QVERIFY(t.start(base +
                            QStringList{QStringLiteral("--proxy"), QStringLiteral("127.0.0.1")}));
            for (int i = 0; i < 8; ++i)
                QCOMPARE(keep(get(t.port, path, "GET", from(i))).status, 200);
            for (int i = 0; i < 3; ++i)
                QCOMPARE(get(t.port, path, "GET", from(99)).status, 200);
            QCOMPARE(get(t.port, path, "GET", from(99)).status, 429);
        }
        {
            // Another address is the proxy: the header is the client's word, ignored.
            Tracker t;
            QVERIFY(t.start(base +
                            QStringList{QStringLiteral("--proxy"), QStringLiteral("127.0.0.2")}));
            QList<int> statuses;
            for (int i = 0; i < 5; ++i)
                statuses << get(t.port, path, "GET", from(i)).status;
            QCOMPARE(statuses.at(3), 429);
        }
    }

    void badStarts()
    {
        QTemporaryDir dir;
        const auto run = [](const QStringList &arguments,
                            const QByteArray &key = kKeyHex.toLatin1()) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("ONEWINDOW_HALL_KEY"), QString::fromLatin1(key));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(OW_TRACKER_PATH), arguments);
            p.waitForFinished(30000);
            return qMakePair(p.exitCode(), QString::fromUtf8(p.readAllStandardError()));
        };
        const QString missing = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("no.db"));
        auto r = run({QStringLiteral("--database"), missing});
        QCOMPARE(r.first, 1);
        QVERIFY2(r.second.contains(QStringLiteral("cannot use the database")),
                 qPrintable(r.second));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("no.db"))));
        r = run(
            {QStringLiteral("--database"), QStringLiteral("postgresql://nobody@127.0.0.1:1/none")});
        QCOMPARE(r.first, 1);
        r = run({QStringLiteral("--bogus"), QStringLiteral("1")});
        QCOMPARE(r.first, 2);
        QVERIFY(r.second.contains(QStringLiteral("unknown option")));
        r = run({QStringLiteral("--database"), missing, QStringLiteral("--listen"),
                 QStringLiteral("nowhere")});
        QCOMPARE(r.first, 2);
        r = run({});
        QCOMPARE(r.first, 2);
        r = run({QStringLiteral("--database"), missing}, "not-hex");
        QCOMPARE(r.first, 2);
        r = run({QStringLiteral("--database"), missing, QStringLiteral("--threads"),
                 QStringLiteral("0")});
        QCOMPARE(r.first, 2);
        QVERIFY2(r.second.contains(QStringLiteral("--threads")), qPrintable(r.second));
        r = run({QStringLiteral("--database"), missing, QStringLiteral("--audit-batch"),
                 QStringLiteral("maybe")});
        QCOMPARE(r.first, 2);
        QVERIFY2(r.second.contains(QStringLiteral("--audit-batch")), qPrintable(r.second));
        // A hall name every page shows must be one readable line; a count of days is
        // whole (4.5 was once read as 0).
        r = run({QStringLiteral("--database"), missing, QStringLiteral("--hall-name"),
                 QStringLiteral("政务\u202e中心")});
        QCOMPARE(r.first, 2);
        QVERIFY2(r.second.contains(QStringLiteral("--hall-name")), qPrintable(r.second));
        QFile json(dir.filePath(QStringLiteral("tracker.json")));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write("{\"database\": \"" + missing.toUtf8() + "\", \"closed-days\": 4.5}");
        json.close();
        r = run({QStringLiteral("--config"), json.fileName()});
        QCOMPARE(r.first, 2);
        QVERIFY2(r.second.contains(QStringLiteral("--closed-days")), qPrintable(r.second));
        // The same keys from a file; the command line wins.
        Test::WorkflowHall h(QStringLiteral("sqlite"), QDateTime::currentDateTime());
        const QString number = h.acceptNewborn();
        QVERIFY(seal(h));
        QFile conf(dir.filePath(QStringLiteral("tracker.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("# test\ndatabase = " + h.t.url().toUtf8() +
                   "\nrate = 1\nburst = 1\nthreads = 2\naudit-batch = off\n");
        conf.close();
        Tracker t;
        QVERIFY(t.start({QStringLiteral("--config"), conf.fileName(), QStringLiteral("--burst"),
                         QStringLiteral("2")}));
        QCOMPARE(get(t.port, QStringLiteral("/t/") + receiptCode(number)).status, 200);
        QCOMPARE(get(t.port, QStringLiteral("/t/") + receiptCode(number)).status, 200);
        QCOMPARE(get(t.port, QStringLiteral("/t/") + receiptCode(number)).status, 429);
        // Without the shared commits each page still commits its own audit event.
        QCOMPARE(h.count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action ="
                                        " 'track-case' AND subject = ?"),
                         {number}),
                 2);
    }

    // Pages are served on several threads at once, each with the handler (and so
    // the database connection) it built: while every handler but one is stuck on
    // a slow page, the next connection is still answered by an idle thread. With
    // one thread the second request would wait behind the first and never arrive.
    void servesOnSeveralThreads()
    {
        const int threads = 3;
        std::mutex mutex;
        std::condition_variable changed;
        int built = 0;
        int inside = 0;
        std::set<std::thread::id> servedOn;
        TrackerServer::Limits limits;
        limits.port = 0;
        limits.threads = threads;
        TrackerServer server(limits, [&]() -> Result<TrackerServer::Handler> {
            const std::thread::id builtOn = std::this_thread::get_id();
            {
                std::lock_guard lock(mutex);
                ++built;
            }
            return TrackerServer::Handler([&, builtOn](const TrackerRequest &) {
                TrackerResponse r;
                std::unique_lock lock(mutex);
                servedOn.insert(std::this_thread::get_id());
                ++inside;
                changed.notify_all();
                // Held until every thread holds a page (or 20 s: then 503).
                const bool all = changed.wait_for(lock, std::chrono::seconds(20),
                                                  [&] { return inside >= threads; });
                r.status = all && std::this_thread::get_id() == builtOn ? 200 : 503;
                r.route = QStringLiteral("test");
                return r;
            });
        });
        QVERIFY(server.start());
        QCOMPARE(built, threads);
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < threads; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, server.port());
            QVERIFY(socket->waitForConnected(5000));
            socket->write("GET /t/x HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            socket->flush();
            // The next request only once this one is inside a handler.
            std::unique_lock lock(mutex);
            QVERIFY2(
                changed.wait_for(lock, std::chrono::seconds(10), [&] { return inside > i; }),
                qPrintable(QStringLiteral("request %1 was not taken by a free thread").arg(i + 1)));
            sockets.push_back(std::move(socket));
        }
        for (const auto &socket : sockets)
            QCOMPARE(exchange(*socket, {}).status, 200);
        QCOMPARE(int(servedOn.size()), threads);
        server.stop();
    }

    // The page in a real browser at phone size: rendered, not blank, saying the state.
    void headlessChromium()
    {
        const QString chromium = tool(QStringLiteral("chromium"));
        if (chromium.isEmpty())
            QFAIL("chromium is not installed (scripts/lib.sh OW_PACKAGES)");
        Test::WorkflowHall h(QStringLiteral("sqlite"), QDateTime::currentDateTime());
        QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
        const QString number = h.acceptNewborn();
        QVERIFY(h.claimAndApprove(number, QStringLiteral("birth-check"), h.health));
        QVERIFY(seal(h));
        Tracker t;
        QVERIFY(t.start({QStringLiteral("--database"), h.t.url()}));
        const QString url =
            QStringLiteral("http://127.0.0.1:%1/t/%2").arg(t.port).arg(receiptCode(number));
        QTemporaryDir dir;
        const QStringList common{QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
                                 QStringLiteral("--disable-gpu"),
                                 QStringLiteral("--window-size=390,844"),
                                 QStringLiteral("--user-data-dir=") + dir.filePath("profile")};
        const QString png = dir.filePath(QStringLiteral("page.png"));
        QProcess shot;
        shot.start(chromium, common + QStringList{QStringLiteral("--screenshot=") + png, url});
        QVERIFY(shot.waitForFinished(120000));
        QImage image(png);
        QVERIFY2(!image.isNull(), shot.readAllStandardError().constData());
        QCOMPARE(image.size(), QSize(390, 844));
        // Not blank: text and coloured boxes make many distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));

        QProcess dom;
        dom.start(chromium, common + QStringList{QStringLiteral("--dump-dom"), url});
        QVERIFY(dom.waitForFinished(120000));
        const QString text = QString::fromUtf8(dom.readAllStandardOutput());
        m_bodies << text.toUtf8();
        QVERIFY2(text.contains(TrackerPage::stateText(QStringLiteral("in-progress"), false)),
                 qPrintable(text.left(500)));
        QVERIFY(text.contains(TrackerPage::stateText(QStringLiteral("in-progress"), true)));
        QVERIFY(text.contains(number));
    }

    // nginx in front with TLS, the installer's site config on throwaway paths.
    void behindNginx()
    {
        const QString nginx = tool(QStringLiteral("nginx"));
        const QString openssl = tool(QStringLiteral("openssl"));
        if (nginx.isEmpty() || openssl.isEmpty())
            QFAIL("nginx and openssl are needed (scripts/lib.sh OW_PACKAGES)");
        Test::WorkflowHall h(QStringLiteral("sqlite"), QDateTime::currentDateTime());
        QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
        const QString number = h.acceptNewborn();
        QVERIFY(seal(h));
        Tracker t;
        QVERIFY(t.start({QStringLiteral("--database"), h.t.url(), QStringLiteral("--proxy"),
                         QStringLiteral("127.0.0.1")}));

        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QProcess ssl;
        ssl.start(openssl,
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
        QVERIFY(ssl.waitForFinished(60000));
        QCOMPARE(ssl.exitCode(), 0);

        // Free ports for nginx: bind, note, release.
        const auto freePort = [] {
            QTcpServer s;
            s.listen(QHostAddress::LocalHost, 0);
            return s.serverPort();
        };
        const quint16 https = freePort();
        const quint16 http = freePort();
        QFile site(QStringLiteral(OW_SOURCE_DIR "/installer/linux/onewindow-tracker.nginx.conf"));
        QVERIFY(site.open(QIODevice::ReadOnly));
        QString conf = QString::fromUtf8(site.readAll());
        conf.replace(QStringLiteral("@SERVER_NAME@"), QStringLiteral("localhost"));
        conf.replace(QStringLiteral("@CERT_PATH@"), cert);
        conf.replace(QStringLiteral("@KEY_PATH@"), key);
        conf.replace(QStringLiteral("127.0.0.1:8088"), QStringLiteral("127.0.0.1:%1").arg(t.port));
        conf.replace(QRegularExpression(QStringLiteral("listen \\[::\\]:\\d+[^;]*;")), QString());
        conf.replace(QStringLiteral("listen 443 ssl"),
                     QStringLiteral("listen 127.0.0.1:%1 ssl").arg(https));
        conf.replace(QStringLiteral("listen 80;"),
                     QStringLiteral("listen 127.0.0.1:%1;").arg(http));
        QVERIFY(conf.contains(QStringLiteral("127.0.0.1:%1 ssl").arg(https)));
        QFile siteOut(dir.filePath(QStringLiteral("site.conf")));
        QVERIFY(siteOut.open(QIODevice::WriteOnly));
        siteOut.write(conf.toUtf8());
        siteOut.close();
        QDir(dir.path()).mkpath(QStringLiteral("logs"));
        QFile main(dir.filePath(QStringLiteral("nginx.conf")));
        QVERIFY(main.open(QIODevice::WriteOnly));
        main.write(
            QStringLiteral("master_process off;\nworker_processes 1;\n"
                           "pid %1/nginx.pid;\nerror_log %1/logs/error.log;\n"
                           "events { worker_connections 64; }\n"
                           "http { client_body_temp_path %1/body; proxy_temp_path %1/proxy;"
                           " fastcgi_temp_path %1/fastcgi; uwsgi_temp_path %1/uwsgi;"
                           " scgi_temp_path %1/scgi; access_log off; include %1/site.conf; }\n")
                .arg(dir.path())
                .toUtf8());
        main.close();
        const QStringList conf_args{QStringLiteral("-p"), dir.path(), QStringLiteral("-c"),
                                    main.fileName()};
        QProcess check;
        check.start(nginx, conf_args + QStringList{QStringLiteral("-t")});
        QVERIFY(check.waitForFinished(30000));
        QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());

        QProcess server;
        server.start(nginx,
                     conf_args + QStringList{QStringLiteral("-g"), QStringLiteral("daemon off;")});
        QVERIFY(server.waitForStarted(10000));
        auto stopServer = qScopeGuard([&] {
            server.terminate();
            if (!server.waitForFinished(5000))
                server.kill();
        });
        // Plain HTTP answers with a redirect to HTTPS.
        Http redirect;
        for (int i = 0; i < 50 && redirect.status == 0; ++i) {
            QTest::qWait(100);
            redirect = get(http, QStringLiteral("/t/x"));
        }
        QCOMPARE(redirect.status, 301);
        QVERIFY(redirect.headers.value("location").startsWith("https://"));

        const auto viaTls = [&](const QString &path) {
            QSslSocket socket;
            socket.setPeerVerifyMode(QSslSocket::VerifyNone);
            socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), https,
                                          QStringLiteral("localhost"));
            if (!socket.waitForEncrypted(10000))
                return Http();
            return exchange(socket,
                            "GET " + path.toUtf8() +
                                " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        };
        const Http page = keep(viaTls(QStringLiteral("/t/") + receiptCode(number)));
        QCOMPARE(page.status, 200);
        checkSecurityHeaders(page);
        QCOMPARE(page.headers.value("cache-control"), QByteArray("no-store"));
        QVERIFY(page.headers.contains("strict-transport-security"));
        QVERIFY(QString::fromUtf8(page.body).contains(
            TrackerPage::stateText(QStringLiteral("accepted"), false)));
        const Http forged =
            keep(viaTls(QStringLiteral("/t/") + receiptCode(number, QByteArray(32, 'y'))));
        QCOMPARE(forged.status, 403);
    }

    void privacyScan()
    {
        QVERIFY(!m_bodies.isEmpty());
        for (const QByteArray &b : std::as_const(m_bodies)) {
            const QString body = QString::fromUtf8(b);
            for (const SensitiveNumbers::Match &m : SensitiveNumbers::find(body))
                QVERIFY2(!m.valid, qPrintable(body.mid(m.start, m.length)));
            for (const QString &secret : std::as_const(m_secrets))
                QVERIFY2(secret.isEmpty() || !body.contains(secret), "a citizen's data was served");
        }
    }
};

QTEST_GUILESS_MAIN(tst_TrackerServer)
#include "tst_TrackerServer.moc"
