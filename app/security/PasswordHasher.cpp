#include "security/PasswordHasher.h"

#include <QCryptographicHash>
#include <QStringList>

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

namespace {

QByteArray derive(const QString &password, const QByteArray &salt, unsigned long long ops,
                  size_t mem)
{
    if (!ensureSodium() || salt.size() != crypto_pwhash_SALTBYTES)
        return {};
    const QByteArray utf8 = password.toUtf8();
    QByteArray out(32, Qt::Uninitialized);
    if (crypto_pwhash(reinterpret_cast<unsigned char *>(out.data()),
                      static_cast<unsigned long long>(out.size()), utf8.constData(),
                      static_cast<unsigned long long>(utf8.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), ops, mem,
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return out;
}

} // namespace

QString PasswordHasher::proofVerifier(const QString &password, bool fast)
{
    if (!ensureSodium())
        return {};
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    const unsigned long long ops = opsLimit(fast);
    const size_t mem = memLimit(fast);
    const QByteArray derived = derive(password, salt, ops, mem);
    if (derived.isEmpty())
        return {};
    const QByteArray digest = QCryptographicHash::hash(derived, QCryptographicHash::Sha256);
    return QStringLiteral("%1:%2:%3:%4")
        .arg(ops)
        .arg(qulonglong(mem))
        .arg(QString::fromLatin1(salt.toHex()), QString::fromLatin1(digest.toHex()));
}

QString PasswordHasher::proof(const QString &password, const QString &verifier)
{
    const QStringList parts = verifier.split(QLatin1Char(':'));
    if (parts.size() != 4)
        return {};
    bool opsOk = false, memOk = false;
    const unsigned long long ops = parts.at(0).toULongLong(&opsOk);
    const qulonglong mem = parts.at(1).toULongLong(&memOk);
    // Within what this library would make, so a planted verifier cannot make a
    // sign-in spend minutes or gigabytes.
    if (!opsOk || !memOk || ops < crypto_pwhash_OPSLIMIT_MIN ||
        ops > crypto_pwhash_OPSLIMIT_SENSITIVE || mem < crypto_pwhash_MEMLIMIT_MIN ||
        mem > crypto_pwhash_MEMLIMIT_SENSITIVE)
        return {};
    const QByteArray derived =
        derive(password, QByteArray::fromHex(parts.at(2).toLatin1()), ops, size_t(mem));
    return derived.isEmpty() ? QString() : QString::fromLatin1(derived.toHex());
}

bool PasswordHasher::proofMatches(const QString &proof, const QString &verifier)
{
    const QStringList parts = verifier.split(QLatin1Char(':'));
    if (parts.size() != 4 || proof.size() != 64)
        return false;
    const QByteArray digest =
        QCryptographicHash::hash(QByteArray::fromHex(proof.toLatin1()), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex()) == parts.at(3);
}

} // namespace OneWindow
