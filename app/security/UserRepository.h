#pragma once

#include "common/Result.h"
#include "security/Role.h"

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
};

class UserRepository
{
public:
    explicit UserRepository(const Database &db)
        : m_db(db)
    {}

    // Stores a new account; the password is hashed here and never kept.
    Result<qint64> create(const UserAccount &account, const QString &password,
                          bool fastHash = false);
    // An empty account (id 0) when nobody has that name.
    Result<UserAccount> findByUsername(const QString &username) const;
    Result<int> count() const;
    // Every account, by login.
    Result<QList<UserAccount>> list() const;

    // Writers for the account service and the sign-in; each changes one thing.
    Status setPasswordHash(qint64 id, const QString &hash, bool mustChange);
    Status setSignInFailures(qint64 id, int failures, const QDateTime &lockedUntil);
    Status setActive(qint64 id, bool active);
    Status setRole(qint64 id, Role role, const QString &department);

private:
    const Database &m_db;
};

} // namespace OneWindow
