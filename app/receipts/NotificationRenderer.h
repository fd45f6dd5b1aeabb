#pragma once

#include "common/Result.h"
#include "receipts/NotificationData.h"

#include <QCoreApplication>
#include <QStringList>

namespace OneWindow {

// Lays out and writes the one-time notification (一次性告知书) as an A4 PDF.
// Like the receipt, text is drawn in WenQuanYi Micro Hei, one printed line per
// text line, so pdftotext returns exactly the characters printed.
class NotificationRenderer
{
    Q_DECLARE_TR_FUNCTIONS(NotificationRenderer)

public:
    // The text lines the notification prints, top to bottom.
    static QStringList lines(const NotificationData &data);

    // Fails with "font-missing" or "write-failed", as ReceiptRenderer does.
    static Status writePdf(const NotificationData &data, const QString &path);
};

} // namespace OneWindow
