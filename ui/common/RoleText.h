#pragma once

#include "security/Session.h"

#include <QCoreApplication>
#include <QString>

namespace OneWindow {

// The roles in the interface language: one wording for the header, the
// accounts table and the account dialog.
class RoleText
{
    Q_DECLARE_TR_FUNCTIONS(RoleText)

public:
    static QString text(Role role);
    // With the officer's department: "部门审批（公安）".
    static QString withDepartment(Role role, const QString &department);
};

} // namespace OneWindow
