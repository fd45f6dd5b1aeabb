#include "casefile/CaseFileService.h"
#include "common/FixedClock.h"
#include "documents/DocumentService.h"
#include "helpers/PublicMethods.h"
#include "helpers/SampleIntake.h"
#include "helpers/TestDatabase.h"
#include "intake/AcceptanceService.h"
#include "intake/AnswerHistory.h"
#include "intake/DraftService.h"
#include "intake/EvidenceService.h"
#include "intake/IntakeService.h"
#include "intake/VisitService.h"
#include "ratings/RatingService.h"
#include "reports/DashboardService.h"
#include "review/ReviewRepository.h"
#include "review/ReviewService.h"
#include "security/AuditFilter.h"
#include "security/AuditQuery.h"
#include "security/Permission.h"
#include "security/UserAdminService.h"
#include "security/UserRepository.h"
#include "services/AppServices.h"
#include "templates/TemplateCatalogue.h"
#include "workflow/CalendarFile.h"
#include "workflow/CalendarImport.h"
#include "workflow/CaseWorkflowService.h"
#include "workflow/DepartmentInbox.h"

#include <QBuffer>
#include <QDirIterator>
#include <QRegularExpression>
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

// What AppServices hands out that is not a door to citizens' data, and why.
const QHash<QString, const char *> kNotDoors = {
    {QStringLiteral("Options"), "the counter's start-up options"},
    {QStringLiteral("CounterContext"), "which hall and counter this is"},
    {QStringLiteral("Database"), "storage itself (workspaces never get it)"},
    {QStringLiteral("Clock"), "the time"},
    {QStringLiteral("CardReader"), "hardware; what it reads goes through EvidenceRecorder"},
    {QStringLiteral("AuditLog"), "the trail itself, which every door writes to"},
    {QStringLiteral("TemplateCatalogue"), "the matters offered: public"},
    {QStringLiteral("WorkingDayCalendar"), "the official calendar: public"},
    {QStringLiteral("ChangeNotifier"), "notices that something changed, never what"},
};

// Public methods of a door that take no Session, and why they need none. A new
// one fails the test until it is listed here or takes the session it acts for.
const QHash<QString, const char *> kWithoutSession = {
    {QStringLiteral("AuthService::signIn"), "the way in: every attempt audited (tst_AuthService)"},
    {QStringLiteral("ReviewService::setEffect"), "wiring (AppServices::wireDecisions)"},
    {QStringLiteral("CaseFileService::setCounterLock"), "wiring"},
    {QStringLiteral("EvidenceRecorder::watch"), "wiring: the card reader it records from"},
    {QStringLiteral("EvidenceRecorder::session"), "who it records for"},
    {QStringLiteral("IntakeService::calendar"), "the calendar deadlines are counted on: public"},
    {QStringLiteral("IntakeService::plan"),
     "dates from a template and answers the window already has: reads and stores nothing"},
    {QStringLiteral("RatingService::problem"), "checks a rating's input: reads nothing"},
    {QStringLiteral("RatingService::openStage"),
     "what the tracking page may offer for a case whose signed code it verified first"},
    {QStringLiteral("CaseWorkflowService::pausedWorkingDays"),
     "arithmetic on a case already loaded, and audited, by load()"},
    {QStringLiteral("DepartmentInbox::urgency"), "arithmetic on a step already read by page()"},
    {QStringLiteral("DocumentService::wasIssued"),
     "about a case already loaded, and audited, by CaseWorkflowService::load()"},
    {QStringLiteral("DocumentService::applyNonAcceptanceDecision"),
     "an effect of ReviewService::decide, run in its transaction after its checks"},
    {QStringLiteral("DocumentService::setPaperChoices"), "the counter's paper settings"},
    {QStringLiteral("DocumentService::paperChoices"), "the counter's paper settings"},
};

