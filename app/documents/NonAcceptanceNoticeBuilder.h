#pragma once

#include "documents/DocumentSource.h"
#include "documents/NonAcceptance.h"
#include "receipts/PrintedDocument.h"

#include <QJsonObject>

namespace OneWindow {

// 不予受理通知书: the matter applied for, the reason and its legal ground,
// where to apply instead, and the appeal rights with their time limits.
class NonAcceptanceNoticeBuilder
{
public:
    static PrintedDocument build(const DocumentSource &source);
    // What the documents row keeps (its data column), and back.
    static QJsonObject toJson(const NonAcceptance &decision);
    static NonAcceptance fromJson(const QJsonObject &data);
};

} // namespace OneWindow
