#pragma once

#include "identity/CardIdentity.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QVariantMap>

namespace OneWindow {

struct FormTemplate;

// Everything the clerk has gathered at the counter, ready to be accepted.
struct IntakeRequest
{
    const FormTemplate *form = nullptr;
    CardIdentity applicant;
    QString identitySource = QStringLiteral("card"); // card, qr, manual
    QStringList identityFlags;                       // problems the clerk accepted anyway
    QString overrideReason;  // why they were accepted; the supervisor reviews it
    QString feeWaiverReason; // fees waived (e.g. 低保): why; the supervisor reviews it
    QVariantMap values;
    // One per intake, kept across retries: accepting twice with the same key stores one case.
    QString intakeKey;
    QStringList materialsReceived; // material ids handed in at the counter
    QSet<QString> heldDocuments;   // kinds already held (e.g. "id-card" after a card read)
    // 容缺受理: materials the template lets follow, promised by a signed commitment.
    struct Commitment
    {
        QString material;
        QDate due;
    };
    QList<Commitment> commitments;
};

} // namespace OneWindow
