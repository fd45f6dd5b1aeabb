#include "security/UserRepository.h"

#include "security/PasswordHasher.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QDateTime>

namespace OneWindow {

namespace {

const char kColumns[] = "id, username, display_name, role, department, password_hash, active,"
                        " failed_signins, locked_until, must_change_password, created_at,"
                        " password_proof";

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
    account.passwordProof = q.value(11).toString();
    return account;
}

// The administrator asking, for the functions: their account and proof.
QVariantList actorValues(const Session &actor)
{
    return {actor.userId > 0 ? QVariant(actor.userId) : SqlValue::typedNull(QMetaType::LongLong),
            SqlValue::textOrNull(actor.credentialProof)};
}

Status statusOf(const Result<QSqlQuery> &q)
{
    return q ? Status::success() : Status(q.error());
}

} // namespace

bool UserRepository::checksProofs() const
{
    return m_db.dialect() == DatabaseUrl::Dialect::Postgres;
}

Result<qint64> UserRepository::create(const UserAccount &account, const QString &password,
                                      bool fastHash, const Session &actor)
{
    const QString hash = PasswordHasher::hash(password, fastHash);
    const QString verifier = PasswordHasher::proofVerifier(password, fastHash);
    if (hash.isEmpty() || verifier.isEmpty())
        return Result<qint64>::failure(QStringLiteral("hash-failed"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Result<QSqlQuery> q = Result<QSqlQuery>::failure(QStringLiteral("db-error"));
    if (checksProofs())
        q = m_db.run(
            QStringLiteral("SELECT onewindow_user_create(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            actorValues(actor) +
                QVariantList{account.username, account.displayName, roleKey(account.role),
                             SqlValue::textOrNull(account.department), hash, verifier,
                             account.active, account.mustChangePassword, now});
    else
        q = m_db.run(QStringLiteral("INSERT INTO users (username, display_name, role, department,"
                                    " password_hash, password_proof, active, created_at,"
                                    " must_change_password) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                    " RETURNING id"),
                     {account.username, account.displayName, roleKey(account.role),
                      SqlValue::textOrNull(account.department), hash, verifier, account.active, now,
                      account.mustChangePassword});
    if (!q)
        return Result<qint64>(q.error());
    if (!q.value().next())
        return Result<qint64>::failure(QStringLiteral("db-error"),
                                       QStringLiteral("no id returned"));
    return q.value().value(0).toLongLong();
}

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

Result<UserRepository::Failure>
UserRepository::recordFailure(qint64 id, int maxFailures, int lockoutMinutes, const QDateTime &now)
{
    using R = Result<Failure>;
    const QDateTime until = now.addSecs(qint64(lockoutMinutes) * 60);
    // The count is read and written by the database in the same statement:
    // parallel attempts cannot each read the same old count.
    auto q = checksProofs()
                 ? m_db.run(QStringLiteral("SELECT o_failures, o_locked_until"
                                           " FROM onewindow_signin_failed(?, ?)"),
                            {id, now.toUTC()})
                 : m_db.run(QStringLiteral("UPDATE users SET failed_signins = CASE"
                                           " WHEN failed_signins + 1 >= ? THEN 0"
                                           " ELSE failed_signins + 1 END,"
                                           " locked_until = CASE WHEN failed_signins + 1 >= ?"
                                           " THEN ? ELSE locked_until END"
                                           " WHERE id = ? RETURNING failed_signins, locked_until"),
                            {maxFailures, maxFailures, until.toUTC(), id});
    if (!q)
        return R(q.error());
    if (!q.value().next())
        return R::failure(QStringLiteral("not-found"), QString::number(id));
    Failure f;
    f.failures = q.value().value(0).toInt();
    // A count started again is this attempt's lock.
    if (f.failures == 0)
        f.lockedUntil = SqlValue::readDateTime(q.value().value(1));
    return f;
}

Status UserRepository::recordSuccess(qint64 id, const QString &proof, const QString &hash,
                                     const QString &verifier, const QDateTime &now)
{
    if (checksProofs())
        return statusOf(m_db.run(QStringLiteral("SELECT onewindow_signin_ok(?, ?, ?, ?, ?)"),
                                 {id, SqlValue::textOrNull(proof), SqlValue::textOrNull(hash),
                                  SqlValue::textOrNull(verifier), now.toUTC()}));
    if (hash.isEmpty())
        return statusOf(m_db.run(
            QStringLiteral("UPDATE users SET failed_signins = 0, locked_until = NULL WHERE id = ?"),
            {id}));
    return statusOf(m_db.run(QStringLiteral("UPDATE users SET failed_signins = 0,"
                                            " locked_until = NULL, password_hash = ?,"
                                            " password_proof = ? WHERE id = ?"),
                             {hash, SqlValue::textOrNull(verifier), id}));
}

Status UserRepository::changeOwnPassword(qint64 id, const QString &proof, const QString &hash,
                                         const QString &verifier)
{
    if (checksProofs())
        return statusOf(m_db.run(QStringLiteral("SELECT onewindow_password_change(?, ?, ?, ?)"),
                                 {id, SqlValue::textOrNull(proof), hash, verifier}));
    return statusOf(m_db.run(QStringLiteral("UPDATE users SET password_hash = ?,"
                                            " password_proof = ?, must_change_password = ?,"
                                            " failed_signins = 0, locked_until = NULL,"
                                            " version = version + 1 WHERE id = ?"),
                             {hash, verifier, false, id}));
}

Status UserRepository::setPassword(qint64 id, const QString &hash, const QString &verifier,
                                   bool mustChange, const Session &actor)
{
    if (checksProofs())
        return statusOf(
            m_db.run(QStringLiteral("SELECT onewindow_user_set_password(?, ?, ?, ?, ?, ?)"),
                     actorValues(actor) + QVariantList{id, hash, verifier, mustChange}));
    return statusOf(m_db.run(QStringLiteral("UPDATE users SET password_hash = ?,"
                                            " password_proof = ?, must_change_password = ?,"
                                            " failed_signins = 0, locked_until = NULL,"
                                            " version = version + 1 WHERE id = ?"),
                             {hash, verifier, mustChange, id}));
}

Status UserRepository::setActive(qint64 id, bool active, const Session &actor)
{
    if (checksProofs())
        return statusOf(m_db.run(QStringLiteral("SELECT onewindow_user_set_active(?, ?, ?, ?)"),
                                 actorValues(actor) + QVariantList{id, active}));
    return statusOf(m_db.run(QStringLiteral("UPDATE users SET active = ?, version = version + 1"
                                            " WHERE id = ?"),
                             {active, id}));
}

Status UserRepository::setRole(qint64 id, Role role, const QString &department,
                               const Session &actor)
{
    if (checksProofs())
        return statusOf(
            m_db.run(QStringLiteral("SELECT onewindow_user_set_role(?, ?, ?, ?, ?)"),
                     actorValues(actor) +
                         QVariantList{id, roleKey(role), SqlValue::textOrNull(department)}));
    return statusOf(m_db.run(QStringLiteral("UPDATE users SET role = ?, department = ?,"
                                            " version = version + 1 WHERE id = ?"),
                             {roleKey(role), SqlValue::textOrNull(department), id}));
}

Result<int> UserRepository::count() const
{
    auto v = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM users"));
    if (!v)
        return Result<int>(v.error());
    return v.value().toInt();
}

} // namespace OneWindow
