#pragma once

#include "common/CounterLock.h"
#include "common/Result.h"
#include "documents/PaperChoices.h"
#include "intake/CounterContext.h"
#include "security/HallSettings.h"
#include "security/Session.h"
#include "templates/TemplateCatalogue.h"
#include "workflow/CalendarRepository.h"
#include "workflow/WorkingDayCalendar.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>
#include <memory>

namespace OneWindow {

class AcceptanceService;
class AnswerHistory;
class AuditLog;
class AuditQuery;
class AuthService;
class DashboardService;
class RatingService;
class ReviewService;
class UserAdminService;
class CalendarImport;
class CardReader;
class CaseWorkflowService;
class DepartmentInbox;
class DocumentService;
class CaseFileService;
class ChangeNotifier;
class Clock;
class Database;
class DraftAutosaver;
class DraftService;
class VisitService;
class EvidenceRecorder;
class EvidenceService;
class IntakeService;

// The wiring of the whole application: opens and migrates the database, seeds
// a demo hall when asked, loads the templates and builds every core service
// once. The window and the widget tests build it the same way; widgets get the
// services they use from it, never the Database.
class AppServices
{
public:
    struct Options
    {
        QString databaseUrl; // sqlite:PATH or postgresql://...
        // Where the reports that only read (the dashboard's figures, the audit
        // workspace) read from: a hot standby of the hall's server. Their audit
        // events and every other write go to databaseUrl. "" reads there too.
        QString reportDatabaseUrl;
        QString hallCode = QStringLiteral("510107");
        QString hallName = QStringLiteral("武侯区政务服务中心（演示）");
        QString counterCode = QStringLiteral("A01");
        QString formsFolder;              // extra templates, may be empty
        QString receiptsFolder;           // where receipt PDFs are kept for reprinting
        QHash<QString, QString> printers; // document kind ("receipt", ...) -> printer
        QString provisioningFile;         // the counter's provisioning file, "" for none
        // The demo hall: seed an empty SQLite database with this many synthetic
        // citizens and the four demo accounts. 0 (the default): a real hall, which
        // starts with no accounts and no data (the first-start wizard).
        int demoCitizens = 0;
        // Reports the demo seeding (done, total); returning false cancels it,
        // and the database stays empty.
        std::function<bool(int, int)> progress;
        int idleLockMinutes = 5; // the counter locks after this long untouched
        // Signs the hall's QR codes. Empty: on SQLite a key for this run only; on
        // PostgreSQL none (the counter fails closed: no signed codes, "no-key").
        QByteArray hallKey;
        bool scannerInput =
            false;               // watch the keyboard for a wedge QR scanner (the app turns it on)
        bool liveUpdates = true; // follow other counters' commits (PostgreSQL)
        bool fastPasswordHashes = false; // tests only
        PaperChoices paper;              // which paper each kind of document prints on
        QString citizenScreen;           // CounterContext::citizenScreen
        bool citizenConfirms = false;    // CounterContext::citizenConfirms
    };

    AppServices();
    ~AppServices();

    // Opens and migrates the database, seeds the demo hall when asked, loads templates.
    Status start(const Options &options, std::unique_ptr<Clock> clock,
                 std::unique_ptr<CardReader> reader);

