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
    " identity_flags, form_data, version, bundle_code, intake_key, updated_at, updated_by,"
    " result, statutory_deadline, delivered_at, delivery, override_reason";

const char kSubCaseColumns[] =
    "id, step_order, department, title, state, deadline, completed_at, version, updated_at,"
    " updated_by, case_id, step_key, after_keys, receives, holder, holder_id, claimed_at,"
    " starts_on, working_days, statutory_days, statutory_deadline, result";

QString placeholders(int n)
{
    QString s;
    s.reserve(n * 3);
    for (int i = 0; i < n; ++i)
        s += i ? QStringLiteral(", ?") : QStringLiteral("?");
    return s;
}

// "('delivered', 'withdrawn')": the finished states, from CaseState.h. The case
// file lists the others as current, a completed case waiting for collection too.
QString finishedStatesList()
{
    QStringList quoted;
    for (CaseState state : CaseStates::allCaseStates())
        if (CaseStates::isFinished(state))
            quoted << QLatin1Char('\'') + CaseStates::key(state) + QLatin1Char('\'');
    return QLatin1Char('(') + quoted.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QVariant listOrNull(const QStringList &list)
{
    return textOrNull(list.join(QLatin1Char(',')));
}

QStringList listFrom(const QVariant &v)
{
    const QString text = v.toString();
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char(','));
}

