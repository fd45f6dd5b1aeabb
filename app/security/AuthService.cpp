#include "security/AuthService.h"

#include "security/AuditLog.h"
#include "security/PasswordHasher.h"
#include "security/UserRepository.h"

namespace OneWindow {

Result<Session> AuthService::signIn(const QString &username, const QString &password,
                                    const QString &counterCode)
{
    auto account = UserRepository(m_db).findByUsername(username.trimmed());
    if (!account)
        return Result<Session>(account.error());
    const UserAccount &a = account.value();
    // An unknown name still pays for one hash, so response time does not tell
    // which accounts exist.
    static const QString decoy = PasswordHasher::hash(QStringLiteral("decoy-password"));
    const bool passwordOk = PasswordHasher::verify(password, a.id == 0 ? decoy : a.passwordHash);
    if (a.id == 0 || !passwordOk) {
        Session anonymous;
        anonymous.username = username.trimmed();
        anonymous.counterCode = counterCode;
        (void)m_audit.record(anonymous, QStringLiteral("sign-in-failed"), {}, {});
        return Result<Session>::failure(QStringLiteral("bad-credentials"));
    }
    if (!a.active) {
        // A refused sign-in is a failed one: it belongs in the audit trail too.
        Session refused;
        refused.username = a.username;
        refused.counterCode = counterCode;
        (void)m_audit.record(refused, QStringLiteral("sign-in-failed"), {},
                             QStringLiteral("account-disabled"));
        return Result<Session>::failure(QStringLiteral("account-disabled"));
    }
    Session session;
    session.userId = a.id;
    session.username = a.username;
    session.displayName = a.displayName;
    session.role = a.role;
    session.department = a.department;
    session.counterCode = counterCode;
    if (const Status s = m_audit.record(session, QStringLiteral("sign-in"), {}, {}); !s)
        return Result<Session>(s.error());
    return session;
}

} // namespace OneWindow
