#include "casefile/CaseRepository.h"

#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "storage/EditConflict.h"
#include "storage/SqlValue.h"

#include <QHash>
#include <QJsonDocument>

namespace OneWindow {

namespace {

using SqlValue::dateOrNull;
using SqlValue::dateTimeOrNull;
using SqlValue::idOrNull;
using SqlValue::readDateTime;
using SqlValue::textOrNull;

const char kCaseColumns[] =
    "id, case_number, person_id, matter_code, template_id, template_version, title, state,"
    " counter_code, clerk_id, accepted_at, deadline, completed_at, identity_source,"
    " identity_flags, form_data, version, bundle_code, intake_key, updated_at, updated_by";

const char kOpenStates[] = "('completed', 'rejected', 'withdrawn')";

QString placeholders(int n)
{
    QString s;
    s.reserve(n * 3);
    for (int i = 0; i < n; ++i)
        s += i ? QStringLiteral(", ?") : QStringLiteral("?");
    return s;
}

} // namespace

bool CaseRepository::isOpenState(const QString &state)
{
    return state != QLatin1String("completed") && state != QLatin1String("rejected") &&
           state != QLatin1String("withdrawn");
}

Result<qint64> CaseRepository::insert(const CaseRecord &c)
{
    const QString formJson =
        QString::fromUtf8(QJsonDocument(c.formData).toJson(QJsonDocument::Compact));
    auto q = m_db.run(
        QStringLiteral("INSERT INTO cases (case_number, person_id, matter_code, template_id,"
                       " template_version, title, state, counter_code, clerk_id, accepted_at,"
                       " deadline, completed_at, identity_source, identity_flags, form_data,"
                       " version, bundle_code, intake_key, updated_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)"
                       " RETURNING id"),
        {c.caseNumber, c.personId, c.matterCode, c.templateId, c.templateVersion, c.title, c.state,
         c.counterCode, idOrNull(c.clerkId), dateTimeOrNull(c.acceptedAt), dateOrNull(c.deadline),
         dateTimeOrNull(c.completedAt), c.identitySource, c.identityFlags.join(QLatin1Char(',')),
         formJson, textOrNull(c.bundleCode), textOrNull(c.intakeKey),
         dateTimeOrNull(c.acceptedAt)});
    if (!q)
        return Result<qint64>(q.error());
    if (!q.value().next())
        return Result<qint64>::failure(QStringLiteral("db-error"), QStringLiteral("no id"));
    const qint64 caseId = q.value().value(0).toLongLong();
    for (const SubCase &s : c.subCases) {
        auto sq = m_db.run(QStringLiteral("INSERT INTO sub_cases (case_id, step_order, department,"
                                          " title, state, deadline, completed_at, version)"
                                          " VALUES (?, ?, ?, ?, ?, ?, ?, 1)"),
                           {caseId, s.order, s.department, s.title, s.state, dateOrNull(s.deadline),
                            dateTimeOrNull(s.completedAt)});
        if (!sq)
            return Result<qint64>(sq.error());
        if (const Status n = ChangeNotifier::notifyInTransaction(
                m_db, QString::fromLatin1(ChangeNotifier::kSubCases), s.department);
            !n)
            return Result<qint64>(n.error());
    }
    for (const CaseMaterial &m : c.materials) {
        auto mq = m_db.run(QStringLiteral("INSERT INTO materials (case_id, person_id, kind, title,"
                                          " source, reusable, valid_until, issuer, attachment_id,"
                                          " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {caseId, c.personId, m.kind, m.title, m.source, m.reusable,
                            dateOrNull(m.validUntil), textOrNull(m.issuer),
                            idOrNull(m.attachmentId), dateTimeOrNull(c.acceptedAt)});
        if (!mq)
            return Result<qint64>(mq.error());
    }
    if (const Status n = ChangeNotifier::notifyInTransaction(
            m_db, QString::fromLatin1(ChangeNotifier::kCases), QString::number(caseId));
        !n)
        return Result<qint64>(n.error());
    return caseId;
}

Result<bool> CaseRepository::storeOnce(CaseRecord &record,
                                       const std::function<Result<QString>()> &allocateNumber)
{
    if (!record.intakeKey.isEmpty()) {
        auto existing = findByIntakeKey(record.intakeKey);
        if (!existing)
            return Result<bool>(existing.error());
        if (existing.value().id != 0) {
            record = existing.value();
            return false;
        }
    }
    auto number = allocateNumber();
    if (!number)
        return Result<bool>(number.error());
    record.caseNumber = number.value();
    auto id = insert(record);
    if (!id)
        return Result<bool>(id.error());
    record.id = id.value();
    record.version = 1;
    return true;
}

Result<QList<CaseRecord>> CaseRepository::select(const QString &where, const QVariantList &values,
                                                 const QString &tail) const
{
    auto q = m_db.run(
        QStringLiteral("SELECT %1 FROM cases WHERE %2 %3")
            .arg(QLatin1String(kCaseColumns), where,
                 tail.isEmpty() ? QStringLiteral("ORDER BY accepted_at DESC, id DESC") : tail),
        values);
    if (!q)
        return Result<QList<CaseRecord>>(q.error());
    QList<CaseRecord> cases;
    QSqlQuery &r = q.value();
    while (r.next()) {
        CaseRecord c;
        c.id = r.value(0).toLongLong();
        c.caseNumber = r.value(1).toString();
        c.personId = r.value(2).toLongLong();
        c.matterCode = r.value(3).toString();
        c.templateId = r.value(4).toString();
        c.templateVersion = r.value(5).toInt();
        c.title = r.value(6).toString();
        c.state = r.value(7).toString();
        c.counterCode = r.value(8).toString();
        c.clerkId = r.value(9).toLongLong();
        c.acceptedAt = r.value(10).toDateTime();
        c.deadline = r.value(11).toDate();
        c.completedAt = r.value(12).toDateTime();
        c.identitySource = r.value(13).toString();
        const QString flags = r.value(14).toString();
        c.identityFlags = flags.isEmpty() ? QStringList() : flags.split(QLatin1Char(','));
        c.formData = QJsonDocument::fromJson(r.value(15).toString().toUtf8()).object();
        c.version = r.value(16).toInt();
        c.bundleCode = r.value(17).toString();
        c.intakeKey = r.value(18).toString();
        c.updatedAt = readDateTime(r.value(19));
        c.updatedBy = r.value(20).toString();
        cases.append(c);
    }
    if (const Status s = loadDetails(cases); !s)
        return Result<QList<CaseRecord>>(s.error());
    return cases;
}

Status CaseRepository::loadDetails(QList<CaseRecord> &cases) const
{
    if (cases.isEmpty())
        return Status::success();
    // Two queries for the whole list, not two per case.
    QVariantList ids;
    QHash<qint64, int> indexOf;
    for (int i = 0; i < cases.size(); ++i) {
        ids << cases.at(i).id;
        indexOf.insert(cases.at(i).id, i);
    }
    auto q = m_db.run(QStringLiteral("SELECT id, step_order, department, title, state, deadline,"
                                     " completed_at, version, updated_at, updated_by, case_id"
                                     " FROM sub_cases WHERE case_id IN (%1)"
                                     " ORDER BY case_id, step_order, id")
                          .arg(placeholders(int(ids.size()))),
                      ids);
    if (!q)
        return Status(q.error());
    QSqlQuery &r = q.value();
    while (r.next()) {
        SubCase s;
        s.id = r.value(0).toLongLong();
        s.order = r.value(1).toInt();
        s.department = r.value(2).toString();
        s.title = r.value(3).toString();
        s.state = r.value(4).toString();
        s.deadline = r.value(5).toDate();
        s.completedAt = r.value(6).toDateTime();
        s.version = r.value(7).toInt();
        s.updatedAt = readDateTime(r.value(8));
        s.updatedBy = r.value(9).toString();
        cases[indexOf.value(r.value(10).toLongLong())].subCases.append(s);
    }
    auto mq = m_db.run(QStringLiteral("SELECT kind, title, source, reusable, valid_until, issuer,"
                                      " attachment_id, case_id FROM materials"
                                      " WHERE case_id IN (%1) ORDER BY case_id, id")
                           .arg(placeholders(int(ids.size()))),
                       ids);
    if (!mq)
        return Status(mq.error());
    QSqlQuery &m = mq.value();
    while (m.next()) {
        CaseMaterial material;
        material.kind = m.value(0).toString();
        material.title = m.value(1).toString();
        material.source = m.value(2).toString();
        material.reusable = m.value(3).toBool();
        material.validUntil = m.value(4).toDate();
        material.issuer = m.value(5).toString();
        material.attachmentId = m.value(6).toLongLong();
        cases[indexOf.value(m.value(7).toLongLong())].materials.append(material);
    }
    return Status::success();
}

Result<QList<CaseRecord>> CaseRepository::listForPerson(qint64 personId) const
{
    return select(QStringLiteral("person_id = ?"), {personId});
}

Result<QList<CaseRecord>> CaseRepository::openForPerson(qint64 personId) const
{
    return select(
        QStringLiteral("person_id = ? AND state NOT IN %1").arg(QLatin1String(kOpenStates)),
        {personId});
}

Result<QList<CaseRecord>> CaseRepository::pastForPerson(qint64 personId, int limit,
                                                        int offset) const
{
    if (limit <= 0 || offset < 0)
        return Result<QList<CaseRecord>>::failure(QStringLiteral("bad-page"));
    return select(QStringLiteral("person_id = ? AND state IN %1").arg(QLatin1String(kOpenStates)),
                  {personId, limit, offset},
                  QStringLiteral("ORDER BY accepted_at DESC, id DESC LIMIT ? OFFSET ?"));
}

Result<int> CaseRepository::countPastForPerson(qint64 personId) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM cases WHERE person_id = ?"
                                        " AND state IN %1")
                             .arg(QLatin1String(kOpenStates)),
                         {personId});
    if (!v)
        return Result<int>(v.error());
    return v.value().toInt();
}

