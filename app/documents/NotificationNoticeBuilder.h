#pragma once

#include "documents/DocumentSource.h"
#include "receipts/NotificationData.h"
#include "receipts/PrintedDocument.h"

#include <QJsonObject>

namespace OneWindow {

// 一次性告知书 as stored when it was issued at the counter (an intake not
// accepted yet has no case): everything missing with its form and reason,
// what was received, what answers to complete, the draft to resume.
class NotificationNoticeBuilder
{
public:
    static PrintedDocument build(const DocumentSource &source);
    // What the documents row keeps (its data column), and back.
    static QJsonObject toJson(const NotificationData &data, const QString &templateId);
    static NotificationData fromJson(const QJsonObject &data);
};

} // namespace OneWindow
