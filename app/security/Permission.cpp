#include "security/Permission.h"

#include <array>

namespace OneWindow {

namespace {

struct Row
{
    Capability capability;
    const char *key;
    bool clerk;
    bool officer;
    bool supervisor;
    bool admin;
};

// clang-format off
constexpr std::array<Row, 16> kTable{{
    //                                                      clerk  officer super  admin
    {Capability::OpenCaseFile,        "open-case-file",        true,  false, true,  false},
    {Capability::OpenFileWithPurpose, "open-file-with-purpose", false, true,  false, false},
    {Capability::SearchPersons,       "search-persons",        true,  true,  true,  false},
    {Capability::RunIntake,           "run-intake",            true,  false, true,  false},
    {Capability::CounterActions,      "counter-actions",       true,  false, true,  false},
    {Capability::WorkSteps,           "work-steps",            false, true,  false, false},
    {Capability::ViewInbox,           "view-inbox",            false, true,  true,  false},
    {Capability::ReleaseAnyStep,      "release-any-step",      false, false, true,  false},
    {Capability::Review,              "review",                false, false, true,  false},
    {Capability::Reopen,              "reopen",                false, false, true,  false},
    {Capability::ManageUsers,         "manage-users",          false, false, false, true},
    {Capability::ChangeSettings,      "change-settings",       false, false, false, true},
    {Capability::ViewAudit,           "view-audit",            false, false, true,  true},
    {Capability::ExportAudit,         "export-audit",          false, false, true,  true},
    {Capability::ViewDashboard,       "view-dashboard",        false, false, true,  false},
    {Capability::PrintDocuments,      "print-documents",       true,  true,  true,  false},
}};
// clang-format on

const Row *rowOf(Capability capability)
{
    for (const Row &row : kTable)
        if (row.capability == capability)
            return &row;
    return nullptr;
}

} // namespace

bool Permission::can(Role role, Capability capability)
{
    const Row *row = rowOf(capability);
    if (!row)
        return false;
    switch (role) {
    case Role::Clerk:
        return row->clerk;
    case Role::Officer:
        return row->officer;
    case Role::Supervisor:
        return row->supervisor;
    case Role::Administrator:
        return row->admin;
    }
    return false;
}

bool Permission::canWorkDepartment(const Session &session, const QString &department)
{
    return can(session, Capability::WorkSteps) && !session.department.isEmpty() &&
           session.department == department;
}

QString Permission::key(Capability capability)
{
    const Row *row = rowOf(capability);
    return row ? QString::fromLatin1(row->key) : QString();
}

QList<Capability> Permission::all()
{
    QList<Capability> list;
    for (const Row &row : kTable)
        list.append(row.capability);
    return list;
}

} // namespace OneWindow
