#pragma once

#include "documents/DocumentSource.h"
#include "receipts/PrintedDocument.h"

namespace OneWindow {

// 受理回执 from the stored case: each department's step with its own date, the
// promised date, the materials received and the 容缺 materials still to come.
class AcceptanceReceiptBuilder
{
public:
    static PrintedDocument build(const DocumentSource &source);
};

} // namespace OneWindow
