#include "workflow/CounterServices.h"

#include "casefile/CaseFileService.h"
#include "casefile/DemoSeeder.h"
#include "common/Clock.h"
#include "identity/CardReader.h"
#include "identity/HallKey.h"
#include "security/AuditLog.h"
#include "security/AuthService.h"
#include "storage/Database.h"
#include "workflow/IntakeService.h"
#include "workflow/WorkflowLog.h"

namespace OneWindow {

CounterServices::CounterServices() = default;

CounterServices::~CounterServices()
{
    // Services hold references to the database: drop them first.
    m_intake.reset();
    m_caseFiles.reset();
    m_auth.reset();
    m_audit.reset();
    m_db.reset();
}

Status CounterServices::start(const Options &options, std::unique_ptr<Clock> clock,
                              std::unique_ptr<CardReader> reader)
{
    m_options = options;
    if (m_options.hallKey.isEmpty()) {
        // Codes signed with a throwaway key only open at this counter, in this run.
        m_options.hallKey = HallKey::generate();
        qCWarning(lcWorkflow) << "no hall key configured: QR codes from this run open only here";
    }
    m_clock = std::move(clock);
    m_reader = std::move(reader);
    auto url = DatabaseUrl::parse(options.databaseUrl);
    if (!url)
        return Status(url.error());
    m_db = std::make_unique<Database>(url.value());
    if (const Status s = m_db->open(); !s)
        return s;
    if (const Status s = m_db->migrate(); !s)
        return s;
    if (options.demoCitizens > 0 && url.value().dialect == DatabaseUrl::Dialect::Sqlite) {
        auto seeded = DemoSeeder(*m_db, options.hallCode, m_clock->today())
                          .seedIfEmpty(options.demoCitizens, DemoSeeder::kDefaultSeed,
                                       options.fastPasswordHashes);
        if (!seeded)
            return Status(seeded.error());
    }
    m_calendar = WorkingDayCalendar::official();
    if (m_calendar.lastYear() < m_clock->today().year())
        qCWarning(lcWorkflow)
            << "no official holiday data for" << m_clock->today().year()
            << "- deadlines count weekends only; update resources/data/calendar.tsv";
    m_audit = std::make_unique<AuditLog>(*m_db, *m_clock);
    m_auth = std::make_unique<AuthService>(*m_db, *m_audit);
    m_caseFiles = std::make_unique<CaseFileService>(*m_db, *m_audit);
    m_intake =
        std::make_unique<IntakeService>(*m_db, *m_audit, *m_clock, m_calendar, options.hallCode);
    m_catalogue.loadBuiltIn();
    if (!options.formsFolder.isEmpty())
        m_catalogue.loadFolder(options.formsFolder);
    for (const QString &problem : m_catalogue.problems())
        qCWarning(lcWorkflow).noquote() << "template refused:" << problem;
    return Status::success();
}

} // namespace OneWindow
