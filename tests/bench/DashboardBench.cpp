#include "DashboardBench.h"

#include "BenchAccount.h"
#include "BenchStats.h"
#include "common/FixedClock.h"
#include "common/SystemClock.h"
#include "identity/HallKey.h"
#include "reports/DashboardService.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"
#include "workflow/WorkingDayCalendar.h"

#include <QElapsedTimer>

namespace OneWindow {

using BenchStats::percentile;
using BenchStats::round2;

Result<QJsonObject> DashboardBench::run(QTextStream &progress) const
{
    using R = Result<QJsonObject>;
    Database db(m_url);
    if (const Status s = db.open(); !s)
        return R(s.error());
    if (const Status s = db.migrate(); !s)
        return R(s.error());
    auto cases = db.scalar(QStringLiteral("SELECT COUNT(*) FROM cases"));
    auto newest = db.scalar(QStringLiteral("SELECT MAX(accepted_at) FROM cases"));
    if (!cases || !newest)
        return R(!cases ? cases.error() : newest.error());
    const QDate today = SqlValue::readDateTime(newest.value()).toLocalTime().date();
    if (!today.isValid())
        return R::failure(QStringLiteral("db-empty"), QStringLiteral("seed it first"));
    progress << "dashboard: " << cases.value().toLongLong() << " cases, newest day "
             << today.toString(Qt::ISODate) << "; " << m_samples << " samples per range\n";
    progress.flush();

    SystemClock clock;
    auto key = HallKey::fromEnvironment();
    AuditLog audit(db, clock, key ? key.value() : QByteArray());
    auto signedIn = benchSignIn(db, audit, QStringLiteral("bench-supervisor"), Role::Supervisor,
                                QStringLiteral("B01"));
    if (!signedIn)
        return R(signedIn.error());
    const Session session = signedIn.value();
    const WorkingDayCalendar calendar = WorkingDayCalendar::official();
    // "Now" for the figures is the seed's newest day, as if the seed were live.
    const FixedClock seedToday(QDateTime(today, QTime(17, 0)));
    const DashboardService dashboard(db, audit, calendar, seedToday);

    const auto ms = [](const QElapsedTimer &t) {
        return double(t.nsecsElapsed()) / 1e6;
    };
    QJsonObject o;
    o.insert(QStringLiteral("cases"), cases.value().toLongLong());
    int accepted30 = 0;
    int visits30 = 0;
    int ratings30 = 0;
    for (const auto &[name, days] :
         {std::pair{"today", 1}, std::pair{"range30", 30}, std::pair{"range365", 365}}) {
        QList<double> times;
        for (int i = 0; i < m_samples; ++i) {
            QElapsedTimer t;
            t.start();
            auto f = dashboard.figures(session, today.addDays(1 - days), today);
            if (!f)
                return R(f.error());
            times << ms(t);
            if (days == 30) {
                accepted30 = f->accepted;
                visits30 = f->handling.visits;
                ratings30 = f->ratings.total();
            }
        }
        o.insert(QLatin1String(name) + QStringLiteral("_p50_ms"), round2(percentile(times, 0.5)));
        o.insert(QLatin1String(name) + QStringLiteral("_p95_ms"), round2(percentile(times, 0.95)));
    }
    // The bare aggregate: the range's cases counted, nothing else.
    QList<double> baseline;
    const QVariant from = SqlValue::dateTimeOrNull(QDateTime(today.addDays(-29), QTime(0, 0)));
    const QVariant to = SqlValue::dateTimeOrNull(QDateTime(today.addDays(1), QTime(0, 0)));
    for (int i = 0; i < m_samples; ++i) {
        QElapsedTimer t;
        t.start();
        auto n = db.scalar(
            QStringLiteral("SELECT COUNT(*) FROM cases WHERE accepted_at >= ? AND accepted_at < ?"),
            {from, to});
        if (!n)
            return R(n.error());
        baseline << ms(t);
        if (n.value().toInt() != accepted30)
            return R::failure(QStringLiteral("figures-disagree"),
                              QStringLiteral("30 days: %1 accepted, the bare count %2")
                                  .arg(accepted30)
                                  .arg(n.value().toInt()));
    }
    o.insert(QStringLiteral("range30_accepted"), accepted30);
    // What the visit and rating parts of the figures had to count.
    o.insert(QStringLiteral("range30_visits"), visits30);
    o.insert(QStringLiteral("range30_ratings"), ratings30);
    o.insert(QStringLiteral("baseline_p50_ms"), round2(percentile(baseline, 0.5)));
    o.insert(QStringLiteral("baseline_p95_ms"), round2(percentile(baseline, 0.95)));
    return o;
}

} // namespace OneWindow
