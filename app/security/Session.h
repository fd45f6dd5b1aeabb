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
    // What proves this sign-in knew the password (PasswordHasher::proof), for the
    // database to check an administrator's changes on PostgreSQL, where the
    // counters' role cannot change accounts by itself. Set at an administrator's
    // sign-in there; empty otherwise.
    QString credentialProof;
};

} // namespace OneWindow
