#pragma once

#include "common/Result.h"
#include "ratings/FollowUp.h"
#include "ratings/Rating.h"
#include "security/Session.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

namespace OneWindow {

class AuditLog;
class Clock;
class Database;
class WorkingDayCalendar;

// 好差评. A rating comes from the citizen only: at the counter from the screen
// that faces them (the clerk's window has no way to rate), or from the tracking
// page on their phone. It is tied to the visit (counter, clerk, the case it
// accepted), given once, never filled in for anyone, and a poor one (不满意,
// 非常不满意) opens a follow-up for the supervisor, due in the hall's working days
// (HallSettings::followUpDays), in the same transaction. A clerk sees how they
// were rated, never by whom or on which visit.
class RatingService
{
public:
    // From the tracking page: this many working days after the visit, and after
    // the case was completed.
    static constexpr int kTrackerWorkingDays = 5;

    RatingService(const Database &db, AuditLog &audit, const Clock &clock,
                  const WorkingDayCalendar &calendar)
        : m_db(db)
        , m_audit(audit)
        , m_clock(clock)
        , m_calendar(calendar)
    {}

    // The citizen's screen at this counter rates the visit that just ended here.
    // "forbidden" (a session that does not run intake), "not-found",
    // "other-counter", "visit-open", "rating-closed" (ended more than
    // VisitService::kCounterRatingSeconds ago), "already-rated", or the input's
    // refusal: "bad-level", "bad-reason", "bad-comment", "comment-too-long".
    Result<Rating> rateVisit(qint64 visitId, const RatingInput &input, const Session &session);
    // The citizen's phone rates a case: the visit that accepted it, within
    // kTrackerWorkingDays working days of its end and not rated at the counter,
    // else the case's result, within as many working days of its completion.
    // Only the tracker's session (Session::tracker(), no member of staff) may:
    // "forbidden" for any other.
    // "not-found" (no visit accepted the case), "rating-closed", "already-rated",
    // or the input's refusal.
    Result<Rating> rateCase(const QString &caseNumber, const RatingInput &input,
                            const Session &session);
    // What rateCase() would rate now; nullopt when nothing may be rated.
    Result<std::optional<Rating::Stage>> openStage(const QString &caseNumber) const;

    // Every rating given in [from, to] (hall days), for a supervisor
    // (ViewDashboard); an audited read.
    Result<QList<Rating>> list(const QDate &from, const QDate &to, const Session &session);
    // How the signed-in member of staff was rated in [from, to]: a count per level
    // key, nothing about the visits.
    Result<QHash<QString, int>> ownFigures(const QDate &from, const QDate &to,
                                           const Session &session);

    // The follow-ups, for a supervisor (Review).
    Result<QList<FollowUp>> followUps(bool openOnly, const Session &session);
    // Records what was done and closes it. "forbidden", "not-found",
    // "action-required", "already-closed"; audited.
    Status closeFollowUp(qint64 id, bool calledBack, const QString &action, const Session &session);

    // "" when the input may be stored, else the refusal's code.
    static QString problem(const RatingInput &input);

private:
    // Inside the transaction: stores the rating, opens its follow-up, audits both.
    Status store(Rating &rating, const Session &session);
    // The matter of a case ("" for none).
    QString matterOf(const QString &caseNumber) const;

    const Database &m_db;
    AuditLog &m_audit;
    const Clock &m_clock;
    const WorkingDayCalendar &m_calendar;
};

} // namespace OneWindow
