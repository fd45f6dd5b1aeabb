#include "workflow/ReceiptBuilder.h"

#include "templates/FormTemplate.h"

namespace OneWindow {

ReceiptData ReceiptBuilder::build(const CaseRecord &record, const Person &applicant,
                                  const FormTemplate &form, const Session &session,
                                  const QString &hallName)
{
    ReceiptData data;
    data.hallName = hallName;
    data.caseNumber = record.caseNumber;
    data.matterTitle = form.title.zh;
    data.applicantName = applicant.name;
    data.applicantIdNumber = applicant.idNumber;
    data.applicantPhone = applicant.phone;
    data.acceptedAt = record.acceptedAt;
    data.counter = session.counterCode;
    data.clerkName = session.displayName;
    data.promisedDate = record.deadline;
    for (const SubCase &s : record.subCases)
        data.departments.append({s.department, s.title, s.deadline});
    for (const CaseMaterial &m : record.materials)
        data.materialsReceived << m.title;
    // Issue 3 replaces this with the signed tracking payload.
    data.trackingCode = record.caseNumber;
    return data;
}

} // namespace OneWindow
