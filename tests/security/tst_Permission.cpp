// The hall's capability table: one row per role and capability.
#include "security/Permission.h"

#include <QTest>

using namespace OneWindow;

Q_DECLARE_METATYPE(OneWindow::Role)
Q_DECLARE_METATYPE(OneWindow::Capability)

class tst_Permission : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void table_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<Capability>("capability");
        QTest::addColumn<bool>("allowed");
        const QList<Capability> clerk = {Capability::OpenCaseFile, Capability::SearchPersons,
                                         Capability::RunIntake, Capability::CounterActions,
                                         Capability::PrintDocuments};
        const QList<Capability> officer = {Capability::OpenFileWithPurpose,
                                           Capability::SearchPersons, Capability::WorkSteps,
                                           Capability::ViewInbox, Capability::PrintDocuments};
        const QList<Capability> supervisor = {
            Capability::OpenCaseFile,   Capability::SearchPersons, Capability::RunIntake,
            Capability::CounterActions, Capability::ViewInbox,     Capability::ReleaseAnyStep,
            Capability::Review,         Capability::Reopen,        Capability::ViewAudit,
            Capability::ExportAudit,    Capability::ViewDashboard, Capability::PrintDocuments};
        const QList<Capability> admin = {Capability::ManageUsers, Capability::ChangeSettings,
                                         Capability::ViewAudit, Capability::ExportAudit};
        const QList<QPair<Role, QList<Capability>>> grants = {{Role::Clerk, clerk},
                                                              {Role::Officer, officer},
                                                              {Role::Supervisor, supervisor},
                                                              {Role::Administrator, admin}};
        for (const auto &[role, allowed] : grants)
            for (Capability c : Permission::all())
                QTest::addRow("%s %s", qPrintable(roleKey(role)), qPrintable(Permission::key(c)))
                    << role << c << allowed.contains(c);
    }

    void table()
    {
        QFETCH(Role, role);
        QFETCH(Capability, capability);
        QFETCH(bool, allowed);
        QCOMPARE(Permission::can(role, capability), allowed);
        Session signedIn;
        signedIn.userId = 3;
        signedIn.role = role;
        QCOMPARE(Permission::can(signedIn, capability), allowed);
        // Nobody signed in may do nothing, whatever the role field says.
        Session nobody;
        nobody.role = role;
        QVERIFY(!Permission::can(nobody, capability));
    }

    void officersWorkTheirOwnDepartment()
    {
        Session officer;
        officer.userId = 5;
        officer.role = Role::Officer;
        officer.department = QStringLiteral("公安");
        QVERIFY(Permission::canWorkDepartment(officer, QStringLiteral("公安")));
        QVERIFY(!Permission::canWorkDepartment(officer, QStringLiteral("医保")));
        officer.department.clear();
        QVERIFY(!Permission::canWorkDepartment(officer, QString()));
        Session clerk;
        clerk.userId = 6;
        clerk.role = Role::Clerk;
        QVERIFY(!Permission::canWorkDepartment(clerk, QStringLiteral("公安")));
    }
};

QTEST_GUILESS_MAIN(tst_Permission)
#include "tst_Permission.moc"
