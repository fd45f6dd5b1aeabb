#include "ratings/FollowUpRepository.h"

#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QSqlQuery>

namespace OneWindow {

Result<qint64> FollowUpRepository::open(qint64 ratingId, const QDateTime &openedAt,
                                        const QDate &dueOn) const
{
    auto q = m_db.run(QStringLiteral("INSERT INTO follow_ups (rating_id, opened_at, due_on)"
                                     " VALUES (?, ?, ?) RETURNING id"),
                      {ratingId, openedAt.toUTC(), dueOn});
    if (!q)
        return Result<qint64>(q.error());
    if (!q.value().next())
        return Result<qint64>::failure(QStringLiteral("db-error"),
                                       QStringLiteral("no follow-up id returned"));
    return q.value().value(0).toLongLong();
}

Result<QList<FollowUp>> FollowUpRepository::select(const QString &where,
                                                   const QVariantList &values) const
{
    using R = Result<QList<FollowUp>>;
    auto q = m_db.run(QStringLiteral("SELECT f.id, f.rating_id, r.level, r.case_number,"
                                     " r.counter_code, f.opened_at, f.due_on, f.called_back_at,"
                                     " f.closed_at, f.closed_by, f.action FROM follow_ups f"
                                     " JOIN ratings r ON r.id = f.rating_id WHERE %1"
                                     " ORDER BY f.due_on, f.id")
                          .arg(where),
                      values);
    if (!q)
        return R(q.error());
    QList<FollowUp> list;
    QSqlQuery &s = q.value();
    while (s.next()) {
        FollowUp f;
        f.id = s.value(0).toLongLong();
        f.ratingId = s.value(1).toLongLong();
        f.level = RatingLevels::fromKey(s.value(2).toString()).value_or(RatingLevel::Dissatisfied);
        f.caseNumber = s.value(3).toString();
        f.counterCode = s.value(4).toString();
        f.openedAt = SqlValue::readDateTime(s.value(5));
        f.dueOn = s.value(6).toDate();
        f.calledBackAt = SqlValue::readDateTime(s.value(7));
        f.closedAt = SqlValue::readDateTime(s.value(8));
        f.closedBy = s.value(9).toLongLong();
        f.action = s.value(10).toString();
        list.append(f);
    }
    return list;
}

Result<QList<FollowUp>> FollowUpRepository::list(bool openOnly) const
{
    return select(openOnly ? QStringLiteral("f.closed_at IS NULL") : QStringLiteral("1 = 1"), {});
}

Result<FollowUp> FollowUpRepository::find(qint64 id) const
{
    auto found = select(QStringLiteral("f.id = ?"), {id});
    if (!found)
        return Result<FollowUp>(found.error());
    if (found.value().isEmpty())
        return Result<FollowUp>::failure(QStringLiteral("not-found"),
                                         QStringLiteral("follow-up %1").arg(id));
    return found.value().constFirst();
}

Status FollowUpRepository::close(qint64 id, qint64 by, const QDateTime &at,
                                 const QDateTime &calledBackAt, const QString &action) const
{
    auto q = m_db.run(QStringLiteral("UPDATE follow_ups SET closed_at = ?, closed_by = ?,"
                                     " called_back_at = ?, action = ?"
                                     " WHERE id = ? AND closed_at IS NULL"),
                      {at.toUTC(), by, SqlValue::dateTimeOrNull(calledBackAt), action, id});
    if (!q)
        return Status(q.error());
    if (q.value().numRowsAffected() != 1)
        return Status::failure(QStringLiteral("already-closed"),
                               QStringLiteral("follow-up %1").arg(id));
    return Status::success();
}

} // namespace OneWindow
