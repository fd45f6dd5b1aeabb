#pragma once

#include "common/Result.h"
#include "security/Role.h"
#include "security/Session.h"
#include "security/UserRepository.h"

#include <QList>

namespace OneWindow {

class AuditLog;
class Database;

// Accounts, for administrators: create with a one-time password that must be
// changed at first sign-in (or a chosen one, from the command line), disable
// and enable, reset a password, set role and department. Every change and
// every refusal is audited; the password never is.
class UserAdminService
{
public:
    struct NewAccount
    {
        QString username;
        QString displayName;
        Role role = Role::Clerk;
        QString department; // required for an officer
    };

    UserAdminService(const Database &db, AuditLog &audit, bool fastHashes = false)
        : m_db(db)
        , m_audit(audit)
        , m_fastHashes(fastHashes)
    {}

    Result<QList<UserAccount>> list(const Session &session) const;
    // With `password` empty a one-time password is made and returned; a chosen
    // one must pass PasswordPolicy and is not one-time unless `oneTime`.
    // "login-taken", "bad-login", "department-required".
    Result<QString> create(const NewAccount &account, const QString &password, bool oneTime,
                           const Session &session);
    // "own-account": nobody disables themselves.
    Status setActive(const QString &username, bool active, const Session &session);
    // A new one-time password, returned once.
    Result<QString> resetPassword(const QString &username, const Session &session);
    // A chosen password (the command line); PasswordPolicy applies.
    Status setPassword(const QString &username, const QString &password, const Session &session);
    Status setRole(const QString &username, Role role, const QString &department,
                   const Session &session);

    // Twelve characters a clerk can read out without confusion (no 0/O, 1/l).
    static QString oneTimePassword();
    // The command line acting for whoever holds the database's credentials.
    static Session databaseOperator(const QString &osAccount);

private:
    Status allowed(const Session &session, const QString &what) const;
    Result<UserAccount> existing(const QString &username) const;

    const Database &m_db;
    AuditLog &m_audit;
    bool m_fastHashes;
};

} // namespace OneWindow
