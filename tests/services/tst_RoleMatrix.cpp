#include "casefile/CaseFileService.h"
#include "common/FixedClock.h"
#include "documents/DocumentService.h"
#include "helpers/SampleIntake.h"
#include "helpers/TestDatabase.h"
#include "intake/DraftService.h"
#include "intake/EvidenceService.h"
#include "intake/IntakeService.h"
#include "reports/DashboardService.h"
#include "review/ReviewService.h"
#include "security/AuditFilter.h"
#include "security/AuditQuery.h"
#include "security/Permission.h"
#include "security/UserAdminService.h"
#include "security/UserRepository.h"
#include "services/AppServices.h"
#include "templates/TemplateCatalogue.h"
#include "workflow/CaseWorkflowService.h"
#include "workflow/DepartmentInbox.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace OneWindow;

namespace {

const QDateTime kNow(QDate(2026, 11, 24), QTime(10, 0));

// What a probe got back: a refusal of the hall's rules, or anything else (a
// success, or a refusal for another reason: the case's state, say).
bool refusedByRules(const Status &s)
{
    if (s)
        return false;
    const QString c = s.error().code;
    return c == QLatin1String("forbidden") || c == QLatin1String("purpose-required") ||
           c == QLatin1String("other-department");
}

template <typename T> Status statusOf(const Result<T> &r)
{
    return r ? Status::success() : Status(r.error());
}

} // namespace

// Every role tries every capability through the core services the window and the
// CLI use, on both backends: what the rules (Permission) deny is refused, and
// each refusal is on the audit trail; what they allow is not refused by them.
class tst_RoleMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRoleEveryCapability_data() { TestDatabase::addBackendRows(); }
    void everyRoleEveryCapability();
};

