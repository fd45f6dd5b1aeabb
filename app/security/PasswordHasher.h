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
};

} // namespace OneWindow
