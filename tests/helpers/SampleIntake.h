#pragma once

#include "identity/SyntheticIdentityGenerator.h"
#include "intake/IntakeRequest.h"

#include <QDate>

namespace OneWindow::Test {

// A complete newborn-bundle intake for synthetic parents (seed 8, as of
// `today`): every answer, both services asked for, every material handed in,
// the applicant's card read at the counter.
inline IntakeRequest newbornRequest(const FormTemplate *form, const QDate &today, int mother = 0,
                                    int father = 1)
{
    const SyntheticIdentityGenerator people(8, today);
    IntakeRequest r;
    r.form = form;
    r.applicant = people.citizen(mother);
    r.identitySource = QStringLiteral("card");
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
    r.heldDocuments = {QStringLiteral("id-card")}; // the card was read at the counter
    r.materialsReceived = {QStringLiteral("birth-certificate"),
                           QStringLiteral("other-parent-id-card"),
                           QStringLiteral("household-register"),
                           QStringLiteral("marriage-certificate"), QStringLiteral("photo")};
    return r;
}

} // namespace OneWindow::Test