void tst_RoleMatrix::everyRoleEveryCapability()
{
    QFETCH(QString, backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QTemporaryDir receipts;
    AppServices services;
    AppServices::Options options;
    options.databaseUrl = t.url();
    options.liveUpdates = false;
    options.fastPasswordHashes = true;
    options.hallKey = QByteArray(32, 'k');
    options.receiptsFolder = receipts.path();
    QVERIFY(services.start(options, std::make_unique<FixedClock>(kNow), nullptr).ok());
    const QDate today = kNow.date();

    auto account = [&](const QString &name, Role role, const QString &department) {
        UserAccount a;
        a.username = name;
        a.displayName = name;
        a.role = role;
        a.department = department;
        Session s;
        s.userId =
            UserRepository(t.owner()).create(a, QStringLiteral("Password-123"), true).value();
        s.username = name;
        s.displayName = name;
        s.role = role;
        s.department = department;
        s.counterCode = QStringLiteral("A01");
        return s;
    };
    const Session clerk = account(QStringLiteral("clerk01"), Role::Clerk, {});
    // Two officers: one of the department with a step in the case, one without.
    const Session health = account(QStringLiteral("wj01"), Role::Officer, QStringLiteral("卫健"));
    const Session market =
        account(QStringLiteral("sc01"), Role::Officer, QStringLiteral("市场监管"));
    const Session supervisor = account(QStringLiteral("super01"), Role::Supervisor, {});
    const Session admin = account(QStringLiteral("admin01"), Role::Administrator, {});

    const FormTemplate *newborn = services.catalogue().find(QStringLiteral("newborn"));
    QVERIFY(newborn);
    auto accepted =
        services.intake().accept(Test::readAtCounter(Test::newbornRequest(newborn, today, 0, 1),
                                                     services.database(), clerk, kNow),
                                 clerk);
    QVERIFY2(accepted.ok(), qPrintable(accepted.error().code));
    const CaseRecord theCase = accepted.value();
    const SubCase *birthCheck = theCase.stepByKey(QStringLiteral("birth-check"));
    QVERIFY(birthCheck);
    QCOMPARE(birthCheck->department, health.department);
    const QString idNumber = Test::newbornRequest(newborn, today, 0, 1).applicant.idNumber;
    int nextMother = 10;

    auto act = [&](CaseAction action, qint64 step, const Session &s) {
        ActionRequest r;
        r.action = action;
        r.stepId = step;
        r.reason = QStringLiteral("角色矩阵测试");
        return statusOf(services.workflow().act(theCase.caseNumber, r, s));
    };

    struct Probe
    {
        const char *name;
        Capability capability;
        // Which officer tries: the one whose department works the case, or not.
        bool caseOfficer;
        std::function<Status(const Session &)> run;
    };
    const QList<Probe> probes = {
        {"open a file", Capability::OpenCaseFile, false,
         [&](const Session &s) {
             return statusOf(services.caseFiles().openPerson(theCase.personId, s));
         }},
        {"open a file stating why", Capability::OpenFileWithPurpose, false,
         [&](const Session &s) {
             return statusOf(services.caseFiles().openPerson(theCase.personId, s,
                                                             QStringLiteral("核对出生医学证明")));
         }},
        {"search", Capability::SearchPersons, false,
         [&](const Session &s) {
             return statusOf(services.caseFiles().search(QStringLiteral("王"), 10, 0, s));
         }},
        {"drafts", Capability::RunIntake, false,
         [&](const Session &s) {
             return statusOf(services.drafts().listFor(idNumber, s));
         }},
        {"record a card read", Capability::RunIntake, false,
         [&](const Session &s) {
             return statusOf(services.evidence().recordCardRead(
                 Test::newbornRequest(newborn, today, 0, 1).applicant, s));
         }},
        {"accept", Capability::RunIntake, false,
         [&](const Session &s) {
             const int mother = nextMother;
             nextMother += 2;
             return statusOf(services.intake().accept(
                 Test::newbornRequest(newborn, today, mother, mother + 1), s));
         }},
        {"hand over an open case", Capability::CounterActions, true,
         [&](const Session &s) {
             return act(CaseAction::Deliver, 0, s);
         }},
        {"claim a step", Capability::WorkSteps, true,
         [&](const Session &s) {
             return act(CaseAction::Claim, birthCheck->id, s);
         }},
        {"release someone's step", Capability::ReleaseAnyStep, false,
         [&](const Session &s) {
             return act(CaseAction::Release, birthCheck->id, s);
         }},
        {"inbox", Capability::ViewInbox, false,
         [&](const Session &s) {
             return statusOf(services.inbox().page(DepartmentInbox::Filter(), s, today));
         }},
        {"review queue", Capability::Review, false,
         [&](const Session &s) {
             return statusOf(services.review().queue(true, {}, 10, 0, s));
         }},
        {"reopen", Capability::Reopen, false,
         [&](const Session &s) {
             return act(CaseAction::Reopen, 0, s);
         }},
        {"accounts", Capability::ManageUsers, false,
         [&](const Session &s) {
             return statusOf(services.users().list(s));
         }},
        {"hall settings", Capability::ChangeSettings, false,
         [&](const Session &s) {
             return services.saveHallSettings(HallSettings::Values(), s);
         }},
        {"audit trail", Capability::ViewAudit, false,
         [&](const Session &s) {
             return statusOf(services.auditQuery().page(AuditFilter(), s));
         }},
        {"audit export", Capability::ExportAudit, false,
         [&](const Session &s) {
             QBuffer out;
             out.open(QIODevice::WriteOnly);
             return statusOf(services.auditQuery().exportCsv(AuditFilter(), s, out));
         }},
        {"dashboard", Capability::ViewDashboard, false,
         [&](const Session &s) {
             return statusOf(services.dashboard().today(s, today));
         }},
        {"print a receipt", Capability::PrintDocuments, true,
         [&](const Session &s) {
             return statusOf(services.documents().render(
                 theCase.caseNumber, DocumentKind::Acceptance, std::nullopt, true, s,
                 receipts.filePath(s.username + QStringLiteral(".pdf"))));
         }},
    };

    // Every capability has a probe.
    QSet<Capability> probed;
    for (const Probe &p : probes)
        probed.insert(p.capability);
    for (Capability c : Permission::all())
        QVERIFY2(probed.contains(c), qPrintable(Permission::key(c)));

    auto refusals = [&](const Session &s) {
        return services.database()
            .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events"
                                   " WHERE action = 'refused' AND user_name = ?"),
                    {s.username})
            .value()
            .toInt();
    };
    int allowedSeen = 0, refusedSeen = 0;
    for (const Probe &p : probes) {
        for (const Session *s : {&clerk, &health, &supervisor, &admin}) {
            const Session &who = (s == &health && !p.caseOfficer) ? market : *s;
            // Opening a file stating why is the officer's way; counter staff open any.
            const bool allowed = Permission::can(who, p.capability) ||
                                 (p.capability == Capability::OpenFileWithPurpose &&
                                  Permission::can(who, Capability::OpenCaseFile));
            const int before = refusals(who);
            const Status got = p.run(who);
            const QString what = QStringLiteral("%1 as %2: %3 %4")
                                     .arg(QLatin1String(p.name), who.username,
                                          got ? QStringLiteral("ok") : got.error().code,
                                          got ? QString() : got.error().detail);
            if (allowed) {
                QVERIFY2(!refusedByRules(got), qPrintable(what));
                ++allowedSeen;
            } else {
                QVERIFY2(refusedByRules(got), qPrintable(what));
                QVERIFY2(refusals(who) == before + 1,
                         qPrintable(what + QStringLiteral(" (not audited)")));
                ++refusedSeen;
            }
        }
    }
    qInfo("%d attempts allowed, %d refused and audited", allowedSeen, refusedSeen);
}

QTEST_GUILESS_MAIN(tst_RoleMatrix)
#include "tst_RoleMatrix.moc"
