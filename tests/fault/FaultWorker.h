#pragma once

// ow-fault-worker's work: one counter or officer of a hall working on a
// database others use too, through the services a counter uses (IntakeService,
// CaseWorkflowService), printing one JSON line on stdout per committed change,
// flushed after the commit returned. The fault tests kill it, or run twenty of
// it at once, and hold the database against what it printed.
#include "common/SystemClock.h"
#include "security/AuditLog.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "templates/TemplateCatalogue.h"
#include "workflow/CaseWorkflowService.h"
#include "workflow/WorkingDayCalendar.h"

#include <QHash>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>

#include <memory>

namespace OneWindow {

class IntakeService;

class FaultWorker
{
public:
    struct Options
    {
        QString url;
        // "mixed": accepts and acts on whatever case is open, as `user` (the
        // clerk) and `officers` (one per department); "counter": accepts as
        // `user`; "officer": claims and releases its department's step of
        // the `cases`, as `user`, with the version it saw (as the window does).
        QString mode;
        QString user;
        QStringList officers;
        QStringList cases;
        int count = 0;   // changes tried at most; 0: until killed or out of time
        int seconds = 0; // 0: no time limit
        quint32 seed = 1;
        int applicantBase = 0; // the first synthetic applicant this process uses
    };

    explicit FaultWorker(const Options &options);
    ~FaultWorker();

    // 0 when the bound was reached; 2 when it could not start; 3 on an
    // unexpected error (printed as {"error": code, "detail": ...}).
    int run();

private:
    bool start();
    bool account(const QString &username, Session *session);
    // One turn of each mode; false on an unexpected error.
    bool mixedTurn();
    bool counterTurn();
    bool officerTurn();
    bool accept(const Session &clerk);
    bool act(const QString &caseNumber, const ActionRequest &request, const Session &who);
    void print(const QJsonObject &line);
    bool fail(const Error &error, const QString &where);

    Options m_options;
    QRandomGenerator m_random;
    SystemClock m_clock;
    WorkingDayCalendar m_calendar = WorkingDayCalendar::official();
    TemplateCatalogue m_catalogue;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<IntakeService> m_intake;
    std::unique_ptr<CaseWorkflowService> m_workflow;
    Session m_user;
    QHash<QString, Session> m_officers; // by department
    int m_applicant = 0;
};

} // namespace OneWindow
