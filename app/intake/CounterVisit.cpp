#include "intake/CounterVisit.h"

#include "identity/IdNumber.h"
#include "identity/QrPayload.h"
#include "templates/TemplateCatalogue.h"

#include <QUuid>

namespace OneWindow {

QString CounterVisit::sourceKey() const
{
    switch (m_source) {
    case Source::Card:
        return QStringLiteral("card");
    case Source::Qr:
        return QStringLiteral("qr");
    case Source::Manual:
        return QStringLiteral("manual");
    }
    return {};
}

void CounterVisit::identifyByCard(const CardIdentity &card, const QDate &today)
{
    m_card = card;
    m_source = Source::Card;
    m_flags = CardCheck::inspect(card, today);
}

void CounterVisit::identifyManually(const CardIdentity &card, const QString &reasonCode)
{
    m_card = card;
    m_source = Source::Manual;
    m_flags = {CardFlag{QStringLiteral("manual-identity"), reasonCode}};
}

CounterVisit::Scan CounterVisit::scan(const QString &text, const QByteArray &hallKey,
                                      const QDateTime &now, const TemplateCatalogue &catalogue)
{
    Scan result;
    const QrPayload::Inspection seen = QrPayload::inspect(text, hallKey, now);
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
        m_card = card;
        m_source = Source::Qr;
        m_flags = CardCheck::inspect(card, now.date());
        result.kind = Scan::Kind::Identified;
        return result;
    }
    }
    return result;
}

QString CounterVisit::takeBookedMatter()
{
    QString matter;
    m_bookedMatter.swap(matter);
    return matter;
}

void CounterVisit::clear()
{
    m_card = CardIdentity();
    m_flags.clear();
    m_source = Source::Card;
    m_intakeKey.clear();
}

QSet<QString> CounterVisit::beginIntake()
{
    m_intakeKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSet<QString> held;
    if (m_source == Source::Card && m_flags.isEmpty())
        held.insert(QStringLiteral("id-card"));
    return held;
}

IntakeRequest CounterVisit::request(const FormTemplate &form, const QVariantMap &values,
                                    const QStringList &materialsReceived,
                                    const QSet<QString> &heldDocuments) const
{
    IntakeRequest request;
    request.form = &form;
    request.applicant = m_card;
    request.identitySource = sourceKey();
    for (const CardFlag &f : m_flags)
        request.identityFlags << f.code;
    request.values = values;
    // A retry after a lost connection finds the same case.
    request.intakeKey = m_intakeKey;
    request.materialsReceived = materialsReceived;
    request.heldDocuments = heldDocuments;
    return request;
}

} // namespace OneWindow
