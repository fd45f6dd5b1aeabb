#pragma once

#include "documents/DocumentSource.h"
#include "receipts/PrintedDocument.h"

namespace OneWindow {

// 特别程序告知书 (行政许可法 Art. 45): which procedure, why, how long it is
// expected to take, and that the time does not count (the case's latest one).
class SpecialProcedureNoticeBuilder
{
public:
    static PrintedDocument build(const DocumentSource &source);
};

} // namespace OneWindow
