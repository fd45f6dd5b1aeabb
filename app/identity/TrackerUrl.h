#pragma once

#include <QString>

#include <optional>

namespace OneWindow {

// The receipt's QR code as a web address (docs/qr-payloads.md): BASE-URL/t/PAYLOAD,
// PAYLOAD the signed text (QrPayload::sign) percent-encoded, so a phone camera
// opens the hall's tracking page and a counter's scanner still finds the payload.
class TrackerUrl
{
public:
    // The path segment before the payload.
    static QString route() { return QStringLiteral("/t/"); }
    // BASE-URL/t/PAYLOAD; the bare payload when `baseUrl` is empty.
    static QString make(const QString &baseUrl, const QString &payload);
    // The payload inside "<anything>/t/<percent-encoded payload of ours>" (nothing
    // after it: no query, fragment or further segment), else nullopt. Says
    // nothing about its signature: QrPayload::parse decides that.
    static std::optional<QString> payloadOf(const QString &text);
    // `text` itself, or the payload it carries when it is one of our addresses.
    static QString unwrap(const QString &text) { return payloadOf(text).value_or(text); }
};

} // namespace OneWindow
