#include "identity/TrackerUrl.h"

#include "identity/QrPayload.h"

#include <QUrl>

namespace OneWindow {

QString TrackerUrl::make(const QString &baseUrl, const QString &payload)
{
    if (baseUrl.isEmpty())
        return payload;
    QString base = baseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + route() + QString::fromLatin1(QUrl::toPercentEncoding(payload));
}

std::optional<QString> TrackerUrl::payloadOf(const QString &text)
{
    const qsizetype at = text.lastIndexOf(route());
    if (at < 0)
        return std::nullopt;
    const QString encoded = text.mid(at + route().size());
    if (encoded.isEmpty() || encoded.size() > 3 * QrPayload::kMaxTextLength)
        return std::nullopt;
    for (const QChar c : encoded)
        if (c == QLatin1Char('/') || c == QLatin1Char('?') || c == QLatin1Char('#') ||
            c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return std::nullopt;
    const QString payload = QUrl::fromPercentEncoding(encoded.toLatin1());
    if (!QrPayload::isOurs(payload))
        return std::nullopt;
    return payload;
}

} // namespace OneWindow
