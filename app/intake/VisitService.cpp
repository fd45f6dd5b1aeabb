#include "intake/VisitService.h"

#include "casefile/VisitRepository.h"
#include "common/Clock.h"
#include "common/CounterLock.h"
#include "intake/EvidenceRepository.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"

namespace OneWindow {

Status VisitService::allowed(const Session &session, const QString &subject) const
{
    if (m_lock && m_lock->isLocked())
        return m_lock->check();
    return m_audit.require(session, Capability::RunIntake, subject);
}

Result<Visit> VisitService::begin(qint64 evidenceId, const Session &session)
{
    using R = Result<Visit>;
    const QString subject = QStringLiteral("evidence:%1").arg(evidenceId);
    if (const Status ok = allowed(session, subject); !ok)
        return R(ok.error());
    const QDateTime now = m_clock.now();
    auto found = EvidenceRepository(m_db).find({evidenceId});
    if (!found)
        return R(found.error());
    QString refusal;
    if (!found.value().contains(evidenceId))
        refusal = QStringLiteral("evidence-unknown");
    else if (!found.value().value(evidenceId).belongsToVisit(session.counterCode, now))
        refusal = QStringLiteral("evidence-mismatch");
    if (!refusal.isEmpty()) {
        (void)m_audit.record(session, QStringLiteral("refused"), subject, refusal);
        return R::failure(refusal);
    }
    const VisitEvidence evidence = found.value().value(evidenceId);
    R visit = R::failure(QStringLiteral("not-run"));
    const Status done = m_db.transaction([&]() -> Status {
        const VisitRepository visits(m_db);
        auto before = visits.openAt(session.counterCode);
        if (!before)
            return Status(before.error());
        visit = visits.begin(session.counterCode, session.userId, session.username, evidenceId,
                             evidence.idNumber(), now);
        if (!visit)
            return Status(visit.error());
        if (before.value().id == visit.value().id)
            return Status::success();
        if (before.value().id != 0)
            if (const Status s =
                    m_audit.recordInTransaction(session, QStringLiteral("visit-end"),
                                                QStringLiteral("visit:%1").arg(before.value().id),
                                                Visit::outcomeKey(Visit::Outcome::Next));
                !s)
                return s;
        return m_audit.recordInTransaction(session, QStringLiteral("visit-begin"),
                                           QStringLiteral("visit:%1").arg(visit.value().id),
                                           subject);
    });
    if (!done)
        return R(done.error());
    return visit;
}

Status VisitService::next(const Session &session)
{
    if (const Status ok = allowed(session, QStringLiteral("visit")); !ok)
        return ok;
    return m_db.transaction([&]() -> Status {
        const VisitRepository visits(m_db);
        auto open = visits.openAt(session.counterCode);
        if (!open)
            return Status(open.error());
        if (open.value().id == 0)
            return Status::success();
        if (const Status s = visits.end(open.value().id, Visit::Outcome::Next, m_clock.now()); !s)
            return s;
        return m_audit.recordInTransaction(session, QStringLiteral("visit-end"),
                                           QStringLiteral("visit:%1").arg(open.value().id),
                                           Visit::outcomeKey(Visit::Outcome::Next));
    });
}

Result<Visit> VisitService::current(const Session &session) const
{
    if (const Status ok = allowed(session, QStringLiteral("visit")); !ok)
        return Result<Visit>(ok.error());
    return VisitRepository(m_db).openAt(session.counterCode);
}

Result<Visit> VisitService::justEnded(const Session &session) const
{
    using R = Result<Visit>;
    if (const Status ok = allowed(session, QStringLiteral("visit")); !ok)
        return R(ok.error());
    const QDateTime since = m_clock.now().addSecs(-kCounterRatingSeconds);
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM visits WHERE counter_code = ?"
                                         " AND ended_at IS NOT NULL AND ended_at >= ?"
                                         " ORDER BY ended_at DESC, id DESC LIMIT 1"),
                          {session.counterCode, since.toUTC()});
    if (!id)
        return R(id.error());
    if (!id.value().isValid())
        return Visit();
    return VisitRepository(m_db).find(id.value().toLongLong());
}

} // namespace OneWindow
