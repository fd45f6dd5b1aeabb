#pragma once

#include "security/AuditHead.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace OneWindow {

// The audit trail's own key, derived from the hall key:
// HMAC-SHA256(hallKey, "onewindow audit v1"). It is never stored in the
// database, so whoever can write the database but does not hold the hall key
// cannot forge an event's MAC or the checkpoint's. A null key (no hall key)
// can only check the chain.
class AuditKey
{
public:
    AuditKey() = default;
    static AuditKey fromHallKey(const QByteArray &hallKey);

    bool isNull() const { return !m_state; }

    // HMAC(key, 0x01 || SHA-256 digest of the event), hex into `hex` (64 characters).
    void eventMac(const unsigned char digest[32], char hex[64]) const;
    // The same from the event's stored hash (hex); "" for a malformed hash.
    QString eventMac(const QString &hashHex) const;
    // HMAC(key, 0x02 || the checkpoint's fields), hex.
    QString headMac(const AuditHead &head) const;

private:
    struct State;
    std::shared_ptr<const State> m_state;
};

} // namespace OneWindow
