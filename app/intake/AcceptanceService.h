#pragma once

#include "casefile/CaseFile.h"
#include "casefile/CaseRecord.h"
#include "common/Result.h"
#include "intake/CounterContext.h"
#include "intake/IntakeRequest.h"
#include "security/Session.h"

namespace OneWindow {

class CaseFileService;
class IntakeService;
struct FormTemplate;

// 受理 and its receipt, in that order: stores the case (IntakeService), reads
// the citizen's file back so the receipt prints what was stored, and writes
// the receipt PDF into the counter's receipts folder. A receipt that cannot be
// written does not undo the case: the clerk is told and can reprint.
class AcceptanceService
{
public:
    struct Accepted
    {
        CaseRecord record;
        CaseFile file;       // the citizen's file after acceptance
        QString receiptPath; // empty when the receipt could not be written
        Error receiptError;  // why, when it could not
    };

    AcceptanceService(IntakeService &intake, CaseFileService &caseFiles,
                      const CounterContext &counter)
        : m_intake(intake)
        , m_caseFiles(caseFiles)
        , m_counter(counter)
    {}

    // Fails like IntakeService::accept; once the case is stored it succeeds.
    Result<Accepted> accept(const IntakeRequest &request, const Session &session);
    // Writes the acceptance receipt of a stored case (reprints too).
    Result<QString> writeReceipt(const CaseRecord &record, const Person &applicant,
                                 const FormTemplate &form, const Session &session) const;

private:
    IntakeService &m_intake;
    CaseFileService &m_caseFiles;
    const CounterContext &m_counter;
};

} // namespace OneWindow