QString jsonText(const QJsonObject &o)
{
    return o.isEmpty() ? QString()
                       : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

Error CaseRepository::unknownState(const QString &column, const QString &caseRef,
                                   const QString &value)
{
    return Error{QStringLiteral("unknown-state"),
                 QStringLiteral("%1 of case %2 is \"%3\", which this version does not know")
                     .arg(column, caseRef, value.left(40))};
}

Result<SubCase> CaseRepository::readSubCase(const QSqlQuery &r)
{
    SubCase s;
    s.id = r.value(0).toLongLong();
    s.order = r.value(1).toInt();
    s.department = r.value(2).toString();
    s.title = r.value(3).toString();
    const auto state = CaseStates::stepStateFromKey(r.value(4).toString());
    if (!state)
        return Result<SubCase>(unknownState(QStringLiteral("sub_cases.state (step %1)").arg(s.id),
                                            QString::number(r.value(10).toLongLong()),
                                            r.value(4).toString()));
    s.state = *state;
    s.deadline = r.value(5).toDate();
    s.completedAt = readDateTime(r.value(6));
    s.version = r.value(7).toInt();
    s.updatedAt = readDateTime(r.value(8));
    s.updatedBy = r.value(9).toString();
    s.stepKey = r.value(11).toString();
    s.after = listFrom(r.value(12));
    s.receives = listFrom(r.value(13));
    s.holder = r.value(14).toString();
    s.holderId = r.value(15).toLongLong();
    s.claimedAt = readDateTime(r.value(16));
    s.startsOn = r.value(17).toDate();
    s.workingDays = r.value(18).toInt();
    s.statutoryDays = r.value(19).toInt();
    s.statutoryDeadline = r.value(20).toDate();
    s.result = r.value(21).toString();
    return s;
}

QString CaseRepository::subCaseColumns()
{
    return QString::fromLatin1(kSubCaseColumns);
}

Result<qint64> CaseRepository::insert(const CaseRecord &c)
{
    const QString formJson =
        QString::fromUtf8(QJsonDocument(c.formData).toJson(QJsonDocument::Compact));
    auto q = m_db.run(
        QStringLiteral("INSERT INTO cases (case_number, person_id, matter_code, template_id,"
                       " template_version, title, state, counter_code, clerk_id, accepted_at,"
                       " deadline, completed_at, identity_source, identity_flags, form_data,"
                       " version, bundle_code, intake_key, updated_at, result,"
                       " statutory_deadline, delivered_at, delivery, override_reason)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?,"
                       " ?, ?, ?) RETURNING id"),
        {c.caseNumber,
         c.personId,
         c.matterCode,
         c.templateId,
         c.templateVersion,
         c.title,
         CaseStates::key(c.state),
         c.counterCode,
         idOrNull(c.clerkId),
         dateTimeOrNull(c.acceptedAt),
         dateOrNull(c.deadline),
         dateTimeOrNull(c.completedAt),
         c.identitySource,
         c.identityFlags.join(QLatin1Char(',')),
         formJson,
         textOrNull(c.bundleCode),
         textOrNull(c.intakeKey),
         dateTimeOrNull(c.acceptedAt),
         textOrNull(CaseStates::key(c.result)),
         dateOrNull(c.statutoryDeadline),
         dateTimeOrNull(c.deliveredAt),
         textOrNull(jsonText(c.delivery)),
         textOrNull(c.overrideReason)});
    if (!q)
        return Result<qint64>(q.error());
    if (!q.value().next())
        return Result<qint64>::failure(QStringLiteral("db-error"), QStringLiteral("no id"));
    const qint64 caseId = q.value().value(0).toLongLong();
    for (const SubCase &s : c.subCases) {
        auto sq = m_db.run(
            QStringLiteral("INSERT INTO sub_cases (case_id, step_order, department, title, state,"
                           " deadline, completed_at, version, step_key, after_keys, receives,"
                           " starts_on, working_days, statutory_days, statutory_deadline, result)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {caseId, s.order, s.department, s.title, CaseStates::key(s.state),
             dateOrNull(s.deadline), dateTimeOrNull(s.completedAt), textOrNull(s.stepKey),
             listOrNull(s.after), listOrNull(s.receives), dateOrNull(s.startsOn), s.workingDays,
             s.statutoryDays, dateOrNull(s.statutoryDeadline), textOrNull(s.result)});
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
            // A key belongs to one applicant and template: never hand out another's case.
            if (existing.value().personId != record.personId ||
                existing.value().templateId != record.templateId)
                return Result<bool>::failure(QStringLiteral("intake-key-reused"),
                                             existing.value().caseNumber);
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
    // Read back what was stored, with the ids of its steps.
    auto stored = findById(id.value());
    if (!stored)
        return Result<bool>(stored.error());
    record = stored.value();
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
        const auto state = CaseStates::caseStateFromKey(r.value(7).toString());
        if (!state)
            return Result<QList<CaseRecord>>(
                unknownState(QStringLiteral("cases.state"), c.caseNumber, r.value(7).toString()));
        c.state = *state;
        c.counterCode = r.value(8).toString();
        c.clerkId = r.value(9).toLongLong();
        c.acceptedAt = readDateTime(r.value(10));
        c.deadline = r.value(11).toDate();
        c.completedAt = readDateTime(r.value(12));
        c.identitySource = r.value(13).toString();
        const QString flags = r.value(14).toString();
        c.identityFlags = flags.isEmpty() ? QStringList() : flags.split(QLatin1Char(','));
        c.formData = QJsonDocument::fromJson(r.value(15).toString().toUtf8()).object();
        c.version = r.value(16).toInt();
        c.bundleCode = r.value(17).toString();
        c.intakeKey = r.value(18).toString();
        c.updatedAt = readDateTime(r.value(19));
        c.updatedBy = r.value(20).toString();
        const auto result = CaseStates::resultFromKey(r.value(21).toString());
        if (!result)
            return Result<QList<CaseRecord>>(
                unknownState(QStringLiteral("cases.result"), c.caseNumber, r.value(21).toString()));
        c.result = *result;
        c.statutoryDeadline = r.value(22).toDate();
        c.deliveredAt = readDateTime(r.value(23));
        c.delivery = QJsonDocument::fromJson(r.value(24).toString().toUtf8()).object();
        c.overrideReason = r.value(25).toString();
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
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM sub_cases WHERE case_id IN (%2)"
                                     " ORDER BY case_id, step_order, id")
                          .arg(QLatin1String(kSubCaseColumns), placeholders(int(ids.size()))),
                      ids);
    if (!q)
        return Status(q.error());
    QSqlQuery &r = q.value();
    while (r.next()) {
        CaseRecord &c = cases[indexOf.value(r.value(10).toLongLong())];
        auto step = readSubCase(r);
        if (!step)
            return Status(unknownState(
                QStringLiteral("sub_cases.state (step %1)").arg(r.value(0).toLongLong()),
                c.caseNumber, r.value(4).toString()));
        c.subCases.append(step.value());
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
    return select(QStringLiteral("person_id = ? AND state NOT IN %1").arg(finishedStatesList()),
                  {personId});
}

Result<QList<CaseRecord>> CaseRepository::pastForPerson(qint64 personId, int limit,
                                                        int offset) const
{
    if (limit <= 0 || offset < 0)
        return Result<QList<CaseRecord>>::failure(QStringLiteral("bad-page"));
    return select(QStringLiteral("person_id = ? AND state IN %1").arg(finishedStatesList()),
                  {personId, limit, offset},
                  QStringLiteral("ORDER BY accepted_at DESC, id DESC LIMIT ? OFFSET ?"));
}

Result<int> CaseRepository::countPastForPerson(qint64 personId) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM cases WHERE person_id = ?"
                                        " AND state IN %1")
                             .arg(finishedStatesList()),
                         {personId});
    if (!v)
        return Result<int>(v.error());
    return v.value().toInt();
}

