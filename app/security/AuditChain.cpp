#include "security/AuditChain.h"

#include <sodium.h>

namespace OneWindow {

namespace {

void appendField(std::string &out, std::string_view field)
{
    char digits[24];
    int n = 0;
    size_t size = field.size();
    do {
        digits[n++] = char('0' + size % 10);
        size /= 10;
    } while (size > 0);
    while (n > 0)
        out.push_back(digits[--n]);
    out.push_back(':');
    out.append(field.data(), field.size());
}

} // namespace

bool AuditChain::ready()
{
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}

void AuditChain::appendHashInput(std::string &out, const Fields &f)
{
    for (std::string_view field :
         {f.previous, f.at, f.user, f.counter, f.action, f.subject, f.detail})
        appendField(out, field);
}

void AuditChain::sha256(std::string_view bytes, unsigned char digest[kDigestBytes])
{
    (void)ready();
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(bytes.data()),
                       static_cast<unsigned long long>(bytes.size()));
}

void AuditChain::toHex(const unsigned char *bytes, int size, char *hex)
{
    static const char digits[] = "0123456789abcdef";
    for (int i = 0; i < size; ++i) {
        hex[2 * i] = digits[bytes[i] >> 4];
        hex[2 * i + 1] = digits[bytes[i] & 0x0f];
    }
}

QString AuditChain::hash(const QString &previous, const QString &at, const QString &user,
                         const QString &counter, const QString &action, const QString &subject,
                         const QString &detail)
{
    const QByteArray p = previous.toUtf8(), a = at.toUtf8(), u = user.toUtf8(),
                     c = counter.toUtf8(), ac = action.toUtf8(), s = subject.toUtf8(),
                     d = detail.toUtf8();
    const auto view = [](const QByteArray &b) {
        return std::string_view(b.constData(), size_t(b.size()));
    };
    std::string input;
    input.reserve(
        size_t(p.size() + a.size() + u.size() + c.size() + ac.size() + s.size() + d.size() + 32));
    appendHashInput(input, {view(p), view(a), view(u), view(c), view(ac), view(s), view(d)});
    unsigned char digest[kDigestBytes];
    sha256(input, digest);
    char hex[kHexBytes];
    toHex(digest, kDigestBytes, hex);
    return QString::fromLatin1(hex, kHexBytes);
}

} // namespace OneWindow
