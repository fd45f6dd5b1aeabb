#include "intake/EvidenceService.h"

#include "common/Clock.h"
#include "common/CounterLock.h"
#include "identity/CardCheck.h"
#include "intake/EvidenceRepository.h"
#include "intake/IntakeLog.h"
#include "security/AuditLog.h"
#include "storage/Database.h"

#include <algorithm>

namespace OneWindow {

Status EvidenceService::allowed(const Session &session, const QString &subject)
{
    // Nobody is at a locked counter to ask: refused, on nobody's name.
    if (m_lock && m_lock->isLocked()) {
        qCInfo(lcIntake) << "nothing recorded: the counter is locked";
        return m_lock->check();
    }
    return m_audit.require(session, Capability::RunIntake, subject);
}

Result<VisitEvidence> EvidenceService::record(VisitEvidence evidence, const QString &action,
                                              const Session &session)
{
    if (const Status ok = allowed(session, QStringLiteral("evidence")); !ok)
        return Result<VisitEvidence>(ok.error());
    evidence.counterCode = session.counterCode;
    evidence.userId = session.userId;
    evidence.userName = session.username;
    evidence.recordedAt = m_clock.now();
    evidence.card.photoWlt.clear();
    const Status stored = m_db.transaction([&]() -> Status {
        auto id = EvidenceRepository(m_db).insert(evidence);
        if (!id)
            return Status(id.error());
        evidence.id = id.value();
        // The subject names the evidence, never the ID number.
        return m_audit.recordInTransaction(
            session, action, QStringLiteral("evidence:%1").arg(evidence.id),
            QStringList{cardKindKey(evidence.card.kind),
                        evidence.problemCodes().join(QLatin1Char(','))}
                .join(QLatin1Char(' '))
                .trimmed());
    });
    if (!stored)
        return Result<VisitEvidence>(stored.error());
    return evidence;
}

Result<VisitEvidence> EvidenceService::recordCardRead(const CardIdentity &card,
                                                      const Session &session)
{
    VisitEvidence e;
    e.kind = IdentitySource::Card;
    e.card = card;
    e.problems = CardCheck::inspect(card, m_clock.today());
    return record(e, QStringLiteral("card-read"), session);
}

Result<VisitEvidence> EvidenceService::recordQrIdentification(const CardIdentity &card,
                                                              const Session &session)
{
    VisitEvidence e;
    e.kind = IdentitySource::Qr;
    e.card = card;
    e.problems = CardCheck::inspect(card, m_clock.today());
    e.problems.prepend(CardFlag{QStringLiteral("qr-identity"), QStringLiteral("e-ID code")});
    return record(e, QStringLiteral("qr-identified"), session);
}

Result<VisitEvidence> EvidenceService::recordManualEntry(const CardIdentity &card,
                                                         const QString &reasonCode,
                                                         const Session &session)
{
    VisitEvidence e;
    e.kind = IdentitySource::Manual;
    e.card = card;
    e.card.kind = CardIdentity::Kind::Manual;
    e.problems = {CardFlag{QStringLiteral("manual-identity"), reasonCode}};
    return record(e, QStringLiteral("identity-entered"), session);
}

Status EvidenceService::recordRefusedQr(const QString &error, const Session &session)
{
    if (const Status ok = allowed(session, QStringLiteral("qr")); !ok)
        return ok;
    return m_audit.record(session, QStringLiteral("qr-refused"), QStringLiteral("qr"), error);
}

Result<QHash<qint64, VisitEvidence>> EvidenceService::find(const QList<qint64> &ids,
                                                           const Session &session)
{
    using Found = Result<QHash<qint64, VisitEvidence>>;
    if (const Status ok = allowed(session, QStringLiteral("evidence")); !ok)
        return Found(ok.error());
    QHash<qint64, VisitEvidence> found;
    const Status read = m_db.transaction([&]() -> Status {
        auto rows = EvidenceRepository(m_db).find(ids);
        if (!rows)
            return Status(rows.error());
        found = rows.value();
        if (found.isEmpty())
            return Status::success();
        QList<qint64> keys = found.keys();
        std::sort(keys.begin(), keys.end());
        QStringList subjects;
        for (qint64 id : keys)
            subjects << QString::number(id);
        return m_audit.recordInTransaction(
            session, QStringLiteral("evidence-read"),
            QStringLiteral("evidence:") + subjects.join(QLatin1Char(',')), QString());
    });
    if (!read)
        return Found(read.error());
    return found;
}

} // namespace OneWindow
