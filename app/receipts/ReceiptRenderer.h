#pragma once

#include "common/Result.h"
#include "receipts/DocumentRenderer.h"
#include "receipts/PaperLayout.h"
#include "receipts/PrintedDocument.h"
#include "receipts/ReceiptData.h"

#include <QStringList>

namespace OneWindow {

// The acceptance receipt (受理回执): the case number, the applicant (ID number
// and phone masked), each department's step with its own date, the promised
// date, the materials received and the signed tracking QR code.
class ReceiptRenderer
{
public:
    static PrintedDocument document(const ReceiptData &data);

    // The texts the receipt prints, top to bottom, before wrapping.
    static QStringList lines(const ReceiptData &data);

    // Fails like DocumentRenderer::render.
    static Result<RenderedDocument> writePdf(const ReceiptData &data, const QString &path,
                                             PaperLayout layout = PaperLayout::A4);

    static QString maskedPhone(const QString &phone);
};

} // namespace OneWindow
