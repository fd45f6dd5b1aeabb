#include "workflow/DepartmentInbox.h"

#include "casefile/CaseRepository.h"
#include "common/PlainText.h"
#include "review/ReviewItem.h"
#include "security/AuditLog.h"
#include "security/AuditedRead.h"
#include "security/Permission.h"
#include "storage/Database.h"
#include "workflow/Deadline.h"

namespace OneWindow {

namespace {

// The step states an inbox lists; the partial index sub_cases_active has the same list.
// A step whose refusal or 退件 waits for the supervisor stays with its holder.
const char kActiveStates[] =
    "('waiting', 'open', 'returned', 'special', 'refusal-pending', 'return-file-pending')";
// Of those, the ones urgency() calls paused.
const char kPausedStates[] = "('returned', 'special', 'return-file-pending')";

QString prefixed(const QString &columns, const QString &alias)
{
    QStringList list = columns.split(QStringLiteral(", "));
    for (QString &c : list)
        c = alias + QLatin1Char('.') + c.trimmed();
    return list.join(QStringLiteral(", "));
}

} // namespace

DepartmentInbox::Urgency DepartmentInbox::urgency(const SubCase &step, const QDate &today) const
{
    if (step.state == StepState::Returned || step.state == StepState::Special ||
        step.state == StepState::ReturnFilePending)
        return Urgency::Paused;
    if (!step.deadline.isValid())
        return Urgency::Normal;
    if (step.deadline < today)
        return Urgency::Overdue;
    if (Deadline::workingDaysLeft(m_calendar, today, step.deadline) <= kDueSoonWorkingDays)
        return Urgency::DueSoon;
    return Urgency::Normal;
}

QString DepartmentInbox::activeStatesSql()
{
    return QLatin1String(kActiveStates);
}

QString DepartmentInbox::pausedStatesSql()
{
    return QLatin1String(kPausedStates);
}

Result<QList<InboxItem>> DepartmentInbox::page(const Filter &filter, const Session &session,
                                               const QDate &today) const
{
    using R = Result<QList<InboxItem>>;
    // Checked first: a refusal's audit event names the department asked for.
    if (const QString why =
            PlainText::problem(filter.department, PlainText::Lines::One, PlainText::kMaxQuery);
        !why.isEmpty())
        return R::failure(QStringLiteral("bad-query"), QStringLiteral("department: ") + why);
    if (const Status allowed = m_audit.require(session, Capability::ViewInbox,
                                               QStringLiteral("inbox:") + filter.department);
        !allowed)
        return R(allowed.error());
    QString department = filter.department;
    if (!Permission::can(session, Capability::ReleaseAnyStep)) {
        // An officer's inbox is their department's.
        if (!department.isEmpty() && department != session.department) {
            (void)m_audit.record(session, QStringLiteral("refused"),
                                 QStringLiteral("inbox:") + department,
                                 QStringLiteral("other-department"));
            return R::failure(QStringLiteral("other-department"), department);
        }
        department = session.department;
        if (department.isEmpty())
            return R::failure(QStringLiteral("forbidden"), QStringLiteral("no department"));
    }
    QString where = QStringLiteral("s.state IN %1").arg(QLatin1String(kActiveStates));
    QVariantList values;
    if (!department.isEmpty()) {
        where += QStringLiteral(" AND s.department = ?");
        values << department;
    }
    if (filter.mineOnly) {
        where += QStringLiteral(" AND s.holder_id = ?");
        values << session.userId;
    }
    if (filter.overdueOnly) {
        where += QStringLiteral(" AND s.deadline < ?");
        values << today;
    }
    values << qBound(1, filter.limit, 500) << qMax(0, filter.offset);
    // A page of the inbox names citizens: which page was shown is on the record.
    QStringList asked{QStringLiteral("offset=%1").arg(qMax(0, filter.offset))};
    if (filter.mineOnly)
        asked.prepend(QStringLiteral("mine"));
    if (filter.overdueOnly)
        asked.prepend(QStringLiteral("overdue"));
    return auditedRead(m_audit, session, QStringLiteral("view-inbox"),
                       QStringLiteral("inbox:") + department, asked.join(QLatin1Char(' ')),
                       [&]() -> R { return read(where, values); });
}

Result<QList<InboxItem>> DepartmentInbox::read(const QString &where,
                                               const QVariantList &values) const
{
    using R = Result<QList<InboxItem>>;
    // With the latest decision proposed on the step: a sent-back one carries the
    // supervisor's comment for its holder.
    auto q =
        m_db.run(QStringLiteral("SELECT %1, c.case_number, c.title, c.state, c.version, p.name,"
                                " r.state, r.comment, r.reviewer_name"
                                " FROM sub_cases s JOIN cases c ON c.id = s.case_id"
                                " JOIN persons p ON p.id = c.person_id"
                                " LEFT JOIN review_items r ON r.id = (SELECT MAX(x.id)"
                                " FROM review_items x WHERE x.sub_case_id = s.id) WHERE %2"
                                " ORDER BY s.deadline, s.id LIMIT ? OFFSET ?")
                     .arg(prefixed(CaseRepository::subCaseColumns(), QStringLiteral("s")), where),
                 values);
    if (!q)
        return R(q.error());
    QList<InboxItem> items;
    QSqlQuery &r = q.value();
    while (r.next()) {
        InboxItem item;
        item.caseId = r.value(10).toLongLong();
        item.caseNumber = r.value(22).toString();
        auto step = CaseRepository::readSubCase(r);
        if (!step)
            return R(CaseRepository::unknownState(
                QStringLiteral("sub_cases.state (step %1)").arg(r.value(0).toLongLong()),
                item.caseNumber, r.value(4).toString()));
        item.step = step.value();
        item.caseTitle = r.value(23).toString();
        const auto caseState = CaseStates::caseStateFromKey(r.value(24).toString());
        if (!caseState)
            return R(CaseRepository::unknownState(QStringLiteral("cases.state"), item.caseNumber,
                                                  r.value(24).toString()));
        item.caseState = *caseState;
        item.caseVersion = r.value(25).toInt();
        item.applicantName = r.value(26).toString();
        if (r.value(27).toString() == ReviewItem::stateKey(ReviewItem::State::Returned)) {
            item.sentBackComment = r.value(28).toString();
            item.sentBackBy = r.value(29).toString();
        }
        items << item;
    }
    return items;
}

} // namespace OneWindow
