#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace OneWindow {

// One request as the tracker's routes see it: already limited in size by the
// server, the client's address already decided (the proxy's X-Forwarded-For only
// when the connection came from the configured proxy).
struct TrackerRequest
{
    QByteArray method; // "GET", "HEAD", "POST" (a rating)
    QString path;      // without query
    QString client;
    QByteArray body; // a POSTed form (application/x-www-form-urlencoded); empty otherwise
};

struct TrackerResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("text/html; charset=utf-8");
    QByteArray body;
    // Case pages and their refusals: never kept by a browser or a proxy.
    bool noStore = true;
    QList<QPair<QByteArray, QByteArray>> headers;
    // What the request log names instead of the path (never a payload).
    QString route;
};

} // namespace OneWindow
