#pragma once

#include "casefile/CaseRecord.h"
#include "casefile/Person.h"
#include "receipts/ReceiptData.h"
#include "security/Session.h"

namespace OneWindow {

struct FormTemplate;
class WorkingDayCalendar;

// Gathers what the acceptance receipt prints from the stored case. The QR
// code carries a receipt tracking payload signed with `hallKey`. With the
// calendar, deadlines in a year without official holiday data are marked
// provisional.
class ReceiptBuilder
{
public:
    static ReceiptData build(const CaseRecord &record, const Person &applicant,
                             const FormTemplate &form, const Session &session,
                             const QString &hallName, const QString &hallCode,
                             const QByteArray &hallKey,
                             const WorkingDayCalendar *calendar = nullptr);
};

} // namespace OneWindow
