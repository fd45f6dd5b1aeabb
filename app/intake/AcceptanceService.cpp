#include "intake/AcceptanceService.h"

#include "casefile/CaseFileService.h"
#include "intake/IntakeService.h"

namespace OneWindow {

Result<AcceptanceService::Accepted> AcceptanceService::accept(const IntakeRequest &request,
                                                              const Session &session)
{
    auto stored = m_intake.accept(request, session);
    if (!stored)
        return Result<Accepted>(stored.error());
    Accepted accepted;
    accepted.record = stored.value();
    auto file = m_caseFiles.open(request.applicant.idNumber, session);
    if (file)
        accepted.file = file.value();
    else
        accepted.file.person.idNumber = request.applicant.idNumber;
    if (accepted.file.person.name.isEmpty())
        accepted.file.person.name = request.applicant.name;
    auto path = m_receipts ? m_receipts(accepted.record.caseNumber, session)
                           : Result<QString>::failure(QStringLiteral("no-documents"));
    if (path)
        accepted.receiptPath = path.value();
    else
        accepted.receiptError = path.error();
    return accepted;
}

} // namespace OneWindow
