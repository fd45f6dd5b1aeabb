#include "BenchAccount.h"

#include "security/AuditLog.h"
#include "security/AuthService.h"
#include "security/UserAdminService.h"
#include "storage/Database.h"

namespace OneWindow {

Result<Session> benchSignIn(const Database &db, AuditLog &audit, const QString &login, Role role,
                            const QString &counter, const QString &department)
{
    using R = Result<Session>;
    constexpr bool kFastHashes = true;
    const Session operatorSession =
        UserAdminService::databaseOperator(QStringLiteral("onewindow-bench"));
    UserAdminService users(db, audit, kFastHashes);
    // Twelve random characters: a one-time password's, kept as a chosen one.
    const QString password = UserAdminService::oneTimePassword();
    UserAdminService::NewAccount account;
    account.username = login;
    account.displayName = login;
    account.role = role;
    account.department = department;
    auto created = users.create(account, password, /*oneTime=*/false, operatorSession);
    if (!created && created.error().code == QLatin1String("login-taken")) {
        // An earlier run's account: its role as asked, and this run's password.
        if (const Status s = users.setRole(login, role, department, operatorSession); !s)
            return R(s.error());
        if (const Status s = users.setPassword(login, password, operatorSession); !s)
            return R(s.error());
    } else if (!created) {
        return R(created.error());
    }
    return AuthService(db, audit, kFastHashes).signIn(login, password, counter);
}

} // namespace OneWindow
