#pragma once

#include "common/Result.h"
#include "receipts/ReceiptData.h"

#include <QCoreApplication>
#include <QStringList>

namespace OneWindow {

// Lays out and writes the acceptance receipt as an A4 PDF with a tracking QR code.
// Text is drawn in WenQuanYi Micro Hei so that pdftotext returns exactly the
// characters printed (Noto CJK maps some to radicals in Qt's PDF writer).
class ReceiptRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptRenderer)

public:
    // The text lines the receipt prints, top to bottom (what pdftotext must give back).
    static QStringList lines(const ReceiptData &data);

    // Writes the PDF. Fails with "font-missing" when no CJK font that keeps text
    // searchable is available, "write-failed" when the file cannot be written.
    static Status writePdf(const ReceiptData &data, const QString &path);
};

} // namespace OneWindow
