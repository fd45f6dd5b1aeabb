#pragma once

#include "common/Result.h"
#include "ratings/Rating.h"
#include "tracker/TrackerRoutes.h"
#include "tracker/TrackerService.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

namespace OneWindow {

class AuditBatcher;
class AuditLog;
class CaseFileService;
class Clock;
class Database;
class RatingService;
class WorkingDayCalendar;
class TemplateCatalogue;

// Everything one serving thread needs: its own database connection, the audit
// log and case file service over it, the tracker service and the routes. Built
// and destroyed on the thread that serves (TrackerServer), never shared.
class TrackerSite
{
public:
    struct Options
    {
        QString databaseUrl;
        QByteArray hallKey;
        TrackerService::Options tracker;
        // Shared by every serving thread: the pages' audit events are committed
        // together (AuditBatcher). Null: each page commits its own.
        std::shared_ptr<AuditBatcher> readBatch;
    };

    ~TrackerSite();
    // Opens the database (no migration: the tracker's role may not) and checks it
    // is a OneWindow database ("db-not-migrated" otherwise).
    static Result<std::unique_ptr<TrackerSite>> open(const Options &options,
                                                     std::unique_ptr<Clock> clock);

    // What TrackerServer builds on its serving thread: a site over `options` on the
    // system clock, owned by the handler and destroyed with it on that thread.
    static std::function<Result<std::function<TrackerResponse(const TrackerRequest &)>>()>
    handlerFactory(const Options &options);

    TrackerResponse handle(const TrackerRequest &request) const
    {
        return m_routes.dispatch(request);
    }
    TrackerService &service() { return *m_service; }
    // The fields of a rating's form (application/x-www-form-urlencoded), as posted:
    // whatever a browser or anyone else sends; RatingService judges them.
    static RatingInput ratingForm(const QByteArray &form);

private:
    TrackerSite() = default;
    TrackerResponse casePage(const QString &payload) const;
    // A rating posted from the case page's form.
    TrackerResponse rate(const QString &payload, const QByteArray &form) const;

    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<CaseFileService> m_files;
    std::unique_ptr<TemplateCatalogue> m_catalogue;
    std::unique_ptr<WorkingDayCalendar> m_calendar;
    std::unique_ptr<RatingService> m_ratings;
    std::unique_ptr<TrackerService> m_service;
    TrackerRoutes m_routes;
};

} // namespace OneWindow