Result<QList<CaseRecord>> CaseRepository::listWhere(const QString &condition,
                                                    const QVariantList &values,
                                                    const QString &order, int limit,
                                                    int offset) const
{
    QVariantList bound = values;
    bound << qMax(1, limit) << qMax(0, offset);
    return select(
        QStringLiteral("%1").arg(condition.isEmpty() ? QStringLiteral("1 = 1") : condition), bound,
        QStringLiteral("ORDER BY %1 LIMIT ? OFFSET ?").arg(order));
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
    auto q = m_db.run(
        QStringLiteral("UPDATE cases SET state = ?, title = ?, deadline = ?, completed_at = ?,"
                       " form_data = ?, result = ?, statutory_deadline = ?, delivered_at = ?,"
                       " delivery = ?, version = version + 1, updated_at = ?, updated_by = ?"
                       " WHERE id = ? AND version = ?"),
        {CaseStates::key(c.state), c.title, dateOrNull(c.deadline), dateTimeOrNull(c.completedAt),
         formJson, textOrNull(CaseStates::key(c.result)), dateOrNull(c.statutoryDeadline),
         dateTimeOrNull(c.deliveredAt), textOrNull(jsonText(c.delivery)), dateTimeOrNull(editor.at),
         editor.name, c.id, c.version});
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

Result<int> CaseRepository::updateSubCase(const SubCase &step, const Editor &editor)
{
    auto q = m_db.run(
        QStringLiteral("UPDATE sub_cases SET state = ?, holder = ?, holder_id = ?, claimed_at = ?,"
                       " deadline = ?, statutory_deadline = ?, result = ?, completed_at = ?,"
                       " version = version + 1, updated_at = ?, updated_by = ?"
                       " WHERE id = ? AND version = ?"),
        {CaseStates::key(step.state), textOrNull(step.holder), idOrNull(step.holderId),
         dateTimeOrNull(step.claimedAt), dateOrNull(step.deadline),
         dateOrNull(step.statutoryDeadline), textOrNull(step.result),
         dateTimeOrNull(step.completedAt), dateTimeOrNull(editor.at), editor.name, step.id,
         step.version});
    if (!q)
        return Result<int>(q.error());
    if (q.value().numRowsAffected() != 1)
        return Result<int>(conflictFor(QStringLiteral("sub_cases"), step.id));
    if (const Status n = ChangeNotifier::notifyInTransaction(
            m_db, QString::fromLatin1(ChangeNotifier::kSubCases), step.department);
        !n)
        return Result<int>(n.error());
    return step.version + 1;
}

Status CaseRepository::appendEvent(const CaseEvent &e)
{
    auto q = m_db.run(QStringLiteral("INSERT INTO case_events (case_id, sub_case_id, action,"
                                     " from_state, to_state, actor, actor_id, at, reason, data)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {e.caseId, idOrNull(e.subCaseId), CaseStates::key(e.action),
                       textOrNull(e.fromState), textOrNull(e.toState), textOrNull(e.actor),
                       idOrNull(e.actorId), dateTimeOrNull(e.at), textOrNull(e.reason),
                       textOrNull(jsonText(e.data))});
    return q ? Status::success() : Status(q.error());
}

Result<QList<CaseEvent>> CaseRepository::history(qint64 caseId) const
{
    auto q = m_db.run(QStringLiteral("SELECT id, sub_case_id, action, from_state, to_state, actor,"
                                     " actor_id, at, reason, data FROM case_events"
                                     " WHERE case_id = ? ORDER BY id"),
                      {caseId});
    if (!q)
        return Result<QList<CaseEvent>>(q.error());
    QList<CaseEvent> events;
    QSqlQuery &r = q.value();
    while (r.next()) {
        CaseEvent e;
        e.id = r.value(0).toLongLong();
        e.caseId = caseId;
        e.subCaseId = r.value(1).toLongLong();
        const auto action = CaseStates::actionFromKey(r.value(2).toString());
        if (!action)
            return Result<QList<CaseEvent>>(
                unknownState(QStringLiteral("case_events.action (event %1)").arg(e.id),
                             QString::number(caseId), r.value(2).toString()));
        e.action = *action;
        e.fromState = r.value(3).toString();
        e.toState = r.value(4).toString();
        e.actor = r.value(5).toString();
        e.actorId = r.value(6).toLongLong();
        e.at = readDateTime(r.value(7));
        e.reason = r.value(8).toString();
        e.data = QJsonDocument::fromJson(r.value(9).toString().toUtf8()).object();
        events.append(e);
    }
    return events;
}

} // namespace OneWindow
