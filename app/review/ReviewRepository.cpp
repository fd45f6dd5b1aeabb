#include "review/ReviewRepository.h"

#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "storage/EditConflict.h"
#include "storage/SqlValue.h"

namespace OneWindow {

namespace {

using SqlValue::dateTimeOrNull;
using SqlValue::idOrNull;
using SqlValue::readDateTime;
using SqlValue::textOrNull;

const char kColumns[] = "r.id, r.kind, r.ref, r.case_id, r.subject, r.detail, r.created_at,"
                        " r.maker_id, r.maker_name, r.state, r.reviewed_at, r.reviewer_id,"
                        " r.reviewer_name, r.comment, r.version, r.sub_case_id";

// "unknown-state" for a state this version does not know: such an item is
// never taken for an open one (and decided, or acted upon).
Result<ReviewItem> read(const QSqlQuery &q)
{
    ReviewItem r;
    r.id = q.value(0).toLongLong();
    r.kind = q.value(1).toString();
    r.ref = q.value(2).toString();
    r.caseId = q.value(3).toLongLong();
    r.subject = q.value(4).toString();
    r.detail = q.value(5).toString();
    r.createdAt = readDateTime(q.value(6));
    r.makerId = q.value(7).toLongLong();
    r.makerName = q.value(8).toString();
    const auto state = ReviewItem::stateFromKey(q.value(9).toString());
    if (!state)
        return Result<ReviewItem>::failure(
            QStringLiteral("unknown-state"),
            QStringLiteral("review_items.state of review item %1 (case %2) is \"%3\", which this"
                           " version does not know")
                .arg(r.id)
                .arg(r.subject, q.value(9).toString().left(40)));
    r.state = *state;
    r.reviewedAt = readDateTime(q.value(10));
    r.reviewerId = q.value(11).toLongLong();
    r.reviewerName = q.value(12).toString();
    r.comment = q.value(13).toString();
    r.version = q.value(14).toInt();
    r.stepId = q.value(15).toLongLong();
    return r;
}

} // namespace

Status ReviewRepository::flag(const QString &kind, const QString &ref, qint64 caseId,
                              const QString &subject, const QString &detail, const Session &maker,
                              const QDateTime &at, qint64 stepId)
{
    if (!ref.isEmpty()) {
        auto seen = m_db.scalar(
            QStringLiteral("SELECT COUNT(*) FROM review_items WHERE kind = ? AND ref = ?"),
            {kind, ref});
        if (!seen)
            return Status(seen.error());
        if (seen.value().toInt() > 0)
            return Status::success();
    }
    auto q =
        m_db.run(QStringLiteral("INSERT INTO review_items (kind, ref, case_id, subject,"
                                " detail, created_at, maker_id, maker_name, state, sub_case_id)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?)"),
                 {kind, textOrNull(ref), idOrNull(caseId), textOrNull(subject), textOrNull(detail),
                  dateTimeOrNull(at), idOrNull(maker.userId), textOrNull(maker.displayName),
                  idOrNull(stepId)});
    if (!q)
        return Status(q.error());
    return ChangeNotifier::notifyInTransaction(m_db, QString::fromLatin1(ChangeNotifier::kReview),
                                               kind);
}

Result<QList<ReviewItem>> ReviewRepository::list(bool openOnly, const QString &kind, int limit,
                                                 int offset, ReviewScope scope) const
{
    QStringList where{QStringLiteral("1 = 1")};
    QVariantList values;
    if (openOnly)
        where << QStringLiteral("r.state = 'open'");
    if (scope != ReviewScope::All) {
        QStringList marks;
        for (const QString &k : ReviewItem::decisionKinds()) {
            marks << QStringLiteral("?");
            values << k;
        }
        where << QStringLiteral("r.kind %1 IN (%2)")
                     .arg(scope == ReviewScope::Decisions ? QString() : QStringLiteral("NOT"),
                          marks.join(QStringLiteral(", ")));
    }
    if (!kind.isEmpty()) {
        where << QStringLiteral("r.kind = ?");
        values << kind;
    }
    values << qMax(1, limit) << qMax(0, offset);
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM review_items r WHERE %2 ORDER BY r.id"
                                     " LIMIT ? OFFSET ?")
                          .arg(QLatin1String(kColumns), where.join(QStringLiteral(" AND "))),
                      values);
    if (!q)
        return Result<QList<ReviewItem>>(q.error());
    QList<ReviewItem> items;
    while (q.value().next()) {
        auto item = read(q.value());
        if (!item)
            return Result<QList<ReviewItem>>(item.error());
        items << item.value();
    }
    return items;
}

Result<ReviewItem> ReviewRepository::find(qint64 id) const
{
    auto q = m_db.run(
        QStringLiteral("SELECT %1 FROM review_items r WHERE r.id = ?").arg(QLatin1String(kColumns)),
        {id});
    if (!q)
        return Result<ReviewItem>(q.error());
    if (!q.value().next())
        return Result<ReviewItem>::failure(QStringLiteral("not-found"),
                                           QStringLiteral("review:%1").arg(id));
    return read(q.value());
}

Result<ReviewItem> ReviewRepository::findByRef(const QString &kind, const QString &ref) const
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM review_items r WHERE r.kind = ? AND r.ref = ?")
                          .arg(QLatin1String(kColumns)),
                      {kind, ref});
    if (!q)
        return Result<ReviewItem>(q.error());
    if (!q.value().next())
        return ReviewItem();
    return read(q.value());
}

Result<QList<ReviewItem>> ReviewRepository::forCase(qint64 caseId) const
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM review_items r WHERE r.case_id = ?"
                                     " ORDER BY r.id")
                          .arg(QLatin1String(kColumns)),
                      {caseId});
    if (!q)
        return Result<QList<ReviewItem>>(q.error());
    QList<ReviewItem> items;
    while (q.value().next()) {
        auto item = read(q.value());
        if (!item)
            return Result<QList<ReviewItem>>(item.error());
        items << item.value();
    }
    return items;
}

Status ReviewRepository::decide(const ReviewItem &d)
{
    auto q = m_db.run(QStringLiteral("UPDATE review_items SET state = ?, reviewed_at = ?,"
                                     " reviewer_id = ?, reviewer_name = ?, comment = ?,"
                                     " version = version + 1 WHERE id = ? AND version = ?"),
                      {ReviewItem::stateKey(d.state), dateTimeOrNull(d.reviewedAt),
                       idOrNull(d.reviewerId), textOrNull(d.reviewerName), textOrNull(d.comment),
                       d.id, d.version});
    if (!q)
        return Status(q.error());
    if (q.value().numRowsAffected() != 1) {
        auto now = find(d.id);
        if (!now)
            return Status(now.error());
        EditConflict c;
        c.table = QStringLiteral("review_items");
        c.id = d.id;
        c.changedBy = now.value().reviewerName;
        c.changedAt = now.value().reviewedAt;
        c.currentVersion = now.value().version;
        return Status(c.toError());
    }
    return ChangeNotifier::notifyInTransaction(m_db, QString::fromLatin1(ChangeNotifier::kReview),
                                               d.kind);
}

} // namespace OneWindow
