#pragma once

#include "identity/CardCheck.h"
#include "identity/CardIdentity.h"
#include "intake/IntakeRequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

namespace OneWindow {

class TemplateCatalogue;
struct FormTemplate;

// Who is standing at the counter and how they were identified: by their card
// on the reader, an e-ID QR code, or typed in by the clerk. It also carries a
// matter booked by an appointment code until the citizen's card is read, and
// the intake key that makes accepting the current intake idempotent.
class CounterVisit
{
public:
    enum class Source
    {
        Card,
        Qr,
        Manual
    };

    // What a scanned QR code means for the counter.
    struct Scan
    {
        enum class Kind
        {
            Foreign,       // not one of ours: shown as text, never followed
            Web,           // someone else's web address
            Refused,       // ours but forged, altered, expired or too new: `error`
            OpenCase,      // a receipt: open `caseNumber`
            UnknownMatter, // an appointment for a matter this counter does not have
            MatterBooked,  // an appointment, kept until the card is read
            StartIntake,   // an appointment for the citizen already identified
            Identified,    // an e-ID code: the visit now has this identity
            Document, // a notice of ours that belongs to no case: `documentNumber`, `text` its kind
        };
        Kind kind = Kind::Foreign;
        QString text;           // the code's text (Foreign, Web)
        QString error;          // Refused: "expired", "unknown-version", "bad-signature", ...
        QString caseNumber;     // OpenCase (a receipt, or a notice about a case)
        QString documentNumber; // Document
        QString matterId;       // UnknownMatter, MatterBooked, StartIntake
        QDateTime slot;         // MatterBooked
    };

    bool isIdentified() const { return !m_card.isEmpty(); }
    const CardIdentity &card() const { return m_card; }
    const QList<CardFlag> &flags() const { return m_flags; }
    Source source() const { return m_source; }
    // "card", "qr" or "manual", as stored on the case.
    QString sourceKey() const;

    void identifyByCard(const CardIdentity &card, const QDate &today);
    // Recorded on the case: a supervisor reviews every manual identity.
    void identifyManually(const CardIdentity &card, const QString &reasonCode);
    // Reads a scanned code; an e-ID code identifies, an appointment books its matter.
    Scan scan(const QString &text, const QByteArray &hallKey, const QDateTime &now,
              const TemplateCatalogue &catalogue);
    // The matter an appointment booked before the card was read, taken once.
    QString takeBookedMatter();
    void clear();

    // A new intake begins: a fresh intake key, and the documents the visit
    // proves (a card read without problems proves the applicant's ID card).
    QSet<QString> beginIntake();
    QString intakeKey() const { return m_intakeKey; }
    // Everything the visit knows, with the clerk's answers, ready to accept.
    IntakeRequest request(const FormTemplate &form, const QVariantMap &values,
                          const QStringList &materialsReceived,
                          const QSet<QString> &heldDocuments) const;

private:
    CardIdentity m_card;
    QList<CardFlag> m_flags;
    Source m_source = Source::Card;
    QString m_bookedMatter;
    QString m_intakeKey;
};

} // namespace OneWindow
