#pragma once

#include "casefile/CaseFile.h"
#include "casefile/CaseRecord.h"
#include "common/Result.h"
#include "intake/IntakeRequest.h"
#include "security/Session.h"

#include <functional>

namespace OneWindow {

class CaseFileService;
class IntakeService;

// 受理 and its receipt, in that order: stores the case (IntakeService), reads
// the citizen's file back, and has the receipt written from the stored case
// (the documents service, handed in as `receipts`, so intake does not depend
// on it). A receipt that cannot be written does not undo the case: the clerk
// is told and can reprint.
class AcceptanceService
{
public:
    // Writes the acceptance receipt of a stored case; the PDF's path.
    using ReceiptWriter =
        std::function<Result<QString>(const QString &caseNumber, const Session &session)>;

    struct Accepted
    {
        CaseRecord record;
        CaseFile file;       // the citizen's file after acceptance
        QString receiptPath; // empty when the receipt could not be written
        Error receiptError;  // why, when it could not
    };

    AcceptanceService(IntakeService &intake, CaseFileService &caseFiles, ReceiptWriter receipts)
        : m_intake(intake)
        , m_caseFiles(caseFiles)
        , m_receipts(std::move(receipts))
    {}

    // Fails like IntakeService::accept; once the case is stored it succeeds.
    Result<Accepted> accept(const IntakeRequest &request, const Session &session);

private:
    IntakeService &m_intake;
    CaseFileService &m_caseFiles;
    ReceiptWriter m_receipts;
};

} // namespace OneWindow
