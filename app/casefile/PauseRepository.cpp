#include "casefile/PauseRepository.h"

#include "casefile/CaseRepository.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"

namespace OneWindow {

namespace {

using SqlValue::dateOrNull;
using SqlValue::dateTimeOrNull;
using SqlValue::readDateTime;
using SqlValue::textOrNull;

QStringList listFrom(const QVariant &v)
{
    const QString text = v.toString();
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char(','));
}

const char kCommitmentColumns[] =
    "id, case_id, material, title, due, signed_at, fulfilled_at, fulfilled_by";

CaseCommitment readCommitment(const QSqlQuery &r)
{
    CaseCommitment c;
    c.id = r.value(0).toLongLong();
    c.caseId = r.value(1).toLongLong();
    c.material = r.value(2).toString();
    c.title = r.value(3).toString();
    c.due = r.value(4).toDate();
    c.signedAt = readDateTime(r.value(5));
    c.fulfilledAt = readDateTime(r.value(6));
    c.fulfilledBy = r.value(7).toString();
    return c;
}

} // namespace

Result<QList<CasePause>> PauseRepository::pauses(qint64 caseId) const
{
    auto q =
        m_db.run(QStringLiteral("SELECT id, sub_case_id, kind, special_kind, reason, materials,"
                                " received, expected_end, started_at, start_day, ended_at,"
                                " end_day FROM case_pauses WHERE case_id = ? ORDER BY id"),
                 {caseId});
    if (!q)
        return Result<QList<CasePause>>(q.error());
    QList<CasePause> list;
    QSqlQuery &r = q.value();
    while (r.next()) {
        CasePause p;
        p.id = r.value(0).toLongLong();
        p.caseId = caseId;
        p.subCaseId = r.value(1).toLongLong();
        const QString kind = r.value(2).toString();
        if (kind != QLatin1String("special") && kind != QLatin1String("supplement"))
            return Result<QList<CasePause>>(CaseRepository::unknownState(
                QStringLiteral("case_pauses.kind (pause %1)").arg(p.id), QString::number(caseId),
                kind));
        p.kind = kind == QLatin1String("special") ? CasePause::Kind::Special
                                                  : CasePause::Kind::Supplement;
        if (p.kind == CasePause::Kind::Special) {
            const auto procedure = CaseStates::specialFromKey(r.value(3).toString());
            if (!procedure)
                return Result<QList<CasePause>>(CaseRepository::unknownState(
                    QStringLiteral("case_pauses.procedure (pause %1)").arg(p.id),
                    QString::number(caseId), r.value(3).toString()));
            p.procedure = *procedure;
        }
        p.reason = r.value(4).toString();
        p.materials = listFrom(r.value(5));
        p.received = listFrom(r.value(6));
        p.expectedEnd = r.value(7).toDate();
        p.startedAt = readDateTime(r.value(8));
        p.startDay = r.value(9).toDate();
        p.endedAt = readDateTime(r.value(10));
        p.endDay = r.value(11).toDate();
        list.append(p);
    }
    return list;
}

Result<qint64> PauseRepository::insert(const CasePause &p)
{
    auto q = m_db.run(
        QStringLiteral("INSERT INTO case_pauses (case_id, sub_case_id, kind, special_kind, reason,"
                       " materials, received, expected_end, started_at, start_day, ended_at,"
                       " end_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {p.caseId, SqlValue::idOrNull(p.subCaseId), CasePause::kindKey(p.kind),
         p.kind == CasePause::Kind::Special ? QVariant(CaseStates::key(p.procedure))
                                            : SqlValue::typedNull(QMetaType::QString),
         textOrNull(p.reason), textOrNull(p.materials.join(QLatin1Char(','))),
         textOrNull(p.received.join(QLatin1Char(','))), dateOrNull(p.expectedEnd),
         dateTimeOrNull(p.startedAt), dateOrNull(p.startDay), dateTimeOrNull(p.endedAt),
         dateOrNull(p.endDay)});
    if (!q)
        return Result<qint64>(q.error());
    if (!q.value().next())
        return Result<qint64>::failure(QStringLiteral("db-error"), QStringLiteral("no id"));
    return q.value().value(0).toLongLong();
}

Status PauseRepository::update(const CasePause &p)
{
    auto q = m_db.run(QStringLiteral("UPDATE case_pauses SET received = ?, ended_at = ?,"
                                     " end_day = ? WHERE id = ?"),
                      {textOrNull(p.received.join(QLatin1Char(','))), dateTimeOrNull(p.endedAt),
                       dateOrNull(p.endDay), p.id});
    return q ? Status::success() : Status(q.error());
}

Result<QList<CaseCommitment>> PauseRepository::commitments(qint64 caseId) const
{
    auto q =
        m_db.run(QStringLiteral("SELECT %1 FROM case_commitments WHERE case_id = ? ORDER BY id")
                     .arg(QLatin1String(kCommitmentColumns)),
                 {caseId});
    if (!q)
        return Result<QList<CaseCommitment>>(q.error());
    QList<CaseCommitment> list;
    while (q.value().next())
        list.append(readCommitment(q.value()));
    return list;
}

Result<qint64> PauseRepository::insert(const CaseCommitment &c)
{
    auto q =
        m_db.run(QStringLiteral("INSERT INTO case_commitments (case_id, material, title, due,"
                                " signed_at) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                 {c.caseId, c.material, c.title, dateOrNull(c.due), dateTimeOrNull(c.signedAt)});
    if (!q)
        return Result<qint64>(q.error());
    if (!q.value().next())
        return Result<qint64>::failure(QStringLiteral("db-error"), QStringLiteral("no id"));
    return q.value().value(0).toLongLong();
}

Status PauseRepository::fulfil(qint64 commitmentId, const QDateTime &at, const QString &by)
{
    auto q =
        m_db.run(QStringLiteral("UPDATE case_commitments SET fulfilled_at = ?, fulfilled_by = ?"
                                " WHERE id = ? AND fulfilled_at IS NULL"),
                 {dateTimeOrNull(at), textOrNull(by), commitmentId});
    return q ? Status::success() : Status(q.error());
}

Result<QList<CaseCommitment>> PauseRepository::overdue(const QDate &today, int limit) const
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM case_commitments WHERE fulfilled_at IS NULL"
                                     " AND due < ? ORDER BY due, id LIMIT ?")
                          .arg(QLatin1String(kCommitmentColumns)),
                      {today, limit});
    if (!q)
        return Result<QList<CaseCommitment>>(q.error());
    QList<CaseCommitment> list;
    while (q.value().next())
        list.append(readCommitment(q.value()));
    return list;
}

} // namespace OneWindow
