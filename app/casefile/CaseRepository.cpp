#include "casefile/CaseRepository.h"

#include "storage/Database.h"

#include <QJsonDocument>

namespace OneWindow {

namespace {

QVariant nullable(const QDate &d)
{
    return d.isValid() ? QVariant(d) : QVariant(QMetaType(QMetaType::QDate));
}

QVariant nullable(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC()) : QVariant(QMetaType(QMetaType::QDateTime));
}

QVariant nullableId(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

Result<qint64> CaseRepository::insert(const CaseRecord &c)
{
    const QString formJson =
        QString::fromUtf8(QJsonDocument(c.formData).toJson(QJsonDocument::Compact));
    auto q = m_db.run(
        QStringLiteral("INSERT INTO cases (case_number, person_id, matter_code, template_id,"
                       " template_version, title, state, counter_code, clerk_id, accepted_at,"
                       " deadline, completed_at, identity_source, identity_flags, form_data,"
                       " version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"
                       " RETURNING id"),
        {c.caseNumber, c.personId, c.matterCode, c.templateId, c.templateVersion, c.title,
         c.state, c.counterCode, nullableId(c.clerkId), nullable(c.acceptedAt),
         nullable(c.deadline), nullable(c.completedAt), c.identitySource,
         c.identityFlags.join(QLatin1Char(',')), formJson});
    if (!q)
        return Result<qint64>(q.error());
    if (!q.value().next())
        return Result<qint64>::failure(QStringLiteral("db-error"), QStringLiteral("no id"));
    const qint64 caseId = q.value().value(0).toLongLong();
    for (const SubCase &s : c.subCases) {
        auto sq = m_db.run(QStringLiteral("INSERT INTO sub_cases (case_id, step_order, department,"
                                          " title, state, deadline, completed_at, version)"
                                          " VALUES (?, ?, ?, ?, ?, ?, ?, 1)"),
                           {caseId, s.order, s.department, s.title, s.state, nullable(s.deadline),
                            nullable(s.completedAt)});
        if (!sq)
            return Result<qint64>(sq.error());
    }
    for (const CaseMaterial &m : c.materials) {
        auto mq = m_db.run(QStringLiteral("INSERT INTO materials (case_id, person_id, kind, title,"
                                          " source, reusable, created_at)"
                                          " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                           {caseId, c.personId, m.kind, m.title, m.source, false,
                            nullable(c.acceptedAt)});
        if (!mq)
            return Result<qint64>(mq.error());
    }
    return caseId;
}

Result<QList<CaseRecord>> CaseRepository::select(const QString &where, const QVariant &value) const
{
    auto q = m_db.run(
        QStringLiteral("SELECT id, case_number, person_id, matter_code, template_id,"
                       " template_version, title, state, counter_code, clerk_id, accepted_at,"
                       " deadline, completed_at, identity_source, identity_flags, form_data,"
                       " version FROM cases WHERE %1 = ? ORDER BY accepted_at DESC, id DESC")
            .arg(where),
        {value});
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
        cases.append(c);
    }
    if (const Status s = loadDetails(cases); !s)
        return Result<QList<CaseRecord>>(s.error());
    return cases;
}

Status CaseRepository::loadDetails(QList<CaseRecord> &cases) const
{
    for (CaseRecord &c : cases) {
        auto q = m_db.run(QStringLiteral("SELECT id, step_order, department, title, state,"
                                         " deadline, completed_at FROM sub_cases"
                                         " WHERE case_id = ? ORDER BY step_order, id"),
                          {c.id});
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
            c.subCases.append(s);
        }
        auto mq = m_db.run(QStringLiteral("SELECT kind, title, source FROM materials"
                                          " WHERE case_id = ? ORDER BY id"),
                           {c.id});
        if (!mq)
            return Status(mq.error());
        while (mq.value().next())
            c.materials.append({mq.value().value(0).toString(), mq.value().value(1).toString(),
                                mq.value().value(2).toString()});
    }
    return Status::success();
}

Result<QList<CaseRecord>> CaseRepository::listForPerson(qint64 personId) const
{
    return select(QStringLiteral("person_id"), personId);
}

Result<CaseRecord> CaseRepository::findByNumber(const QString &caseNumber) const
{
    auto list = select(QStringLiteral("case_number"), caseNumber);
    if (!list)
        return Result<CaseRecord>(list.error());
    return list.value().isEmpty() ? CaseRecord{} : list.value().first();
}

} // namespace OneWindow
