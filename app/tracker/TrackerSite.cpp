#include "tracker/TrackerSite.h"

#include "casefile/CaseFileService.h"
#include "common/Clock.h"
#include "common/SystemClock.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "templates/TemplateCatalogue.h"
#include "tracker/TrackerLog.h"
#include "tracker/TrackerPage.h"

#include <QFileInfo>

namespace OneWindow {

TrackerSite::~TrackerSite() = default;

Result<std::unique_ptr<TrackerSite>> TrackerSite::open(const Options &options,
                                                       std::unique_ptr<Clock> clock)
{
    using R = Result<std::unique_ptr<TrackerSite>>;
    auto url = DatabaseUrl::parse(options.databaseUrl);
    if (!url)
        return R(url.error());
    // Never create an empty SQLite file where the hall's database should be.
    if (url.value().dialect == DatabaseUrl::Dialect::Sqlite && !QFileInfo::exists(url.value().path))
        return R::failure(QStringLiteral("db-gone"), QStringLiteral("no such database file"));
    std::unique_ptr<TrackerSite> site(new TrackerSite);
    site->m_clock = std::move(clock);
    site->m_db = std::make_unique<Database>(url.value());
    if (const Status s = site->m_db->open(); !s)
        return R(s.error());
    if (!site->m_db->connection().tables().contains(QLatin1String("cases")))
        return R::failure(QStringLiteral("db-not-migrated"),
                          QStringLiteral("no OneWindow tables in this database"));
    site->m_audit = std::make_unique<AuditLog>(*site->m_db, *site->m_clock, options.hallKey);
    site->m_files = std::make_unique<CaseFileService>(*site->m_db, *site->m_audit);
    site->m_catalogue = std::make_unique<TemplateCatalogue>();
    site->m_catalogue->loadBuiltIn();
    site->m_service = std::make_unique<TrackerService>(
        *site->m_files, *site->m_catalogue, *site->m_clock, options.hallKey, options.tracker);

    TrackerSite *self = site.get();
    site->m_routes.add("GET", QStringLiteral("/"), QStringLiteral("home"),
                       [](const TrackerRequest &, const QStringList &) {
                           TrackerResponse r;
                           r.body = TrackerPage::home();
                           r.noStore = false;
                           return r;
                       });
    site->m_routes.add("GET", TrackerPage::stylesheetPath(), QStringLiteral("stylesheet"),
                       [](const TrackerRequest &, const QStringList &) {
                           TrackerResponse r;
                           r.contentType = QByteArrayLiteral("text/css; charset=utf-8");
                           r.body = TrackerPage::stylesheet();
                           r.noStore = false;
                           return r;
                       });
    // The case page. Ratings will add POST "/t/{}/rate" beside it.
    site->m_routes.add("GET", QStringLiteral("/t/{}"), QStringLiteral("case"),
                       [self](const TrackerRequest &, const QStringList &captures) {
                           return self->casePage(captures.first());
                       });
    return R(std::move(site));
}

std::function<Result<std::function<TrackerResponse(const TrackerRequest &)>>()>
TrackerSite::handlerFactory(const Options &options)
{
    using Handler = std::function<TrackerResponse(const TrackerRequest &)>;
    return [options]() -> Result<Handler> {
        auto opened = open(options, std::make_unique<SystemClock>());
        if (!opened)
            return Result<Handler>(opened.error());
        std::shared_ptr<TrackerSite> site = std::move(opened.value());
        return Handler([site](const TrackerRequest &r) { return site->handle(r); });
    };
}

TrackerResponse TrackerSite::casePage(const QString &payload) const
{
    TrackerResponse r;
    auto view = m_service->view(payload);
    if (view) {
        r.body = TrackerPage::render(view.value());
        return r;
    }
    const QString reason = view.error().code;
    r.body = TrackerPage::refusal(reason);
    r.route = QStringLiteral("case ") + reason;
    if (reason == QLatin1String("forged"))
        r.status = 403;
    else if (reason == QLatin1String("expired"))
        r.status = 410;
    else if (reason == QLatin1String("not-found"))
        r.status = 404;
    else if (reason == QLatin1String("unavailable")) {
        r.status = 503;
        qCWarning(lcTracker).noquote() << "a case page failed:" << view.error().detail;
    } else
        r.status = 400;
    return r;
}

} // namespace OneWindow
