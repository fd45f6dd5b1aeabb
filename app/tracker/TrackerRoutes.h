#pragma once

#include "tracker/TrackerHttp.h"

#include <QStringList>

#include <functional>
#include <vector>

namespace OneWindow {

// Method + path pattern -> handler. A pattern is a path whose "{}" segments
// match one non-empty segment each, handed to the handler in order: "/t/{}"
// (the case page), later "/t/{}/rate" with POST. A known path asked with another
// method answers 405 with Allow; an unknown path 404.
class TrackerRoutes
{
public:
    using Handler = std::function<TrackerResponse(const TrackerRequest &, const QStringList &)>;

    // `name` is what the request log shows for it.
    void add(const QByteArray &method, const QString &pattern, const QString &name,
             Handler handler);
    TrackerResponse dispatch(const TrackerRequest &request) const;
    // Whether any route accepts `method` (the server refuses others before reading a body).
    bool knowsMethod(const QByteArray &method) const;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        QString name;
        Handler handler;
    };
    static bool match(const Route &route, const QStringList &segments, QStringList *captures);

    std::vector<Route> m_routes;
};

} // namespace OneWindow
