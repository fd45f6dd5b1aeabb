#include "security/PasswordHasher.h"

#include <sodium.h>

namespace OneWindow {

namespace {
bool ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

namespace {
unsigned long long opsLimit(bool fast)
{
    return fast ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
}
size_t memLimit(bool fast)
{
    return fast ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
}
} // namespace

bool PasswordHasher::needsRehash(const QString &encodedHash, bool fast)
{
    if (!ensureSodium() || encodedHash.isEmpty())
        return false;
    const QByteArray stored = encodedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), opsLimit(fast), memLimit(fast)) != 0;
}

QString PasswordHasher::hash(const QString &password, bool fast)
{
    if (!ensureSodium())
        return {};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const unsigned long long ops = opsLimit(fast);
    const size_t mem = memLimit(fast);
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                              ops, mem, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &password, const QString &encodedHash)
{
    if (!ensureSodium() || encodedHash.isEmpty())
        return false;
    const QByteArray utf8 = password.toUtf8();
    const QByteArray stored = encodedHash.toLatin1();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

} // namespace OneWindow
