#include "services/AppServices.h"

#include "casefile/CaseFileService.h"
#include "casefile/DemoSeeder.h"
#include "common/Clock.h"
#include "documents/DocumentService.h"
#include "identity/CardReader.h"
#include "identity/HallKey.h"
#include "identity/SerialCardReader.h"
#include "intake/AcceptanceService.h"
#include "intake/AnswerHistory.h"
#include "intake/DraftAutosaver.h"
#include "intake/DraftService.h"
#include "intake/EvidenceRecorder.h"
#include "intake/EvidenceService.h"
#include "intake/IntakeService.h"
#include "intake/VisitService.h"
#include "ratings/RatingService.h"
#include "reports/DashboardService.h"
#include "review/ReviewService.h"
#include "security/AuditLog.h"
#include "security/AuditQuery.h"
#include "security/AuthService.h"
#include "security/UserAdminService.h"
#include "services/HallSetup.h"
#include "services/ServicesLog.h"
#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "workflow/CalendarImport.h"
#include "workflow/CalendarRepository.h"
#include "workflow/CaseWorkflowService.h"
#include "workflow/DepartmentInbox.h"

namespace OneWindow {

AppServices::AppServices() = default;

AppServices::~AppServices()
{
    // Services hold references to the database: drop them first.
    m_changes.reset();
    m_dashboard.reset();
    m_inbox.reset();
    m_answers.reset();
    m_ratings.reset();
    m_visits.reset();
    m_recorder.reset();
    m_evidence.reset();
    m_acceptance.reset();
    m_documents.reset();
    m_workflow.reset();
    m_drafts.reset();
    m_intake.reset();
    m_caseFiles.reset();
    m_review.reset();
    m_users.reset();
    m_auth.reset();
    m_auditQuery.reset();
    m_audit.reset();
    m_reportDb.reset();
    m_db.reset();
}

Status AppServices::start(const Options &options, std::unique_ptr<Clock> clock,
                          std::unique_ptr<CardReader> reader)
{
    m_options = options;
    m_clock = std::move(clock);
    m_reader = std::move(reader);
    auto url = DatabaseUrl::parse(options.databaseUrl);
    if (!url)
        return Status(url.error());
    if (m_options.hallKey.isEmpty()) {
        if (url.value().dialect == DatabaseUrl::Dialect::Sqlite) {
            // One counter on its own file: codes signed with a throwaway key open
            // only here, in this run.
            m_options.hallKey = HallKey::generate();
            qCWarning(lcServices)
                << "no hall key configured: QR codes from this run open only here";
        } else {
            // A hall's counter fails closed: no key of its own making, so it prints
            // no signed code ("no-key") until it gets the hall's key.
            qCWarning(lcServices) << "no hall key configured: this counter prints no signed codes";
        }
    }
    m_counter = {m_options.hallName,      m_options.hallCode,       m_options.counterCode,
                 m_options.hallKey,       m_options.receiptsFolder, m_options.printers,
                 m_options.citizenScreen, m_options.citizenConfirms};
    m_db = std::make_unique<Database>(url.value());
    if (const Status s = m_db->open(); !s)
        return s;
    if (const Status s = m_db->migrate(); !s)
        return s;
    if (options.demoCitizens > 0 && url.value().dialect == DatabaseUrl::Dialect::Sqlite) {
        // A hall's database, or one where someone made accounts, is no demo.
        if (const Status allowed = HallSetup::demoAllowed(*m_db); !allowed)
            return allowed;
        auto seeded = DemoSeeder(*m_db, options.hallCode, m_clock->today())
                          .seedIfEmpty(options.demoCitizens, DemoSeeder::kDefaultSeed,
                                       options.fastPasswordHashes, options.progress);
        // A cancelled seed leaves the database empty: the first start takes over.
        if (!seeded && seeded.error().code != QLatin1String("cancelled"))
            return Status(seeded.error());
    }
    if (const Status s = reloadCalendar(); !s)
        return s;
    if (const int missing = calendarMissingYear())
        qCWarning(lcServices) << "no official holiday data for" << missing
                              << "- deadlines there count weekends only; import it with"
                                 " onewindow-cli calendar import";
    // The hall as its first start set it up: which matters it offers, and whether
    // this counter holds the key it was set up with.
    auto hall = HallSetup::load(*m_db, m_options.hallCode);
    if (!hall)
        return Status(hall.error());
    if (!hall.value().code.isEmpty()) {
        // Papers name the hall as it was set up, whatever a counter's settings say.
        m_counter.hallName = hall.value().name;
        if (hall.value().keyFingerprint != HallKey::fingerprint(m_options.hallKey)) {
            m_hallProblem = QStringLiteral("hall-key-mismatch");
            qCWarning(lcServices) << "this counter's hall key is not the hall's"
                                  << hall.value().keyFingerprint;
        }
    } else if (auto any = m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM halls"));
               any && any.value().toInt() > 0) {
        m_hallProblem = QStringLiteral("hall-unknown");
        qCWarning(lcServices) << "the database was set up for another hall than"
                              << m_options.hallCode;
    }
    // The audit trail is sealed with the hall's key, never with a throwaway one
    // (a key made up for this run would lock every later run out of the log), nor
    // with one that is not the hall's: without it a sealed log refuses this counter.
    m_auditKey = m_hallProblem.isEmpty() ? options.hallKey : QByteArray();
    m_audit = std::make_unique<AuditLog>(*m_db, *m_clock, m_auditKey);
    // Reports that only read may read a standby; what they record goes through
    // m_audit, on the hall's database (a standby takes no writes).
    if (!options.reportDatabaseUrl.isEmpty()) {
        auto reportUrl = DatabaseUrl::parse(options.reportDatabaseUrl);
        if (!reportUrl)
            return Status(reportUrl.error());
        m_reportDb = std::make_unique<Database>(reportUrl.value());
        if (const Status s = m_reportDb->open(); !s)
            return s;
    }
    const Database &reads = m_reportDb ? *m_reportDb : *m_db;
    m_auditQuery = std::make_unique<AuditQuery>(reads, *m_audit);
    m_auth = std::make_unique<AuthService>(*m_db, *m_audit, options.fastPasswordHashes);
    m_users = std::make_unique<UserAdminService>(*m_db, *m_audit, options.fastPasswordHashes);
    m_review = std::make_unique<ReviewService>(*m_db, *m_audit, *m_clock);
    m_calendarImport = std::make_unique<CalendarImport>(*m_db, *m_audit, *m_clock);
    m_caseFiles = std::make_unique<CaseFileService>(*m_db, *m_audit);
    m_caseFiles->setCounterLock(&m_lock);
    m_evidence = std::make_unique<EvidenceService>(*m_db, *m_audit, *m_clock, &m_lock);
    m_recorder = std::make_unique<EvidenceRecorder>(*m_evidence, m_lock);
    m_recorder->watch(m_reader.get());
    m_recorder->setSession(m_session);
    m_visits = std::make_unique<VisitService>(*m_db, *m_audit, *m_clock, &m_lock);
    m_ratings = std::make_unique<RatingService>(*m_db, *m_audit, *m_clock, m_calendar);
    m_intake =
        std::make_unique<IntakeService>(*m_db, *m_audit, *m_clock, m_calendar, options.hallCode);
    m_drafts = std::make_unique<DraftService>(*m_db, *m_clock, *m_audit);
    m_answers = std::make_unique<AnswerHistory>(*m_db, *m_audit, m_catalogue);
    m_catalogue.loadBuiltIn();
    if (!options.formsFolder.isEmpty())
        m_catalogue.loadFolder(options.formsFolder);
    m_catalogue.restrictTo(hall.value().templateIds);
    m_workflow =
        std::make_unique<CaseWorkflowService>(*m_db, *m_audit, *m_clock, m_calendar, m_catalogue);
    m_inbox = std::make_unique<DepartmentInbox>(*m_db, *m_audit, m_calendar);
    m_dashboard = std::make_unique<DashboardService>(reads, *m_audit, m_calendar, *m_clock);
    m_documents = std::make_unique<DocumentService>(*m_db, *m_audit, *m_clock, *m_workflow,
                                                    m_catalogue, m_calendar, m_counter);
    m_documents->setPaperChoices(options.paper);
    wireDecisions(*m_review, *m_workflow, *m_documents);
    // The receipt is written from the stored case, on the counter's paper for receipts.
    m_acceptance = std::make_unique<AcceptanceService>(
        *m_intake, *m_caseFiles, [this](const QString &caseNumber, const Session &session) {
            auto rendered = m_documents->render(caseNumber, DocumentKind::Acceptance, std::nullopt,
                                                false, session);
            return rendered ? Result<QString>(rendered->path) : Result<QString>(rendered.error());
        });
    for (const QString &problem : m_catalogue.problems())
        qCWarning(lcServices).noquote() << "template refused:" << problem;
    // Other counters and department officers change cases too: on PostgreSQL the
    // screens follow their commits. One SQLite file serves one counter.
    if (options.liveUpdates && url.value().dialect == DatabaseUrl::Dialect::Postgres) {
        m_changes = std::make_unique<ChangeNotifier>(url.value());
        if (const Status listening = m_changes->start(); !listening) {
            m_changesProblem = listening.error().code;
            m_changes.reset();
            qCWarning(lcServices) << "live updates unavailable:" << listening.error().code;
        }
    }
    return Status::success();
}

void AppServices::wireDecisions(ReviewService &review, CaseWorkflowService &workflow,
                                DocumentService &documents)
{
    const auto onCase = [&workflow](const ReviewItem &item, bool confirm, const QString &comment,
                                    const Session &checker) {
        return workflow.applyDecision(item, confirm, comment, checker);
    };
    for (const char *kind : {"refusal", "file-returned", "fee-waiver"})
        review.setEffect(QLatin1String(kind), onCase);
    review.setEffect(QStringLiteral("non-acceptance"),
                     [&documents](const ReviewItem &item, bool, const QString &, const Session &) {
                         return documents.applyNonAcceptanceDecision(item);
                     });
}

Result<HallSettings::Values> AppServices::hallSettings() const
{
    return HallSettings(*m_db).load();
}

Status AppServices::saveHallSettings(const HallSettings::Values &values, const Session &session)
{
    return HallSettings(*m_db).save(values, session, *m_audit);
}

Result<QString> AppServices::trackerBaseUrl() const
{
    return HallSettings(*m_db).trackerBaseUrl();
}

Status AppServices::setTrackerBaseUrl(const QString &url, const Session &session)
{
    return HallSettings(*m_db).setTrackerBaseUrl(url, session, *m_audit);
}

Status AppServices::reloadCalendar()
{
    WorkingDayCalendar calendar = WorkingDayCalendar::official();
    if (const Status s = CalendarRepository(*m_db).loadInto(calendar); !s)
        return s;
    // Assigned in place: the intake service holds a reference to this calendar.
    m_calendar = calendar;
    return Status::success();
}

Result<QList<CalendarRepository::ListedDay>> AppServices::calendarYear(int year) const
{
    return CalendarRepository(*m_db).listYear(year);
}

int AppServices::calendarMissingYear() const
{
    return m_calendar.missingYear(m_clock->today());
}

Result<bool> AppServices::needsFirstStart() const
{
    return HallSetup::needed(*m_db);
}

QString AppServices::databaseHost() const
{
    return m_db && m_db->dialect() == DatabaseUrl::Dialect::Postgres ? m_db->url().host : QString();
}

Status AppServices::checkDatabase() const
{
    if (!m_db)
        return Status::failure(QStringLiteral("db-gone"), QStringLiteral("not started"));
    auto answer = m_db->scalar(QStringLiteral("SELECT 1"));
    if (!answer)
        return Status(answer.error());
    return Status::success();
}

std::unique_ptr<DraftAutosaver> AppServices::makeDraftAutosaver(const Session &session) const
{
    return std::make_unique<DraftAutosaver>(m_db->url(), *m_clock, session, m_auditKey);
}

void AppServices::setSession(const Session &session)
{
    m_session = session;
    if (m_recorder)
        m_recorder->setSession(session);
}

void AppServices::setLocked(bool locked)
{
    m_lock.setLocked(locked);
    // A polling reader stops reading while nobody is at the counter.
    if (auto *serial = qobject_cast<SerialCardReader *>(m_reader.get()))
        serial->setPaused(locked);
}

} // namespace OneWindow
