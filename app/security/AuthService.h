#pragma once

#include "common/Result.h"
#include "security/Session.h"

#include <QDateTime>

namespace OneWindow {

class AuditLog;
class Database;
struct UserAccount;

// Signs people in, for the window and the CLI alike. A wrong name and a wrong
// password fail the same way ("bad-credentials") so the screen does not reveal
// which accounts exist. After the hall's number of failed sign-ins in a row
// (HallSettings, 5 by default) an account is locked for its minutes (15):
// "account-locked", the detail the time it opens again. A hash made with older
// parameters is made again after a good sign-in.
//
// Every attempt is audited in the same transaction as its bookkeeping (the
// failure count, the lock, the rehash); a counter whose audit log refuses
// writes (no hall key, say) is refused before the password is even checked,
// so no attempt goes unaudited and a refusal says nothing about the password.
class AuthService
{
public:
    AuthService(const Database &db, AuditLog &audit, bool fastHashes = false)
        : m_db(db)
        , m_audit(audit)
        , m_fastHashes(fastHashes)
    {}

    Result<Session> signIn(const QString &username, const QString &password,
                           const QString &counterCode);
    // At the lock screen of `locked`'s session: the same user unlocks ("unlock");
    // another user signs in, and `locked` is signed out ("sign-out", detail
    // "user-change") in the same transaction. A `locked` without a user is a plain
    // sign-in.
    Result<Session> signInAtLock(const Session &locked, const QString &username,
                                 const QString &password, const QString &counterCode);
    // The signed-in user's own new password (a one-time one must be changed so):
    // "bad-credentials" for a wrong current password, a PasswordPolicy code,
    // "same-password" when nothing would change.
    Status changePassword(Session &session, const QString &current, const QString &next);

    // The window's lock screen and leaving, for the audit trail.
    Status recordLock(const Session &session);
    Status recordUnlock(const Session &session);
    Status recordSignOut(const Session &session);

private:
    Result<Session> attempt(const QString &username, const QString &password,
                            const QString &counterCode, const Session *locked);
    Result<Session> refuse(const Session &attempt, const UserAccount &account,
                           const QDateTime &now);

    const Database &m_db;
    AuditLog &m_audit;
    bool m_fastHashes;
};

} // namespace OneWindow
