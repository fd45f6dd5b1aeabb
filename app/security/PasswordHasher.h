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
};

} // namespace OneWindow
