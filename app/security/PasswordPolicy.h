#pragma once

#include "common/Result.h"

#include <QString>

namespace OneWindow {

// What a member of staff's password must be before it is stored. The hall's
// accounts guard citizens' files: a short password falls to guessing at the
// counter's sign-in, so every path that sets one (first start, hall init)
// asks here first.
class PasswordPolicy
{
public:
    static constexpr int kMinimumLength = 10; // characters, not bytes

    // Codes: "password-too-short" (detail: the minimum), "password-is-login"
    // (the account's name, in any case, inside the password),
    // "password-one-character" (one character repeated).
    static Status check(const QString &password, const QString &username = {});
};

} // namespace OneWindow
