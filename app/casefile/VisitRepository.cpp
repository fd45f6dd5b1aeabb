#include "casefile/VisitRepository.h"

#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QSqlQuery>

namespace OneWindow {

Result<Visit> VisitRepository::load(const QString &where, const QVariantList &values) const
{
    // Not the citizen's ID number: the tracking page's role reads visits, never
    // the evidence (begin() looks it up where it needs it).
    auto q = m_db.run(QStringLiteral("SELECT v.id, v.counter_code, v.clerk_id, v.clerk_name,"
                                     " v.evidence_id, NULL, v.started_at, v.ended_at,"
                                     " v.outcome FROM visits v WHERE %1")
                          .arg(where),
                      values);
    if (!q)
        return Result<Visit>(q.error());
    Visit v;
    QSqlQuery &r = q.value();
    if (!r.next())
        return v;
    v.id = r.value(0).toLongLong();
    v.counterCode = r.value(1).toString();
    v.clerkId = r.value(2).toLongLong();
    v.clerkName = r.value(3).toString();
    v.evidenceId = r.value(4).toLongLong();
    v.idNumber = r.value(5).toString();
    v.startedAt = SqlValue::readDateTime(r.value(6));
    v.endedAt = SqlValue::readDateTime(r.value(7));
    v.outcome =
        r.value(7).isNull() ? Visit::Outcome::Open : Visit::outcomeFromKey(r.value(8).toString());
    auto cases = m_db.run(QStringLiteral("SELECT case_number FROM visit_cases WHERE visit_id = ?"
                                         " ORDER BY case_number"),
                          {v.id});
    if (!cases)
        return Result<Visit>(cases.error());
    while (cases.value().next())
        v.caseNumbers << cases.value().value(0).toString();
    return v;
}

Result<Visit> VisitRepository::openAt(const QString &counterCode) const
{
    return load(QStringLiteral("v.counter_code = ? AND v.ended_at IS NULL"), {counterCode});
}

Result<Visit> VisitRepository::find(qint64 visitId) const
{
    auto v = load(QStringLiteral("v.id = ?"), {visitId});
    if (v && v.value().id == 0)
        return Result<Visit>::failure(QStringLiteral("not-found"),
                                      QStringLiteral("visit %1").arg(visitId));
    return v;
}

Result<qint64> VisitRepository::visitOfEvidence(qint64 evidenceId) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT visit_id FROM visit_evidence WHERE id = ?"),
                         {evidenceId});
    if (!v)
        return Result<qint64>(v.error());
    return v.value().isNull() ? 0 : v.value().toLongLong();
}

Result<qint64> VisitRepository::visitOfCase(const QString &caseNumber) const
{
    auto v =
        m_db.scalar(QStringLiteral("SELECT MIN(visit_id) FROM visit_cases WHERE case_number = ?"),
                    {caseNumber});
    if (!v)
        return Result<qint64>(v.error());
    return v.value().isNull() ? 0 : v.value().toLongLong();
}

Result<Visit> VisitRepository::begin(const QString &counterCode, qint64 clerkId,
                                     const QString &clerkName, qint64 evidenceId,
                                     const QString &idNumber, const QDateTime &now) const
{
    auto open = openAt(counterCode);
    if (!open)
        return open;
    Visit visit = open.value();
    if (visit.id != 0) {
        auto citizen =
            m_db.scalar(QStringLiteral("SELECT id_number FROM visit_evidence WHERE id = ?"),
                        {visit.evidenceId});
        if (!citizen)
            return Result<Visit>(citizen.error());
        visit.idNumber = citizen.value().toString();
    }
    if (visit.id != 0 && visit.idNumber != idNumber) {
        if (const Status s = end(visit.id, Visit::Outcome::Next, now); !s)
            return Result<Visit>(s.error());
        visit = Visit();
    }
    if (visit.id == 0) {
        auto q = m_db.run(QStringLiteral("INSERT INTO visits (counter_code, clerk_id, clerk_name,"
                                         " evidence_id, started_at) VALUES (?, ?, ?, ?, ?)"
                                         " RETURNING id"),
                          {counterCode, clerkId, clerkName, evidenceId, now.toUTC()});
        if (!q)
            return Result<Visit>(q.error());
        if (!q.value().next())
            return Result<Visit>::failure(QStringLiteral("db-error"),
                                          QStringLiteral("no visit id returned"));
        visit.id = q.value().value(0).toLongLong();
        visit.counterCode = counterCode;
        visit.clerkId = clerkId;
        visit.clerkName = clerkName;
        visit.evidenceId = evidenceId;
        visit.idNumber = idNumber;
        visit.startedAt = now;
    }
    auto linked = m_db.run(QStringLiteral("UPDATE visit_evidence SET visit_id = ? WHERE id = ?"),
                           {visit.id, evidenceId});
    if (!linked)
        return Result<Visit>(linked.error());
    return visit;
}

Status VisitRepository::end(qint64 visitId, Visit::Outcome outcome, const QDateTime &now) const
{
    auto q = m_db.run(QStringLiteral("UPDATE visits SET ended_at = ?, outcome = ?"
                                     " WHERE id = ? AND ended_at IS NULL"),
                      {now.toUTC(), Visit::outcomeKey(outcome), visitId});
    return q ? Status::success() : Status(q.error());
}

Status VisitRepository::touch(qint64 visitId, const QString &caseNumber) const
{
    auto there = m_db.scalar(
        QStringLiteral("SELECT 1 FROM visit_cases WHERE visit_id = ? AND case_number = ?"),
        {visitId, caseNumber});
    if (!there)
        return Status(there.error());
    if (there.value().isValid())
        return Status::success();
    auto q = m_db.run(QStringLiteral("INSERT INTO visit_cases (visit_id, case_number)"
                                     " VALUES (?, ?)"),
                      {visitId, caseNumber});
    return q ? Status::success() : Status(q.error());
}

Status VisitRepository::endOpenAt(const QString &counterCode, Visit::Outcome outcome,
                                  const QString &caseNumber, const QDateTime &now) const
{
    if (counterCode.isEmpty())
        return Status::success();
    auto open = openAt(counterCode);
    if (!open)
        return Status(open.error());
    if (open.value().id == 0)
        return Status::success();
    if (!caseNumber.isEmpty())
        if (const Status s = touch(open.value().id, caseNumber); !s)
            return s;
    return end(open.value().id, outcome, now);
}

} // namespace OneWindow
