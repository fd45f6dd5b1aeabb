#pragma once

#include "common/Result.h"
#include "receipts/PaperLayout.h"
#include "receipts/PrintedDocument.h"

#include <QSizeF>
#include <QStringList>

namespace OneWindow {

// What was put on paper: every printed line of text top to bottom after
// wrapping (what pdftotext must give back), how many pages, and their size.
struct RenderedDocument
{
    QStringList lines;
    int pages = 0;
    QSizeF pageSizeMm;
};

// Sets a PrintedDocument on A4, A5 or an 80 mm thermal roll and writes it as
// PDF/A-1b (QPdfWriter's PdfVersion_A1b: XMP with pdfaid part 1 conformance B,
// an sRGB output intent, every font embedded). Text is drawn in WenQuanYi
// Micro Hei one line at a time, so text extraction returns exactly the
// characters printed; long text wraps and continues on the next sheet, never
// cut and never shrunk. A roll's single page is as long as its content.
// Paper is always in Chinese, whatever language the window speaks: an
// official document, so no tr() on paper.
class DocumentRenderer
{
public:
    // Fails with "incomplete-document" (no title, hall, counter, clerk, date
    // or QR text), a QR encoder code, "font-missing" or "write-failed". The
    // file is written whole or not at all.
    static Result<RenderedDocument> render(const PrintedDocument &document, PaperLayout layout,
                                           const QString &path);

    // Every text the document prints, before wrapping, in order (table cells
    // one by one), with Chinese quotation marks: what a reader must find.
    static QStringList texts(const PrintedDocument &document);
};

} // namespace OneWindow
