#include "review/ReviewService.h"

#include "common/Clock.h"
#include "common/PlainText.h"
#include "review/ReviewRepository.h"
#include "security/AuditLog.h"
#include "security/AuditedRead.h"
#include "security/Permission.h"
#include "storage/Database.h"

namespace OneWindow {

Status ReviewService::flagOverdueCommitments()
{
    // 容缺 commitments not kept by their date, with the case and its clerk.
    auto q = m_db.run(QStringLiteral("SELECT k.id, k.case_id, k.material, k.due, c.case_number,"
                                     " c.clerk_id FROM case_commitments k JOIN cases c"
                                     " ON c.id = k.case_id WHERE k.fulfilled_at IS NULL"
                                     " AND k.due < ? ORDER BY k.due, k.id LIMIT 500"),
                      {m_clock.today()});
    if (!q)
        return Status(q.error());
    struct Overdue
    {
        qint64 id, caseId, clerkId;
        QString material, due, caseNumber;
    };
    QList<Overdue> overdue;
    while (q.value().next())
        overdue.append({q.value().value(0).toLongLong(), q.value().value(1).toLongLong(),
                        q.value().value(5).toLongLong(), q.value().value(2).toString(),
                        q.value().value(3).toDate().toString(Qt::ISODate),
                        q.value().value(4).toString()});
    if (overdue.isEmpty())
        return Status::success();
    return m_db.transaction([&]() -> Status {
        for (const Overdue &k : std::as_const(overdue)) {
            // The clerk who accepted the case without the material is its maker.
            Session maker;
            maker.userId = k.clerkId;
            if (const Status s = ReviewRepository(m_db).flag(
                    QStringLiteral("overdue-commitment"), QStringLiteral("commitment:%1").arg(k.id),
                    k.caseId, k.caseNumber, QStringLiteral("%1 due %2").arg(k.material, k.due),
                    maker, m_clock.now());
                !s)
                return s;
        }
        return Status::success();
    });
}

Status ReviewService::flagOverdueFollowUps()
{
    // 整改 of a poor rating not closed by its date, with the rated counter's clerk.
    auto q = m_db.run(QStringLiteral("SELECT f.id, f.due_on, r.level, r.case_number, r.clerk_id"
                                     " FROM follow_ups f JOIN ratings r ON r.id = f.rating_id"
                                     " WHERE f.closed_at IS NULL AND f.due_on < ?"
                                     " ORDER BY f.due_on, f.id LIMIT 500"),
                      {m_clock.today()});
    if (!q)
        return Status(q.error());
    struct Overdue
    {
        qint64 id, clerkId;
        QString due, level, caseNumber;
    };
    QList<Overdue> overdue;
    while (q.value().next())
        overdue.append({q.value().value(0).toLongLong(), q.value().value(4).toLongLong(),
                        q.value().value(1).toDate().toString(Qt::ISODate),
                        q.value().value(2).toString(), q.value().value(3).toString()});
    if (overdue.isEmpty())
        return Status::success();
    return m_db.transaction([&]() -> Status {
        for (const Overdue &f : std::as_const(overdue)) {
            // The rated clerk is its maker: they never decide on their own rating.
            Session maker;
            maker.userId = f.clerkId;
            if (const Status s = ReviewRepository(m_db).flag(
                    QStringLiteral("overdue-follow-up"), QStringLiteral("follow-up:%1").arg(f.id),
                    0, f.caseNumber, QStringLiteral("%1 due %2").arg(f.level, f.due), maker,
                    m_clock.now());
                !s)
                return s;
        }
        return Status::success();
    });
}

Result<QList<ReviewItem>> ReviewService::queue(bool openOnly, const QString &kind, int limit,
                                               int offset, const Session &session)
{
    return queue(ReviewScope::All, openOnly, kind, limit, offset, session);
}

Result<QList<ReviewItem>> ReviewService::queue(ReviewScope scope, bool openOnly,
                                               const QString &kind, int limit, int offset,
                                               const Session &session)
{
    if (!Permission::can(session, Capability::Review)) {
        (void)m_audit.record(session, QStringLiteral("refused"), QStringLiteral("review-queue"),
                             Permission::key(Capability::Review));
        return Result<QList<ReviewItem>>::failure(QStringLiteral("forbidden"));
    }
    if (const Status s = flagOverdueCommitments(); !s)
        return Result<QList<ReviewItem>>(s.error());
    if (const Status s = flagOverdueFollowUps(); !s)
        return Result<QList<ReviewItem>>(s.error());
    // The queue names cases, makers and their reasons: each page is on the record.
    const QString scopeKey = scope == ReviewScope::Decisions      ? QStringLiteral("decisions")
                             : scope == ReviewScope::AfterTheFact ? QStringLiteral("reviews")
                                                                  : QStringLiteral("all");
    return auditedRead(
        m_audit, session, QStringLiteral("view-review-queue"), QStringLiteral("review"),
        QStringLiteral("%1 %2 kind=%3 offset=%4")
            .arg(scopeKey, openOnly ? QStringLiteral("open") : QStringLiteral("all"),
                 kind.isEmpty() ? QStringLiteral("any") : kind)
            .arg(offset),
        [&] { return ReviewRepository(m_db).list(openOnly, kind, limit, offset, scope); });
}

Result<ReviewItem> ReviewService::find(qint64 itemId, const Session &session) const
{
    if (const Status allowed =
            m_audit.require(session, Capability::Review, QStringLiteral("review:%1").arg(itemId));
        !allowed)
        return Result<ReviewItem>(allowed.error());
    return auditedRead(m_audit, session, QStringLiteral("view-review-item"),
                       QStringLiteral("review:%1").arg(itemId), {},
                       [&] { return ReviewRepository(m_db).find(itemId); });
}

Status ReviewService::mayDecide(const ReviewItem &item, const Session &session) const
{
    if (!Permission::can(session, Capability::Review))
        return Status::failure(QStringLiteral("forbidden"));
    if (item.state != ReviewItem::State::Open)
        return Status::failure(QStringLiteral("already-decided"), item.reviewerName);
    if (item.makerId != 0 && item.makerId == session.userId)
        return Status::failure(QStringLiteral("own-action"));
    if (item.caseId != 0) {
        auto clerk =
            m_db.scalar(QStringLiteral("SELECT clerk_id FROM cases WHERE id = ?"), {item.caseId});
        if (!clerk)
            return Status(clerk.error());
        if (clerk.value().toLongLong() != 0 && clerk.value().toLongLong() == session.userId)
            return Status::failure(QStringLiteral("own-case"));
    }
    return Status::success();
}

Status ReviewService::decide(qint64 itemId, bool approve, const QString &comment,
                             const Session &session)
{
    const QString subject = QStringLiteral("review:%1").arg(itemId);
    auto refused = [&](const Error &why) {
        (void)m_audit.record(session, QStringLiteral("refused"), subject,
                             QStringLiteral("review ") + why.code);
        return Status(why);
    };
    if (!Permission::can(session, Capability::Review))
        return refused({QStringLiteral("forbidden"), {}});
    auto found = ReviewRepository(m_db).find(itemId);
    if (!found)
        return found.error().code == QLatin1String("not-found") ? refused(found.error())
                                                                : Status(found.error());
    ReviewItem item = found.value();
    if (const Status allowed = mayDecide(item, session); !allowed)
        return refused(allowed.error());
    if (!approve && comment.trimmed().isEmpty())
        return refused({QStringLiteral("comment-required"), {}});
    if (const Status text = PlainText::check(QStringLiteral("comment"), comment.trimmed(),
                                             PlainText::Lines::Many, PlainText::kMaxReason);
        !text)
        return refused(text.error());
    const auto effect = m_effects.constFind(item.kind);
    // A decision is never marked confirmed or sent back without what that means.
    if (item.isDecision() && effect == m_effects.constEnd())
        return refused({QStringLiteral("no-effect"), item.kind});
    item.state = approve ? ReviewItem::State::Approved : ReviewItem::State::Returned;
    item.reviewedAt = m_clock.now();
    item.reviewerId = session.userId;
    item.reviewerName = session.displayName;
    item.comment = comment.trimmed();
    Error effectRefusal;
    const Status done = m_db.transaction([&]() -> Status {
        if (const Status s = ReviewRepository(m_db).decide(item); !s)
            return s;
        if (effect != m_effects.constEnd())
            if (const Status s = (*effect)(item, approve, item.comment, session); !s) {
                effectRefusal = s.error();
                return s;
            }
        return m_audit.recordInTransaction(
            session, approve ? QStringLiteral("review-approve") : QStringLiteral("review-return"),
            item.subject.isEmpty() ? subject : item.subject, item.kind);
    });
    if (!done && (!effectRefusal.code.isEmpty() || done.error().code == QLatin1String("conflict")))
        return refused(done.error());
    return done;
}

} // namespace OneWindow
