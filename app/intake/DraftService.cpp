#include "intake/DraftService.h"

#include "common/Clock.h"
#include "identity/IdNumber.h"
#include "security/AuditLog.h"
#include "security/Permission.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace OneWindow {

namespace {

const char kColumns[] =
    "id, person_id, id_number, template_id, template_version, data, counter_code,"
    " clerk_id, created_at, updated_at, version";

using SqlValue::idOrNull;
using SqlValue::readDateTime;

QString encode(const Draft &d)
{
    QJsonObject o;
    o.insert(QStringLiteral("values"), QJsonObject::fromVariantMap(d.values));
    o.insert(QStringLiteral("materialsReceived"), QJsonArray::fromStringList(d.materialsReceived));
    o.insert(QStringLiteral("missingMaterials"), QJsonArray::fromStringList(d.missingMaterials));
    QJsonObject parties;
    for (auto it = d.partyEvidence.cbegin(); it != d.partyEvidence.cend(); ++it)
        parties.insert(it.key(), it.value());
    if (!parties.isEmpty())
        o.insert(QStringLiteral("partyEvidence"), parties);
    if (!d.intakeKey.isEmpty())
        o.insert(QStringLiteral("intakeKey"), d.intakeKey);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Draft read(const QSqlQuery &q)
{
    Draft d;
    d.id = q.value(0).toLongLong();
    d.personId = q.value(1).toLongLong();
    d.idNumber = q.value(2).toString();
    d.templateId = q.value(3).toString();
    d.templateVersion = q.value(4).toInt();
    const QJsonObject o = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    d.values = o.value(QLatin1String("values")).toObject().toVariantMap();
    for (const QJsonValue &v : o.value(QLatin1String("materialsReceived")).toArray())
        d.materialsReceived << v.toString();
    for (const QJsonValue &v : o.value(QLatin1String("missingMaterials")).toArray())
        d.missingMaterials << v.toString();
    const QJsonObject parties = o.value(QLatin1String("partyEvidence")).toObject();
    for (auto it = parties.constBegin(); it != parties.constEnd(); ++it)
        d.partyEvidence.insert(it.key(), qint64(it.value().toDouble()));
    d.intakeKey = o.value(QLatin1String("intakeKey")).toString();
    d.counterCode = q.value(6).toString();
    d.clerkId = q.value(7).toLongLong();
    d.createdAt = readDateTime(q.value(8));
    d.updatedAt = readDateTime(q.value(9));
    d.version = q.value(10).toInt();
    return d;
}

QString subject(qint64 id)
{
    return QStringLiteral("draft:%1").arg(id);
}

} // namespace

Status DraftService::allowed(const Session &session) const
{
    return m_audit.require(session, Capability::RunIntake, QStringLiteral("drafts"));
}

Result<Draft> DraftService::save(const Draft &draft, const Session &session)
{
    if (const Status ok = allowed(session); !ok)
        return Result<Draft>(ok.error());
    Draft stored = draft;
    const QDateTime now = m_clock.now().toUTC();
    const Status s = m_db.transaction([&]() -> Status {
        // Accepting consumed the draft (IntakeService): a save arriving after it, from an
        // autosave still on its way, would bring back an intake that is already a case.
        if (!draft.intakeKey.isEmpty()) {
            auto spent =
                m_db.run(QStringLiteral("SELECT case_number FROM cases WHERE intake_key = ?"),
                         {draft.intakeKey});
            if (!spent)
                return Status(spent.error());
            if (spent.value().next())
                return Status::failure(QStringLiteral("intake-accepted"),
                                       spent.value().value(0).toString());
        }
        auto existing = m_db.run(QStringLiteral("SELECT id, version, created_at FROM drafts"
                                                " WHERE id_number = ? AND template_id = ?"),
                                 {draft.idNumber, draft.templateId});
        if (!existing)
            return Status(existing.error());
        QSqlQuery &q = existing.value();
        if (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const int version = q.value(1).toInt();
            // A draft saved from a stale copy would undo what another counter typed.
            if (draft.version != 0 && draft.version != version)
                return Status::failure(QStringLiteral("conflict"),
                                       QStringLiteral("draft %1 is at version %2, not %3")
                                           .arg(id)
                                           .arg(version)
                                           .arg(draft.version));
            auto updated = m_db.run(
                QStringLiteral(
                    "UPDATE drafts SET person_id = ?, template_version = ?, data = ?,"
                    " counter_code = ?, clerk_id = ?, updated_at = ?, version = version + 1"
                    " WHERE id = ? AND version = ?"),
                {idOrNull(draft.personId), draft.templateVersion, encode(draft), draft.counterCode,
                 idOrNull(draft.clerkId), now, id, version});
            if (!updated)
                return Status(updated.error());
            if (updated.value().numRowsAffected() != 1)
                return Status::failure(QStringLiteral("conflict"),
                                       QStringLiteral("draft changed meanwhile"));
            stored.id = id;
            stored.version = version + 1;
            stored.createdAt = readDateTime(q.value(2));
            stored.updatedAt = now;
            return m_audit.recordInTransaction(session, QStringLiteral("draft-save"), subject(id),
                                               draft.templateId);
        }
        auto inserted = m_db.run(
            QStringLiteral(
                "INSERT INTO drafts (person_id, id_number, template_id, template_version, data,"
                " counter_code, clerk_id, created_at, updated_at, version)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id"),
            {idOrNull(draft.personId), draft.idNumber, draft.templateId, draft.templateVersion,
             encode(draft), draft.counterCode, idOrNull(draft.clerkId), now, now});
        if (!inserted)
            return Status(inserted.error());
        if (!inserted.value().next())
            return Status::failure(QStringLiteral("db-error"), QStringLiteral("no id returned"));
        stored.id = inserted.value().value(0).toLongLong();
        stored.version = 1;
        stored.createdAt = now;
        stored.updatedAt = now;
        return m_audit.recordInTransaction(session, QStringLiteral("draft-save"),
                                           subject(stored.id), draft.templateId);
    });
    if (!s)
        return Result<Draft>(s.error());
    return stored;
}

Result<std::optional<Draft>> DraftService::find(const QString &idNumber, const QString &templateId,
                                                const Session &session) const
{
    if (const Status ok = allowed(session); !ok)
        return Result<std::optional<Draft>>(ok.error());
    std::optional<Draft> found;
    const Status s = m_db.transaction([&]() -> Status {
        auto q =
            m_db.run(QStringLiteral("SELECT %1 FROM drafts WHERE id_number = ? AND template_id = ?")
                         .arg(QLatin1String(kColumns)),
                     {idNumber, templateId});
        if (!q)
            return Status(q.error());
        if (q.value().next())
            found = read(q.value());
        // Whether a citizen has a draft is asked about them too: on the record either way.
        return m_audit.recordInTransaction(
            session, QStringLiteral("draft-read"),
            found ? subject(found->id) : QStringLiteral("drafts"),
            found ? templateId : IdNumber::masked(idNumber) + QLatin1Char(' ') + templateId);
    });
    if (!s)
        return Result<std::optional<Draft>>(s.error());
    return found;
}

Result<QList<Draft>> DraftService::listFor(const QString &idNumber, const Session &session) const
{
    if (const Status ok = allowed(session); !ok)
        return Result<QList<Draft>>(ok.error());
    QList<Draft> drafts;
    const Status s = m_db.transaction([&]() -> Status {
        auto q = m_db.run(
            QStringLiteral(
                "SELECT %1 FROM drafts WHERE id_number = ? ORDER BY updated_at DESC, id DESC")
                .arg(QLatin1String(kColumns)),
            {idNumber});
        if (!q)
            return Status(q.error());
        QStringList ids;
        while (q.value().next()) {
            drafts << read(q.value());
            ids << QString::number(drafts.constLast().id);
        }
        return m_audit.recordInTransaction(session, QStringLiteral("draft-read"),
                                           ids.isEmpty() ? QStringLiteral("drafts")
                                                         : QStringLiteral("draft:") + ids.join(','),
                                           ids.isEmpty() ? IdNumber::masked(idNumber) : QString());
    });
    if (!s)
        return Result<QList<Draft>>(s.error());
    return drafts;
}

Status DraftService::remove(const QString &idNumber, const QString &templateId,
                            const Session &session)
{
    if (const Status ok = allowed(session); !ok)
        return ok;
    return m_db.transaction([&] { return removeInTransaction(idNumber, templateId, session); });
}

Status DraftService::removeInTransaction(const QString &idNumber, const QString &templateId,
                                         const Session &session)
{
    // Asked again: whoever calls, the core decides.
    if (const Status ok = allowed(session); !ok)
        return ok;
    auto q = m_db.run(QStringLiteral("DELETE FROM drafts WHERE id_number = ? AND"
                                     " template_id = ? RETURNING id"),
                      {idNumber, templateId});
    if (!q)
        return Status(q.error());
    QList<qint64> removed;
    while (q.value().next())
        removed << q.value().value(0).toLongLong();
    q.value().finish();
    for (qint64 id : std::as_const(removed))
        if (const Status a = m_audit.recordInTransaction(session, QStringLiteral("draft-remove"),
                                                         subject(id), templateId);
            !a)
            return a;
    return Status::success();
}

} // namespace OneWindow
