#pragma once

#include "common/Result.h"
#include "security/Session.h"
#include "templates/TemplateCatalogue.h"
#include "workflow/WorkingDayCalendar.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace OneWindow {

class AuditLog;
class AuthService;
class CardReader;
class CaseFileService;
class Clock;
class Database;
class IntakeService;

// Everything one counter needs, built once from the options and shared by the
// window (and by widget tests, which build it the same way).
class CounterServices
{
public:
    struct Options
    {
        QString databaseUrl; // sqlite:PATH or postgresql://...
        QString hallCode = QStringLiteral("510107");
        QString hallName = QStringLiteral("武侯区政务服务中心（演示）");
        QString counterCode = QStringLiteral("A01");
        QString formsFolder;     // extra templates, may be empty
        QString receiptsFolder;  // where receipt PDFs are kept for reprinting
        int demoCitizens = 300;  // seed an empty SQLite database with this many; 0: never
        int idleLockMinutes = 5; // the counter locks after this long untouched
        QByteArray hallKey;      // signs the hall's QR codes; empty: a key for this run only
        bool scannerInput =
            false; // watch the keyboard for a wedge QR scanner (the app turns it on)
        bool fastPasswordHashes = false; // tests only
    };

    CounterServices();
    ~CounterServices();

    // Opens and migrates the database, seeds the demo hall when asked, loads templates.
    Status start(const Options &options, std::unique_ptr<Clock> clock,
                 std::unique_ptr<CardReader> reader);

    const Options &options() const { return m_options; }
    Database &database() { return *m_db; }
    const Clock &clock() const { return *m_clock; }
    CardReader *cardReader() const { return m_reader.get(); }
    AuditLog &audit() { return *m_audit; }
    AuthService &auth() { return *m_auth; }
    CaseFileService &caseFiles() { return *m_caseFiles; }
    IntakeService &intake() { return *m_intake; }
    const TemplateCatalogue &catalogue() const { return m_catalogue; }
    const WorkingDayCalendar &calendar() const { return m_calendar; }

    Session session() const { return m_session; }
    void setSession(const Session &session) { m_session = session; }

private:
    Options m_options;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CardReader> m_reader;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<CaseFileService> m_caseFiles;
    std::unique_ptr<IntakeService> m_intake;
    TemplateCatalogue m_catalogue;
    WorkingDayCalendar m_calendar;
    Session m_session;
};

} // namespace OneWindow
