// libFuzzer target: the tracking page answers anyone on the internet. What the server
// hands the core is a method, a path, the proxy's X-Forwarded-For and a rating's form
// body; each is parsed by a pure function here (the socket is libmicrohttpd's): the
// routes the site registers, the last hop of X-Forwarded-For, the rating form. Any
// bytes must give a well-formed answer: 200, 404 or 405 with Allow, a route name for
// the request log that never carries the path, and an address or nothing.
//
// Input: METHOD '\n' PATH '\n' X-FORWARDED-FOR '\n' BODY (missing parts are empty).
#include "FuzzInvariant.h"
#include "tracker/TrackerPage.h"
#include "tracker/TrackerRoutes.h"
#include "tracker/TrackerServer.h"
#include "tracker/TrackerSite.h"

#include <QHostAddress>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace OneWindow;
using OneWindow::Fuzz::fail;

namespace {

// The site's routes (TrackerSite::open) with handlers that only parse.
TrackerRoutes makeRoutes()
{
    TrackerRoutes routes;
    const auto ok = [](const TrackerRequest &, const QStringList &) {
        return TrackerResponse();
    };
    routes.add("GET", QStringLiteral("/"), QStringLiteral("home"), ok);
    routes.add("GET", TrackerPage::stylesheetPath(), QStringLiteral("stylesheet"), ok);
    routes.add("GET", QStringLiteral("/t/{}"), QStringLiteral("case"),
               [](const TrackerRequest &, const QStringList &captures) {
                   if (captures.size() != 1 || captures.first().isEmpty())
                       fail("check 1");
                   return TrackerResponse();
               });
    routes.add("POST", QStringLiteral("/t/{}/rate"), QStringLiteral("rate"),
               [](const TrackerRequest &request, const QStringList &captures) {
                   if (captures.size() != 1 || captures.first().isEmpty())
                       fail("check 2");
                   const RatingInput input = TrackerSite::ratingForm(request.body);
                   if (input.comment != input.comment.trimmed())
                       fail("check 3");
                   // Each reason is one field of the form: no more than its separators allow.
                   if (input.reasons.size() > request.body.count('&') + 1)
                       fail("check 4");
                   return TrackerResponse();
               });
    return routes;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const TrackerRoutes routes = makeRoutes();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> parts = input.split('\n');
    TrackerRequest request;
    request.method = parts.value(0);
    request.path = QString::fromUtf8(parts.value(1));
    const QByteArray forwarded = parts.value(2);
    request.body = input.mid(qMin(input.size(), parts.value(0).size() + parts.value(1).size() +
                                                    parts.value(2).size() + 3));

    const QString client = TrackerServer::forwardedClient(forwarded);
    if (!client.isEmpty()) {
        const QHostAddress address(client);
        if (address.isNull() || address.toString() != client)
            fail("what the log and the rate limiter see must be an address");
    }
    (void)routes.knowsMethod(request.method);
    (void)TrackerSite::ratingForm(request.body);

    const TrackerResponse response = routes.dispatch(request);
    if (response.status != 200 && response.status != 404 && response.status != 405)
        fail("check 5");
    static const QStringList names = {QStringLiteral("home"),    QStringLiteral("stylesheet"),
                                      QStringLiteral("case"),    QStringLiteral("rate"),
                                      QStringLiteral("unknown"), QStringLiteral("method")};
    if (!names.contains(response.route))
        fail("the request log names a route, never the path (it can hold a case's code)");
    bool allow = false;
    for (const auto &[name, value] : response.headers)
        allow = allow || name == "Allow";
    if ((response.status == 405) != allow)
        fail("check 6");
    return 0;
}
