#pragma once

#include <QString>

namespace OneWindow {

// Argon2id through libsodium: memory-hard, self-describing encoded hashes.
class PasswordHasher
{
public:
    // Interactive limits by default; `fast` uses the library minimum (tests, demo seeding).
    static QString hash(const QString &password, bool fast = false);
    static bool verify(const QString &password, const QString &encodedHash);
    // True when the hash was made with other parameters than hash(…, fast) uses
    // now: after a successful sign-in it is made again with the current ones.
    static bool needsRehash(const QString &encodedHash, bool fast = false);

    // A second, independent derivation of the password (Argon2id, a salt of its
    // own), for the database to check changes of an account against on
    // PostgreSQL. Stored as "<ops>:<mem>:<salt hex>:<SHA-256 of the derivation,
    // hex>": whoever reads it learns no more than from the hash, and cannot give
    // the derivation without the password.
    static QString proofVerifier(const QString &password, bool fast = false);
    // The derivation the verifier stands for (hex, 64 characters): what proves
    // that the password was typed. Empty for a malformed verifier.
    static QString proof(const QString &password, const QString &verifier);
    // True when `proof` is the derivation `verifier` stands for.
    static bool proofMatches(const QString &proof, const QString &verifier);
};

} // namespace OneWindow
