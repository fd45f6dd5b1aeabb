#include "intake/ReceiptBuilder.h"

#include "identity/QrPayload.h"
#include "templates/FormTemplate.h"
#include "templates/TemplateText.h"
#include "workflow/WorkingDayCalendar.h"

namespace OneWindow {

ReceiptData ReceiptBuilder::build(const CaseRecord &record, const Person &applicant,
                                  const FormTemplate &form, const Session &session,
                                  const QString &hallName, const QString &hallCode,
                                  const QByteArray &hallKey, const WorkingDayCalendar *calendar)
{
    ReceiptData data;
    data.hallName = hallName;
    data.caseNumber = record.caseNumber;
    // A counter working in English names the matter, departments, steps and
    // materials in the template's English where it has them, else as stored.
    data.matterTitle =
        TemplateText::matter(&form, record.title.isEmpty() ? form.title.zh : record.title);
    data.applicantName = applicant.name;
    data.applicantIdNumber = applicant.idNumber;
    data.applicantPhone = applicant.phone;
    data.acceptedAt = record.acceptedAt;
    data.counter = session.counterCode;
    data.clerkName = session.displayName;
    data.promisedDate = record.deadline;
    const auto provisional = [calendar](const QDate &d) {
        return calendar && calendar->isProvisional(d);
    };
    data.promisedProvisional = provisional(record.deadline);
    for (const SubCase &s : record.subCases)
        data.departments.append({TemplateText::department(&form, s.department),
                                 TemplateText::step(&form, s.stepKey, s.department, s.title),
                                 s.deadline, provisional(s.deadline)});
    for (const CaseMaterial &m : record.materials)
        data.materialsReceived << TemplateText::material(&form, m.kind, m.title);
    // Signed, so any counter of the hall can trust it and open the case; the bare
    // case number only if signing is impossible (no key), so the receipt still prints.
    const auto tracking =
        QrPayload::receiptTracking(record.caseNumber, hallCode, record.acceptedAt.date())
            .sign(hallKey);
    data.trackingCode = tracking ? tracking.value() : record.caseNumber;
    return data;
}

} // namespace OneWindow
