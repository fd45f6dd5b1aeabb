#pragma once

#include "security/Session.h"

#include <QList>
#include <QString>

namespace OneWindow {

// What a signed-in member of staff may do. The one table of the hall's rules:
// every core service asks it before reading or changing citizens' data, and
// the window asks it which workspaces to show.
enum class Capability
{
    OpenCaseFile,        // open any citizen's unified case file
    OpenFileWithPurpose, // open a file outside one's own department's cases, stating why
    SearchPersons,       // find a file by ID number, name, phone or case number
    RunIntake,           // intake, drafts, accept, one-time notification
    CounterActions,      // at the counter: record supplements, hand over, withdraw
    WorkSteps,           // claim and decide the steps of one's own department
    ViewInbox,           // see department inboxes
    ReleaseAnyStep,      // take a step back from whoever holds it
    Review,              // the supervisor's review queue
    Reopen,              // reopen a completed case
    ManageUsers,         // accounts, roles, departments, passwords
    ChangeSettings,      // the counter's set-up
    ViewAudit,           // read the audit trail
    ExportAudit,         // export it (masked)
    ViewDashboard,       // the hall's figures
    PrintDocuments,      // receipts and notices, and their reprints
};

class Permission
{
public:
    static bool can(Role role, Capability capability);
    // A session opened with a one-time password may do nothing but change it
    // (AuthService::changePassword), whatever its role: the core refuses the rest.
    static bool can(const Session &session, Capability capability)
    {
        return session.kind == Session::Kind::Staff && session.userId != 0 &&
               !session.mustChangePassword && can(session.role, capability);
    }
    // An officer works only their own department's steps.
    static bool canWorkDepartment(const Session &session, const QString &department);
    // A stable name for logs, the audit trail and refusals ("open-case-file").
    static QString key(Capability capability);
    static QList<Capability> all();
};

} // namespace OneWindow
