#include "security/UserRepository.h"

#include "security/PasswordHasher.h"
#include "storage/Database.h"

#include <QDateTime>

namespace OneWindow {

Result<qint64> UserRepository::create(const UserAccount &account, const QString &password,
                                      bool fastHash)
{
    const QString hash = PasswordHasher::hash(password, fastHash);
    if (hash.isEmpty())
        return Result<qint64>::failure(QStringLiteral("hash-failed"));
    auto q = m_db.run(QStringLiteral("INSERT INTO users (username, display_name, role, department,"
                                     " password_hash, active, created_at)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                      {account.username, account.displayName, roleKey(account.role),
                       account.department, hash, account.active, QDateTime::currentDateTimeUtc()});
    if (!q)
        return Result<qint64>(q.error());
    if (!q.value().next())
        return Result<qint64>::failure(QStringLiteral("db-error"),
                                       QStringLiteral("no id returned"));
    return q.value().value(0).toLongLong();
}

Result<UserAccount> UserRepository::findByUsername(const QString &username) const
{
    auto q = m_db.run(QStringLiteral("SELECT id, username, display_name, role, department,"
                                     " password_hash, active FROM users WHERE username = ?"),
                      {username});
    if (!q)
        return Result<UserAccount>(q.error());
    UserAccount account;
    if (q.value().next()) {
        account.id = q.value().value(0).toLongLong();
        account.username = q.value().value(1).toString();
        account.displayName = q.value().value(2).toString();
        roleFromKey(q.value().value(3).toString(), &account.role);
        account.department = q.value().value(4).toString();
        account.passwordHash = q.value().value(5).toString();
        account.active = q.value().value(6).toBool();
    }
    return account;
}

Result<int> UserRepository::count() const
{
    auto v = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM users"));
    if (!v)
        return Result<int>(v.error());
    return v.value().toInt();
}

} // namespace OneWindow
