#pragma once

#include "common/Result.h"

#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QSaveFile>
#include <QString>

#include <memory>

class QPdfWriter;

namespace OneWindow {

// An A4 PDF being written: the CJK font check, a QSaveFile (a failed or
// interrupted write never leaves half a document behind), the writer at
// kResolution dpi, the painter, and the text and rule drawing that receipts
// and notifications share. Device units are pixels at kResolution.
class PdfPageWriter
{
public:
    static constexpr int kResolution = 300; // dpi: crisp text and QR modules on any printer
    static constexpr qreal kMarginMm = 20;

    PdfPageWriter();
    ~PdfPageWriter();
    PdfPageWriter(const PdfPageWriter &) = delete;
    PdfPageWriter &operator=(const PdfPageWriter &) = delete;

    // Fails with "font-missing" when no CJK font that keeps text searchable is
    // available, "write-failed" when the file cannot be opened or painted on.
    [[nodiscard]] Status open(const QString &path, const QString &title);
    // Ends painting and commits the file; fails with "write-failed".
    [[nodiscard]] Status commit();

    QPainter &painter() { return m_painter; }
    QRectF page() const { return m_page; }
    qreal left() const { return mm(kMarginMm); }
    qreal width() const { return m_page.width() - 2 * left(); }

    static qreal mm(qreal millimetres) { return millimetres * kResolution / 25.4; }
    QFont font(qreal pointSize, bool bold = false) const;
    qreal lineHeight(const QFont &f) const;

    // Draws one line without ever wrapping it: a line too long for the box is
    // set smaller, because a wrapped line would no longer be one line of text.
    // Returns the line's height. Uses the painter's current pen.
    qreal text(const QString &text, QFont f, const QRectF &box, Qt::Alignment align);
    // A table cell: one line, set smaller if need be down to kCellPointSize; a
    // text too long even then (a department's English name) wraps onto more
    // lines rather than being cut. Returns the height used; cellHeight()
    // measures it first.
    static constexpr qreal kCellPointSize = 8.5;
    qreal cell(const QString &text, QFont f, const QRectF &box, Qt::Alignment align);
    qreal cellHeight(const QString &text, const QFont &f, qreal width) const;

    // A horizontal rule across the text width at y.
    void rule(qreal y, qreal penWidthMm);

    // Starts a new page, with y at the top margin, when `height` more does not
    // fit on this one. Returns whether it did.
    bool ensureRoom(qreal &y, qreal height);

private:
    QString m_family;
    QSaveFile m_file;
    std::unique_ptr<QPdfWriter> m_writer;
    QPainter m_painter; // declared last: ends before the writer and file go
    QRectF m_page;
};

} // namespace OneWindow
