#include "InboxBench.h"

#include "BenchStats.h"
#include "common/SystemClock.h"
#include "identity/HallKey.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "templates/TemplateCatalogue.h"
#include "workflow/CaseWorkflowService.h"
#include "workflow/DepartmentInbox.h"
#include "workflow/WorkingDayCalendar.h"

#include <QElapsedTimer>

namespace OneWindow {

using BenchStats::mix;
using BenchStats::percentile;
using BenchStats::round2;

namespace {

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

Session officerOf(const QString &department, qint64 id)
{
    Session s;
    s.userId = id;
    s.username = QStringLiteral("bench-%1").arg(id);
    s.displayName = department + QStringLiteral(" 测试员");
    s.role = Role::Officer;
    s.department = department;
    s.counterCode = QStringLiteral("B01");
    return s;
}

} // namespace

Result<QJsonObject> InboxBench::run(QTextStream &progress) const
{
    using R = Result<QJsonObject>;
    Database db(m_url);
    if (const Status s = db.open(); !s)
        return R(s.error());
    if (const Status s = db.migrate(); !s)
        return R(s.error());
    auto subCases = db.scalar(QStringLiteral("SELECT COUNT(*) FROM sub_cases"));
    if (!subCases)
        return R(subCases.error());
    QStringList departments;
    {
        auto q = db.run(QStringLiteral("SELECT DISTINCT department FROM sub_cases"
                                       " WHERE state = 'open'"));
        if (!q)
            return R(q.error());
        while (q.value().next())
            departments << q.value().value(0).toString();
    }
    if (departments.isEmpty())
        return R::failure(QStringLiteral("db-empty"),
                          QStringLiteral("no open steps: seed it first"));
    progress << "inbox: " << subCases.value().toLongLong() << " sub-cases, " << departments.size()
             << " departments with open steps\n";
    progress.flush();

    SystemClock clock;
    const WorkingDayCalendar calendar = WorkingDayCalendar::official();
    // ONEWINDOW_HALL_KEY, when set, as for onewindow-cli: a sealed trail needs it.
    auto key = HallKey::fromEnvironment();
    AuditLog audit(db, clock, key ? key.value() : QByteArray());
    TemplateCatalogue catalogue;
    catalogue.loadBuiltIn();
    DepartmentInbox inbox(db, audit, calendar);
    CaseWorkflowService workflow(db, audit, clock, calendar, catalogue);
    const QDate today = clock.today();

    // The first page of a department's inbox, as the workspace shows it.
    QList<double> inboxMs;
    QList<double> baselineMs;
    quint64 r = m_seed;
    constexpr int kWarmUp = 5;
    int rows = 0;
    for (int i = 0; i < m_samples + kWarmUp; ++i) {
        r = mix(r);
        const QString department = departments.at(int(r % quint64(departments.size())));
        const Session officer = officerOf(department, 900000 + i);
        QElapsedTimer t;
        t.start();
        auto page = inbox.page(DepartmentInbox::Filter(), officer, today);
        if (!page)
            return R(page.error());
        for (const InboxItem &item : page.value())
            (void)inbox.urgency(item.step, today);
        const double ms = msSince(t);
        rows += int(page.value().size());
        // The bare query: the same rows and order, nothing else.
        QElapsedTimer b;
        b.start();
        auto bare = db.run(QStringLiteral("SELECT s.id, s.deadline, c.case_number, p.name"
                                          " FROM sub_cases s JOIN cases c ON c.id = s.case_id"
                                          " JOIN persons p ON p.id = c.person_id"
                                          " WHERE s.state IN ('waiting', 'open', 'returned',"
                                          " 'special') AND s.department = ?"
                                          " ORDER BY s.deadline, s.id LIMIT 50 OFFSET 0"),
                           {department});
        if (!bare)
            return R(bare.error());
        while (bare.value().next())
            (void)bare.value().value(0);
        const double baseline = msSince(b);
        if (i >= kWarmUp) {
            inboxMs << ms;
            baselineMs << baseline;
        }
    }

    // Claim and approve open steps of open cases.
    QList<double> claimMs;
    QList<double> approveMs;
    int refused = 0;
    for (int i = 0; i < m_samples; ++i) {
        r = mix(r);
        const QString department = departments.at(int(r % quint64(departments.size())));
        auto pick = db.run(QStringLiteral("SELECT c.case_number, s.id FROM sub_cases s"
                                          " JOIN cases c ON c.id = s.case_id"
                                          " WHERE s.state IN ('waiting', 'open', 'returned',"
                                          " 'special') AND s.department = ?"
                                          " AND s.state = 'open' AND s.holder_id IS NULL"
                                          " ORDER BY s.deadline, s.id LIMIT 1 OFFSET ?"),
                           {department, int((r >> 20) % 200)});
        if (!pick)
            return R(pick.error());
        if (!pick.value().next())
            continue;
        const QString number = pick.value().value(0).toString();
        ActionRequest request;
        request.stepId = pick.value().value(1).toLongLong();
        const Session officer = officerOf(department, 800000 + i);
        request.action = CaseAction::Claim;
        QElapsedTimer t;
        t.start();
        auto claimed = workflow.act(number, request, officer);
        const double claim = msSince(t);
        request.action = CaseAction::Approve;
        t.restart();
        auto approved = claimed ? workflow.act(number, request, officer) : claimed;
        const double approve = msSince(t);
        if (!claimed || !approved) {
            ++refused;
            continue;
        }
        claimMs << claim;
        approveMs << approve;
    }
    QList<double> actionMs = claimMs + approveMs;

    QJsonObject o;
    o.insert(QStringLiteral("benchmark"), QStringLiteral("inbox"));
    o.insert(QStringLiteral("database"), m_url.dialect == DatabaseUrl::Dialect::Postgres
                                             ? QStringLiteral("postgresql")
                                             : QStringLiteral("sqlite"));
    o.insert(QStringLiteral("sub_cases"), subCases.value().toLongLong());
    o.insert(QStringLiteral("samples"), int(inboxMs.size()));
    o.insert(QStringLiteral("rows_read"), rows);
    o.insert(QStringLiteral("inbox_p50_ms"), round2(percentile(inboxMs, 0.50)));
    o.insert(QStringLiteral("claim_p95_ms"), round2(percentile(claimMs, 0.95)));
    o.insert(QStringLiteral("approve_p95_ms"), round2(percentile(approveMs, 0.95)));
    o.insert(QStringLiteral("actions"), int(actionMs.size()));
    o.insert(QStringLiteral("actions_refused"), refused);
    o.insert(QStringLiteral("baseline_p50_ms"), round2(percentile(baselineMs, 0.50)));
    o.insert(QStringLiteral("inbox_p95_ms"), round2(percentile(inboxMs, 0.95)));
    o.insert(QStringLiteral("action_p95_ms"), round2(percentile(actionMs, 0.95)));
    o.insert(QStringLiteral("baseline_p95_ms"), round2(percentile(baselineMs, 0.95)));
    return o;
}

} // namespace OneWindow
