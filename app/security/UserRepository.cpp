#include "security/UserRepository.h"

#include "security/PasswordHasher.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QDateTime>

namespace OneWindow {

Result<qint64> UserRepository::create(const UserAccount &account, const QString &password,
                                      bool fastHash)
{
    const QString hash = PasswordHasher::hash(password, fastHash);
    if (hash.isEmpty())
        return Result<qint64>::failure(QStringLiteral("hash-failed"));
    auto q = m_db.run(QStringLiteral("INSERT INTO users (username, display_name, role, department,"
                                     " password_hash, active, created_at, must_change_password)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                      {account.username, account.displayName, roleKey(account.role),
                       account.department, hash, account.active, QDateTime::currentDateTimeUtc(),
                       account.mustChangePassword});
    if (!q)
        return Result<qint64>(q.error());
    if (!q.value().next())
        return Result<qint64>::failure(QStringLiteral("db-error"),
                                       QStringLiteral("no id returned"));
    return q.value().value(0).toLongLong();
}

namespace {

const char kColumns[] = "id, username, display_name, role, department, password_hash, active,"
                        " failed_signins, locked_until, must_change_password, created_at";

UserAccount readAccount(const QSqlQuery &q)
{
    UserAccount account;
    account.id = q.value(0).toLongLong();
    account.username = q.value(1).toString();
    account.displayName = q.value(2).toString();
    roleFromKey(q.value(3).toString(), &account.role);
    account.department = q.value(4).toString();
    account.passwordHash = q.value(5).toString();
    account.active = q.value(6).toBool();
    account.failedSignIns = q.value(7).toInt();
    account.lockedUntil = SqlValue::readDateTime(q.value(8));
    account.mustChangePassword = q.value(9).toBool();
    account.createdAt = SqlValue::readDateTime(q.value(10));
    return account;
}

} // namespace

Result<UserAccount> UserRepository::findByUsername(const QString &username) const
{
    auto q = m_db.run(
        QStringLiteral("SELECT %1 FROM users WHERE username = ?").arg(QLatin1String(kColumns)),
        {username});
    if (!q)
        return Result<UserAccount>(q.error());
    UserAccount account;
    if (q.value().next())
        account = readAccount(q.value());
    return account;
}

Result<QList<UserAccount>> UserRepository::list() const
{
    auto q = m_db.run(
        QStringLiteral("SELECT %1 FROM users ORDER BY username").arg(QLatin1String(kColumns)));
    if (!q)
        return Result<QList<UserAccount>>(q.error());
    QList<UserAccount> accounts;
    while (q.value().next())
        accounts << readAccount(q.value());
    return accounts;
}

Status UserRepository::setPasswordHash(qint64 id, const QString &hash, bool mustChange)
{
    auto q = m_db.run(QStringLiteral("UPDATE users SET password_hash = ?, must_change_password = ?,"
                                     " failed_signins = 0, locked_until = ?,"
                                     " version = version + 1 WHERE id = ?"),
                      {hash, mustChange, SqlValue::dateTimeOrNull(QDateTime()), id});
    return q ? Status::success() : Status(q.error());
}

Status UserRepository::setSignInFailures(qint64 id, int failures, const QDateTime &lockedUntil)
{
    auto q = m_db.run(
        QStringLiteral("UPDATE users SET failed_signins = ?, locked_until = ? WHERE id = ?"),
        {failures, SqlValue::dateTimeOrNull(lockedUntil), id});
    return q ? Status::success() : Status(q.error());
}

Status UserRepository::setActive(qint64 id, bool active)
{
    auto q = m_db.run(QStringLiteral("UPDATE users SET active = ?, version = version + 1"
                                     " WHERE id = ?"),
                      {active, id});
    return q ? Status::success() : Status(q.error());
}

Status UserRepository::setRole(qint64 id, Role role, const QString &department)
{
    auto q = m_db.run(QStringLiteral("UPDATE users SET role = ?, department = ?,"
                                     " version = version + 1 WHERE id = ?"),
                      {roleKey(role), SqlValue::textOrNull(department), id});
    return q ? Status::success() : Status(q.error());
}

Result<int> UserRepository::count() const
{
    auto v = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM users"));
    if (!v)
        return Result<int>(v.error());
    return v.value().toInt();
}

} // namespace OneWindow
