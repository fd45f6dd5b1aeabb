#include "security/AuthService.h"

#include "common/Clock.h"
#include "security/AuditLog.h"
#include "security/HallSettings.h"
#include "security/PasswordHasher.h"
#include "security/PasswordPolicy.h"
#include "security/UserRepository.h"
#include "storage/Database.h"

namespace OneWindow {

Result<Session> AuthService::signIn(const QString &username, const QString &password,
                                    const QString &counterCode)
{
    using R = Result<Session>;
    UserRepository users(m_db);
    auto account = users.findByUsername(username.trimmed());
    if (!account)
        return R(account.error());
    const UserAccount &a = account.value();
    const QDateTime now = m_audit.clock().now();
    Session attempt;
    attempt.username = username.trimmed();
    attempt.counterCode = counterCode;

    if (a.id != 0 && a.lockedUntil.isValid() && a.lockedUntil > now) {
        // Locked: not even the right password opens it before its time.
        (void)m_audit.record(attempt, QStringLiteral("sign-in-locked"), {},
                             a.lockedUntil.toUTC().toString(Qt::ISODate));
        return R::failure(QStringLiteral("account-locked"),
                          a.lockedUntil.toUTC().toString(Qt::ISODate));
    }
    // An unknown name still pays for one hash, so response time does not tell
    // which accounts exist.
    static const QString decoy = PasswordHasher::hash(QStringLiteral("decoy-password"));
    const bool passwordOk = PasswordHasher::verify(password, a.id == 0 ? decoy : a.passwordHash);
    if (a.id == 0 || !passwordOk) {
        (void)m_audit.record(attempt, QStringLiteral("sign-in-failed"), {}, {});
        if (a.id == 0)
            return R::failure(QStringLiteral("bad-credentials"));
        auto rules = HallSettings(m_db).load();
        const HallSettings::Values limits = rules ? rules.value() : HallSettings::Values();
        const int failures = a.failedSignIns + 1;
        if (failures >= limits.maxFailedSignIns) {
            const QDateTime until = now.addSecs(qint64(limits.lockoutMinutes) * 60);
            if (const Status s = users.setSignInFailures(a.id, 0, until); !s)
                return R(s.error());
            (void)m_audit.record(attempt, QStringLiteral("account-locked"), {},
                                 QStringLiteral("%1 failures until %2")
                                     .arg(failures)
                                     .arg(until.toUTC().toString(Qt::ISODate)));
            return R::failure(QStringLiteral("account-locked"),
                              until.toUTC().toString(Qt::ISODate));
        }
        if (const Status s = users.setSignInFailures(a.id, failures, QDateTime()); !s)
            return R(s.error());
        return R::failure(QStringLiteral("bad-credentials"));
    }
    if (!a.active) {
        // A refused sign-in is a failed one: it belongs in the audit trail too.
        (void)m_audit.record(attempt, QStringLiteral("sign-in-failed"), {},
                             QStringLiteral("account-disabled"));
        return R::failure(QStringLiteral("account-disabled"));
    }
    if (a.failedSignIns != 0 || a.lockedUntil.isValid())
        if (const Status s = users.setSignInFailures(a.id, 0, QDateTime()); !s)
            return R(s.error());
    // The stored hash follows the current parameters from now on.
    if (PasswordHasher::needsRehash(a.passwordHash, m_fastHashes)) {
        const QString rehashed = PasswordHasher::hash(password, m_fastHashes);
        if (!rehashed.isEmpty())
            if (const Status s = users.setPasswordHash(a.id, rehashed, a.mustChangePassword); !s)
                return R(s.error());
    }
    Session session;
    session.userId = a.id;
    session.username = a.username;
    session.displayName = a.displayName;
    session.role = a.role;
    session.department = a.department;
    session.counterCode = counterCode;
    session.mustChangePassword = a.mustChangePassword;
    if (const Status s =
            m_audit.record(session, QStringLiteral("sign-in"), {},
                           a.mustChangePassword ? QStringLiteral("one-time password") : QString());
        !s)
        return R(s.error());
    return session;
}

Status AuthService::changePassword(Session &session, const QString &current, const QString &next)
{
    UserRepository users(m_db);
    auto account = users.findByUsername(session.username);
    if (!account)
        return Status(account.error());
    const UserAccount &a = account.value();
    if (a.id == 0 || a.id != session.userId || !PasswordHasher::verify(current, a.passwordHash)) {
        (void)m_audit.record(session, QStringLiteral("refused"),
                             QStringLiteral("user:") + session.username,
                             QStringLiteral("password-change bad-credentials"));
        return Status::failure(QStringLiteral("bad-credentials"));
    }
    if (next == current)
        return Status::failure(QStringLiteral("same-password"));
    if (const Status policy = PasswordPolicy::check(next, a.username); !policy)
        return policy;
    const QString hash = PasswordHasher::hash(next, m_fastHashes);
    if (hash.isEmpty())
        return Status::failure(QStringLiteral("hash-failed"));
    const Status stored = m_db.transaction([&]() -> Status {
        if (const Status s = users.setPasswordHash(a.id, hash, false); !s)
            return s;
        return m_audit.recordInTransaction(session, QStringLiteral("password-change"),
                                           QStringLiteral("user:") + a.username, {});
    });
    if (stored)
        session.mustChangePassword = false;
    return stored;
}

Status AuthService::recordLock(const Session &session)
{
    return m_audit.record(session, QStringLiteral("lock"), {}, {});
}

Status AuthService::recordUnlock(const Session &session)
{
    return m_audit.record(session, QStringLiteral("unlock"), {}, {});
}

Status AuthService::recordSignOut(const Session &session)
{
    return m_audit.record(session, QStringLiteral("sign-out"), {}, {});
}

} // namespace OneWindow
