#include "security/Role.h"

namespace OneWindow {

QString roleKey(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Officer:
        return QStringLiteral("officer");
    case Role::Administrator:
        return QStringLiteral("admin");
    }
    return {};
}

bool roleFromKey(const QString &key, Role *role)
{
    for (Role r : {Role::Clerk, Role::Supervisor, Role::Officer, Role::Administrator}) {
        if (roleKey(r) == key) {
            *role = r;
            return true;
        }
    }
    return false;
}

} // namespace OneWindow
