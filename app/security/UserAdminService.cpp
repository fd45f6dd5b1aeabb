#include "security/UserAdminService.h"

#include "common/PlainText.h"
#include "security/AuditLog.h"
#include "security/PasswordHasher.h"
#include "security/PasswordPolicy.h"
#include "security/Permission.h"
#include "storage/Database.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace OneWindow {

QString UserAdminService::oneTimePassword()
{
    static const QString alphabet =
        QStringLiteral("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString p;
    for (int i = 0; i < 12; ++i)
        p += alphabet.at(int(QRandomGenerator::system()->bounded(quint32(alphabet.size()))));
    return p;
}

Session UserAdminService::databaseOperator(const QString &osAccount)
{
    Session s;
    s.userId = -1; // no account: the database's own credentials stand for it
    s.username = QStringLiteral("operator:") + osAccount;
    s.displayName = s.username;
    s.role = Role::Administrator;
    s.counterCode = QStringLiteral("CLI");
    return s;
}

Status UserAdminService::allowed(const Session &session, const QString &what) const
{
    return m_audit.require(session, Capability::ManageUsers, what);
}

Result<UserAccount> UserAdminService::existing(const QString &username) const
{
    auto a = UserRepository(m_db).findByUsername(username.trimmed());
    if (!a)
        return a;
    if (a.value().id == 0)
        return Result<UserAccount>::failure(QStringLiteral("not-found"), username);
    return a;
}

Result<QList<UserAccount>> UserAdminService::list(const Session &session) const
{
    if (const Status s = allowed(session, QStringLiteral("users")); !s)
        return Result<QList<UserAccount>>(s.error());
    return UserRepository(m_db).list();
}

Result<QString> UserAdminService::create(const NewAccount &account, const QString &password,
                                         bool oneTime, const Session &session)
{
    using R = Result<QString>;
    const QString login = account.username.trimmed();
    if (const Status s = allowed(session, QStringLiteral("user:") + login); !s)
        return R(s.error());
    static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z0-9._-]{3,32}$"));
    if (!loginPattern.match(login).hasMatch())
        return R::failure(QStringLiteral("bad-login"), login);
    if (account.role == Role::Officer && account.department.trimmed().isEmpty())
        return R::failure(QStringLiteral("department-required"));
    for (const auto &[field, text] : {std::pair{QStringLiteral("displayName"), account.displayName},
                                      std::pair{QStringLiteral("department"), account.department}})
        if (const Status s =
                PlainText::check(field, text.trimmed(), PlainText::Lines::One, PlainText::kMaxName);
            !s)
            return R(s.error());
    auto taken = UserRepository(m_db).findByUsername(login);
    if (!taken)
        return R(taken.error());
    if (taken.value().id != 0)
        return R::failure(QStringLiteral("login-taken"), login);
    const QString secret = password.isEmpty() ? oneTimePassword() : password;
    if (!password.isEmpty())
        if (const Status policy = PasswordPolicy::check(password, login); !policy)
            return R(policy.error());
    UserAccount a;
    a.username = login;
    a.displayName = account.displayName.trimmed().isEmpty() ? login : account.displayName.trimmed();
    a.role = account.role;
    a.department = account.role == Role::Officer ? account.department.trimmed() : QString();
    a.mustChangePassword = password.isEmpty() || oneTime;
    const Status stored = m_db.transaction([&]() -> Status {
        auto id = UserRepository(m_db).create(a, secret, m_fastHashes, session);
        if (!id)
            return Status(id.error());
        return m_audit.recordInTransaction(session, QStringLiteral("user-create"),
                                           QStringLiteral("user:") + login,
                                           roleKey(a.role) + QLatin1Char(' ') + a.department);
    });
    if (!stored)
        return R(stored.error());
    return password.isEmpty() ? secret : QString();
}

Status UserAdminService::setActive(const QString &username, bool active, const Session &session)
{
    if (const Status s = allowed(session, QStringLiteral("user:") + username); !s)
        return s;
    auto a = existing(username);
    if (!a)
        return Status(a.error());
    if (!active && a.value().id == session.userId)
        return Status::failure(QStringLiteral("own-account"));
    return m_db.transaction([&]() -> Status {
        if (const Status s = UserRepository(m_db).setActive(a.value().id, active, session); !s)
            return s;
        return m_audit.recordInTransaction(
            session, active ? QStringLiteral("user-enable") : QStringLiteral("user-disable"),
            QStringLiteral("user:") + a.value().username, {});
    });
}

Result<QString> UserAdminService::resetPassword(const QString &username, const Session &session)
{
    const QString secret = oneTimePassword();
    if (const Status s = allowed(session, QStringLiteral("user:") + username); !s)
        return Result<QString>(s.error());
    auto a = existing(username);
    if (!a)
        return Result<QString>(a.error());
    const QString hash = PasswordHasher::hash(secret, m_fastHashes);
    const QString verifier = PasswordHasher::proofVerifier(secret, m_fastHashes);
    if (hash.isEmpty() || verifier.isEmpty())
        return Result<QString>::failure(QStringLiteral("hash-failed"));
    const Status stored = m_db.transaction([&]() -> Status {
        if (const Status s =
                UserRepository(m_db).setPassword(a.value().id, hash, verifier, true, session);
            !s)
            return s;
        return m_audit.recordInTransaction(session, QStringLiteral("user-password-reset"),
                                           QStringLiteral("user:") + a.value().username, {});
    });
    if (!stored)
        return Result<QString>(stored.error());
    return secret;
}

Status UserAdminService::setPassword(const QString &username, const QString &password,
                                     const Session &session)
{
    if (const Status s = allowed(session, QStringLiteral("user:") + username); !s)
        return s;
    auto a = existing(username);
    if (!a)
        return Status(a.error());
    if (const Status policy = PasswordPolicy::check(password, a.value().username); !policy)
        return policy;
    const QString hash = PasswordHasher::hash(password, m_fastHashes);
    const QString verifier = PasswordHasher::proofVerifier(password, m_fastHashes);
    if (hash.isEmpty() || verifier.isEmpty())
        return Status::failure(QStringLiteral("hash-failed"));
    return m_db.transaction([&]() -> Status {
        if (const Status s =
                UserRepository(m_db).setPassword(a.value().id, hash, verifier, false, session);
            !s)
            return s;
        return m_audit.recordInTransaction(session, QStringLiteral("user-password-set"),
                                           QStringLiteral("user:") + a.value().username, {});
    });
}

Status UserAdminService::setRole(const QString &username, Role role, const QString &department,
                                 const Session &session)
{
    if (const Status s = allowed(session, QStringLiteral("user:") + username); !s)
        return s;
    auto a = existing(username);
    if (!a)
        return Status(a.error());
    if (role == Role::Officer && department.trimmed().isEmpty())
        return Status::failure(QStringLiteral("department-required"));
    if (a.value().id == session.userId && role != Role::Administrator)
        return Status::failure(QStringLiteral("own-account"));
    const QString dept = role == Role::Officer ? department.trimmed() : QString();
    return m_db.transaction([&]() -> Status {
        if (const Status s = UserRepository(m_db).setRole(a.value().id, role, dept, session); !s)
            return s;
        return m_audit.recordInTransaction(session, QStringLiteral("user-role"),
                                           QStringLiteral("user:") + a.value().username,
                                           roleKey(role) + QLatin1Char(' ') + dept);
    });
}

} // namespace OneWindow