// Public methods that take a Session but are no door of their own, and why.
const QHash<QString, const char *> kSessionNotADoor = {
    {QStringLiteral("AuthService::signInAtLock"),
     "the way back in at the lock screen: audited (tst_LoginDialog)"},
    {QStringLiteral("AuthService::changePassword"), "one's own password, for every role"},
    {QStringLiteral("AuthService::recordLock"), "one's own session, for every role"},
    {QStringLiteral("AuthService::recordUnlock"), "one's own session, for every role"},
    {QStringLiteral("AuthService::recordSignOut"), "one's own session, for every role"},
    {QStringLiteral("AppServices::setSession"), "who signed in (AuthService decided)"},
    {QStringLiteral("AppServices::makeDraftAutosaver"),
     "hands out a writer whose every save DraftService checks and audits"},
    {QStringLiteral("EvidenceRecorder::setSession"), "who signed in (AuthService decided)"},
    {QStringLiteral("ReviewService::mayDecide"),
     "a question the window asks to enable a button; decide() enforces and audits"},
    {QStringLiteral("CaseWorkflowService::applyDecision"),
     "an effect of ReviewService::decide (probed there); checks the checker itself"},
};

// The header that declares `className`, under app/.
QString headerOf(const QString &className)
{
    QDirIterator it(QStringLiteral(OW_SOURCE_DIR "/app"), {className + QStringLiteral(".h")},
                    QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

// Every "Class::method" of the core's doors, generated from the headers: the
// services AppServices hands out (read from AppServices.h) and AppServices
// itself. The second of the pair: whether it takes a Session.
QMap<QString, bool> doorMethods(QStringList *problems)
{
    QMap<QString, bool> methods;
    const QString wiring = QStringLiteral(OW_SOURCE_DIR "/app/services/AppServices.h");
    static const QRegularExpression handedOut(QStringLiteral("^(?:const\\s+)?(\\w+)\\s*[&*]"));
    QStringList classes;
    for (const Test::PublicMethod &m : Test::PublicMethods::read(wiring)) {
        if (m.className != QLatin1String("AppServices"))
            continue;
        if (m.takesSession)
            methods.insert(QStringLiteral("AppServices::") + m.name, true);
        const auto type = handedOut.match(m.declaration);
        if (type.hasMatch() && !kNotDoors.contains(type.captured(1)) &&
            !classes.contains(type.captured(1)))
            classes << type.captured(1);
    }
    for (const QString &c : std::as_const(classes)) {
        const QString header = headerOf(c);
        if (header.isEmpty()) {
            problems->append(c + QStringLiteral(": no header under app/"));
            continue;
        }
        for (const Test::PublicMethod &m : Test::PublicMethods::read(header))
            if (m.className == c && !m.isStatic)
                methods.insert(c + QStringLiteral("::") + m.name, m.takesSession);
    }
    return methods;
}

} // namespace

// Every role tries every public method of every core service the window and the
// CLI use (the list generated from the headers), on both backends: what the
// rules (Permission) deny is refused, and each refusal is on the audit trail;
// what they allow is not refused by them.
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
    OW_CHECK_BACKEND(backend);
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

    // A review item to decide, made by the clerk on the case.
    QVERIFY(services.database()
                .transaction([&] {
                    return ReviewRepository(services.database())
                        .flag(QStringLiteral("override"), QStringLiteral("role-matrix"), theCase.id,
                              theCase.caseNumber, QStringLiteral("角色矩阵测试"), clerk, kNow);
                })
                .ok());
    const qint64 reviewItem =
        services.database()
            .scalar(QStringLiteral("SELECT id FROM review_items WHERE ref = 'role-matrix'"))
            .value()
            .toLongLong();
    const CalendarFile calendar =
        CalendarFile::load(QStringLiteral(OW_TEST_DATA_DIR "/calendar/synthetic-2027.tsv"));
    int nextAccount = 0;
    auto draftOf = [&](const Session &s) {
        Draft d;
        d.idNumber = idNumber;
        d.templateId = QStringLiteral("newborn");
        d.templateVersion = newborn->version;
        d.counterCode = s.counterCode;
        d.clerkId = s.userId;
        return d;
    };

    // Who may, when it is not one capability of Permission.
    using Rule = std::function<bool(const Session &)>;
    auto can = [](Capability c) -> Rule {
        return [c](const Session &s) {
            return Permission::can(s, c);
        };
    };
    struct Probe
    {
        const char *method; // Class::method, as the headers name it
        const char *name;
        Rule allowed;
        // Which officer tries: the one whose department works the case, or not.
        bool caseOfficer;
        std::function<Status(const Session &)> run;
        Capability capability = Capability::OpenCaseFile; // for "every capability has a probe"
    };
    auto probe = [&](const char *method, const char *name, Capability c, bool caseOfficer,
                     std::function<Status(const Session &)> run) {
        return Probe{method, name, can(c), caseOfficer, std::move(run), c};
    };
    const QList<Probe> probes = {
        probe("CaseFileService::openPerson", "open a file", Capability::OpenCaseFile, false,
              [&](const Session &s) {
                  return statusOf(services.caseFiles().openPerson(theCase.personId, s));
              }),
        // Opening a file stating why is the officer's way; counter staff open any.
        Probe{"CaseFileService::openPerson", "open a file stating why",
              [](const Session &s) {
                  return Permission::can(s, Capability::OpenFileWithPurpose) ||
                         Permission::can(s, Capability::OpenCaseFile);
              },
              false,
              [&](const Session &s) {
                  return statusOf(services.caseFiles().openPerson(
                      theCase.personId, s, QStringLiteral("核对出生医学证明")));
              },
              Capability::OpenFileWithPurpose},
        probe("CaseFileService::open", "open a file by the ID number", Capability::OpenCaseFile,
              false,
              [&](const Session &s) { return statusOf(services.caseFiles().open(idNumber, s)); }),
        probe("CaseFileService::openByCaseNumber", "open a file by a case number",
              Capability::OpenCaseFile, false,
              [&](const Session &s) {
                  return statusOf(services.caseFiles().openByCaseNumber(theCase.caseNumber, s));
              }),
        probe("CaseFileService::pastCases", "page a file's past cases", Capability::OpenCaseFile,
              false,
              [&](const Session &s) {
                  return statusOf(services.caseFiles().pastCases(theCase.personId, 20, 0, s));
              }),
        // The public tracking page's read: for its own session only, never staff's.
        Probe{"CaseFileService::track", "the tracking page's read of a case",
              [](const Session &) { return false; }, false,
              [&](const Session &s) {
                  return statusOf(services.caseFiles().track(theCase.caseNumber, s));
              }},
        probe("CaseFileService::search", "search", Capability::SearchPersons, false,
              [&](const Session &s) {
                  return statusOf(services.caseFiles().search(QStringLiteral("王"), 10, 0, s));
              }),
        probe("DraftService::listFor", "drafts", Capability::RunIntake, false,
              [&](const Session &s) { return statusOf(services.drafts().listFor(idNumber, s)); }),
        probe("DraftService::save", "save a draft", Capability::RunIntake, false,
              [&](const Session &s) { return statusOf(services.drafts().save(draftOf(s), s)); }),
        probe("DraftService::find", "open a draft", Capability::RunIntake, false,
              [&](const Session &s) {
                  return statusOf(services.drafts().find(idNumber, QStringLiteral("newborn"), s));
              }),
        probe("DraftService::remove", "remove a draft", Capability::RunIntake, false,
              [&](const Session &s) {
                  return services.drafts().remove(idNumber, QStringLiteral("newborn"), s);
              }),
        probe("DraftService::removeInTransaction", "remove a draft with its accept",
              Capability::RunIntake, false,
              [&](const Session &s) {
                  return services.drafts().removeInTransaction(idNumber,
                                                               QStringLiteral("newborn"), s);
              }),
        probe("EvidenceService::recordCardRead", "record a card read", Capability::RunIntake, false,
              [&](const Session &s) {
                  return statusOf(services.evidence().recordCardRead(
                      Test::newbornRequest(newborn, today, 0, 1).applicant, s));
              }),
        probe("EvidenceService::recordQrIdentification", "record an e-ID code",
              Capability::RunIntake, false,
              [&](const Session &s) {
                  return statusOf(services.evidence().recordQrIdentification(
                      Test::newbornRequest(newborn, today, 0, 1).applicant, s));
              }),
        probe("EvidenceService::recordManualEntry", "record a manual entry", Capability::RunIntake,
              false,
              [&](const Session &s) {
                  return statusOf(services.evidence().recordManualEntry(
                      Test::newbornRequest(newborn, today, 0, 1).applicant,
                      QStringLiteral("card-damaged"), s));
              }),
        probe("EvidenceService::recordRefusedQr", "record a refused code", Capability::RunIntake,
              false,
              [&](const Session &s) {
                  return services.evidence().recordRefusedQr(QStringLiteral("bad-signature"), s);
              }),
        probe("EvidenceService::find", "read the visit's evidence", Capability::RunIntake, false,
              [&](const Session &s) { return statusOf(services.evidence().find({1}, s)); }),
        probe("AnswerHistory::frequentAnswers", "complete a birth hospital", Capability::RunIntake,
              false,
              [&](const Session &s) {
                  return statusOf(services.answerHistory().frequentAnswers(
                      QStringLiteral("newborn"), QStringLiteral("birth_hospital"), s));
              }),
        probe("IntakeService::accept", "accept", Capability::RunIntake, false,
              [&](const Session &s) {
                  const int mother = nextMother;
                  nextMother += 2;
                  return statusOf(services.intake().accept(
                      Test::newbornRequest(newborn, today, mother, mother + 1), s));
              }),
        probe("AcceptanceService::accept", "accept and print the receipt", Capability::RunIntake,
              false,
              [&](const Session &s) {
                  const int mother = nextMother;
                  nextMother += 2;
                  return statusOf(services.acceptance().accept(
                      Test::newbornRequest(newborn, today, mother, mother + 1), s));
              }),
        Probe{"CaseWorkflowService::load", "look at a case",
              [&](const Session &s) { return CaseWorkflowService::maySee(theCase, s); }, false,
              [&](const Session &s) {
                  return statusOf(services.workflow().load(theCase.caseNumber, s));
              },
              Capability::OpenCaseFile},
        Probe{"CaseWorkflowService::list", "list cases",
              [](const Session &s) {
                  return Permission::can(s, Capability::OpenCaseFile) ||
                         Permission::can(s, Capability::ViewInbox);
              },
              false,
              [&](const Session &s) {
                  return statusOf(services.workflow().list(CaseWorkflowService::ListFilter(), s));
              },
              Capability::ViewInbox},
        probe("CaseWorkflowService::act", "hand over an open case", Capability::CounterActions,
              true, [&](const Session &s) { return act(CaseAction::Deliver, 0, s); }),
        probe("CaseWorkflowService::act", "claim a step", Capability::WorkSteps, true,
              [&](const Session &s) { return act(CaseAction::Claim, birthCheck->id, s); }),
        probe("CaseWorkflowService::act", "release someone's step", Capability::ReleaseAnyStep,
              false, [&](const Session &s) { return act(CaseAction::Release, birthCheck->id, s); }),
        probe("CaseWorkflowService::act", "reopen", Capability::Reopen, false,
              [&](const Session &s) { return act(CaseAction::Reopen, 0, s); }),
        probe("DepartmentInbox::page", "inbox", Capability::ViewInbox, false,
              [&](const Session &s) {
                  return statusOf(services.inbox().page(DepartmentInbox::Filter(), s, today));
              }),
        probe("ReviewService::queue", "review queue", Capability::Review, false,
              [&](const Session &s) {
                  return statusOf(services.review().queue(true, {}, 10, 0, s));
              }),
        probe("ReviewService::find", "a review item", Capability::Review, false,
              [&](const Session &s) { return statusOf(services.review().find(reviewItem, s)); }),
        probe("ReviewService::decide", "decide a review item", Capability::Review, false,
              [&](const Session &s) { return services.review().decide(reviewItem, true, {}, s); }),
        probe("UserAdminService::list", "accounts", Capability::ManageUsers, false,
              [&](const Session &s) { return statusOf(services.users().list(s)); }),
        probe("UserAdminService::create", "make an account", Capability::ManageUsers, false,
              [&](const Session &s) {
                  UserAdminService::NewAccount a;
                  a.username = QStringLiteral("probe%1").arg(++nextAccount);
                  a.displayName = a.username;
                  return statusOf(
                      services.users().create(a, QStringLiteral("Probe-Password-1"), true, s));
              }),
        probe("UserAdminService::setActive", "disable an account", Capability::ManageUsers, false,
              [&](const Session &s) {
                  return services.users().setActive(QStringLiteral("sc01"), true, s);
              }),
        probe("UserAdminService::resetPassword", "reset a password", Capability::ManageUsers, false,
              [&](const Session &s) {
                  return statusOf(services.users().resetPassword(QStringLiteral("sc01"), s));
              }),
        probe("UserAdminService::setPassword", "set a password", Capability::ManageUsers, false,
              [&](const Session &s) {
                  return services.users().setPassword(QStringLiteral("sc01"),
                                                      QStringLiteral("Another-Password-2"), s);
              }),
        probe("UserAdminService::setRole", "change a role", Capability::ManageUsers, false,
              [&](const Session &s) {
                  return services.users().setRole(QStringLiteral("sc01"), Role::Officer,
                                                  QStringLiteral("市场监管"), s);
              }),
        probe(
            "AppServices::saveHallSettings", "hall settings", Capability::ChangeSettings, false,
            [&](const Session &s) { return services.saveHallSettings(HallSettings::Values(), s); }),
        probe("AppServices::setTrackerBaseUrl", "the tracking page's address",
              Capability::ChangeSettings, false,
              [&](const Session &s) {
                  return services.setTrackerBaseUrl(QStringLiteral("https://t.example.gov.cn"), s);
              }),
        probe(
            "CalendarImport::run", "import the calendar", Capability::ChangeSettings, false,
            [&](const Session &s) { return statusOf(services.calendarImport().run(calendar, s)); }),
        probe("AuditQuery::page", "audit trail", Capability::ViewAudit, false,
              [&](const Session &s) {
                  return statusOf(services.auditQuery().page(AuditFilter(), s));
              }),
        probe("AuditQuery::values", "audit trail's filter values", Capability::ViewAudit, false,
              [&](const Session &s) {
                  return statusOf(services.auditQuery().values(AuditQuery::Column::User, s));
              }),
        probe("AuditQuery::checkpoint", "audit checkpoint", Capability::ViewAudit, false,
              [&](const Session &s) { return statusOf(services.auditQuery().checkpoint(s)); }),
        probe("AuditQuery::verifier", "audit check", Capability::ViewAudit, false,
              [&](const Session &s) { return statusOf(services.auditQuery().verifier(s)); }),
        probe("AuditQuery::exportCsv", "audit export", Capability::ExportAudit, false,
              [&](const Session &s) {
                  QBuffer out;
                  out.open(QIODevice::WriteOnly);
                  return statusOf(services.auditQuery().exportCsv(AuditFilter(), s, out));
              }),
        probe("DashboardService::today", "dashboard", Capability::ViewDashboard, false,
              [&](const Session &s) { return statusOf(services.dashboard().today(s, today)); }),
        probe("DashboardService::figures", "figures over a range", Capability::ViewDashboard, false,
              [&](const Session &s) {
                  return statusOf(services.dashboard().figures(s, today.addDays(-30), today));
              }),
        probe("DashboardService::casesBehind", "the cases behind a figure",
              Capability::ViewDashboard, false,
              [&](const Session &s) {
                  return statusOf(services.dashboard().casesBehind(s, HallFigures::Figure::Accepted,
                                                                   HallFigures::Dimension::All, {},
                                                                   today.addDays(-30), today));
              }),
        probe("DashboardService::recordExport", "figures exported", Capability::ViewDashboard,
              false,
              [&](const Session &s) {
                  return statusOf(
                      services.dashboard().recordExport(s, QStringLiteral("csv"), today, today));
              }),
        probe("VisitService::begin", "begin a visit", Capability::RunIntake, false,
              [&](const Session &s) { return statusOf(services.visits().begin(1, s)); }),
        probe("VisitService::next", "next citizen", Capability::RunIntake, false,
              [&](const Session &s) { return services.visits().next(s); }),
        probe("VisitService::current", "the visit at the counter", Capability::RunIntake, false,
              [&](const Session &s) { return statusOf(services.visits().current(s)); }),
        probe("VisitService::justEnded", "the visit to rate", Capability::RunIntake, false,
              [&](const Session &s) { return statusOf(services.visits().justEnded(s)); }),
        probe("RatingService::rateVisit", "rate at the counter's screen", Capability::RunIntake,
              false,
              [&](const Session &s) {
                  RatingInput input;
                  input.level = QStringLiteral("satisfied");
                  return statusOf(services.ratings().rateVisit(1, input, s));
              }),
        // The citizen's phone: no member of staff, whatever their role.
        Probe{"RatingService::rateCase", "rate from the citizen's phone",
              [](const Session &) { return false; }, false,
              [&](const Session &s) {
                  RatingInput input;
                  input.level = QStringLiteral("satisfied");
                  return statusOf(services.ratings().rateCase(theCase.caseNumber, input, s));
              },
              Capability::RunIntake},
        probe("RatingService::list", "the hall's ratings", Capability::ViewDashboard, false,
              [&](const Session &s) {
                  return statusOf(services.ratings().list(today.addDays(-30), today, s));
              }),
        // How one was rated: one's own counts, for every member of staff.
        Probe{"RatingService::ownFigures", "one's own ratings",
              [](const Session &s) { return s.userId != 0; }, false,
              [&](const Session &s) {
                  return statusOf(services.ratings().ownFigures(today, today, s));
              },
              Capability::ViewDashboard},
        probe("RatingService::followUps", "follow-ups of poor ratings", Capability::Review, false,
              [&](const Session &s) { return statusOf(services.ratings().followUps(true, s)); }),
        probe("RatingService::closeFollowUp", "close a follow-up", Capability::Review, false,
              [&](const Session &s) {
                  return services.ratings().closeFollowUp(1, true, QStringLiteral("回访"), s);
              }),
        probe("DocumentService::render", "print a receipt", Capability::PrintDocuments, true,
              [&](const Session &s) {
                  return statusOf(services.documents().render(
                      theCase.caseNumber, DocumentKind::Acceptance, std::nullopt, false, s,
                      receipts.filePath(s.username + QStringLiteral(".pdf"))));
              }),
        probe("DocumentService::recordNonAcceptance", "不予受理", Capability::CounterActions, false,
              [&](const Session &s) {
                  NonAcceptance n;
                  n.applicantName = QStringLiteral("王一");
                  n.applicantIdNumber = idNumber;
                  n.templateId = QStringLiteral("newborn");
                  n.reason = QStringLiteral("角色矩阵测试");
                  n.legalBasis = QStringLiteral("《中华人民共和国行政许可法》第三十二条");
                  return statusOf(services.documents().recordNonAcceptance(n, s));
              }),
        probe("DocumentService::recordNotification", "一次性告知书", Capability::CounterActions,
              false,
              [&](const Session &s) {
                  NotificationData n;
                  n.applicantName = QStringLiteral("王一");
                  n.applicantIdNumber = idNumber;
                  n.matterTitle = newborn->title.zh;
                  return statusOf(
                      services.documents().recordNotification(n, QStringLiteral("newborn"), s));
              }),
        probe("DocumentService::nonAcceptancesFor", "a citizen's non-acceptances",
              Capability::OpenCaseFile, false,
              [&](const Session &s) {
                  return statusOf(services.documents().nonAcceptancesFor(idNumber, s));
              }),
    };

    // Every capability has a probe.
    QSet<Capability> probed;
    for (const Probe &p : probes)
        probed.insert(p.capability);
    for (Capability c : Permission::all())
        QVERIFY2(probed.contains(c), qPrintable(Permission::key(c)));

    // Every door's every public method has a row, the list generated from the
    // headers: a method added without one fails here, by name.
    QStringList problems;
    QSet<QString> rows;
    for (const Probe &p : probes)
        rows.insert(QString::fromLatin1(p.method));
    const QMap<QString, bool> doors = doorMethods(&problems);
    QVERIFY2(doors.size() > 40, qPrintable(QString::number(doors.size())));
    for (auto it = doors.cbegin(); it != doors.cend(); ++it) {
        const QString &m = it.key();
        const bool takesSession = it.value();
        if (m.startsWith(QLatin1String("AppServices::")) && !takesSession)
            continue; // its accessors hand out the doors checked here
        if (!takesSession && !kWithoutSession.contains(m))
            problems << m + QStringLiteral(": takes no Session (who asks?), and no reason given");
        else if (takesSession && !rows.contains(m) && !kSessionNotADoor.contains(m))
            problems << m + QStringLiteral(": no row in the role matrix");
    }
    for (const QString &row : std::as_const(rows))
        if (!doors.contains(row))
            problems << row + QStringLiteral(": a row for a method the headers do not have");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

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
            const bool allowed = p.allowed(who);
            const int before = refusals(who);
            const Status got = p.run(who);
            const QString what =
                QStringLiteral("%1 (%2) as %3: %4 %5")
                    .arg(QLatin1String(p.name), QLatin1String(p.method), who.username,
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
    qInfo("%d methods, %d attempts allowed, %d refused and audited", int(rows.size()), allowedSeen,
          refusedSeen);
}

QTEST_GUILESS_MAIN(tst_RoleMatrix)
#include "tst_RoleMatrix.moc"
