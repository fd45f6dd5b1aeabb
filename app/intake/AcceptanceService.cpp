#include "intake/AcceptanceService.h"

#include "casefile/CaseFileService.h"
#include "intake/IntakeService.h"
#include "intake/ReceiptBuilder.h"
#include "receipts/ReceiptRenderer.h"
#include "templates/FormTemplate.h"

#include <QDir>

namespace OneWindow {

Result<AcceptanceService::Accepted> AcceptanceService::accept(const IntakeRequest &request,
                                                              const Session &session)
{
    auto stored = m_intake.accept(request, session);
    if (!stored)
        return Result<Accepted>(stored.error());
    Accepted accepted;
    accepted.record = stored.value();
    // The stored case is what the receipt prints, so read the person back too.
    auto file = m_caseFiles.open(request.applicant.idNumber, session);
    if (file)
        accepted.file = file.value();
    else
        accepted.file.person.idNumber = request.applicant.idNumber;
    if (accepted.file.person.name.isEmpty())
        accepted.file.person.name = request.applicant.name;
    auto path = writeReceipt(accepted.record, accepted.file.person, *request.form, session);
    if (path)
        accepted.receiptPath = path.value();
    else
        accepted.receiptError = path.error();
    return accepted;
}

Result<QString> AcceptanceService::writeReceipt(const CaseRecord &record, const Person &applicant,
                                                const FormTemplate &form,
                                                const Session &session) const
{
    const ReceiptData data =
        ReceiptBuilder::build(record, applicant, form, session, m_counter.hallName,
                              m_counter.hallCode, m_counter.hallKey, &m_intake.calendar());
    QDir().mkpath(m_counter.receiptsFolder);
    const QString path =
        QDir(m_counter.receiptsFolder).filePath(record.caseNumber + QStringLiteral(".pdf"));
    if (const Status written = ReceiptRenderer::writePdf(data, path); !written)
        return Result<QString>(written.error());
    return path;
}

} // namespace OneWindow
