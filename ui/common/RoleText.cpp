#include "common/RoleText.h"

namespace OneWindow {

QString RoleText::text(Role role)
{
    switch (role) {
    case Role::Clerk:
        return tr("窗口受理");
    case Role::Officer:
        return tr("部门审批");
    case Role::Supervisor:
        return tr("值班长");
    case Role::Administrator:
        return tr("管理员");
    }
    return {};
}

QString RoleText::withDepartment(Role role, const QString &department)
{
    if (role == Role::Officer && !department.isEmpty())
        return tr("部门审批（%1）").arg(department);
    return text(role);
}

} // namespace OneWindow
