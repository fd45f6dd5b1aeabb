#pragma once

#include "security/Session.h"

namespace OneWindow::Test {

// A signed-in session without a sign-in, for tests of one service: the account
// id, login and role it claims, at counter A01 unless told otherwise. The
// display name is the login unless given.
inline Session session(qint64 userId, const QString &username, Role role = Role::Clerk,
                       const QString &department = {},
                       const QString &counter = QStringLiteral("A01"))
{
    Session s;
    s.userId = userId;
    s.username = username;
    s.displayName = username;
    s.role = role;
    s.department = department;
    s.counterCode = counter;
    return s;
}

} // namespace OneWindow::Test
