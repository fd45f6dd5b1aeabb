#pragma once

#include "security/Role.h"

#include <QString>

namespace OneWindow {

// Who is signed in at which counter. Services take it to enforce roles and to
// write the audit trail.
struct Session
{
    qint64 userId = 0;
    QString username;
    QString displayName;
    Role role = Role::Clerk;
    QString department;
    QString counterCode;
    // Signed in with a one-time password: nothing but changing it until then.
    bool mustChangePassword = false;
};

} // namespace OneWindow
