#pragma once

#include "documents/DocumentSource.h"
#include "receipts/PrintedDocument.h"

namespace OneWindow {

// 送达回执: what was handed over, to whom (their ID number masked), how and
// when, with lines to sign.
class HandoverReceiptBuilder
{
public:
    static PrintedDocument build(const DocumentSource &source);
};

} // namespace OneWindow
