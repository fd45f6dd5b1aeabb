#pragma once

#include "identity/CardCheck.h"
#include "identity/SyntheticIdentityGenerator.h"
#include "intake/EvidenceRepository.h"
#include "intake/IntakeRequest.h"
#include "security/Session.h"

#include <QDate>
#include <QDateTime>

namespace OneWindow::Test {

// A complete newborn-bundle intake for synthetic parents (seed 8, as of
// `today`): every answer, both services asked for, every material handed in
// but the applicant's ID card, which a card read at the counter proves
// (readAtCounter); without one the identity is unverified and the card is missing.
inline IntakeRequest newbornRequest(const FormTemplate *form, const QDate &today, int mother = 0,
                                    int father = 1)
{
    const SyntheticIdentityGenerator people(8, today);
    IntakeRequest r;
    r.form = form;
    r.applicant = people.citizen(mother);
    r.values = {
        {QStringLiteral("applicant_name"), r.applicant.name},
        {QStringLiteral("applicant_id"), r.applicant.idNumber},
        {QStringLiteral("applicant_relation"), QStringLiteral("mother")},
        {QStringLiteral("other_parent"),
         QVariantMap{{QStringLiteral("name"), people.citizen(father).name},
                     {QStringLiteral("idNumber"), people.citizen(father).idNumber}}},
        {QStringLiteral("parents_married"), true},
        {QStringLiteral("contact_phone"), QStringLiteral("17000000123")},
        {QStringLiteral("child_name"), QStringLiteral("王小明")},
        {QStringLiteral("child_sex"), QStringLiteral("male")},
        {QStringLiteral("child_birth_date"), today.addDays(-6).toString(Qt::ISODate)},
        {QStringLiteral("birth_hospital"), QStringLiteral("市妇幼保健院")},
        {QStringLiteral("birth_certificate_no"), QStringLiteral("Q510012345")},
        {QStringLiteral("hukou_address"), QStringLiteral("四川省成都市武侯区人民南路四段1号")},
        {QStringLiteral("medical_insurance"), true},
        {QStringLiteral("social_security_card"), true},
    };
    r.materialsReceived = {QStringLiteral("birth-certificate"),
                           QStringLiteral("other-parent-id-card"),
                           QStringLiteral("household-register"),
                           QStringLiteral("marriage-certificate"), QStringLiteral("photo")};
    return r;
}

// Evidence of `card` as the counter of `session` records it at `at` (the row
// only, with the problems CardCheck finds: no audit event, so tests counting
// events are not disturbed); its id, or -1 when it could not be stored.
inline qint64 recordEvidence(const Database &db, IdentitySource kind, const CardIdentity &card,
                             const Session &session, const QDateTime &at)
{
    VisitEvidence e;
    e.kind = kind;
    e.card = card;
    e.problems = CardCheck::inspect(card, at.date());
    if (kind == IdentitySource::Manual)
        e.problems = {CardFlag{QStringLiteral("manual-identity"), QStringLiteral("card-damaged")}};
    if (kind == IdentitySource::Qr)
        e.problems.prepend(CardFlag{QStringLiteral("qr-identity"), QStringLiteral("e-ID code")});
    e.counterCode = session.counterCode;
    e.userId = session.userId;
    e.userName = session.username;
    e.recordedAt = at;
    auto id = EvidenceRepository(db).insert(e);
    return id ? id.value() : -1;
}

// `r` with its applicant's card read at the counter of `session` at `at`.
inline IntakeRequest readAtCounter(IntakeRequest r, const Database &db, const Session &session,
                                   const QDateTime &at, IdentitySource kind = IdentitySource::Card)
{
    r.applicantEvidence = recordEvidence(db, kind, r.applicant, session, at);
    return r;
}

} // namespace OneWindow::Test
