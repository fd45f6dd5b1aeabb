#pragma once

#include "common/Result.h"
#include "security/Session.h"

namespace OneWindow {

class AuditLog;
class Database;

// Signs people in. A wrong name and a wrong password fail the same way
// ("bad-credentials") so the screen does not reveal which accounts exist.
class AuthService
{
public:
    AuthService(const Database &db, AuditLog &audit)
        : m_db(db)
        , m_audit(audit)
    {}

    Result<Session> signIn(const QString &username, const QString &password,
                           const QString &counterCode);

private:
    const Database &m_db;
    AuditLog &m_audit;
};

} // namespace OneWindow
