#pragma once

#include "common/Result.h"
#include "identity/CardIdentity.h"
#include "intake/VisitEvidence.h"
#include "security/Session.h"

#include <QHash>
#include <QList>

namespace OneWindow {

class AuditLog;
class Clock;
class CounterLock;
class Database;

// Records what the counter saw, when it happens, as the visit's evidence: the
// card's data and what CardCheck finds wrong with it today, the time, the
// counter and the user, stored and audited in one transaction. Acceptance
// refers to the evidence by id (IntakeService); nothing a client says about an
// identity is taken on trust.
//
// Only a session that may run intake records (a refusal is audited). While the
// counter's lock is set nothing is recorded ("counter-locked"), and that is not
// put on the locked clerk's name in the audit trail.
class EvidenceService
{
public:
    EvidenceService(const Database &db, AuditLog &audit, const Clock &clock,
                    const CounterLock *lock = nullptr)
        : m_db(db)
        , m_audit(audit)
        , m_clock(clock)
        , m_lock(lock)
    {}

    // A card the counter's reader reported (EvidenceRecorder calls this).
    Result<VisitEvidence> recordCardRead(const CardIdentity &card, const Session &session);
    // The identity of an e-ID code whose signature CounterVisit::scan verified: it
    // proves who the citizen says they are, not that a card was shown ("qr-identity").
    Result<VisitEvidence> recordQrIdentification(const CardIdentity &card, const Session &session);
    // An identity the clerk typed in ("manual-identity", with the reason code the
    // clerk chose as its detail): always reviewed.
    Result<VisitEvidence> recordManualEntry(const CardIdentity &card, const QString &reasonCode,
                                            const Session &session);
    // A code of ours that was refused (forged, altered, expired, too new): audited
    // with the reason, never with the code's content.
    Status recordRefusedQr(const QString &error, const Session &session);
    // Evidence by id (a party's card on a resumed draft); ids that do not exist are
    // missing from the map. A read of personal data: audited.
    Result<QHash<qint64, VisitEvidence>> find(const QList<qint64> &ids, const Session &session);

private:
    Result<VisitEvidence> record(VisitEvidence evidence, const QString &action,
                                 const Session &session);
    Status allowed(const Session &session, const QString &subject);

    const Database &m_db;
    AuditLog &m_audit;
    const Clock &m_clock;
    const CounterLock *m_lock;
};

} // namespace OneWindow
