#include "intake/CounterVisit.h"

#include "identity/IdNumber.h"
#include "identity/QrPayload.h"
#include "identity/TrackerUrl.h"
#include "intake/EvidenceService.h"
#include "intake/IntakeLog.h"
#include "templates/TemplateCatalogue.h"

#include <QUuid>

namespace OneWindow {

void CounterVisit::identify(const VisitEvidence &evidence)
{
    m_evidence = evidence;
}

Status CounterVisit::identifyManually(const CardIdentity &card, const QString &reasonCode,
                                      EvidenceService &evidence, const Session &session)
{
    auto recorded = evidence.recordManualEntry(card, reasonCode, session);
    if (!recorded)
        return Status(recorded.error());
    m_evidence = recorded.value();
    return Status::success();
}

CounterVisit::Scan CounterVisit::scan(const QString &text, const QByteArray &hallKey,
                                      const QDateTime &now, const TemplateCatalogue &catalogue,
                                      EvidenceService &evidence, const Session &session)
{
    Scan result;
    // A receipt printed for phones carries the payload inside the hall's
    // tracking address (TrackerUrl); the counter reads the payload in it.
    const QrPayload::Inspection seen = QrPayload::inspect(TrackerUrl::unwrap(text), hallKey, now);
    if (!seen.ours) {
        const bool web =
            text.startsWith(QLatin1String("http://")) || text.startsWith(QLatin1String("https://"));
        result.kind = web ? Scan::Kind::Web : Scan::Kind::Foreign;
        result.text = text.left(200);
        return result;
    }
    if (!seen.valid()) {
        result.kind = Scan::Kind::Refused;
        result.error = seen.error.code;
        // On the record, with why (never the code's content: an e-ID code carries
        // an ID number).
        if (const Status logged = evidence.recordRefusedQr(result.error, session); !logged)
            qCWarning(lcIntake) << "a refused QR code could not be audited" << logged.error().code;
        return result;
    }
    const QrPayload &payload = *seen.payload;
    switch (payload.type()) {
    case QrPayload::Type::ReceiptTracking:
        result.kind = Scan::Kind::OpenCase;
        result.caseNumber = payload.caseNumber();
        return result;
    case QrPayload::Type::Document:
        // A notice about a case opens the case, like its receipt.
        if (!payload.caseNumber().isEmpty()) {
            result.kind = Scan::Kind::OpenCase;
            result.caseNumber = payload.caseNumber();
            return result;
        }
        result.kind = Scan::Kind::Document;
        result.documentNumber = payload.documentNumber();
        result.text = payload.documentKind();
        return result;
    case QrPayload::Type::Appointment: {
        result.matterId = payload.matterId();
        result.slot = payload.slot();
        if (!catalogue.find(payload.matterId())) {
            result.kind = Scan::Kind::UnknownMatter;
            return result;
        }
        if (isIdentified()) {
            result.kind = Scan::Kind::StartIntake;
            return result;
        }
        // The booking names the matter, not the person: intake starts after the card.
        m_bookedMatter = payload.matterId();
        result.kind = Scan::Kind::MatterBooked;
        return result;
    }
    case QrPayload::Type::ElectronicId: {
        CardIdentity card;
        card.kind = CardIdentity::Kind::Manual;
        card.idNumber = payload.idNumber();
        card.name = payload.name();
        const IdNumberInfo info = IdNumber::check(card.idNumber, now.date());
        card.birth = info.birth;
        card.sex = info.sex;
        // A phone's code proves who the citizen says they are, not that an ID card
        // was shown: recorded as such ("qr-identity"), reviewed like a manual entry.
        auto recorded = evidence.recordQrIdentification(card, session);
        if (!recorded) {
            result.kind = Scan::Kind::Unrecorded;
            result.error = recorded.error().code;
            return result;
        }
        m_evidence = recorded.value();
        result.kind = Scan::Kind::Identified;
        return result;
    }
    }
    return result;
}

bool CounterVisit::needsConfirmation() const
{
    return isIdentified() && !m_evidence.problems.isEmpty();
}

QString CounterVisit::takeBookedMatter()
{
    QString matter;
    m_bookedMatter.swap(matter);
    return matter;
}

void CounterVisit::clear()
{
    m_evidence = VisitEvidence();
    m_intakeKey.clear();
}

void CounterVisit::beginIntake(const QString &resumedKey)
{
    m_intakeKey =
        resumedKey.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : resumedKey;
}

IntakeRequest CounterVisit::request(const FormTemplate &form, const QVariantMap &values,
                                    const QStringList &materialsReceived,
                                    const QHash<QString, qint64> &partyEvidence) const
{
    IntakeRequest request;
    request.form = &form;
    request.applicant = m_evidence.card;
    request.applicantEvidence = m_evidence.id;
    request.partyEvidence = partyEvidence;
    request.values = values;
    // A retry after a lost connection finds the same case.
    request.intakeKey = m_intakeKey;
    request.materialsReceived = materialsReceived;
    return request;
}

} // namespace OneWindow
