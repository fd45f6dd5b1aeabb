#pragma once

#include "security/Role.h"

#include <QString>

namespace OneWindow {

// Who is signed in at which counter. Services take it to enforce roles and to
// write the audit trail.
struct Session
{
    // Where the request comes from. A member of staff signed in at a counter or
    // through the CLI, or the public tracking page (onewindow-tracker), which
    // has no user: userId stays 0, so every staff Permission::can is false, and
    // its audit events carry user "tracker:web" (a name no account can have: logins
    // have no ':') and counter "tracker" (Session::tracker()).
    enum class Kind
    {
        Staff,
        Tracker
    };
    Kind kind = Kind::Staff;
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

    static Session tracker()
    {
        Session s;
        s.kind = Kind::Tracker;
        s.username = QStringLiteral("tracker:web");
        s.displayName = s.username;
        s.counterCode = QStringLiteral("tracker");
        return s;
    }
    bool isTracker() const { return kind == Kind::Tracker; }
};

} // namespace OneWindow
