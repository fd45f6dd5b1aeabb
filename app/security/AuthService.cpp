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
    return attempt(username, password, counterCode, nullptr);
}

Result<Session> AuthService::signInAtLock(const Session &locked, const QString &username,
                                          const QString &password, const QString &counterCode)
{
    return attempt(username, password, counterCode, locked.userId != 0 ? &locked : nullptr);
}

Result<Session> AuthService::refuse(const Session &attempt, const UserAccount &a,
                                    const QDateTime &now)
{
    using R = Result<Session>;
    UserRepository users(m_db);
    UserRepository::Failure failure;
    const Status counted = m_db.transaction([&]() -> Status {
        if (a.id != 0) {
            auto rules = HallSettings(m_db).load();
            const HallSettings::Values limits = rules ? rules.value() : HallSettings::Values();
            auto f = users.recordFailure(a.id, limits.maxFailedSignIns, limits.lockoutMinutes, now);
            if (!f)
                return Status(f.error());
            failure = f.value();
        }
        if (const Status s =
                m_audit.recordInTransaction(attempt, QStringLiteral("sign-in-failed"), {}, {});
            !s)
            return s;
        if (!failure.lockedUntil.isValid())
            return Status::success();
        return m_audit.recordInTransaction(
            attempt, QStringLiteral("account-locked"), {},
            QStringLiteral("until %1").arg(failure.lockedUntil.toUTC().toString(Qt::ISODate)));
    });
    if (!counted)
        return R(counted.error());
    if (failure.lockedUntil.isValid())
        return R::failure(QStringLiteral("account-locked"),
                          failure.lockedUntil.toUTC().toString(Qt::ISODate));
    return R::failure(QStringLiteral("bad-credentials"));
}

Result<Session> AuthService::attempt(const QString &username, const QString &password,
                                     const QString &counterCode, const Session *locked)
{
    using R = Result<Session>;
    Session attempt;
    attempt.username = username.trimmed();
    attempt.counterCode = counterCode;
    // A counter that cannot write the audit trail checks no password: nothing
    // it did would be recorded, and its answer would tell a right one from a wrong.
    if (const Status ready = m_audit.ready(); !ready)
        return R(ready.error());
    UserRepository users(m_db);
    auto account = users.findByUsername(attempt.username);
    if (!account)
        return R(account.error());
    const UserAccount &a = account.value();
    const QDateTime now = m_audit.clock().now();

    if (a.id != 0 && a.lockedUntil.isValid() && a.lockedUntil > now) {
        // Locked: not even the right password opens it before its time.
        const QString until = a.lockedUntil.toUTC().toString(Qt::ISODate);
        if (const Status s = m_audit.record(attempt, QStringLiteral("sign-in-locked"), {}, until);
            !s)
            return R(s.error());
        return R::failure(QStringLiteral("account-locked"), until);
    }
    // An unknown name still pays for one hash, so response time does not tell
    // which accounts exist.
    static const QString decoy = PasswordHasher::hash(QStringLiteral("decoy-password"));
    if (a.id == 0 || !PasswordHasher::verify(password, a.id == 0 ? decoy : a.passwordHash))
        return refuse(attempt, a, now);
    if (!a.active) {
        // A refused sign-in is a failed one: it belongs in the audit trail too.
        if (const Status s = m_audit.record(attempt, QStringLiteral("sign-in-failed"), {},
                                            QStringLiteral("account-disabled"));
            !s)
            return R(s.error());
        return R::failure(QStringLiteral("account-disabled"));
    }

    // On PostgreSQL the database checks the bookkeeping below, and an
    // administrator's changes later, against the proof of this password.
    const bool rehash = PasswordHasher::needsRehash(a.passwordHash, m_fastHashes);
    const bool bookkeeping = a.failedSignIns != 0 || a.lockedUntil.isValid() || rehash ||
                             (a.passwordProof.isEmpty() && !users.checksProofs());
    QString proof;
    if (users.checksProofs() && !a.passwordProof.isEmpty() &&
        (bookkeeping || a.role == Role::Administrator))
        proof = PasswordHasher::proof(password, a.passwordProof);
    // The stored hash follows the current parameters from now on; an account
    // from before proofs gets its verifier here, except where the database
    // would have to take it on trust (PostgreSQL: an administrator sets it).
    QString newHash, newVerifier;
    if (rehash && (!users.checksProofs() || !proof.isEmpty())) {
        newHash = PasswordHasher::hash(password, m_fastHashes);
        newVerifier = PasswordHasher::proofVerifier(password, m_fastHashes);
    } else if (a.passwordProof.isEmpty() && !users.checksProofs()) {
        newHash = a.passwordHash;
        newVerifier = PasswordHasher::proofVerifier(password, m_fastHashes);
    }

    Session session;
    session.userId = a.id;
    session.username = a.username;
    session.displayName = a.displayName;
    session.role = a.role;
    session.department = a.department;
    session.counterCode = counterCode;
    session.mustChangePassword = a.mustChangePassword;
    if (a.role == Role::Administrator && !proof.isEmpty())
        session.credentialProof =
            newVerifier.isEmpty() ? proof : PasswordHasher::proof(password, newVerifier);
    const QString detail = a.mustChangePassword ? QStringLiteral("one-time password") : QString();
    const Status done = m_db.transaction([&]() -> Status {
        if (bookkeeping)
            if (const Status s = users.recordSuccess(a.id, proof, newHash, newVerifier, now); !s)
                return s;
        if (locked && locked->userId == a.id)
            return m_audit.recordInTransaction(session, QStringLiteral("unlock"), {}, detail);
        if (locked)
            if (const Status s = m_audit.recordInTransaction(*locked, QStringLiteral("sign-out"),
                                                             {}, QStringLiteral("user-change"));
                !s)
                return s;
        return m_audit.recordInTransaction(session, QStringLiteral("sign-in"), {}, detail);
    });
    if (!done)
        return R(done.error());
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
        if (const Status s = m_audit.record(session, QStringLiteral("refused"),
                                            QStringLiteral("user:") + session.username,
                                            QStringLiteral("password-change bad-credentials"));
            !s)
            return s;
        return Status::failure(QStringLiteral("bad-credentials"));
    }
    if (next == current)
        return Status::failure(QStringLiteral("same-password"));
    if (const Status policy = PasswordPolicy::check(next, a.username); !policy)
        return policy;
    const QString proof =
        users.checksProofs() ? PasswordHasher::proof(current, a.passwordProof) : QString();
    const QString hash = PasswordHasher::hash(next, m_fastHashes);
    const QString verifier = PasswordHasher::proofVerifier(next, m_fastHashes);
    if (hash.isEmpty() || verifier.isEmpty())
        return Status::failure(QStringLiteral("hash-failed"));
    const Status stored = m_db.transaction([&]() -> Status {
        if (const Status s = users.changeOwnPassword(a.id, proof, hash, verifier); !s)
            return s;
        return m_audit.recordInTransaction(session, QStringLiteral("password-change"),
                                           QStringLiteral("user:") + a.username, {});
    });
    if (!stored)
        return stored;
    session.mustChangePassword = false;
    if (!session.credentialProof.isEmpty() ||
        (a.role == Role::Administrator && users.checksProofs()))
        session.credentialProof = PasswordHasher::proof(next, verifier);
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
