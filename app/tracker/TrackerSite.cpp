#include "tracker/TrackerSite.h"

#include "casefile/CaseFileService.h"
#include "common/Clock.h"
#include "common/SystemClock.h"
#include "ratings/RatingService.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "templates/TemplateCatalogue.h"
#include "tracker/TrackerLog.h"
#include "tracker/TrackerPage.h"
#include "workflow/CalendarRepository.h"
#include "workflow/WorkingDayCalendar.h"

#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

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
    site->m_audit->setReadBatch(options.readBatch.get());
    site->m_files = std::make_unique<CaseFileService>(*site->m_db, *site->m_audit);
    site->m_catalogue = std::make_unique<TemplateCatalogue>();
    site->m_catalogue->loadBuiltIn();
    site->m_service = std::make_unique<TrackerService>(
        *site->m_files, *site->m_catalogue, *site->m_clock, options.hallKey, options.tracker);
    // 好差评 from the phone: deadlines on the hall's calendar, as the counters count them.
    site->m_calendar = std::make_unique<WorkingDayCalendar>(WorkingDayCalendar::official());
    if (const Status s = CalendarRepository(*site->m_db).loadInto(*site->m_calendar); !s)
        return R(s.error());
    site->m_ratings = std::make_unique<RatingService>(*site->m_db, *site->m_audit, *site->m_clock,
                                                      *site->m_calendar);
    site->m_service->setRatings(site->m_ratings.get());

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
    // The case page, and the rating its form posts.
    site->m_routes.add("GET", QStringLiteral("/t/{}"), QStringLiteral("case"),
                       [self](const TrackerRequest &, const QStringList &captures) {
                           return self->casePage(captures.first());
                       });
    site->m_routes.add("POST", QStringLiteral("/t/{}/rate"), QStringLiteral("rate"),
                       [self](const TrackerRequest &request, const QStringList &captures) {
                           return self->rate(captures.first(), request.body);
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

namespace {

QString casePath(const QString &payload)
{
    return QStringLiteral("/t/") + QString::fromLatin1(QUrl::toPercentEncoding(payload));
}

} // namespace

RatingInput TrackerSite::ratingForm(const QByteArray &form)
{
    // application/x-www-form-urlencoded: '+' is a space there, not in QUrlQuery.
    QByteArray text = form;
    text.replace('+', ' ');
    const QUrlQuery fields(QString::fromUtf8(text));
    RatingInput input;
    input.level = fields.queryItemValue(QStringLiteral("level"), QUrl::FullyDecoded);
    input.reasons = fields.allQueryItemValues(QStringLiteral("reason"), QUrl::FullyDecoded);
    input.comment = fields.queryItemValue(QStringLiteral("comment"), QUrl::FullyDecoded).trimmed();
    return input;
}

TrackerResponse TrackerSite::rate(const QString &payload, const QByteArray &form) const
{
    auto rated = m_service->rate(payload, ratingForm(form));
    TrackerResponse r;
    if (rated) {
        r.body = TrackerPage::rated({}, casePath(payload));
        r.route = QStringLiteral("rate ok");
        return r;
    }
    const QString code = rated.error().code;
    r.route = QStringLiteral("rate ") + code;
    // A code that opens no page rates nothing, refused as the page is.
    if (code == QLatin1String("forged") || code == QLatin1String("expired") ||
        code == QLatin1String("not-found") || code == QLatin1String("invalid") ||
        code == QLatin1String("not-tracking") || code == QLatin1String("unavailable"))
        return casePage(payload);
    r.status =
        code == QLatin1String("already-rated") || code == QLatin1String("rating-closed")      ? 409
        : code.startsWith(QLatin1String("bad-")) || code == QLatin1String("comment-too-long") ? 400
                                                                                              : 503;
    if (r.status == 503)
        qCWarning(lcTracker).noquote() << "a rating failed:" << code << rated.error().detail;
    r.body = TrackerPage::rated(code, casePath(payload));
    return r;
}

TrackerResponse TrackerSite::casePage(const QString &payload) const
{
    TrackerResponse r;
    auto view = m_service->view(payload);
    if (view) {
        r.body = TrackerPage::render(view.value(), casePath(payload) + QStringLiteral("/rate"));
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
