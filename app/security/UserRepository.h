#pragma once

#include "common/Result.h"
#include "security/Role.h"

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

private:
    const Database &m_db;
};

} // namespace OneWindow
