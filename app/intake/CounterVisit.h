#pragma once

#include "common/Result.h"
#include "identity/CardCheck.h"
#include "identity/CardIdentity.h"
#include "intake/IntakeRequest.h"
#include "intake/VisitEvidence.h"
#include "security/Session.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace OneWindow {

class EvidenceService;
class TemplateCatalogue;
struct FormTemplate;

// Who is standing at the counter and how they were identified: the evidence the
// core recorded of them (a card on the reader, an e-ID QR code, or an identity
// typed in by the clerk). It also carries a matter booked by an appointment code
// until the citizen's card is read, and the intake key that makes accepting the
// current intake idempotent.
class CounterVisit
{
public:
    // What a scanned QR code means for the counter.
    struct Scan
    {
        enum class Kind
        {
            Foreign,       // not one of ours: shown as text, never followed
            Web,           // someone else's web address
            Refused,       // ours but forged, altered, expired or too new: `error` (audited)
            OpenCase,      // a receipt: open `caseNumber`
            UnknownMatter, // an appointment for a matter this counter does not have
            MatterBooked,  // an appointment, kept until the card is read
            StartIntake,   // an appointment for the citizen already identified
            Identified,    // an e-ID code: the visit now has this identity (recorded)
            Document, // a notice of ours that belongs to no case: `documentNumber`, `text` its kind
            Unrecorded, // a valid e-ID code whose identification could not be recorded: `error`
        };
        Kind kind = Kind::Foreign;
        QString text;           // the code's text (Foreign, Web)
        QString error;          // Refused: "expired", "unknown-version", "bad-signature", ...
        QString caseNumber;     // OpenCase (a receipt, or a notice about a case)
        QString documentNumber; // Document
        QString matterId;       // UnknownMatter, MatterBooked, StartIntake
        QDateTime slot;         // MatterBooked
    };

    bool isIdentified() const { return m_evidence.isRecorded(); }
    const CardIdentity &card() const { return m_evidence.card; }
    // What the core recorded of the citizen; acceptance refers to it.
    const VisitEvidence &evidence() const { return m_evidence; }
    // Problems with the identity as the core found them: the card's (expired, wrong
    // check digit, ...), "manual-identity" for a typed one, "qr-identity" for an e-ID code.
    const QList<CardFlag> &flags() const { return m_evidence.problems; }
    // Accepting needs the clerk's explicit confirmation with a reason.
    bool needsConfirmation() const;
    // "card", "qr" or "manual" (IdentitySources).
    QString sourceKey() const { return m_evidence.kindKey(); }

    // The citizen at the counter is the one this evidence (recorded by the core,
    // EvidenceRecorder for a card read) is of.
    void identify(const VisitEvidence &evidence);
    // Records the identity the clerk typed in (always reviewed) and identifies by it.
    Status identifyManually(const CardIdentity &card, const QString &reasonCode,
                            EvidenceService &evidence, const Session &session);
    // Reads a scanned code: an e-ID code is recorded as evidence and identifies, an
    // appointment books its matter, a refused code of ours is audited.
    Scan scan(const QString &text, const QByteArray &hallKey, const QDateTime &now,
              const TemplateCatalogue &catalogue, EvidenceService &evidence,
              const Session &session);
    // The matter an appointment booked before the card was read, taken once.
    QString takeBookedMatter();
    void clear();

    // A new intake begins: a fresh intake key, or the one a resumed draft kept.
    void beginIntake(const QString &resumedKey = QString());
    QString intakeKey() const { return m_intakeKey; }
    // The clerk's answers with the visit's evidence reference, ready to accept.
    IntakeRequest request(const FormTemplate &form, const QVariantMap &values,
                          const QStringList &materialsReceived,
                          const QHash<QString, qint64> &partyEvidence) const;

private:
    VisitEvidence m_evidence;
    QString m_bookedMatter;
    QString m_intakeKey;
};

} // namespace OneWindow