Result<CaseRecord> CaseRepository::findByNumber(const QString &caseNumber) const
{
    auto list = select(QStringLiteral("case_number = ?"), {caseNumber});
    if (!list)
        return Result<CaseRecord>(list.error());
    return list.value().isEmpty() ? CaseRecord{} : list.value().first();
}

Result<CaseRecord> CaseRepository::findById(qint64 id) const
{
    auto list = select(QStringLiteral("id = ?"), {id});
    if (!list)
        return Result<CaseRecord>(list.error());
    return list.value().isEmpty() ? CaseRecord{} : list.value().first();
}

Result<CaseRecord> CaseRepository::findByIntakeKey(const QString &intakeKey) const
{
    if (intakeKey.isEmpty())
        return CaseRecord{};
    auto list = select(QStringLiteral("intake_key = ?"), {intakeKey});
    if (!list)
        return Result<CaseRecord>(list.error());
    return list.value().isEmpty() ? CaseRecord{} : list.value().first();
}

Error CaseRepository::conflictFor(const QString &table, qint64 id) const
{
    auto q = m_db.run(
        QStringLiteral("SELECT version, updated_by, updated_at FROM %1 WHERE id = ?").arg(table),
        {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{QStringLiteral("not-found"), table + QLatin1Char(':') + QString::number(id)};
    EditConflict c;
    c.table = table;
    c.id = id;
    c.currentVersion = q.value().value(0).toInt();
    c.changedBy = q.value().value(1).toString();
    c.changedAt = readDateTime(q.value().value(2));
    return c.toError();
}

Result<int> CaseRepository::update(const CaseRecord &c, const Editor &editor)
{
    const QString formJson =
        QString::fromUtf8(QJsonDocument(c.formData).toJson(QJsonDocument::Compact));
    auto q =
        m_db.run(QStringLiteral("UPDATE cases SET state = ?, title = ?, deadline = ?,"
                                " completed_at = ?, form_data = ?, version = version + 1,"
                                " updated_at = ?, updated_by = ? WHERE id = ? AND version = ?"),
                 {c.state, c.title, dateOrNull(c.deadline), dateTimeOrNull(c.completedAt), formJson,
                  dateTimeOrNull(editor.at), editor.name, c.id, c.version});
    if (!q)
        return Result<int>(q.error());
    if (q.value().numRowsAffected() != 1)
        return Result<int>(conflictFor(QStringLiteral("cases"), c.id));
    if (const Status n = ChangeNotifier::notifyInTransaction(
            m_db, QString::fromLatin1(ChangeNotifier::kCases), QString::number(c.id));
        !n)
        return Result<int>(n.error());
    return c.version + 1;
}

Result<int> CaseRepository::updateSubCaseState(qint64 subCaseId, int expectedVersion,
                                               const QString &state, const QString &action,
                                               const QString &note, const Editor &editor)
{
    auto before = m_db.run(QStringLiteral("SELECT state, department FROM sub_cases WHERE id = ?"),
                           {subCaseId});
    if (!before)
        return Result<int>(before.error());
    if (!before.value().next())
        return Result<int>::failure(QStringLiteral("not-found"),
                                    QStringLiteral("sub_cases:%1").arg(subCaseId));
    const QString fromState = before.value().value(0).toString();
    const QString department = before.value().value(1).toString();
    const bool finished = state == QLatin1String("approved") || state == QLatin1String("rejected");
    auto q = m_db.run(QStringLiteral("UPDATE sub_cases SET state = ?, completed_at = ?,"
                                     " version = version + 1, updated_at = ?, updated_by = ?"
                                     " WHERE id = ? AND version = ?"),
                      {state, finished ? dateTimeOrNull(editor.at) : dateTimeOrNull(QDateTime()),
                       dateTimeOrNull(editor.at), editor.name, subCaseId, expectedVersion});
    if (!q)
        return Result<int>(q.error());
    if (q.value().numRowsAffected() != 1)
        return Result<int>(conflictFor(QStringLiteral("sub_cases"), subCaseId));
    auto step = m_db.run(QStringLiteral("INSERT INTO sub_case_steps (sub_case_id, action,"
                                        " from_state, to_state, actor, actor_id, at, note)"
                                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                         {subCaseId, action, fromState, state, editor.name, idOrNull(editor.userId),
                          dateTimeOrNull(editor.at), textOrNull(note)});
    if (!step)
        return Result<int>(step.error());
    if (const Status n = ChangeNotifier::notifyInTransaction(
            m_db, QString::fromLatin1(ChangeNotifier::kSubCases), department);
        !n)
        return Result<int>(n.error());
    return expectedVersion + 1;
}

} // namespace OneWindow
