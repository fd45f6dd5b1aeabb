#include "ratings/RatingService.h"

#include "casefile/VisitRepository.h"
#include "common/Clock.h"
#include "common/PlainText.h"
#include "intake/VisitService.h"
#include "ratings/FollowUpRepository.h"
#include "ratings/RatingRepository.h"
#include "security/AuditLog.h"
#include "security/AuditedRead.h"
#include "security/HallSettings.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"
#include "workflow/WorkingDayCalendar.h"

#include <QSet>

namespace OneWindow {

namespace {

QDateTime startOf(const QDate &day)
{
    return QDateTime(day, QTime(0, 0));
}

} // namespace

QString RatingService::problem(const RatingInput &input)
{
    const auto level = RatingLevels::fromKey(input.level);
    if (!level)
        return QStringLiteral("bad-level");
    const bool poor = RatingLevels::isPoor(*level);
    for (const QString &reason : input.reasons)
        if (!poor || !RatingLevels::reasonKeys().contains(reason))
            return QStringLiteral("bad-reason");
    if (input.reasons.size() != QSet<QString>(input.reasons.begin(), input.reasons.end()).size())
        return QStringLiteral("bad-reason");
    if (!input.comment.isEmpty()) {
        if (!poor)
            return QStringLiteral("bad-comment");
        if (input.comment.size() > RatingInput::kMaxComment)
            return QStringLiteral("comment-too-long");
        if (!PlainText::problem(input.comment, PlainText::Lines::Many, RatingInput::kMaxComment)
                 .isEmpty())
            return QStringLiteral("bad-comment");
    }
    return {};
}

QString RatingService::matterOf(const QString &caseNumber) const
{
    if (caseNumber.isEmpty())
        return {};
    auto m = m_db.scalar(QStringLiteral("SELECT template_id FROM cases WHERE case_number = ?"),
                         {caseNumber});
    return m ? m.value().toString() : QString();
}

Status RatingService::store(Rating &rating, const Session &session)
{
    auto id = RatingRepository(m_db).insert(rating);
    if (!id)
        return Status(id.error());
    rating.id = id.value();
    const QString subject = QStringLiteral("visit:%1").arg(rating.visitId);
    if (const Status a =
            m_audit.recordInTransaction(session, QStringLiteral("rate"), subject,
                                        QStringList{Rating::stageKey(rating.stage),
                                                    RatingLevels::key(rating.level), rating.channel}
                                            .join(QLatin1Char(' ')));
        !a)
        return a;
    if (!RatingLevels::isPoor(rating.level))
        return Status::success();
    auto settings = HallSettings(m_db).load();
    if (!settings)
        return Status(settings.error());
    const QDate due = m_calendar.addWorkingDays(m_clock.today(), settings.value().followUpDays);
    auto followUp = FollowUpRepository(m_db).open(rating.id, rating.at, due);
    if (!followUp)
        return Status(followUp.error());
    return m_audit.recordInTransaction(session, QStringLiteral("follow-up-open"),
                                       QStringLiteral("follow-up:%1").arg(followUp.value()),
                                       due.toString(Qt::ISODate));
}

Result<Rating> RatingService::rateVisit(qint64 visitId, const RatingInput &input,
                                        const Session &session)
{
    using R = Result<Rating>;
    const QString subject = QStringLiteral("visit:%1").arg(visitId);
    if (const Status ok = m_audit.require(session, Capability::RunIntake, subject); !ok)
        return R(ok.error());
    if (const QString bad = problem(input); !bad.isEmpty())
        return R::failure(bad);
    const QDateTime now = m_clock.now();
    Rating rating;
    Error refusal;
    const Status done = m_db.transaction([&]() -> Status {
        auto visit = VisitRepository(m_db).find(visitId);
        if (!visit)
            return Status(refusal = visit.error());
        const Visit &v = visit.value();
        if (v.counterCode != session.counterCode)
            return Status(refusal = Error{QStringLiteral("other-counter"), {}});
        if (v.isOpen())
            return Status(refusal = Error{QStringLiteral("visit-open"), {}});
        if (v.endedAt.secsTo(now) > VisitService::kCounterRatingSeconds)
            return Status(refusal = Error{QStringLiteral("rating-closed"), {}});
        auto rated = RatingRepository(m_db).visitRated(visitId);
        if (!rated)
            return Status(rated.error());
        if (rated.value())
            return Status(refusal = Error{QStringLiteral("already-rated"), {}});
        rating.visitId = v.id;
        rating.stage = Rating::Stage::Visit;
        rating.caseNumber = v.caseNumbers.value(0);
        rating.matterId = matterOf(rating.caseNumber);
        rating.counterCode = v.counterCode;
        rating.clerkId = v.clerkId;
        rating.level = *RatingLevels::fromKey(input.level);
        rating.reasons = input.reasons;
        rating.comment = input.comment;
        rating.channel = QStringLiteral("counter");
        rating.at = now;
        return store(rating, session);
    });
    if (!done) {
        if (!refusal.code.isEmpty())
            (void)m_audit.record(session, QStringLiteral("refused"), subject, refusal.code);
        return R(done.error());
    }
    return rating;
}

Result<std::optional<Rating::Stage>> RatingService::openStage(const QString &caseNumber) const
{
    using R = Result<std::optional<Rating::Stage>>;
    const VisitRepository visits(m_db);
    auto visitId = visits.visitOfCase(caseNumber);
    if (!visitId)
        return R(visitId.error());
    if (visitId.value() == 0)
        return R::failure(QStringLiteral("not-found"), caseNumber);
    auto visit = visits.find(visitId.value());
    if (!visit)
        return R(visit.error());
    const QDate today = m_clock.today();
    const Visit &v = visit.value();
    const RatingRepository ratings(m_db);
    if (!v.isOpen()) {
        const QDate lastDay =
            m_calendar.addWorkingDays(v.endedAt.toLocalTime().date(), kTrackerWorkingDays);
        auto rated = ratings.visitRated(v.id);
        if (!rated)
            return R(rated.error());
        if (!rated.value() && today <= lastDay)
            return std::optional<Rating::Stage>(Rating::Stage::Visit);
    }
    auto completed = m_db.scalar(
        QStringLiteral("SELECT completed_at FROM cases WHERE case_number = ?"), {caseNumber});
    if (!completed)
        return R(completed.error());
    const QDateTime completedAt = SqlValue::readDateTime(completed.value());
    if (!completedAt.isValid())
        return std::optional<Rating::Stage>();
    const QDate lastDay =
        m_calendar.addWorkingDays(completedAt.toLocalTime().date(), kTrackerWorkingDays);
    auto rated = ratings.completionRated(caseNumber);
    if (!rated)
        return R(rated.error());
    if (rated.value() || today > lastDay)
        return std::optional<Rating::Stage>();
    return std::optional<Rating::Stage>(Rating::Stage::Completion);
}

Result<Rating> RatingService::rateCase(const QString &caseNumber, const RatingInput &input,
                                       const Session &session)
{
    using R = Result<Rating>;
    // Only the citizen's door rates here: never a member of staff.
    if (!session.isTracker()) {
        (void)m_audit.record(session, QStringLiteral("refused"), caseNumber,
                             QStringLiteral("rate-case"));
        return R::failure(QStringLiteral("forbidden"));
    }
    if (const QString bad = problem(input); !bad.isEmpty())
        return R::failure(bad);
    Rating rating;
    const Status done = m_db.transaction([&]() -> Status {
        auto stage = openStage(caseNumber);
        if (!stage)
            return Status(stage.error());
        if (!stage.value()) {
            auto visitRated = RatingRepository(m_db).completionRated(caseNumber);
            return Status::failure(visitRated && visitRated.value()
                                       ? QStringLiteral("already-rated")
                                       : QStringLiteral("rating-closed"));
        }
        auto visitId = VisitRepository(m_db).visitOfCase(caseNumber);
        if (!visitId)
            return Status(visitId.error());
        auto visit = VisitRepository(m_db).find(visitId.value());
        if (!visit)
            return Status(visit.error());
        rating.visitId = visit.value().id;
        rating.stage = *stage.value();
        rating.caseNumber = caseNumber;
        rating.matterId = matterOf(caseNumber);
        rating.counterCode = visit.value().counterCode;
        rating.clerkId = visit.value().clerkId;
        rating.level = *RatingLevels::fromKey(input.level);
        rating.reasons = input.reasons;
        rating.comment = input.comment;
        rating.channel = QStringLiteral("tracker");
        rating.at = m_clock.now();
        return store(rating, session);
    });
    if (!done)
        return R(done.error());
    return rating;
}

Result<QList<Rating>> RatingService::list(const QDate &from, const QDate &to,
                                          const Session &session)
{
    using R = Result<QList<Rating>>;
    if (const Status ok =
            m_audit.require(session, Capability::ViewDashboard, QStringLiteral("ratings"));
        !ok)
        return R(ok.error());
    if (!from.isValid() || !to.isValid() || from > to)
        return R::failure(QStringLiteral("bad-range"));
    return auditedRead(
        m_audit, session, QStringLiteral("view-ratings"), QStringLiteral("ratings"),
        QStringLiteral("%1..%2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)),
        [&] { return RatingRepository(m_db).between(startOf(from), startOf(to.addDays(1))); });
}

Result<QHash<QString, int>> RatingService::ownFigures(const QDate &from, const QDate &to,
                                                      const Session &session)
{
    using R = Result<QHash<QString, int>>;
    if (session.userId == 0 || session.mustChangePassword)
        return R::failure(QStringLiteral("forbidden"));
    if (!from.isValid() || !to.isValid() || from > to)
        return R::failure(QStringLiteral("bad-range"));
    return RatingRepository(m_db).levelCounts(session.userId, startOf(from),
                                              startOf(to.addDays(1)));
}

Result<QList<FollowUp>> RatingService::followUps(bool openOnly, const Session &session)
{
    using R = Result<QList<FollowUp>>;
    if (const Status ok =
            m_audit.require(session, Capability::Review, QStringLiteral("follow-ups"));
        !ok)
        return R(ok.error());
    return auditedRead(m_audit, session, QStringLiteral("view-follow-ups"),
                       QStringLiteral("follow-ups"),
                       openOnly ? QStringLiteral("open") : QStringLiteral("all"),
                       [&] { return FollowUpRepository(m_db).list(openOnly); });
}

Status RatingService::closeFollowUp(qint64 id, bool calledBack, const QString &action,
                                    const Session &session)
{
    const QString subject = QStringLiteral("follow-up:%1").arg(id);
    if (const Status ok = m_audit.require(session, Capability::Review, subject); !ok)
        return ok;
    if (action.trimmed().isEmpty())
        return Status::failure(QStringLiteral("action-required"));
    const QDateTime now = m_clock.now();
    return m_db.transaction([&]() -> Status {
        const FollowUpRepository followUps(m_db);
        auto found = followUps.find(id);
        if (!found)
            return Status(found.error());
        if (const Status c = followUps.close(id, session.userId, now,
                                             calledBack ? now : QDateTime(), action.trimmed());
            !c)
            return c;
        return m_audit.recordInTransaction(session, QStringLiteral("follow-up-close"), subject,
                                           calledBack ? QStringLiteral("called-back")
                                                      : QStringLiteral("not-called-back"));
    });
}

} // namespace OneWindow
