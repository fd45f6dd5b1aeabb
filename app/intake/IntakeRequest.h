#pragma once

#include "identity/CardIdentity.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariantMap>

namespace OneWindow {

struct FormTemplate;

// Everything the clerk has gathered at the counter, ready to be accepted. It
// asks; it asserts nothing about the identity: the core derives the identity's
// source and problems, and the documents already held, from the evidence it
// recorded (VisitEvidence) and the documents on file.
struct IntakeRequest
{
    const FormTemplate *form = nullptr;
    // Who applies. With applicantEvidence the evidence's card is the applicant
    // (this must then be empty or name the same ID number); without, this is an
    // unverified identity, accepted only as such and reviewed.
    CardIdentity applicant;
    // The evidence of the applicant recorded at this counter in this visit; 0: none.
    qint64 applicantEvidence = 0;
    // Person field id -> the evidence of the card read for that party.
    QHash<QString, qint64> partyEvidence;
    QString overrideReason;  // why a flagged identity is accepted; the supervisor reviews it
    QString feeWaiverReason; // fees waived (e.g. 低保): why; the supervisor reviews it
    QVariantMap values;
    // One per intake, kept across retries: accepting twice with the same key stores
    // one case. A key belongs to one applicant and template.
    QString intakeKey;
    QStringList materialsReceived; // material ids handed in at the counter
    // 容缺受理: materials the template lets follow, promised by a signed commitment.
    struct Commitment
    {
        QString material;
        QDate due;
    };
    QList<Commitment> commitments;
};

} // namespace OneWindow
