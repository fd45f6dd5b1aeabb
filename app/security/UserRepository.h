#pragma once

#include "common/Result.h"
#include "security/Role.h"
#include "security/Session.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace OneWindow {

class Database;

struct UserAccount
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Clerk;
    QString department;
    QString passwordHash;
    bool active = true;
    int failedSignIns = 0;           // in a row, since the last good one
    QDateTime lockedUntil;           // invalid: not locked
    bool mustChangePassword = false; // a one-time password: changed at first sign-in
    QDateTime createdAt;
    QString passwordProof; // PasswordHasher::proofVerifier; empty for accounts from before it
};

// The accounts. Every change is one statement or one checked function: on
// PostgreSQL the counters' role may not write `users` (docs/postgresql-roles.sql),
// so the changes go through the schema's functions (Migrations, step 16),
// which check the proof of a password (PasswordHasher::proof) — an
// administrator's for their changes, the user's own for theirs — or that the
// caller may write the table anyway. On SQLite they are plain statements.
class UserRepository
{
public:
    explicit UserRepository(const Database &db)
        : m_db(db)
    {}

    // Stores a new account; the password is hashed here and never kept.
    // `actor`: the administrator who asks (checked on PostgreSQL); none for the
    // first administrator of a new hall and for the database's own credentials.
    Result<qint64> create(const UserAccount &account, const QString &password,
                          bool fastHash = false, const Session &actor = {});
    // An empty account (id 0) when nobody has that name.
    Result<UserAccount> findByUsername(const QString &username) const;
    Result<int> count() const;
    // Every account, by login.
    Result<QList<UserAccount>> list() const;

    // Whether the database checks proofs (PostgreSQL): only then does a sign-in
    // derive one.
    bool checksProofs() const;

    // A failed sign-in, counted in the database in one statement (parallel
    // attempts all count). Reaching `maxFailures` locks the account for
    // `lockoutMinutes` from `now` and starts the count again. On PostgreSQL the
    // hall's rule is read there, from hall_settings.
    struct Failure
    {
        int failures = 0;
        QDateTime lockedUntil; // valid when this failure locked the account
    };
    Result<Failure> recordFailure(qint64 id, int maxFailures, int lockoutMinutes,
                                  const QDateTime &now);
    // After a good sign-in: the failures are forgotten and, when `hash` is given,
    // a hash and verifier made with the current parameters replace the old ones.
    // `proof` is of the password just typed.
    Status recordSuccess(qint64 id, const QString &proof, const QString &hash,
                         const QString &verifier, const QDateTime &now);
    // One's own new password, with the proof of the current one.
    Status changeOwnPassword(qint64 id, const QString &proof, const QString &hash,
                             const QString &verifier);
    // An administrator's changes (`actor`'s proof is checked on PostgreSQL).
    // A new password also lifts a lockout.
    Status setPassword(qint64 id, const QString &hash, const QString &verifier, bool mustChange,
                       const Session &actor);
    Status setActive(qint64 id, bool active, const Session &actor);
    Status setRole(qint64 id, Role role, const QString &department, const Session &actor);

private:
    const Database &m_db;
};

} // namespace OneWindow
