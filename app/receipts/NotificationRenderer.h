#pragma once

#include "common/Result.h"
#include "receipts/DocumentRenderer.h"
#include "receipts/NotificationData.h"
#include "receipts/PaperLayout.h"
#include "receipts/PrintedDocument.h"

#include <QStringList>

namespace OneWindow {

// The one-time notification (一次性告知书): everything still missing, with
// its form and reason, and the legal basis (行政许可法 Art. 32), so the
// citizen's next visit is the last.
class NotificationRenderer
{
public:
    static PrintedDocument document(const NotificationData &data);

    // The texts the notification prints, top to bottom, before wrapping.
    static QStringList lines(const NotificationData &data);

    // Fails like DocumentRenderer::render.
    static Result<RenderedDocument> writePdf(const NotificationData &data, const QString &path,
                                             PaperLayout layout = PaperLayout::A4);
};

} // namespace OneWindow
