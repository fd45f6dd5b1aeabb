#pragma once

#include "common/Result.h"
#include "security/Session.h"

namespace OneWindow {

class AuditLog;
class Database;

// A signed-in member of staff for a benchmark, made as the product makes one:
// whoever holds the database's credentials creates the account through
// UserAdminService (as `onewindow-cli user add` does without --user), with a
// fresh random password, or sets a fresh one when an earlier run left the
// account there; then AuthService signs it in at `counter`, as the counter and
// the CLI do. So the core's permission checks see a real account and role.
// Neither is timed. Hashes use the library minimum, as the demo hall's do.
Result<Session> benchSignIn(const Database &db, AuditLog &audit, const QString &login, Role role,
                            const QString &counter, const QString &department = {});

} // namespace OneWindow
