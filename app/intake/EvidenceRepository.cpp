#include "intake/EvidenceRepository.h"

#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace OneWindow {

namespace {

using SqlValue::readDateTime;

const CardIdentity::Kind kCardKinds[] = {
    CardIdentity::Kind::Resident, CardIdentity::Kind::HkMoTw, CardIdentity::Kind::Foreign2017,
    CardIdentity::Kind::Foreign2023, CardIdentity::Kind::Manual};

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// The card's data as JSON; the photo stays out (a raw WLT blob nobody here can show).
QString encodeCard(const CardIdentity &c)
{
    const QJsonObject o{
        {QStringLiteral("kind"), cardKindKey(c.kind)},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("nameEn"), c.nameEn},
        {QStringLiteral("sex"), sexKey(c.sex)},
        {QStringLiteral("ethnicity"), c.ethnicityCode},
        {QStringLiteral("nationality"), c.nationality},
        {QStringLiteral("birth"), date(c.birth)},
        {QStringLiteral("address"), c.address},
        {QStringLiteral("idNumber"), c.idNumber},
        {QStringLiteral("authority"), c.authority},
        {QStringLiteral("validFrom"), date(c.validFrom)},
        {QStringLiteral("validUntil"), date(c.validUntil)},
        {QStringLiteral("longTerm"), c.longTerm},
        {QStringLiteral("passNumber"), c.passNumber},
    };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

CardIdentity decodeCard(const QString &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    const auto s = [&o](const char *key) {
        return o.value(QLatin1String(key)).toString();
    };
    CardIdentity c;
    c.kind = CardIdentity::Kind::Manual;
    for (CardIdentity::Kind k : kCardKinds)
        if (cardKindKey(k) == s("kind"))
            c.kind = k;
    c.name = s("name");
    c.nameEn = s("nameEn");
    c.sex = sexFromKey(s("sex"));
    c.ethnicityCode = s("ethnicity");
    c.nationality = s("nationality");
    c.birth = QDate::fromString(s("birth"), Qt::ISODate);
    c.address = s("address");
    c.idNumber = s("idNumber");
    c.authority = s("authority");
    c.validFrom = QDate::fromString(s("validFrom"), Qt::ISODate);
    c.validUntil = QDate::fromString(s("validUntil"), Qt::ISODate);
    c.longTerm = o.value(QLatin1String("longTerm")).toBool();
    c.passNumber = s("passNumber");
    return c;
}

QString encodeProblems(const QList<CardFlag> &problems)
{
    QJsonArray a;
    for (const CardFlag &f : problems)
        a.append(
            QJsonObject{{QStringLiteral("code"), f.code}, {QStringLiteral("detail"), f.detail}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<CardFlag> decodeProblems(const QString &text)
{
    QList<CardFlag> problems;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        problems.append({v.toObject().value(QLatin1String("code")).toString(),
                         v.toObject().value(QLatin1String("detail")).toString()});
    return problems;
}

} // namespace

Result<qint64> EvidenceRepository::insert(const VisitEvidence &e) const
{
    auto q = m_db.run(
        QStringLiteral("INSERT INTO visit_evidence (kind, id_number, card, problems, counter_code,"
                       " user_id, user_name, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                       " RETURNING id"),
        {e.kindKey(), e.card.idNumber, encodeCard(e.card), encodeProblems(e.problems),
         e.counterCode, SqlValue::idOrNull(e.userId), e.userName, e.recordedAt.toUTC()});
    if (!q)
        return Result<qint64>(q.error());
    if (!q.value().next())
        return Result<qint64>::failure(QStringLiteral("db-error"),
                                       QStringLiteral("no id returned"));
    return q.value().value(0).toLongLong();
}

Result<QHash<qint64, VisitEvidence>> EvidenceRepository::find(const QList<qint64> &ids) const
{
    QHash<qint64, VisitEvidence> found;
    QVariantList values;
    QStringList marks;
    for (qint64 id : ids) {
        if (id <= 0 || values.contains(id))
            continue;
        values << id;
        marks << QStringLiteral("?");
    }
    if (values.isEmpty())
        return found;
    auto q = m_db.run(QStringLiteral("SELECT id, kind, card, problems, counter_code, user_id,"
                                     " user_name, recorded_at FROM visit_evidence"
                                     " WHERE id IN (%1)")
                          .arg(marks.join(QLatin1Char(','))),
                      values);
    if (!q)
        return Result<QHash<qint64, VisitEvidence>>(q.error());
    QSqlQuery &r = q.value();
    while (r.next()) {
        VisitEvidence e;
        e.id = r.value(0).toLongLong();
        // An unknown kind is never taken for a card read.
        const auto kind = IdentitySources::fromKey(r.value(1).toString());
        if (!kind || *kind == IdentitySource::Unverified)
            return Result<QHash<qint64, VisitEvidence>>::failure(
                QStringLiteral("db-error"),
                QStringLiteral("visit_evidence %1: kind %2").arg(e.id).arg(r.value(1).toString()));
        e.kind = *kind;
        e.card = decodeCard(r.value(2).toString());
        e.problems = decodeProblems(r.value(3).toString());
        e.counterCode = r.value(4).toString();
        e.userId = r.value(5).toLongLong();
        e.userName = r.value(6).toString();
        e.recordedAt = readDateTime(r.value(7));
        found.insert(e.id, e);
    }
    return found;
}

Status EvidenceRepository::linkToCase(qint64 caseId, qint64 evidenceId, const QString &role) const
{
    auto q = m_db.run(QStringLiteral("INSERT INTO case_evidence (case_id, evidence_id, role)"
                                     " VALUES (?, ?, ?)"),
                      {caseId, evidenceId, role});
    return q ? Status::success() : Status(q.error());
}

Result<QHash<QString, qint64>> EvidenceRepository::forCase(qint64 caseId) const
{
    auto q = m_db.run(
        QStringLiteral("SELECT role, evidence_id FROM case_evidence WHERE case_id = ?"), {caseId});
    if (!q)
        return Result<QHash<QString, qint64>>(q.error());
    QHash<QString, qint64> links;
    while (q.value().next())
        links.insert(q.value().value(0).toString(), q.value().value(1).toLongLong());
    return links;
}

} // namespace OneWindow
