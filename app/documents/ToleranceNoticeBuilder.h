#pragma once

#include "documents/DocumentSource.h"
#include "receipts/PrintedDocument.h"

namespace OneWindow {

// 容缺受理通知书 and, on its own sheet, the citizen's 承诺书: each material
// that may follow, by when, and what happens if it is late.
class ToleranceNoticeBuilder
{
public:
    static PrintedDocument build(const DocumentSource &source);
};

} // namespace OneWindow
