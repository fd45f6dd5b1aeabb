#pragma once

#include "documents/DocumentSource.h"
#include "receipts/PrintedDocument.h"

namespace OneWindow {

// 不予许可决定书: each refused step with its department and legal reason,
// and the citizen's appeal rights with their time limits.
class RefusalDecisionBuilder
{
public:
    static PrintedDocument build(const DocumentSource &source);
};

} // namespace OneWindow
