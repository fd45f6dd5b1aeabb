#pragma once

#include <QString>

namespace OneWindow {

enum class Role
{
    Clerk,
    Supervisor,
    Officer,
    Administrator
};

// Stable names stored in the database: "clerk", "supervisor", "officer", "admin".
QString roleKey(Role role);
bool roleFromKey(const QString &key, Role *role);

} // namespace OneWindow
