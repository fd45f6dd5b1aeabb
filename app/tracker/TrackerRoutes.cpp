#include "tracker/TrackerRoutes.h"

#include "tracker/TrackerPage.h"

namespace OneWindow {

void TrackerRoutes::add(const QByteArray &method, const QString &pattern, const QString &name,
                        Handler handler)
{
    m_routes.push_back(
        {method, pattern.split(QLatin1Char('/'), Qt::KeepEmptyParts), name, std::move(handler)});
}

bool TrackerRoutes::match(const Route &route, const QStringList &segments, QStringList *captures)
{
    if (route.segments.size() != segments.size())
        return false;
    QStringList found;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (route.segments.at(i) == QLatin1String("{}")) {
            if (segments.at(i).isEmpty())
                return false;
            found << segments.at(i);
        } else if (route.segments.at(i) != segments.at(i)) {
            return false;
        }
    }
    *captures = found;
    return true;
}

bool TrackerRoutes::knowsMethod(const QByteArray &method) const
{
    for (const Route &r : m_routes)
        if (r.method == method || (method == "HEAD" && r.method == "GET"))
            return true;
    return false;
}

TrackerResponse TrackerRoutes::dispatch(const TrackerRequest &request) const
{
    const QStringList segments = request.path.split(QLatin1Char('/'), Qt::KeepEmptyParts);
    QList<QByteArray> allowed;
    for (const Route &r : m_routes) {
        QStringList captures;
        if (!match(r, segments, &captures))
            continue;
        // HEAD is GET without the body (the server leaves the body out).
        if (r.method == request.method || (request.method == "HEAD" && r.method == "GET")) {
            TrackerResponse response = r.handler(request, captures);
            if (response.route.isEmpty())
                response.route = r.name;
            return response;
        }
        allowed << r.method;
        if (r.method == "GET")
            allowed << QByteArrayLiteral("HEAD");
    }
    TrackerResponse response;
    response.status = allowed.isEmpty() ? 404 : 405;
    response.body = TrackerPage::error(response.status);
    response.route = allowed.isEmpty() ? QStringLiteral("unknown") : QStringLiteral("method");
    if (!allowed.isEmpty())
        response.headers.append({QByteArrayLiteral("Allow"), allowed.join(", ")});
    return response;
}

} // namespace OneWindow
