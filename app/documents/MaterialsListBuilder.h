#pragma once

#include "documents/DocumentSource.h"
#include "receipts/PrintedDocument.h"

namespace OneWindow {

// 材料接收清单: each material, original or copy, how many, and whether the
// original was returned or the paper kept; materials still to come (容缺).
class MaterialsListBuilder
{
public:
    static PrintedDocument build(const DocumentSource &source);
};

} // namespace OneWindow
