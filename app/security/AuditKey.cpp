#include "security/AuditKey.h"

#include "security/AuditChain.h"

#include <sodium.h>

namespace OneWindow {

// The HMAC state after the key's inner and outer blocks: every MAC starts from
// a copy, which saves hashing the key again for each of millions of events.
struct AuditKey::State
{
    crypto_auth_hmacsha256_state keyed;
};

namespace {
const char kLabel[] = "onewindow audit v1";
constexpr unsigned char kEventDomain = 0x01;
constexpr unsigned char kHeadDomain = 0x02;

void appendField(QByteArray &out, const QByteArray &field)
{
    out.append(QByteArray::number(field.size()));
    out.append(':');
    out.append(field);
}
} // namespace

AuditKey AuditKey::fromHallKey(const QByteArray &hallKey)
{
    AuditKey key;
    if (hallKey.isEmpty() || !AuditChain::ready())
        return key;
    unsigned char derived[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state s;
    crypto_auth_hmacsha256_init(&s, reinterpret_cast<const unsigned char *>(hallKey.constData()),
                                size_t(hallKey.size()));
    crypto_auth_hmacsha256_update(&s, reinterpret_cast<const unsigned char *>(kLabel),
                                  sizeof kLabel - 1);
    crypto_auth_hmacsha256_final(&s, derived);
    auto state = std::make_shared<State>();
    crypto_auth_hmacsha256_init(&state->keyed, derived, sizeof derived);
    sodium_memzero(derived, sizeof derived);
    sodium_memzero(&s, sizeof s);
    key.m_state = std::move(state);
    return key;
}

void AuditKey::eventMac(const unsigned char digest[32], char hex[64]) const
{
    crypto_auth_hmacsha256_state s = m_state->keyed;
    crypto_auth_hmacsha256_update(&s, &kEventDomain, 1);
    crypto_auth_hmacsha256_update(&s, digest, AuditChain::kDigestBytes);
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_final(&s, mac);
    AuditChain::toHex(mac, int(sizeof mac), hex);
}

QString AuditKey::eventMac(const QString &hashHex) const
{
    if (!m_state || hashHex.size() != AuditChain::kHexBytes)
        return {};
    const QByteArray digest = QByteArray::fromHex(hashHex.toLatin1());
    if (digest.size() != AuditChain::kDigestBytes)
        return {};
    char hex[AuditChain::kHexBytes];
    eventMac(reinterpret_cast<const unsigned char *>(digest.constData()), hex);
    return QString::fromLatin1(hex, AuditChain::kHexBytes);
}

QString AuditKey::headMac(const AuditHead &head) const
{
    if (!m_state)
        return {};
    QByteArray input(1, char(kHeadDomain));
    appendField(input, QByteArray::number(head.lastId));
    appendField(input, head.lastHash.toUtf8());
    appendField(input, head.lastAt.toUtf8());
    appendField(input, QByteArray::number(head.events));
    appendField(input, QByteArray::number(head.legacyUntil));
    crypto_auth_hmacsha256_state s = m_state->keyed;
    crypto_auth_hmacsha256_update(&s, reinterpret_cast<const unsigned char *>(input.constData()),
                                  size_t(input.size()));
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_final(&s, mac);
    char hex[AuditChain::kHexBytes];
    AuditChain::toHex(mac, int(sizeof mac), hex);
    return QString::fromLatin1(hex, AuditChain::kHexBytes);
}

} // namespace OneWindow
