#pragma once

#include "casefile/CaseRecord.h"
#include "casefile/Person.h"
#include "receipts/ReceiptData.h"
#include "security/Session.h"

namespace OneWindow {

struct FormTemplate;

// Gathers what the acceptance receipt prints from the stored case. The QR
// code carries a receipt tracking payload signed with `hallKey`.
class ReceiptBuilder
{
public:
    static ReceiptData build(const CaseRecord &record, const Person &applicant,
                             const FormTemplate &form, const Session &session,
                             const QString &hallName, const QString &hallCode,
                             const QByteArray &hallKey);
};

} // namespace OneWindow
