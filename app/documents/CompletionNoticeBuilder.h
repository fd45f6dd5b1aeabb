#pragma once

#include "documents/DocumentSource.h"
#include "receipts/PrintedDocument.h"

namespace OneWindow {

// 办结通知: each department's result, and where and when to collect it.
class CompletionNoticeBuilder
{
public:
    static PrintedDocument build(const DocumentSource &source);
};

} // namespace OneWindow