    const Options &options() const { return m_options; }
    const CounterContext &counter() const { return m_counter; }
    Database &database() { return *m_db; }
    // The hall's database server, "" for an SQLite file on this machine.
    QString databaseHost() const;
    // Whether the database answers a trivial query now.
    Status checkDatabase() const;
    const Clock &clock() const { return *m_clock; }
    CardReader *cardReader() const { return m_reader.get(); }
    // The visit's evidence: card reads, e-ID codes, manual entries (acceptance refers to it).
    EvidenceService &evidence() { return *m_evidence; }
    // The card reader as the core hears it: each read recorded under the signed-in
    // user's name before any window sees it. Windows listen here, not to the reader.
    EvidenceRecorder &evidenceRecorder() { return *m_recorder; }
    // One citizen's time at the counter: begun on recorded evidence, ended by what
    // the counter did or by "next citizen".
    VisitService &visits() { return *m_visits; }
    // 好差评: the citizens' ratings and the follow-ups they open.
    RatingService &ratings() { return *m_ratings; }
    AuditLog &audit() { return *m_audit; }
    // The audit trail for supervisors: filtered pages, the chain's check, the export.
    const AuditQuery &auditQuery() const { return *m_auditQuery; }
    AuthService &auth() { return *m_auth; }
    UserAdminService &users() { return *m_users; }
    ReviewService &review() { return *m_review; }
    const DashboardService &dashboard() const { return *m_dashboard; }
    // The hall's own rules (lockout, review sample), and an administrator's change of them.
    Result<HallSettings::Values> hallSettings() const;
    Status saveHallSettings(const HallSettings::Values &values, const Session &session);
    // The hall's tracking page address (HallSettings::trackerBaseUrl): "" for none.
    Result<QString> trackerBaseUrl() const;
    Status setTrackerBaseUrl(const QString &url, const Session &session);
    CaseFileService &caseFiles() { return *m_caseFiles; }
    IntakeService &intake() { return *m_intake; }
    AcceptanceService &acceptance() { return *m_acceptance; }
    // The case after acceptance: department steps, supplements, handover.
    CaseWorkflowService &workflow() { return *m_workflow; }
    const DepartmentInbox &inbox() const { return *m_inbox; }
    // Every paper the citizen takes home: render(number, kind, layout, reprint, session).
    DocumentService &documents() { return *m_documents; }
    DraftService &drafts() { return *m_drafts; }
    // Completion of repeated answers (a birth hospital) from the hall's cases.
    const AnswerHistory &answerHistory() const { return *m_answers; }
    // A draft writer on its own thread and connection, for one intake page.
    std::unique_ptr<DraftAutosaver> makeDraftAutosaver(const Session &session) const;
    const TemplateCatalogue &catalogue() const { return m_catalogue; }
    const WorkingDayCalendar &calendar() const { return m_calendar; }
    // The administrator's import of the official calendar; reloadCalendar() after it.
    CalendarImport &calendarImport() { return *m_calendarImport; }
    // Reads the calendar again (compiled-in table, then the years imported into the
    // database), e.g. after an import; services counting deadlines see it at once.
    Status reloadCalendar();
    // The holidays and make-up working days `year` counts with, and where each comes from.
    Result<QList<CalendarRepository::ListedDay>> calendarYear(int year) const;
    // The year an administrator should import now (WorkingDayCalendar::missingYear), 0: none.
    int calendarMissingYear() const;
    // Whether the database has no accounts yet: the first start must set the hall up.
    Result<bool> needsFirstStart() const;
    // What is wrong with this counter's hall set-up, "" when nothing: "hall-unknown"
    // (the database set up another hall), "hall-key-mismatch" (this counter's key is
    // not the one the hall was set up with; its QR codes will not open elsewhere).
    QString hallProblem() const { return m_hallProblem; }
    // Other counters' and officers' commits (PostgreSQL LISTEN/NOTIFY); null on
    // SQLite, where one file serves one counter, or when listening failed.
    ChangeNotifier *changes() const { return m_changes.get(); }
    // Why live updates are off on PostgreSQL ("" when they are on or not needed).
    QString changesProblem() const { return m_changesProblem; }

    Session session() const { return m_session; }
    // Who is signed in at this counter (the evidence recorder records under this name).
    void setSession(const Session &session);
    // The counter's lock, set by the shell at a lock and an unlock. Locked, the
    // counter reads no card (the reader pauses, a read is dropped) and opens no
    // file (CaseFileService refuses "counter-locked").
    void setLocked(bool locked);
    bool isLocked() const { return m_lock.isLocked(); }

    // What confirming or sending back a decision against a citizen changes: the
    // case lifecycle's for a refusal, a 退件 and a fee waiver, the documents' for
    // a 不予受理 (ReviewService runs them in its transaction).
    static void wireDecisions(ReviewService &review, CaseWorkflowService &workflow,
                              DocumentService &documents);

private:
    Options m_options;
    CounterContext m_counter;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Database> m_reportDb; // Options::reportDatabaseUrl, else none
    std::unique_ptr<CardReader> m_reader;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<AuditQuery> m_auditQuery;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<UserAdminService> m_users;
    std::unique_ptr<ReviewService> m_review;
    std::unique_ptr<CalendarImport> m_calendarImport;
    std::unique_ptr<DashboardService> m_dashboard;
    std::unique_ptr<CaseFileService> m_caseFiles;
    std::unique_ptr<IntakeService> m_intake;
    std::unique_ptr<AcceptanceService> m_acceptance;
    std::unique_ptr<CaseWorkflowService> m_workflow;
    std::unique_ptr<DepartmentInbox> m_inbox;
    std::unique_ptr<DocumentService> m_documents;
    std::unique_ptr<DraftService> m_drafts;
    std::unique_ptr<EvidenceService> m_evidence;
    std::unique_ptr<EvidenceRecorder> m_recorder;
    std::unique_ptr<VisitService> m_visits;
    std::unique_ptr<RatingService> m_ratings;
    std::unique_ptr<AnswerHistory> m_answers;
    std::unique_ptr<ChangeNotifier> m_changes;
    QString m_changesProblem;
    QString m_hallProblem;
    TemplateCatalogue m_catalogue;
    WorkingDayCalendar m_calendar;
    Session m_session;
    CounterLock m_lock;
    QByteArray m_auditKey; // what the audit log is sealed with (empty: unsealed writes)
};

} // namespace OneWindow
